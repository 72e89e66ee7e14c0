/** `foldText` (src/shared/text.ts): one folding for search, facets and job matching; and the "blank text" rule. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, hasVisibleText, parsePortraits, filterPortraits, portraitFacetValues, type Portrait } from '../../src/index.js';

/** [written, typed by the user]: both must fold to the same string. */
const SAME: Array<[string, string, string]> = [
  ['apostrophe U+2019 (iOS, Word)', 'd’État', "d'etat"],
  ['apostrophe U+2018', 'd‘état', "d'etat"],
  ['modifier letter apostrophe U+02BC', 'dʼétat', "d'etat"],
  ['backtick', 'd`etat', "d'etat"],
  ['acute accent U+00B4', 'd´etat', "d'etat"],
  ['full-width apostrophe', 'd＇etat', "d'etat"],
  ['accents and case', 'ÉLODIE Hélène', 'elodie helene'],
  ['decomposed (NFD) input', 'E\u0301lodie', 'élodie'],
  ['sharp s', 'Straße', 'strasse'],
  ['capital sharp s', 'STRAẞE', 'strasse'],
  ['fi ligature', 'ﬁnances', 'finances'],
  ['fl ligature', 'ﬂux', 'flux'],
  ['oe ligature', 'Œuvre cœur', 'oeuvre coeur'],
  ['ae ligature', 'Lætitia', 'laetitia'],
  ['full-width letters and digits', 'ＤＧＦｉＰ ２０２４', 'dgfip 2024'],
  ['non-breaking space U+00A0', 'France\u00a0Travail', 'france travail'],
  ['narrow no-break space U+202F', 'France\u202fTravail', 'france travail'],
  ['thin space U+2009', 'France\u2009Travail', 'france travail'],
  ['ideographic space U+3000', 'France\u3000Travail', 'france travail'],
  ['runs of white space, tabs, new lines', '  France \t\n Travail  ', 'france travail'],
  ['zero-width space inside a word', 'Tra\u200bvail', 'travail'],
  ['soft hyphen', 'tra\u00advail', 'travail'],
  ['hyphen U+2010', 'Martin‐Roux', 'martin-roux'],
  ['non-breaking hyphen U+2011', 'Martin‑Roux', 'martin-roux'],
  ['figure dash U+2012', 'Martin‒Roux', 'martin-roux'],
  ['en dash U+2013', 'Martin–Roux', 'martin-roux'],
  ['minus sign U+2212', 'Martin−Roux', 'martin-roux'],
  ['French quotes with NBSP', '«\u00a0Mon Suivi\u00a0»', '" mon suivi "'],
  ['curly double quotes', '“Mon Suivi”', '"mon suivi"'],
  ['low-9 quote', '„Mon Suivi“', '"mon suivi"'],
  ['stroked letters', 'Łódź Øresund', 'lodz oresund'],
  ['dotted capital I', 'İstanbul', 'istanbul'],
];

describe('foldText: typographic variants fold to what a keyboard types', () => {
  for (const [name, written, typed] of SAME) {
    test(name, () => {
      assert.equal(foldText(written), foldText(typed));
      assert.equal(foldText(written), foldText(typed).normalize('NFC'));
    });
  }
  test('folded text is what a plain keyboard gives', () => {
    assert.equal(foldText('d’État'), "d'etat");
    assert.equal(foldText('«\u00a0ﬁn\u202f»'), '" fin "');
    assert.equal(foldText(''), '');
    assert.equal(foldText(' \u200b '), '');
  });
  test('different words stay different', () => {
    assert.notEqual(foldText('pâte'), foldText('patte'));
    assert.notEqual(foldText("d'etat"), foldText('detat'));
  });
});

describe('hasVisibleText: blank-after-trim texts', () => {
  const rows: Array<[string, boolean]> = [
    ['Alice', true], ['👩‍💻', true], ['\u00a0a', true], ['', false], ['   ', false], ['\u200b', false],
    ['\u00a0\u202f\u2009', false], ['\t\n', false], ['\ufeff\u2060\u200d', false], ['\u3164', false], ['\u2800', false],
    ['\u00ad', false],
  ];
  for (const [text, visible] of rows) test(`${JSON.stringify(text)} → ${visible}`, () => assert.equal(hasVisibleText(text), visible));
});

const base = {
  id: 'p-1', displayName: 'Élodie Marchal', headline: 'Cheffe de projet', category: 'passeur',
  before: 'Juriste', startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Coach'],
  narrative: 'Récit.', consent: { given: true, at: '2025-01-10' }, status: 'published',
} as const;

describe('search and facets use foldText', () => {
  const list = parsePortraits([
    { ...base, id: 'a', narrative: 'Ancienne inspectrice d’État, elle rejoint France Travail.', administration: 'France Travail' },
    { ...base, id: 'b', narrative: "Secrétaire d'État adjoint puis coach.", administration: 'France travail' },
    { ...base, id: 'c', narrative: 'Rien à voir.', administration: 'France\u00a0Travail' },
    { ...base, id: 'd', narrative: 'Produit «\u00a0ﬁnances\u00a0» à la DGFiP.', administration: 'DGFiP' },
    { ...base, id: 'e', narrative: 'Straße et cœur.', administration: 'France Travail' },
  ]).valid as Portrait[];
  const ids = (q: string) => filterPortraits(list, { q }).map((p) => p.id);
  const rows: Array<[string, string[]]> = [
    ["d'etat", ['a', 'b']], ['d’etat', ['a', 'b']], ['D’ÉTAT', ['a', 'b']], ['dʼetat', ['a', 'b']],
    ['finances', ['d']], ['« finances »', ['d']], ['strasse', ['e']], ['coeur', ['e']], ['ＤＧＦｉＰ', ['d']],
  ];
  for (const [q, expected] of rows) test(`search ${JSON.stringify(q)} → ${expected.join(', ')}`, () => assert.deepEqual(ids(q), expected));

  test('facet values that differ by case, space or apostrophe are one entry (most frequent label, then first seen)', () => {
    const facets = portraitFacetValues(list, (p) => p.administration);
    assert.deepEqual(facets.map((f) => [f.label, f.count]), [['DGFiP', 1], ['France Travail', 4]]);
    // Filtering by any variant, or by the label, keeps every portrait of the entry.
    for (const administration of ['France Travail', 'france travail', 'France\u00a0travail'])
      assert.deepEqual(filterPortraits(list, { administration }).map((p) => p.id), ['a', 'b', 'c', 'e']);
    const tie = portraitFacetValues([{ v: 'Caisse d’épargne' }, { v: "Caisse d'Épargne" }], (x) => x.v);
    assert.deepEqual(tie, [{ key: "caisse d'epargne", label: 'Caisse d’épargne', count: 2 }]);
  });
});
