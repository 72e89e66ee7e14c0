// `intras jobs feed|digest` on hostile data and options (issue 8 CLI; breaker trial F1 and F7; issue 7 items 22–27):
// posting texts are plain text in every feed format and in the digest, URLs are http(s) only, dates stay in
// 1900–2100, commander's messages and the help follow --lang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xml2js, type Element } from 'xml-js';
import { intras, tempDir } from './cli-helpers.js';
import { buildJobsFeed, markdownLink } from '../../src/cli/jobs.js';
import type { JobPosting } from '../../src/jobs/posting.js';

/** Markup payloads: HTML, XML and CDATA breakers, entities, terminal controls. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)> Dev',
  '<script>alert(2)</script>Min',
  '"><svg onload=alert(3)>',
  ']]><evil xmlns="urn:x"/><![CDATA[',
  '</title><evil/><title>',
  '&lt;b&gt;entité&lt;/b&gt; &amp; <!-- c --> <?pi x?>',
  "' onmouseover='alert(4)",
  'Poste \u001b]0;PWNED\u0007\u001b[2J titre',
  '[clic](javascript:alert(5)) ![i](https://evil.example/x.png) <https://evil.example> `code` *gras* _it_',
];
/** Every free-text field of a posting that a feed or the digest could print. */
const FIELDS: [string, (p: Record<string, any>, v: string) => void][] = [
  ['title', (p, v) => { p.title = `Designer UX ${v}`; }],  // kept relevant: the digest lists relevant postings only
  ['employer.label', (p, v) => { p.employer.label = v; }],
  ['employer.parentLabel', (p, v) => { p.employer.parentLabel = v; }],
  ['location.label', (p, v) => { p.location.label = v; }],
  ['description', (p, v) => { p.description = v; }],
  ['profile', (p, v) => { p.profile = v; }],
  ['metierReference.label', (p, v) => { p.metierReference = { scheme: 'RMFP', label: v }; }],
  ['source.reference', (p, v) => { p.source.reference = v; }],
];
const posting = () => ({
  id: 'x-1', title: 'Designer UX', employer: { label: 'DINUM' },
  location: { label: 'Paris (75)', departement: '75' }, postedAt: '2026-09-01', closesAt: '2026-09-30',
  url: 'https://exemple.gouv.fr/offre/1', startupGhids: ['mon-service'], status: 'published', source: { kind: 'manual' },
  description: 'Recherche utilisateur, entretiens avec les usagers, design de parcours, prototypes.',
  profile: 'Recherche utilisateur, entretiens avec les usagers, design de parcours, prototypes.',
});

/** Every element and attribute name of an XML document (strict parse: a broken document throws). */
function xmlNames(xml: string): { elements: Set<string>; attributes: Set<string>; htmlTexts: string[] } {
  const doc = xml2js(xml, { compact: false, captureSpacesBetweenElements: false }) as Element;
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const htmlTexts: string[] = [];
  let atom = false;
  const walk = (e: Element, parentType?: string) => {
    if (e.type === 'element') {
      elements.add(e.name!);
      for (const a of Object.keys(e.attributes ?? {})) attributes.add(`${e.name}@${a}`);
    }
    if ((e.type === 'text' || e.type === 'cdata') && parentType) htmlTexts.push(String(e.text ?? e.cdata));
    if (e.type === 'comment' || e.type === 'instruction' || e.type === 'doctype') elements.add(`#${e.type}`);
    const html = e.type === 'element' && (atom ? e.attributes?.type === 'html' : /^(description|title)$/.test(e.name!)) ? e.name : undefined;
    for (const c of e.elements ?? []) walk(c, html);
  };
  // Atom: the fields with type="html"; RSS: title and description, read as HTML by most readers.
  atom = (doc.elements ?? []).some((e) => e.name === 'feed');
  walk(doc);
  return { elements, attributes, htmlTexts };
}
const names = (n: { elements: Set<string>; attributes: Set<string> }) => [...n.elements, ...n.attributes].sort();

test('F1: every posting text field × every payload × atom / rss / json: no element, attribute nor HTML from the payload', async () => {
  const t = tempDir('intras-jobs-xss-');
  try {
    const baseline: Record<string, string[]> = {};
    const clean = t.write('clean.json', { postings: [posting()] });
    for (const format of ['atom', 'rss'] as const) {
      const r = await intras('jobs', 'feed', clean, '--format', format, '--now', '2026-09-10');
      assert.equal(r.code, 0, r.stderr);
      baseline[format] = names(xmlNames(r.stdout));
    }
    for (const [field, set] of FIELDS) {
      for (const payload of PAYLOADS) {
        const p = posting();
        set(p, payload);
        const file = t.write('p.json', { postings: [p] });
        for (const format of ['atom', 'rss'] as const) {
          const r = await intras('jobs', 'feed', file, '--format', format, '--now', '2026-09-10');
          const label = `${field} = ${JSON.stringify(payload)} in ${format}`;
          assert.equal(r.code, 0, `${label}: ${r.stderr}`);
          assert.ok(!r.stdout.includes('\u001b') && !r.stdout.includes('\u0007'), `${label}: terminal controls`);
          const parsed = xmlNames(r.stdout);
          assert.deepEqual(names(parsed), baseline[format], label);
          for (const html of parsed.htmlTexts) assert.ok(!html.includes('<'), `${label}: markup in an HTML field: ${html}`);
        }
        const json = await intras('jobs', 'feed', file, '--format', 'json', '--now', '2026-09-10');
        assert.equal(json.code, 0, json.stderr);
        assert.ok(!json.stdout.includes('\u001b'), `${field}: terminal controls in JSON`);
        const feed = JSON.parse(json.stdout);
        for (const item of feed.items) {
          assert.ok(!('content_html' in item) || !String(item.content_html).includes('<'), `${field}: markup in content_html`);
          assert.equal(typeof item.content_text, 'string', 'content_text: posting texts are plain text');
        }
      }
    }
  } finally {
    t.cleanup();
  }
});

test('F1: --title and --filter values are plain text in every format', async () => {
  const t = tempDir('intras-jobs-xss-');
  try {
    const file = t.write('p.json', { postings: [posting()] });
    for (const payload of PAYLOADS) {
      for (const format of ['atom', 'rss'] as const) {
        const r = await intras('jobs', 'feed', file, '--format', format, '--now', '2026-09-10', '--title', payload, '--filter', `departement=${payload}`);
        assert.equal(r.code, 0, r.stderr);
        const parsed = xmlNames(r.stdout);
        assert.ok(!parsed.elements.has('evil') && !parsed.elements.has('script') && !parsed.elements.has('#comment'), payload);
        for (const html of parsed.htmlTexts) assert.ok(!html.includes('<'), `${payload}: ${html}`);
      }
    }
  } finally {
    t.cleanup();
  }
});

test('F1: a posting URL that is not http(s) never becomes a link; the entry stays', () => {
  const p = { ...posting(), url: 'javascript:alert(1)' } as unknown as JobPosting;
  for (const format of ['atom', 'rss', 'json'] as const) {
    const out = buildJobsFeed([{ posting: p, match: { score: 0, competences: [], passerelles: [], explanation: { fr: '', en: '' } } } as never],
      { format, lang: 'fr', today: '2026-09-10', link: 'https://beta.gouv.fr/' });
    assert.ok(!/javascript:/i.test(out), `${format}: ${out}`);
    assert.match(out, /Designer UX/, `${format}: the entry is kept`);
    assert.match(out, /urn:intras:job:x-1/, `${format}: the entry's id`);
    if (format === 'atom') assert.doesNotMatch(out, /<link\/>|<link(?![^>]*href=)/, 'no Atom link without href');
  }
});

test('F1: digest links are http(s) only, percent-encoded', () => {
  assert.equal(markdownLink('Dev <b>', 'javascript:alert(1)'), 'Dev \\<b\\>');
  assert.equal(markdownLink('Dev', 'data:text/html,x'), 'Dev');
  assert.equal(markdownLink('Dev', 'https://exemple.gouv.fr/a(b)/"<x>'), '[Dev](https://exemple.gouv.fr/a%28b%29/%22%3Cx%3E)');
});

test('F1: --link must be an http(s) URL with a host and no user info: usage error, FR and EN', async () => {
  const t = tempDir('intras-jobs-link-');
  try {
    const file = t.write('p.json', { postings: [posting()] });
    for (const link of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://user:pw@evil.example', '/\\evil.example', 'ftp://x.example', '']) {
      const r = await intras('jobs', 'feed', file, '--format', 'atom', '--link', link);
      assert.equal(r.code, 2, link);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^erreur : --link doit être une URL http\(s\)/, link);
      assert.doesNotMatch(r.stderr, /interne/);
      const en = await intras('jobs', 'feed', file, '--format', 'rss', '--link', link, '--lang', 'en');
      assert.equal(en.code, 2);
      assert.match(en.stderr, /^error: --link must be an http\(s\) URL/, link);
    }
    assert.equal((await intras('jobs', 'feed', file, '--format', 'atom', '--link', 'https://exemple.gouv.fr/offres', '--now', '2026-09-10')).code, 0);
  } finally {
    t.cleanup();
  }
});

test('F1: digest (markdown, mattermost): payloads never become links, images, HTML or emphasis', async () => {
  const t = tempDir('intras-jobs-md-');
  try {
    for (const [field, set] of FIELDS) {
      for (const payload of PAYLOADS) {
        const p = posting();
        set(p, payload);
        const file = t.write('p.json', [p]);
        for (const format of ['markdown', 'mattermost']) {
          const r = await intras('jobs', 'digest', file, '--since', '2026-09-01', '--now', '2026-09-10', '--format', format);
          assert.equal(r.code, 0, r.stderr);
          assert.ok(!r.stdout.includes('\u001b'), `${field}: terminal controls`);
          // Remove backslash escapes: what is left of the payload holds no markdown syntax.
          const bare = r.stdout.replace(/\\[\s\S]/g, '');
          // `&` too: `&lt;b&gt;` must show as written, not as a decoded character reference.
          assert.doesNotMatch(bare, /[<>`*_!&]|\]\(javascript|\]\(https:\/\/evil/, `${field} = ${payload} (${format}):\n${r.stdout}`);
          assert.equal((bare.match(/\]\(/g) ?? []).length, 1, `${field}: one link, the posting's`);
        }
      }
    }
  } finally {
    t.cleanup();
  }
});

test('F7: --now and --since in 1900–2100, --since not after --now: usage errors, FR and EN', async () => {
  const t = tempDir('intras-jobs-dates-');
  try {
    const file = t.write('p.json', { postings: [posting()] });
    for (const now of ['9999-12-31', '0000-01-01', '1899-12-31', '2101-01-01']) {
      const r = await intras('jobs', 'feed', file, '--format', 'json', '--now', now);
      assert.equal(r.code, 2, now);
      assert.match(r.stderr, /^erreur : --now attend une date AAAA-MM-JJ entre 1900 et 2100, reçu « .+ »$/m, now);
      const d = await intras('jobs', 'digest', file, '--since', now, '--lang', 'en');
      assert.equal(d.code, 2, now);
      assert.match(d.stderr, /^error: --since takes a YYYY-MM-DD date between 1900 and 2100, received ".+"$/m);
    }
    const r = await intras('jobs', 'digest', file, '--since', '2027-01-01', '--now', '2026-01-01');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^erreur : --since \(2027-01-01\) est après --now \(2026-01-01\)/m);
    const en = await intras('jobs', 'digest', file, '--since', '2027-01-01', '--now', '2026-01-01', '--lang', 'en');
    assert.match(en.stderr, /^error: --since \(2027-01-01\) is after --now \(2026-01-01\)/m);
    assert.equal((await intras('jobs', 'digest', file, '--since', '2026-01-01', '--now', '2026-01-01')).code, 0);
  } finally {
    t.cleanup();
  }
});

test('F7: --max-size: singular byte, and a size under one byte is a usage error', async () => {
  const t = tempDir('intras-jobs-size-');
  try {
    const file = t.write('p.json', { postings: [posting()] });
    const r = await intras('jobs', 'feed', file, '--format', 'json', '--max-size', '0.000001');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /fichier trop gros \(plus de 1 octet ;/);
    assert.match((await intras('jobs', 'feed', file, '--format', 'json', '--max-size', '0.000001', '--lang', 'en')).stderr, /file too large \(over 1 byte;/);
    assert.match((await intras('jobs', 'import', file, '--max-size', '0.0001')).stderr, /plus de 104 octets/);
    for (const v of ['0.0000001', '0', '-1', 'abc', '1e3', '5000']) {
      const bad = await intras('jobs', 'digest', file, '--since', '2026-01-01', '--max-size', v);
      assert.equal(bad.code, 2, v);
      assert.match(bad.stderr, /^erreur : --max-size attend une taille en Mio/m, v);
    }
  } finally {
    t.cleanup();
  }
});

test('F7: commander errors of the jobs commands are in French first (English only with --lang en)', async () => {
  const t = tempDir('intras-jobs-cmd-');
  try {
    const file = t.write('p.json', { postings: [posting()] });
    const r = await intras('jobs', 'feed', file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^erreur : option requise « --format <format> » manquante$/m);
    assert.doesNotMatch(r.stderr, /utilisation incorrecte/);
    assert.match((await intras('jobs', 'digest', file)).stderr, /^erreur : option requise « --since <date> » manquante$/m);
    assert.match((await intras('jobs', 'feed', file, '--format', 'pdf')).stderr, /^erreur : valeur « pdf » invalide pour l’option « --format <format> »/m);
    assert.match((await intras('jobs', 'frobnicate')).stderr, /^erreur : commande inconnue « frobnicate »/m);
    const en = await intras('jobs', 'feed', file, '--lang', 'en');
    assert.match(en.stderr, /^error: required option '--format <format>' not specified$/m);
    assert.doesNotMatch(en.stderr, /erreur|Utilisation/);
  } finally {
    t.cleanup();
  }
});

/** Commander's English built-in texts: none may show in the French help. */
const COMMANDER_EN = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help for command', '(choices:', 'default:', '[command]'];
for (const args of [['jobs', '--help'], ['help', 'jobs'], ['jobs', 'help', 'feed'], ['jobs', 'import', '--help'], ['jobs', 'feed', '--help'], ['jobs', 'digest', '--help']]) {
  test(`F7 / item 27: intras ${args.join(' ')} follows --lang (French by default, never "FR / EN")`, async () => {
    const r = await intras(...args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Utilisation : intras jobs/);
    for (const en of COMMANDER_EN) assert.ok(!r.stdout.includes(en), `"${en}" in:\n${r.stdout}`);
    assert.doesNotMatch(r.stdout, / \/ [a-z]/, 'no "français / English" doubled descriptions');
    assert.doesNotMatch(r.stdout, /\b(reads|writes|postings|file format|largest file|feed format)\b/);
    const en = await intras(...args, '--lang', 'en');
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /^Usage: intras jobs/);
    assert.doesNotMatch(en.stdout, /affiche|Utilisation|fichier|offres|valeurs possibles|défaut|flux/);
  });
}
test('item 27: the main help names the jobs commands in the chosen language', async () => {
  assert.match((await intras('--help')).stdout, /jobs +offres\s+d’emploi\s+:\s+importer,\s+écrire\s+un\s+flux,\s+écrire\s+le\s+récapitulatif/);
  assert.match((await intras('--help', '--lang', 'en')).stdout, /jobs +job\s+postings:\s+import,\s+write\s+a\s+feed,\s+write\s+the\s+digest/);
});
