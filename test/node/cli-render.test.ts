// `intras render portraits` (issue 10, part 1; decision 0044): the element pre-rendered with Lit's SSR, a declarative
// shadow root and the data inline. Deterministic bytes, every text escaped, only publishable records written, errors
// named by field, exit codes as `validate`. The hydration itself is tested in a browser (test/browser/render.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fx, intras, tempDir } from './cli-helpers.js';
import { inlineJson } from '../../src/cli/render.js';
import { isPublishable, parsePortraits } from '../../src/portraits/portrait.js';

const VALID = fx('portraits/valid.json');
const MIXED = fx('portraits/mixed.json');

/** The inline JSON of a render, parsed as the browser does (the script's text, JSON.parse). */
function inlineData(html: string): unknown {
  const m = /<script type="application\/json">([^<]*)<\/script><\/intra-portraits>\n$/.exec(html);
  assert.ok(m, 'one inline script, last child of the element');
  return JSON.parse(m[1]);
}

/** The declarative shadow root's markup (between the template tags). */
function shadow(html: string): string {
  const start = html.indexOf('<template shadowroot="open" shadowrootmode="open">');
  const end = html.lastIndexOf('</template>');
  assert.ok(start >= 0 && end > start, 'a declarative shadow root');
  return html.slice(start, end);
}

test('render portraits: the element, a declarative shadow root with the facets and the first page, the data inline', async () => {
  const r = await intras('render', 'portraits', '--data', VALID, '--page-size', '4', '--now', '2026-11-30');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<intra-portraits lang="fr" page-size="4" data-rendered-now="2026-11-30"><template shadowroot="open" shadowrootmode="open"><style>/);
  const root = shadow(r.stdout);
  assert.equal(root.match(/<article class="card" part="card"/g)?.length, 4, 'first page of 4 cards');
  assert.match(root, /12 portraits/);
  assert.match(root, /<select id="f-category"/);
  assert.match(root, /<select id="f-administration"/);
  assert.match(root, /Voir plus/);
  assert.match(r.stderr, /✓ <intra-portraits> rendu : 12 portrait\(s\), première page de 4/);
  assert.equal(r.stdout.includes('lit-part') && r.stdout.startsWith('<!--'), false, 'no outer template markers');
  // The inline data is the publishable records, which the browser validates into the same portraits.
  const records = parsePortraits(JSON.parse(readFileSync(VALID, 'utf8'))).valid.filter(isPublishable);
  const data = inlineData(r.stdout);
  assert.deepEqual(data, JSON.parse(JSON.stringify(records)));
  assert.deepEqual(parsePortraits(data).valid, records, 'the inline data validates into the same portraits');
});

test('render portraits: same input and --now → the same bytes; --page-size, --heading-level and --lang change them', async () => {
  const a = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30');
  const b = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30');
  assert.equal(a.code, 0);
  assert.equal(a.stdout, b.stdout);
  // In fresh processes (the real entry point, stdout as a pipe): test/integration/cli-render-process.test.ts.
  const small = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30', '--page-size', '2', '--heading-level', '3');
  assert.notEqual(small.stdout, a.stdout);
  assert.match(small.stdout, /^<intra-portraits lang="fr" page-size="2" heading-level="3" data-rendered-now="2026-11-30">/);
  assert.match(shadow(small.stdout), /<h3 class="card-title"/);
  // Two galleries on one page: url-key namespaces the deep links, label names the search region (escaped).
  const keyed = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30', '--url-key', 'statique', '--label', 'Galerie <b>"pré-rendue"</b>');
  assert.match(keyed.stdout, /^<intra-portraits lang="fr" page-size="24" url-key="statique" label="Galerie &lt;b&gt;&quot;pré-rendue&quot;&lt;\/b&gt;" data-rendered-now="2026-11-30">/);
  assert.match(shadow(keyed.stdout), /href="#statique-portrait-p-001"/);
  assert.match(shadow(keyed.stdout), /aria-label="Galerie &lt;b&gt;&quot;pré-rendue&quot;&lt;\/b&gt;"/);
  const en = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30', '--lang', 'en');
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout, /^<intra-portraits lang="en" page-size="24" data-rendered-now="2026-11-30">/);
  assert.match(shadow(en.stdout), /Search a portrait|Search/);
  assert.match(en.stderr, /✓ <intra-portraits> rendered: 12 portrait\(s\)/);
});

test('render portraits: only publishable records are written (no draft, archived or withdrawn record in the page)', async () => {
  const r = await intras('render', 'portraits', '--data', MIXED, '--now', '2026-11-30', '--allow-invalid');
  assert.equal(r.code, 0, r.stderr);
  const ids = (inlineData(r.stdout) as { id: string }[]).map((p) => p.id);
  assert.equal(ids.length, 12);
  for (const id of ['p-045', 'p-046', 'p-047', 'p-048', 'p-049']) assert.equal(r.stdout.includes(id), false, `${id} nowhere in the output`);
  assert.match(r.stderr, /portraits\[15\]\.category/);
  assert.match(r.stderr, /--allow-invalid : les fiches invalides sont écartées/);
  assert.match(r.stderr, /non publié\(s\) ou sans consentement écarté\(s\)/);
  // A successful --allow-invalid render says what was kept and skipped, without a failure mark (exit 0).
  assert.doesNotMatch(r.stderr, /^✗/m);
  assert.match(r.stderr, /^avertissement : --allow-invalid : les fiches invalides sont écartées \(2 rejetées, 15 valides gardées\)$/m);
});

const PAYLOAD = '</script><script>alert(1)</script><img src=x onerror=alert(2)>"\'&amp;<!--\u2028';

test('render portraits: every text escaped, in the markup and in the inline JSON (XSS payloads in every text field)', async () => {
  const tmp = tempDir('intras-render-');
  try {
    const t = (s: string) => `${s} ${PAYLOAD}`;
    const doc = [{
      id: 'x-1', displayName: t('Zoé'), headline: t('Cheffe'), category: 'vertical', administration: t('Direction'),
      before: t('Avant'), after: [t('Après')], narrative: t('Récit'), startups: [{ ghid: 'aides-jeunes', name: t('Aides') }],
      photoUrl: '/a.svg', photoAlt: t('Portrait'), competences: ['pitch'],
      careerPath: [{ stage: 'avant', title: t('Poste'), organisationLabel: t('Org'), sector: 'public', start: '2010-01-01', end: '2012-01-01', kind: 'metier_origine' }],
      consent: { given: true, at: '2025-01-01' }, status: 'published', publishedAt: '2025-02-01',
    }];
    const file = tmp.write('xss.json', doc);
    const r = await intras('render', 'portraits', '--data', file, '--now', '2026-11-30');
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.equal(html.match(/<script/g)?.length, 1, 'one script element: the inline data');
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    assert.equal(/<img src=x/.test(html), false, 'no element from a text');
    assert.deepEqual(html.match(/<img [^>]*/g)?.map((m) => m.slice(0, 18)), ['<img class="avatar"'.slice(0, 18)], 'the avatar is the only image');
    assert.equal(html.includes('<!--\u2028'), false);
    assert.ok(shadow(html).includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'texts escaped in the markup');
    assert.ok(shadow(html).includes('alt="Portrait &lt;/script&gt;'), 'attributes escaped');
    // The inline JSON: nothing that could end the script or open a comment, and it reads back to the same texts.
    const script = /<script type="application\/json">([^]*?)<\/script>/.exec(html)![1];
    assert.equal(/[<>&\u2028\u2029]/.test(script), false);
    const back = inlineData(html) as typeof doc;
    assert.equal(back[0].displayName, parsePortraits(doc).valid[0].displayName);
    assert.equal(back[0].careerPath[0].organisationLabel, t('Org'));
  } finally {
    tmp.cleanup();
  }
});

test('render portraits: no template tag reaches a site generator (Liquid, Nunjucks): {{ {% {# in a text stay text', async () => {
  const tmp = tempDir('intras-render-');
  try {
    const tag = 'Bonjour {% endraw %}{{ site.time }}{% raw %} {#- note -#} fin';
    const doc = [{
      id: 'x-1', displayName: 'Zoé {{ page.title }}', headline: 'Cheffe', category: 'vertical', narrative: tag,
      before: 'Avant', after: ['Après'], startups: [{ ghid: 'aides-jeunes', name: 'Aides' }],
      consent: { given: true, at: '2025-01-01' }, status: 'published', publishedAt: '2025-02-01',
    }];
    const file = tmp.write('liquid.json', doc);
    const r = await intras('render', 'portraits', '--data', file, '--now', '2026-11-30', '--label', 'Galerie {{ x }}');
    assert.equal(r.code, 0, r.stderr);
    const withoutStyles = r.stdout.replace(/<style>[^]*?<\/style>/g, '');
    assert.equal(/\{[{%#]/.test(withoutStyles), false, 'no {{, {% nor {# in the markup, the attributes or the inline JSON');
    const back = inlineData(r.stdout) as typeof doc;
    assert.equal(back[0].narrative, tag, 'the inline data reads back to the same text');
    assert.equal(back[0].displayName, 'Zoé {{ page.title }}');
    assert.ok(shadow(r.stdout).includes('Zoé &#123;{ page.title }}'), 'the markup shows the same characters once parsed');
    assert.ok(r.stdout.includes('label="Galerie &#123;{ x }}"'));
  } finally {
    tmp.cleanup();
  }
});

test('inlineJson: <, >, &, U+2028 and U+2029 as \\u escapes, same value back', () => {
  const value = { a: '</script><!-- & \u2028\u2029 >' };
  const text = inlineJson(value);
  assert.equal(/[<>&\u2028\u2029]/.test(text), false);
  assert.deepEqual(JSON.parse(text), value);
});

test('render portraits: errors named in French and English, exit codes as validate', async () => {
  const tmp = tempDir('intras-render-');
  try {
    const invalid = await intras('render', 'portraits', '--data', MIXED);
    assert.equal(invalid.code, 1);
    assert.equal(invalid.stdout, '', 'nothing written');
    assert.match(invalid.stderr, /portraits\[16\]\.displayName : champ requis/);
    assert.match(invalid.stderr, /rien n’est écrit : corrigez les fiches, ou ajoutez --allow-invalid/);
    const invalidEn = await intras('render', 'portraits', '--data', MIXED, '--lang', 'en');
    assert.match(invalidEn.stderr, /nothing written: fix the records, or pass --allow-invalid/);

    const wrong = await intras('render', 'portraits', '--data', fx('portraits/invalid-document.json'));
    assert.equal(wrong.code, 1);
    assert.equal(wrong.stdout, '');

    const none = tmp.write('none.json', [{ ...(JSON.parse(readFileSync(VALID, 'utf8')) as { portraits: object[] }).portraits[0], status: 'draft' }]);
    const empty = await intras('render', 'portraits', '--data', none, '--lang', 'en');
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /no publishable portrait \(each needs consent\.given: true and status: "published"\); nothing written/);

    for (const [args, fr] of [
      [['--page-size', '0'], /--page-size attend un nombre entier de 1 à 500, reçu « 0 »/],
      [['--page-size', '2x'], /--page-size attend un nombre entier/],
      [['--heading-level', '6'], /--heading-level attend un nombre entier de 1 à 5, reçu « 6 »/],
      [['--now', '2026-02-30'], /--now attend une date AAAA-MM-JJ entre 1900 et 2100, reçu « 2026-02-30 »/],
      [['--url-key', 'a b'], /--url-key attend des lettres, chiffres, - ou _ \(32 au plus\), reçu « a b »/],
      [['--label', ' '], /--label attend un texte non vide de 200 caractères au plus/],
    ] as const) {
      const r = await intras('render', 'portraits', '--data', VALID, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, fr);
    }
    const en = await intras('render', 'portraits', '--data', VALID, '--page-size', '0', '--lang', 'en');
    assert.match(en.stderr, /^error: --page-size takes a whole number from 1 to 500, received "0"/);
    const missing = await intras('render', 'portraits', '--data', tmp.path('absent.json'));
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    const noData = await intras('render', 'portraits');
    assert.equal(noData.code, 2);
    assert.match(noData.stderr, /option requise « --data <file> » manquante/);
    const unknown = await intras('render', 'galerie', '--data', VALID);
    assert.equal(unknown.code, 2);
  } finally {
    tmp.cleanup();
  }
});

test('render eligibility: the first step in a declarative shadow root, the date of the render unpinned, deterministic', async () => {
  const a = await intras('render', 'eligibility', '--programme', 'certification', '--now', '2026-11-30');
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /^<intra-eligibility lang="fr" programme="certification" data-rendered-now="2026-11-30"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.equal(/ now="/.test(a.stdout), false, 'no now attribute: the element follows the visitor\'s date after hydrating');
  const root = shadow(a.stdout.replace('</intra-eligibility>', '</intra-portraits>'));
  assert.match(root, /<form part="form"/);
  assert.match(root, /Étape 1 sur \d/);
  assert.match(a.stderr, /✓ <intra-eligibility> rendu : certification, première étape, au 2026-11-30/);
  assert.equal((await intras('render', 'eligibility', '--programme', 'certification', '--now', '2026-11-30')).stdout, a.stdout);
  const en = await intras('render', 'eligibility', '--programme', 'coaching', '--now', '2026-11-30', '--lang', 'en', '--heading-level', '3');
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout, /^<intra-eligibility lang="en" programme="coaching" heading-level="3" data-rendered-now="2026-11-30">/);
  assert.match(en.stdout, /Step 1 of \d/);
});

test('render eligibility: link attributes escaped, unknown attributes and bad options refused in French and English', async () => {
  const r = await intras('render', 'eligibility', '--programme', 'clinic', '--now', '2026-11-30', '--attribute', `href-coaching=/c?a=1&b=${PAYLOAD}`);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /href-coaching="\/c\?a=1&amp;b=&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt;&quot;&#39;&amp;amp;&lt;!--/);
  assert.equal(/<script|<img/.test(r.stdout), false);
  assert.match(r.stderr, /avertissement : --attribute href-coaching : .* l’élément affichera le nom du programme sans lien/);
  for (const link of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,x']) {
    const warned = await intras('render', 'eligibility', '--programme', 'clinic', '--now', '2026-11-30', '--attribute', `href-coaching=${link}`, '--lang', 'en');
    assert.equal(warned.code, 0, warned.stderr);
    assert.match(warned.stderr, /warning: --attribute href-coaching: .* the element will show the programme's name without a link/);
  }
  const fine = await intras('render', 'eligibility', '--programme', 'clinic', '--now', '2026-11-30', '--attribute', 'href-coaching=/accompagnement');
  assert.doesNotMatch(fine.stderr, /avertissement/);
  const bad = await intras('render', 'eligibility', '--programme', 'clinic', '--attribute', 'onclick=alert(1)');
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /--attribute attend nom=valeur avec un nom parmi href-coaching/);
  const badEn = await intras('render', 'eligibility', '--programme', 'clinic', '--attribute', 'src=x', '--lang', 'en');
  assert.match(badEn.stderr, /^error: --attribute takes name=value with a name among href-coaching/);
  const programme = await intras('render', 'eligibility', '--programme', 'diagonal');
  assert.equal(programme.code, 2);
  assert.match(programme.stderr, /valeur « diagonal » invalide pour l’option « --programme <id> »/);
  const missing = await intras('render', 'eligibility');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /option requise « --programme <id> » manquante/);
  const now = await intras('render', 'eligibility', '--programme', 'clinic', '--now', '30/11/2026');
  assert.equal(now.code, 2);
  assert.match(now.stderr, /--now attend une date AAAA-MM-JJ/);
});

test('render job-feed: a large list (≥ 2,000 offers) is rendered complete — competence facet and matching — as hydration renders it', async () => {
  const { generateJobs } = await import('../../scripts/gen-jobs.mjs');
  const tmp = tempDir('intras-render-');
  try {
    const file = tmp.write('big.json', { postings: generateJobs(2500, 7, '2026-11-30') });
    const r = await intras('render', 'job-feed', '--data', file, '--now', '2026-11-30', '--page-size', '5');
    assert.equal(r.code, 0, r.stderr);
    // The provisional render of large lists (competences still being matched) is a browser-side load optimisation:
    // the server's HTML is the settled one, so that the hydrating render (which also renders it) changes nothing.
    assert.match(shadow(r.stdout), /<select id="f-competence"/);
  } finally {
    tmp.cleanup();
  }
});

test('render job-feed: published offers only, inline and re-readable, the render\'s date unpinned, deterministic, errors named', async () => {
  const PEP = fx('../../demo/data/offres-pep.json');
  const a = await intras('render', 'job-feed', '--data', PEP, '--now', '2026-11-30', '--page-size', '4');
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /^<intra-job-feed lang="fr" page-size="4" data-rendered-now="2026-11-30"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.equal(shadow(a.stdout).match(/part="card"/g)?.length, 4);
  assert.equal((await intras('render', 'job-feed', '--data', PEP, '--now', '2026-11-30', '--page-size', '4')).stdout, a.stdout);
  const m = /<script type="application\/json">([^<]*)<\/script><\/intra-job-feed>\n$/.exec(a.stdout);
  assert.ok(m);
  const inline = JSON.parse(m[1]) as { status: string }[];
  assert.ok(inline.length > 0 && inline.every((p) => p.status === 'published'));
  const { parseJobPostings } = await import('../../src/jobs/sources/json.js');
  assert.deepEqual(parseJobPostings(inline).valid, inline.map((p) => parseJobPostings([p]).valid[0]), 'the inline data reads back as is');
  assert.equal(parseJobPostings(inline).rejected.length, 0);

  const tmp = tempDir('intras-render-');
  try {
    const first = (JSON.parse(readFileSync(PEP, 'utf8')) as { postings?: object[] } | object[]);
    const list = Array.isArray(first) ? first : first.postings!;
    const mixed = tmp.write('mixed.json', [list[0], { ...list[1] as object, title: '' }]);
    const strict = await intras('render', 'job-feed', '--data', mixed);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
    assert.match(strict.stderr, /title/);
    assert.match(strict.stderr, /rien n’est écrit/);
    const allowed = await intras('render', 'job-feed', '--data', mixed, '--allow-invalid', '--now', '2026-11-30');
    assert.equal(allowed.code, 0, allowed.stderr);
    // Kept and skipped said without a failure mark (a "✗ … 1 rejetée" line came before the "✓ rendu" one).
    assert.doesNotMatch(allowed.stderr, /^✗/m);
    assert.match(allowed.stderr, /^avertissement : --allow-invalid : les fiches invalides sont écartées \(1 rejetée, 1 valide gardée\)$/m);
    assert.match(allowed.stderr, /^✓ <intra-job-feed> rendu/m);
    const allowedEn = await intras('render', 'job-feed', '--data', mixed, '--allow-invalid', '--now', '2026-11-30', '--lang', 'en');
    assert.match(allowedEn.stderr, /^warning: --allow-invalid: the invalid records are left out \(1 rejected, 1 valid kept\)$/m);
    assert.doesNotMatch(allowedEn.stderr, /^✗/m);
    const drafts = tmp.write('drafts.json', [{ ...list[0] as object, status: 'draft' }]);
    const none = await intras('render', 'job-feed', '--data', drafts, '--lang', 'en');
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no published offer; nothing written/);
  } finally {
    tmp.cleanup();
  }
});
