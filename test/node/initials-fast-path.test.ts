/**
 * `initials()` without `Intl.Segmenter` for plain names (issue 10, part 4, the demo page's long tasks; decision 0058):
 * the segmenter's first use cost ~13 ms (~50 ms at Lighthouse's 4× CPU) in the gallery's first render, and 0.2 ms per
 * name after. A word whose first letter is one code point followed by a letter, digit or punctuation (never part of
 * the same grapheme, UAX #29) is read directly; any other word still goes through the segmenter. The results are the
 * same as the segmenter's for every name here (the reference below) and for the trial rows of text-trials.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// Counts the segmenters the module makes (it makes one at its first need, and keeps it): the spy stays in place.
let made = 0;
const Real = Intl.Segmenter;
(Intl as { Segmenter: unknown }).Segmenter = class extends Real {
  constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) { super(...args); made++; }
};
const { initials } = await import('../../src/portraits/portrait.js');

const demo: string[] = JSON.parse(readFileSync(new URL('../../demo/data/portraits.json', import.meta.url), 'utf8'))
  .portraits.map((p: { displayName?: unknown }) => p.displayName).filter((n: unknown): n is string => typeof n === 'string');
const PLAIN = [...demo, 'Élodie Martin-Roux', "O'Neil d’Arc", 'Zoé Lefèvre', 'Ægir Þórsson', 'Αλέξης Παπαδόπουλος', 'Анна Иванова',
  'jean-pierre de la Tour', 'A B', 'x'];

/** The reference: the first letter grapheme of each word, through the segmenter (the rule before the fast path). */
function reference(name: string): string {
  const seg = new Real(undefined, { granularity: 'grapheme' });
  const split = (w: string) => Array.from(seg.segment(w), (g) => g.segment);
  const letters = name.normalize('NFKC').split(/\s+/u).map((w) => split(w).find((g) => /^[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]/u.test(g)))
    .filter((g): g is string => g !== undefined);
  if (!letters.length) return '';
  const upper = (g: string) => { const u = g.toLocaleUpperCase('fr').normalize('NFC'); return split(u).length === 1 ? u : g; };
  return letters.length === 1 ? upper(letters[0]) : upper(letters[0]) + upper(letters[letters.length - 1]);
}

test('plain names (the demo data, Latin, Greek, Cyrillic) make no Intl.Segmenter, and give the reference initials', () => {
  for (const name of PLAIN) assert.equal(initials(name), reference(name), name);
  assert.equal(made, 0, 'no segmenter made');
});

test('a word that needs grapheme segmentation still gets it (decomposed accent, emoji, combining marks)', () => {
  for (const name of ['E\u0301lodie Martin', '👩‍💻 Alice', 'a\u0308bc d\u0323e', 'ᾳ ﬀ', 'ǰiri Novak', 'ß straße', '한국 이름']) {
    assert.equal(initials(name), reference(name), name);
  }
  assert.ok(made >= 1, 'the segmenter was used');
});
