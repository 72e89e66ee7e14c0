import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePortraits, isPublishable, foldText, filterPortraits, initials, type Portrait } from '../../src/index.js';

const base = {
  id: 'p-1', displayName: 'Élodie Marchal', headline: 'Responsable de portefeuille', category: 'passeur',
  before: 'Juriste', startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Coach'],
  narrative: 'Récit.', consent: { given: true, at: '2025-01-10' }, status: 'published',
};

test('parsePortraits accepts an array or { portraits: [...] }; other shapes are one document-level rejection', () => {
  assert.equal(parsePortraits([base]).valid.length, 1);
  assert.equal(parsePortraits({ portraits: [base] }).valid.length, 1);
  for (const bad of [null, 42, 'x', { items: [] }, { portraits: null }]) {
    const r = parsePortraits(bad);
    assert.equal(r.valid.length, 0);
    assert.deepEqual(r.rejected.map((x) => [x.index, x.issues[0].code]), [[-1, 'invalid_document']]);
  }
});

test('parsePortraits keeps good records and names the bad field of each bad one, in French and English', () => {
  const r = parsePortraits([base, { ...base, id: 'p-2', category: 'diagonal' }, { ...base, id: 'p-3', displayName: undefined }, { ...base, id: 'p-4' }]);
  assert.deepEqual(r.valid.map((p) => p.id), ['p-1', 'p-4']);
  assert.deepEqual(r.rejected.map((x) => [x.index, x.id, x.issues[0].path]), [[1, 'p-2', 'category'], [2, 'p-3', 'displayName']]);
  assert.match(r.rejected[0].issues[0].fr, /^category : valeur inattendue « diagonal » ; valeurs possibles : horizontal, vertical, passeur, sortie_prive$/);
  assert.equal(r.rejected[1].issues[0].en, 'displayName: required field');
  assert.equal(r.total, 4);
});

test('parsePortraits rejects later duplicate ids (deep links and focus use them)', () => {
  const r = parsePortraits([base, { ...base, displayName: 'Autre' }, { ...base, id: 'p-2' }, { ...base, displayName: 'Encore' }]);
  assert.deepEqual(r.valid.map((p) => p.id), ['p-1', 'p-2']);
  assert.deepEqual(r.rejected.map((x) => [x.index, x.issues[0].code]), [[1, 'duplicate_id'], [3, 'duplicate_id']]);
  assert.match(r.rejected[0].issues[0].fr, /déjà utilisé par la fiche n° 1\b/); // 1-based for people (issue 7 #10)
});

const urls: Array<[string, boolean]> = [
  ['https://example.org/a.png', true], ['http://localhost:8000/a.svg', true], ['/avatars/a.svg', true],
  ['data/avatars/a.svg', true], ['./a.svg', true], ['../a.svg', true],
  ['javascript:alert(1)', false], ['JavaScript:alert(1)', false], ['data:image/svg+xml,<svg/>', false],
  ['//tracker.example/x.png', false], ['http:/x', false], ['vbscript:x', false], [' /a.svg', false], ['', false],
];
for (const [url, ok] of urls) {
  // An invalid photo is an optional part (issue 7, item 9): the portrait stays, without the photo, and the part is reported.
  test(`photoUrl ${JSON.stringify(url)} is ${ok ? 'accepted' : 'rejected (the portrait stays without photo)'}`, () => {
    const r = parsePortraits([{ ...base, photoUrl: url, photoAlt: 'Portrait' }]);
    assert.equal(r.valid.length, 1, JSON.stringify(r.rejected));
    assert.equal(r.valid[0].photoUrl, ok ? url : undefined);
    assert.equal(r.valid[0].photoAlt, ok ? 'Portrait' : undefined);
    assert.deepEqual(r.dropped.map((d) => [d.index, d.issues[0].path]), ok ? [] : [[0, 'photoUrl']]);
  });
}

test('text limits: before/after/administration are bounded and after entries non-empty', () => {
  assert.equal(parsePortraits([{ ...base, before: 'x'.repeat(301) }]).rejected[0].issues[0].code, 'too_big');
  assert.equal(parsePortraits([{ ...base, after: [''] }]).rejected[0].issues[0].path, 'after[0]');
  // administration is an optional part: an empty one is dropped and reported, the portrait stays.
  const admin = parsePortraits([{ ...base, administration: '' }]);
  assert.equal(admin.valid[0].administration, undefined);
  assert.equal(admin.dropped[0].issues[0].code, 'required');
  assert.equal(admin.dropped[0].issues[0].path, 'administration');
  assert.equal(parsePortraits([{ ...base, narrative: 'x'.repeat(5001) }]).rejected[0].issues[0].path, 'narrative');
});

const gate: Array<[Portrait['consent'], Portrait['status'], boolean]> = [
  [{ given: true }, 'published', true], [{ given: false }, 'published', false], [{ given: true }, 'draft', false],
  [{ given: true }, 'archived', false], [{ given: false }, 'draft', false],
];
for (const [consent, status, shown] of gate) {
  test(`isPublishable: consent ${consent.given}, status ${status} → ${shown}`, () => {
    assert.equal(isPublishable({ consent, status }), shown);
  });
}
test('isPublishable is strict: "true" strings are not consent', () => {
  assert.equal(isPublishable({ consent: { given: 'true' as unknown as boolean }, status: 'published' }), false);
});

test('foldText, filterPortraits and initials: accent- and case-insensitive, every word must match', () => {
  assert.equal(foldText('Élodie ŒUVRE Hélène'), 'elodie oeuvre helene');
  const list = parsePortraits([
    base,
    { ...base, id: 'p-2', displayName: 'Yanis Bouchet', category: 'horizontal', administration: 'DGFiP', competences: ['pitch'], startups: [{ ghid: 'mon-suivi-justice', name: 'Mon Suivi Justice' }] },
  ]).valid;
  const ids = (f: Parameters<typeof filterPortraits>[1]) => filterPortraits(list, f).map((p) => p.id);
  assert.deepEqual(ids({ q: 'ELODIE' }), ['p-1']);
  assert.deepEqual(ids({ q: 'suivi justice' }), ['p-2']);
  assert.deepEqual(ids({ q: 'suivi elodie' }), []);
  assert.deepEqual(ids({ category: 'horizontal' }), ['p-2']);
  assert.deepEqual(ids({ administration: 'DGFiP', competence: 'pitch' }), ['p-2']);
  assert.deepEqual(ids({}), ['p-1', 'p-2']);
  assert.equal(initials('Élodie Martin-Roux'), 'ÉM');
  assert.equal(initials('  cher  '), 'C');
});

test('career paths: schema, timeline order, grouping by stage, start-ups of the mission', async () => {
  const { CareerPathSchema, sortPositions, positionsByStage, careerStartupGhids, parseWith } = await import('../../src/index.js');
  const path = {
    personId: 'camille.testeur', archetype: 'vertical',
    positions: [
      { stage: 'apres', title: 'Cheffe de la mission numérique', organisationLabel: 'DGFiP', sector: 'public', start: '2024-01-01', kind: 'chef_mission_numerique' },
      { stage: 'pendant', title: 'Intrapreneure', organisationLabel: 'DGFiP', sector: 'public', start: '2022-03-01', end: '2023-12-31', startupGhids: ['b', 'a'] },
      { stage: 'avant', title: 'Inspectrice', organisationLabel: 'DGFiP', sector: 'public', start: '2015-09-01', end: '2019-12-31' },
      { stage: 'pendant', title: 'Intrapreneure', organisationLabel: 'DGFiP', sector: 'public', start: '2020-01-06', end: '2022-02-28', startupGhids: ['a'] },
    ],
  };
  const r = parseWith(CareerPathSchema, path);
  assert.equal(r.ok, true);
  assert.deepEqual(sortPositions(path.positions as never[]).map((p: { start: string }) => p.start), ['2015-09-01', '2020-01-06', '2022-03-01', '2024-01-01']);
  const by = positionsByStage(path.positions as never[]);
  assert.deepEqual([by.avant.length, by.pendant.length, by.apres.length], [1, 2, 1]);
  assert.deepEqual(careerStartupGhids(path.positions as never[]), ['a', 'b']);
  const bad = parseWith(CareerPathSchema, { personId: 'x', positions: [{ ...path.positions[0], stage: 'during' }] });
  assert.equal(bad.ok, false);
  assert.match(bad.issues[0].fr, /^positions\[0\]\.stage : valeur inattendue « during »/);
  assert.equal(parseWith(CareerPathSchema, { personId: 'x', positions: [] }).issues[0].path, 'positions');
});

test('withIndexes and rejectDuplicates: valid records keep their input index; later duplicates are rejected in order', async () => {
  const { withIndexes, rejectDuplicates, parseList, CalendarDateSchema } = await import('../../src/index.js');
  const r = parseList(CalendarDateSchema, ['2024-01-01', 'x', '2024-02-02', '2024-01-01', 3]);
  assert.deepEqual(withIndexes(r), [{ index: 0, value: '2024-01-01' }, { index: 2, value: '2024-02-02' }, { index: 3, value: '2024-01-01' }]);
  const d = rejectDuplicates(r, (x) => x, (k, first) => ({ path: '', code: 'duplicate_id', fr: `${k} #${first}`, en: `${k} #${first}` }));
  assert.deepEqual(d.valid, ['2024-01-01', '2024-02-02']);
  assert.deepEqual(d.rejected.map((x) => [x.index, x.issues[0].code]), [[1, 'invalid_date'], [3, 'duplicate_id'], [4, 'invalid_type']]);
  assert.equal(d.rejected[1].issues[0].fr, '2024-01-01 #0');
});
