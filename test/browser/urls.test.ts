/**
 * `isSafeHref` in a real browser (issue 7, item 21): what it accepts is what Chromium resolves to an http(s) address
 * on the page's origin (relative values) or on the written host; what browsers would send elsewhere is refused.
 */
import { expect } from '@open-wc/testing';
import { isSafeHref } from '../../components/shared/urls.js';

const ROWS: Array<[string, boolean]> = [
  ['/avatars/a.svg', true], ['data/a.svg', true], ['./a.svg', true], ['../a.svg?x=1#y', true], ['?page=2', true],
  ['/%5Cevil.example/x.png', true], ['https://example.org/x', true], ['HTTPS://EXAMPLE.ORG/x', true],
  ['/\\evil.example/x.png', false], ['\\\\evil.example/x.png', false], ['\\/evil.example', false], ['//evil.example/x', false],
  ['///evil.example/x', false], ['https:\\\\evil.example', false], ['https://beta.gouv.fr@evil.example/', false],
  ['java\tscript:alert(1)', false], ['JAVASCRIPT:alert(1)', false], [' javascript:alert(1)', false], ['data:text/html,x', false],
  ['https:/evil.example', false],
];

describe('isSafeHref in Chromium', () => {
  for (const [href, ok] of ROWS) {
    it(`${JSON.stringify(href)} → ${ok}`, () => {
      expect(isSafeHref(href)).to.equal(ok);
      // What the browser does with it as a link.
      const a = document.createElement('a');
      a.href = href;
      if (ok) {
        expect(['http:', 'https:']).to.include(a.protocol);
        if (!/^https?:/i.test(href)) expect(a.origin).to.equal(location.origin);
      } else {
        // Each refused value leaves the page's origin or http(s) once the browser has read it.
        const stays = (a.protocol === 'http:' || a.protocol === 'https:') && a.origin === location.origin;
        expect(stays, `${a.protocol} ${a.origin}`).to.equal(false);
      }
    });
  }
});
