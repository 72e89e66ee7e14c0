/** `isSafeHref` (components/shared/urls.ts): which editor-provided links may become `<a href>`. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeHref } from '../../components/shared/urls.js';
import { UrlOrPathSchema } from '../../src/shared/schema.js';
import * as z from 'zod/mini';

const CASES: Array<[string, boolean]> = [
  ['https://example.org/coaching', true],
  ['http://example.org', true],
  ['HTTPS://EXAMPLE.ORG/x', true],
  ['/accompagnement-carriere', true],
  ['/', true],
  ['coaching.html', true],
  ['./coaching', true],
  ['../coaching?x=1#y', true],
  ['javascript:alert(1)', false],
  ['JavaScript:alert(1)', false],
  [' javascript:alert(1)', false],
  ['java\tscript:alert(1)', false],
  ['data:text/html,<script>alert(1)</script>', false],
  ['vbscript:msgbox(1)', false],
  ['mailto:a@b.fr', false],
  ['//evil.example/x', false],
  ['https://', false],
  ['', false],
  ['x'.repeat(2049), false],
];

describe('isSafeHref', () => {
  for (const [url, ok] of CASES) {
    test(`${JSON.stringify(url.slice(0, 50))} → ${ok}`, () => {
      assert.equal(isSafeHref(url), ok);
      // Same rule as UrlOrPathSchema (shared pattern, same limits).
      assert.equal(z.safeParse(UrlOrPathSchema, url).success, ok);
    });
  }
});
