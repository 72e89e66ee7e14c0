// `intras render … --data-src URL` (issue 10, part 4; decision 0056): the page's HTML holds the first page, the count
// and the facets of the WHOLE data (as without the option), but no inline data: the element gets `src="URL"`,
// `defer-hydration` (it waits for the whole data before hydrating) and `data-rendered-digest` (the digest of the data
// the server rendered, which the browser compares with what it fetched). Hydration is tested in
// test/browser/render-data-src.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fx, intras, tempDir } from './cli-helpers.js';
import { isPublishable, parsePortraits } from '../../src/portraits/portrait.js';
import { dataDigest } from '../../src/shared/digest.js';

const VALID = fx('portraits/valid.json');
const MIXED = fx('portraits/mixed.json');
const PEP = fx('../../demo/data/offres-pep.json');

const shadow = (html: string) => html.slice(html.indexOf('<template shadowroot'), html.lastIndexOf('</template>'));

test('render portraits --data-src: src, defer-hydration and the digest on the element; count and facets of the whole data; no inline data', async () => {
  const r = await intras('render', 'portraits', '--data', VALID, '--data-src', '/data/portraits.json', '--page-size', '4', '--now', '2026-11-30');
  assert.equal(r.code, 0, r.stderr);
  const records = parsePortraits(JSON.parse(readFileSync(VALID, 'utf8'))).valid.filter(isPublishable);
  const digest = dataDigest(records, 0, 0);
  assert.match(digest, /^[0-9a-f]{14}$/);
  assert.match(r.stdout, new RegExp(`^<intra-portraits lang="fr" page-size="4" src="/data/portraits.json" data-rendered-now="2026-11-30" data-rendered-digest="${digest}" defer-hydration><template shadowroot="open" shadowrootmode="open"><style>`));
  const root = shadow(r.stdout);
  assert.equal(root.match(/<article class="card" part="card"/g)?.length, 4, 'first page of 4 cards');
  assert.match(root, /12 portraits/, 'the count of the whole data');
  assert.match(root, /Voir plus/);
  assert.equal(r.stdout.includes('<script'), false, 'no inline data');
  assert.ok(r.stdout.endsWith('</template></intra-portraits>\n'));
  assert.match(r.stderr, /données chargées depuis \/data\/portraits\.json/);
  // Same input → same bytes; the option changes only the element's attributes and the inline data.
  const again = await intras('render', 'portraits', '--data', VALID, '--data-src', '/data/portraits.json', '--page-size', '4', '--now', '2026-11-30');
  assert.equal(again.stdout, r.stdout);
  const inline = await intras('render', 'portraits', '--data', VALID, '--page-size', '4', '--now', '2026-11-30');
  assert.equal(shadow(inline.stdout), root, 'the same shadow root as with inline data');
});

test('render portraits --data-src: the digest follows the records shown (drafts of the file do not count, rejected ones do)', async () => {
  const r = await intras('render', 'portraits', '--data', MIXED, '--data-src', 'portraits.json', '--allow-invalid', '--now', '2026-11-30');
  assert.equal(r.code, 0, r.stderr);
  const parsed = parsePortraits(JSON.parse(readFileSync(MIXED, 'utf8')));
  const records = parsed.valid.filter(isPublishable);
  assert.ok(parsed.rejected.length > 0, 'the fixture has rejected records');
  // The browser fetches the same whole file at `src` and validates it: the server renders exactly that (the rejected
  // records' notice included), so the digests agree and the element hydrates (re-check trial: with the publishable
  // records only, the browser's digest differed, the shadow root was rebuilt, focus lost and the cards moved 24 px).
  assert.match(r.stdout, new RegExp(`data-rendered-digest="${dataDigest(records, parsed.rejected.length, parsed.dropped?.length ?? 0)}"`), 'the digest of what the browser will read');
  assert.match(shadow(r.stdout), /fiches? ignorées? \(données invalides\)/, 'the notice of the rejected records, as in the browser');
  assert.notEqual(dataDigest(records, 1, 0), dataDigest(records, 0, 0));
  assert.notEqual(dataDigest(records, 0, 1), dataDigest(records, 0, 0));
  assert.notEqual(dataDigest(records.slice(1), 0, 0), dataDigest(records, 0, 0));
  assert.notEqual(dataDigest([{ ...records[0], headline: `${records[0].headline}.` }, ...records.slice(1)], 0, 0), dataDigest(records, 0, 0));
});

test('render --data-src: relative or absolute http(s) URLs, escaped; anything else refused naming the option (FR/EN, exit 2)', async () => {
  for (const url of ['/data/p.json', 'data/p.json', '../p.json', 'https://donnees.example.org/p.json?v=2&x=1', 'http://127.0.0.1:8080/p.json']) {
    const r = await intras('render', 'portraits', '--data', VALID, '--data-src', url, '--now', '2026-11-30');
    assert.equal(r.code, 0, `${url}: ${r.stderr}`);
    assert.ok(r.stdout.includes(` src="${url.replace(/&/g, '&amp;')}" `), url);
  }
  // Characters that cannot appear unencoded in a URL (RFC 3986; WHATWG URL percent-encodes them) are refused, not
  // just escaped: a value with a quote or an angle bracket is a mistake or an attack (docs/static-sites.md).
  for (const bad of ['"><script>alert(1)</script>', '"q.json', "'q.json", '/p.json?a="><script>alert(1)</script>{{x}}', 'q<.json', 'q`.json',
    '/p{x}.json', 'a|b.json', 'a\\b.json', 'a^b.json', 'a\tb.json', 'a\nb.json']) {
    const r = await intras('render', 'portraits', '--data', VALID, '--data-src', bad);
    assert.equal(r.code, 2, `${JSON.stringify(bad)}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    assert.match(r.stderr, /--data-src attend une adresse http\(s\):\/\/… ou un chemin relatif du site.*sans espace ni caractère à encoder/, bad);
    const en = await intras('render', 'portraits', '--data', VALID, '--data-src', bad, '--lang', 'en');
    assert.match(en.stderr, /--data-src takes an http\(s\):\/\/… address or a path relative to the site.*without spaces or characters that must be encoded/, bad);
  }
  for (const bad of ['javascript:alert(1)', '//evil.example/p.json', 'ftp://example.org/p.json', 'https://user@example.org/p.json', 'data:application/json,[]', 'a b.json', '', ' ']) {
    const r = await intras('render', 'portraits', '--data', VALID, '--data-src', bad);
    assert.equal(r.code, 2, `${JSON.stringify(bad)}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--data-src attend une adresse http\(s\):\/\/… ou un chemin relatif du site/, bad);
    const en = await intras('render', 'portraits', '--data', VALID, '--data-src', bad, '--lang', 'en');
    assert.match(en.stderr, /--data-src takes an http\(s\):\/\/… address or a path relative to the site/, bad);
  }
  const unknown = await intras('render', 'eligibility', '--programme', 'coaching', '--data-src', '/x.json');
  assert.equal(unknown.code, 2, 'the eligibility form has no data: no --data-src');
});

test('render job-feed --data-src: src, defer-hydration and the digest of the published offers; no inline data', async () => {
  const tmp = tempDir('intras-render-src-');
  try {
    const r = await intras('render', 'job-feed', '--data', PEP, '--data-src', '/offres.json', '--now', '2026-11-30', '--page-size', '4');
    assert.equal(r.code, 0, r.stderr);
    const { parseJobPostings } = await import('../../src/jobs/sources/json.js');
    const published = parseJobPostings(JSON.parse(readFileSync(PEP, 'utf8'))).valid.filter((p) => p.status === 'published');
    assert.match(r.stdout, new RegExp(`^<intra-job-feed lang="fr" page-size="4" src="/offres.json" data-rendered-now="2026-11-30" data-rendered-digest="${dataDigest(published, 0, 0)}" defer-hydration><template`));
    assert.equal(shadow(r.stdout).match(/part="card"/g)?.length, 4);
    assert.equal(r.stdout.includes('<script'), false, 'no inline data');
  } finally {
    tmp.cleanup();
  }
});
