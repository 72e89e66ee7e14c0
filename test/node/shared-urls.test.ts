/**
 * One URL rule, four places: `isUrlOrPath` (src/shared/urls.ts), `UrlOrPathSchema`, `isSafeHref` (the `href-*`
 * attributes of the elements) and the `pattern` of the shipped JSON Schema (portraits' `photoUrl`). Browsers read
 * `\` as `/` and drop tabs inside schemes, so each row is checked against the real `URL` parser too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { isUrlOrPath, isHttpUrl, URL_OR_PATH_PATTERN, DUMMY_BASE_URL } from '../../src/shared/urls.js';
import { UrlOrPathSchema, HttpUrlSchema } from '../../src/shared/schema.js';
import { isSafeHref } from '../../components/shared/urls.js';
import { jsonSchemas } from '../../src/cli/json-schemas.js';
import { parseWith } from '../../src/index.js';

const CASES: Array<[string, boolean]> = [
  ['https://example.org/a.png', true], ['http://localhost:8000/a.svg', true], ['HTTPS://EXAMPLE.ORG/x', true],
  ['https://example.org', true], ['https://example.org?x=1', true], ['https://exämple.org/é', true],
  ['/avatars/a.svg', true], ['/', true], ['data/avatars/a.svg', true], ['./a.svg', true], ['../a.svg?x=1#y', true],
  ['coaching.html', true], ['?page=2', true], ['#top', true], ['/%5Cevil.example/x.png', true], ['%5C%5Cevil.example', true],
  ['/a/b//c', true],
  // other hosts written as paths
  ['//evil.example/x.png', false], ['/\\evil.example/x.png', false], ['\\\\evil.example/x.png', false],
  ['\\/evil.example/x.png', false], ['///evil.example/x.png', false], ['/\\/evil.example', false],
  ['https:\\\\evil.example', false], ['https://good.example\\@evil.example', false], ['a\\b.png', false],
  // user info hides the real host
  ['https://beta.gouv.fr@evil.example/x', false], ['https://user:pass@example.org/', false],
  // schemes
  ['javascript:alert(1)', false], ['JavaScript:alert(1)', false], ['JAVASCRIPT:alert(1)', false],
  ['java\tscript:alert(1)', false], ['java\nscript:alert(1)', false], ['java\rscript:alert(1)', false],
  ['\tjavascript:alert(1)', false], [' javascript:alert(1)', false], ['javascript\u0000:alert(1)', false],
  ['\u0001javascript:alert(1)', false], ['data:image/svg+xml,<svg/>', false], ['vbscript:x', false],
  ['mailto:a@b.fr', false], ['file:///etc/passwd', false], ['c:/x.png', false], ['ftp://example.org/x', false],
  // malformed http(s)
  ['http:/x', false], ['https:x', false], ['https://', false], ['https:///x', false], ['http://[::1', false], ['http://[::1]:8000/x', true], ['http://a:b:c/', false], ['http://a:80/', true],
  // blanks, spaces, limits
  ['', false], [' /a.svg', false], ['/a b.svg', false], ['/a\u00a0b.svg', false], ['/a\u2028b', false],
  ['/' + 'x'.repeat(2047), true], ['/' + 'x'.repeat(2048), false],
];

const ajv = new Ajv2020({ strict: false });
const validatePortraits = ajv.compile(jsonSchemas()['portraits.schema.json']);
const portrait = {
  id: 'p-1', displayName: 'Ana Lopez', headline: 'Cheffe de produit', category: 'vertical', before: 'Attachée', after: [],
  startups: [{ ghid: 'x', name: 'X' }], narrative: 'Récit.', consent: { given: true }, status: 'published',
};
/** What a JSON Schema validator (ajv) says of a portraits file whose only portrait has this `photoUrl`. */
const photoUrl = (url: string) => validatePortraits([{ ...portrait, photoUrl: url }]) as boolean;
function findPattern(schema: unknown): string {
  const seen: string[] = [];
  (function walk(x: any) {
    if (!x || typeof x !== 'object') return;
    if (x.properties?.photoUrl) seen.push(x.properties.photoUrl.pattern ?? x.properties.photoUrl.allOf?.[0]?.pattern);
    for (const v of Object.values(x)) walk(v);
  })(schema);
  assert.ok(seen[0], 'photoUrl pattern in the JSON Schema');
  return seen[0];
}

describe('URL or path: parsed, not pattern-matched', () => {
  for (const [url, ok] of CASES) {
    test(`${JSON.stringify(url.length > 60 ? `${url.slice(0, 20)}…(${url.length})` : url)} → ${ok}`, () => {
      assert.equal(isUrlOrPath(url), ok, 'isUrlOrPath');
      assert.equal(isSafeHref(url), ok, 'isSafeHref');
      assert.equal(z.safeParse(UrlOrPathSchema, url).success, ok, 'UrlOrPathSchema');
      assert.equal(photoUrl(url), ok, 'JSON Schema pattern');
      if (ok) {
        // What a browser would do with it: an http(s) address on the page's origin or on the written host.
        const resolved = new URL(url, DUMMY_BASE_URL);
        assert.match(resolved.protocol, /^https?:$/);
      }
    });
  }
  test('relative values are checked against the given base (the page in a browser)', () => {
    assert.equal(isUrlOrPath('/x', 'http://localhost:8000/page.html'), true);
    assert.equal(isUrlOrPath('//localhost:9000/x', 'http://localhost:8000/page.html'), false);
    assert.equal(isUrlOrPath('/x', 'about:blank'), true, 'an opaque base falls back to the dummy origin');
  });
  test('the runtime pattern and the JSON Schema pattern are the same text', () => {
    assert.equal(findPattern(jsonSchemas()['portraits.schema.json']), URL_OR_PATH_PATTERN.source);
  });
  test('a refused value is one issue naming the field, in French and English', () => {
    const r = parseWith(z.object({ photoUrl: UrlOrPathSchema }), { photoUrl: '/\\evil.example/x.png' });
    assert.equal(r.ok, false);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].code, 'url_or_path');
    assert.match(r.issues[0].fr, /^photoUrl : adresse http\(s\) ou chemin du site attendu .*reçu « \/\\evil\.example\/x\.png »$/);
    assert.match(r.issues[0].en, /^photoUrl: expected an http\(s\) URL or a site path/);
  });
});

describe('HttpUrlSchema: absolute http(s) only, parsed the same way', () => {
  const rows: Array<[string, boolean]> = [
    ['https://beta.gouv.fr/x', true], ['http://localhost:8000', true], ['https://a\\b.example', false],
    ['https://beta.gouv.fr@evil.example', false], ['https://x.example/\tjs', false], ['http:/x', false], ['/x', false],
  ];
  for (const [url, ok] of rows) test(`${JSON.stringify(url)} → ${ok}`, () => {
    assert.equal(isHttpUrl(url), ok);
    assert.equal(HttpUrlSchema.safeParse(url).success, ok);
  });
});
