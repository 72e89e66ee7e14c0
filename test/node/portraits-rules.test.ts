/**
 * Issue 7, items 6–9: blank and NFC texts, limits on every list and text, the accepted date range, end after start,
 * consent withdrawal across repeated ids, and invalid optional parts that no longer hide a person.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  parsePortraits, isPublishable, parseWith, CareerPathSchema, CalendarDateSchema, FIELD_LIMITS, MIN_CALENDAR_YEAR,
  MAX_CALENDAR_YEAR, isInCalendarRange, isCalendarDate,
} from '../../src/index.js';
import { CALENDAR_YEAR_PATTERN } from '../../src/shared/dates.js';
import { jsonSchemas } from '../../src/cli/json-schemas.js';

const base = {
  id: 'p-1', displayName: 'Élodie Marchal', headline: 'Responsable de portefeuille', category: 'passeur',
  before: 'Juriste', startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Coach'],
  narrative: 'Récit.', consent: { given: true, at: '2025-01-10' }, status: 'published',
};
const position = { stage: 'avant', title: 'Juriste', organisationLabel: 'DGFiP', sector: 'public', start: '2015-09-01', end: '2019-12-31' };
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateJson = ajv.compile(jsonSchemas()['portraits.schema.json']);
const rejectedBy = (record: unknown) => parsePortraits([record]).rejected[0]?.issues ?? [];

describe('blank texts are refused, with an issue naming the field (item 6)', () => {
  const BLANKS: Array<[string, string]> = [
    ['spaces', '   '], ['zero-width space', '\u200b'], ['NBSP and thin spaces', '\u00a0\u2009\u202f'],
    ['word joiner and BOM', '\u2060\ufeff'], ['tab and new line', '\t\n'], ['Hangul filler', '\u3164'], ['soft hyphen', '\u00ad'],
  ];
  const FIELDS: Array<[string, (v: string) => unknown, string]> = [
    ['displayName', (v) => ({ ...base, displayName: v }), 'displayName'],
    ['headline', (v) => ({ ...base, headline: v }), 'headline'],
    ['before', (v) => ({ ...base, before: v }), 'before'],
    ['narrative', (v) => ({ ...base, narrative: v }), 'narrative'],
    ['after[0]', (v) => ({ ...base, after: [v] }), 'after[0]'],
    ['startups[0].name', (v) => ({ ...base, startups: [{ ghid: 'x', name: v }] }), 'startups[0].name'],
    ['startups[0].ghid', (v) => ({ ...base, startups: [{ ghid: v, name: 'X' }] }), 'startups[0].ghid'],
  ];
  for (const [field, make, path] of FIELDS) for (const [what, value] of BLANKS) {
    test(`${field} of ${what}`, () => {
      const issues = rejectedBy(make(value));
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.deepEqual([issues[0].path, issues[0].code], [path, 'blank']);
      assert.equal(issues[0].fr, `${path} : texte vide : seulement des espaces ou des caractères invisibles`);
      assert.equal(issues[0].en, `${path}: blank text: only spaces or invisible characters`);
      assert.equal(validateJson([make(value)]), false, 'the JSON Schema refuses it too');
    });
  }
  test('an empty string is still "texte requis"', () => {
    assert.deepEqual(rejectedBy({ ...base, displayName: '' }).map((i) => [i.code, i.fr]), [['required', 'displayName : texte requis']]);
  });
  test('texts are stored in NFC: a decomposed É becomes one character', () => {
    const r = parsePortraits([{ ...base, displayName: 'E\u0301lodie Martin', narrative: 'Re\u0301cit.' }]);
    assert.equal(r.valid[0].displayName, 'Élodie Martin');
    assert.equal(r.valid[0].displayName.length, 13);
    assert.equal(r.valid[0].narrative, 'Récit.');
  });
  test('visible texts around invisible ones are kept', () => {
    assert.equal(parsePortraits([{ ...base, displayName: '👩‍💻 Alice' }]).valid.length, 1);
    assert.equal(parsePortraits([{ ...base, displayName: '\u200bAlice' }]).valid.length, 1);
  });
});

describe('limits on every list and text (item 7)', () => {
  const L = FIELD_LIMITS;
  const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  // [name, record at the limit, record one over, path of the issue]
  const ROWS: Array<[string, unknown, unknown, string]> = [
    ['displayName', { ...base, displayName: 'x'.repeat(L.name) }, { ...base, displayName: 'x'.repeat(L.name + 1) }, 'displayName'],
    ['headline', { ...base, headline: 'x'.repeat(L.title) }, { ...base, headline: 'x'.repeat(L.title + 1) }, 'headline'],
    ['narrative', { ...base, narrative: 'x'.repeat(L.narrative) }, { ...base, narrative: 'x'.repeat(L.narrative + 1) }, 'narrative'],
    ['startups', { ...base, startups: many(L.list, (i) => ({ ghid: `s${i}`, name: 'S' })) }, { ...base, startups: many(L.list + 1, (i) => ({ ghid: `s${i}`, name: 'S' })) }, 'startups'],
    ['startups[].name', { ...base, startups: [{ ghid: 'x', name: 'n'.repeat(L.title) }] }, { ...base, startups: [{ ghid: 'x', name: 'n'.repeat(L.title + 1) }] }, 'startups[0].name'],
    ['startups[].ghid', { ...base, startups: [{ ghid: 'g'.repeat(L.id), name: 'X' }] }, { ...base, startups: [{ ghid: 'g'.repeat(L.id + 1), name: 'X' }] }, 'startups[0].ghid'],
    ['after', { ...base, after: many(L.list, () => 'a') }, { ...base, after: many(L.list + 1, () => 'a') }, 'after'],
    ['after[]', { ...base, after: ['a'.repeat(L.shortText)] }, { ...base, after: ['a'.repeat(L.shortText + 1)] }, 'after[0]'],
    ['id', { ...base, id: 'i'.repeat(L.id) }, { ...base, id: 'i'.repeat(L.id + 1) }, 'id'],
  ];
  for (const [name, atLimit, over, path] of ROWS) {
    test(`${name}: the limit is accepted, one more is refused (runtime and JSON Schema)`, () => {
      assert.equal(parsePortraits([atLimit]).valid.length, 1);
      assert.equal(validateJson([atLimit]), true, JSON.stringify(validateJson.errors?.slice(0, 2)));
      const issues = rejectedBy(over);
      assert.deepEqual(issues.map((i) => [i.path, i.code]), [[path, 'too_big']]);
      assert.equal(validateJson([over]), false);
    });
  }
  // Optional parts over their limit are dropped (the portrait stays); the JSON Schema refuses the file.
  const OPTIONAL: Array<[string, unknown, unknown, string]> = [
    ['personId', { ...base, personId: 'p'.repeat(L.id) }, { ...base, personId: 'p'.repeat(L.id + 1) }, 'personId'],
    ['careerPath', { ...base, careerPath: many(L.positions, () => position) }, { ...base, careerPath: many(L.positions + 1, () => position) }, 'careerPath'],
    ['careerPath[].title', { ...base, careerPath: [{ ...position, title: 't'.repeat(L.title) }] }, { ...base, careerPath: [{ ...position, title: 't'.repeat(L.title + 1) }] }, 'careerPath[0].title'],
    ['careerPath[].startupGhids', { ...base, careerPath: [{ ...position, startupGhids: many(L.list, (i) => `g${i}`) }] }, { ...base, careerPath: [{ ...position, startupGhids: many(L.list + 1, (i) => `g${i}`) }] }, 'careerPath[0].startupGhids'],
    ['careerPath[].startupGhids[]', { ...base, careerPath: [{ ...position, startupGhids: ['g'.repeat(L.id)] }] }, { ...base, careerPath: [{ ...position, startupGhids: ['g'.repeat(L.id + 1)] }] }, 'careerPath[0].startupGhids[0]'],
    ['careerPath[].refs', { ...base, careerPath: [{ ...position, refs: many(L.refs, () => ({ scheme: 'RIME', label: 'x' })) }] }, { ...base, careerPath: [{ ...position, refs: many(L.refs + 1, () => ({ scheme: 'RIME', label: 'x' })) }] }, 'careerPath[0].refs'],
    ['links', { ...base, links: many(L.list, () => '/a') }, { ...base, links: many(L.list + 1, () => '/a') }, 'links'],
    ['competences', { ...base, competences: ['pitch', 'test', 'investigation', 'prototypage', 'deploiement', 'financement', 'cohesion-equipe', 'conception-priorisation'] }, { ...base, competences: [...many(8, () => 'pitch'), 'test'] }, 'competences'],
    ['photoAlt', { ...base, photoUrl: '/a.svg', photoAlt: 'a'.repeat(L.shortText) }, { ...base, photoUrl: '/a.svg', photoAlt: 'a'.repeat(L.shortText + 1) }, 'photoAlt'],
  ];
  for (const [name, atLimit, over, path] of OPTIONAL) {
    test(`${name}: the limit is accepted; one more drops that part, reported (runtime), and the JSON Schema refuses it`, () => {
      const ok = parsePortraits([atLimit]);
      assert.deepEqual([ok.valid.length, ok.dropped.length], [1, 0], JSON.stringify(ok.dropped));
      assert.equal(validateJson([atLimit]), true, JSON.stringify(validateJson.errors?.slice(0, 2)));
      const r = parsePortraits([over]);
      assert.equal(r.valid.length, 1);
      assert.deepEqual(r.dropped[0].issues.map((i) => [i.path, i.code]), [[path, 'too_big']]);
      assert.equal(validateJson([over]), false);
    });
  }
  test('CareerPathSchema: personId and positions are bounded', () => {
    assert.equal(parseWith(CareerPathSchema, { personId: 'x'.repeat(101), positions: [position] }).issues[0]?.path, 'personId');
    assert.equal(parseWith(CareerPathSchema, { personId: ' ', positions: [position] }).issues[0]?.code, 'blank');
    assert.equal(parseWith(CareerPathSchema, { personId: 'x', positions: many(51, () => position) }).issues[0]?.code, 'too_big');
    assert.equal(parseWith(CareerPathSchema, { personId: 'x', positions: many(50, () => position) }).ok, true);
  });
});

describe('one accepted date range, end after start (item 7)', () => {
  test(`the range is ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}, and the JSON Schema pattern says the same for every year`, () => {
    assert.deepEqual([MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR], [1900, 2100]);
    for (let y = 0; y <= 9999; y++) {
      const d = `${String(y).padStart(4, '0')}-01-01`;
      const inRange = y >= MIN_CALENDAR_YEAR && y <= MAX_CALENDAR_YEAR;
      assert.equal(CALENDAR_YEAR_PATTERN.test(d), inRange, d);
      assert.equal(isInCalendarRange(d), inRange, d);
    }
  });
  const DATES: Array<[string, boolean]> = [
    ['0000-01-01', false], ['0001-01-01', false], ['1899-12-31', false], ['1900-01-01', true], ['2024-02-29', true],
    ['2100-12-31', true], ['2101-01-01', false], ['9999-12-31', false],
  ];
  for (const [d, ok] of DATES) {
    test(`${d} is ${ok ? 'accepted' : 'refused with date_out_of_range'} wherever a calendar date is parsed`, () => {
      assert.equal(isCalendarDate(d), true, 'still a real calendar date');
      const r = parseWith(CalendarDateSchema, d);
      assert.equal(r.ok, ok);
      if (!ok) assert.deepEqual(r.issues.map((i) => i.code), ['date_out_of_range']);
      const publishedAt = parsePortraits([{ ...base, publishedAt: d }]);
      assert.equal(publishedAt.valid[0].publishedAt, ok ? d : undefined);
      const consent = parsePortraits([{ ...base, consent: { given: true, at: d } }]);
      assert.equal(consent.valid.length, ok ? 1 : 0);
      if (!ok) {
        assert.equal(consent.rejected[0].issues[0].path, 'consent.at');
        assert.match(consent.rejected[0].issues[0].fr, /^consent\.at : date hors de la plage acceptée \(années 1900 à 2100, format AAAA-MM-JJ\), reçu « \d{4}-\d\d-\d\d »$/);
      }
      assert.equal(validateJson([{ ...base, publishedAt: d }]), ok);
    });
  }
  test('a malformed date is one issue (no range issue on top)', () => {
    assert.deepEqual(parseWith(CalendarDateSchema, '2024-02-30').issues.map((i) => i.code), ['invalid_date']);
  });
  test('a position ending before it starts is refused, naming end', () => {
    const r = parseWith(CareerPathSchema, { personId: 'x', positions: [position, { ...position, start: '2020-05-01', end: '2019-01-01' }] });
    assert.equal(r.ok, false);
    assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [['positions[1].end', 'end_before_start']]);
    assert.equal(r.issues[0].fr, 'positions[1].end : la fin (2019-01-01) précède le début (start : 2020-05-01)');
    assert.equal(r.issues[0].en, 'positions[1].end: ends (2019-01-01) before it starts (start: 2020-05-01)');
    assert.equal(parseWith(CareerPathSchema, { personId: 'x', positions: [{ ...position, start: '2020-05-01', end: '2020-05-01' }] }).ok, true);
    assert.equal(parseWith(CareerPathSchema, { personId: 'x', positions: [{ ...position, end: null }] }).ok, true);
  });
});

describe('consent withdrawal wins when ids repeat (item 8)', () => {
  const published = { ...base, id: 'p-1' };
  const ROWS: Array<[string, unknown[]]> = [
    ['published, then draft', [published, { ...published, status: 'draft' }]],
    ['published, then archived', [published, { ...published, status: 'archived' }]],
    ['published, then consent.given false', [published, { ...published, consent: { given: false } }]],
    ['draft first, then published', [{ ...published, status: 'draft' }, published]],
    ['consent false first, then published', [{ ...published, consent: { given: false } }, published]],
    ['published, then a bare withdrawal record (otherwise invalid)', [published, { id: 'p-1', consent: { given: false } }]],
    ['published, published, then draft', [published, published, { ...published, status: 'draft' }]],
  ];
  for (const [name, records] of ROWS) {
    test(`${name}: the person is hidden`, () => {
      const r = parsePortraits([...records, { ...base, id: 'p-2' }]);
      assert.deepEqual(r.valid.filter(isPublishable).map((p) => p.id), ['p-2']);
      assert.ok(r.rejected.some((x) => x.id === 'p-1'));
      assert.ok(r.rejected.every((x) => x.issues.length > 0));
    });
  }
  test('the rejected published record says why, in French and English', () => {
    const r = parsePortraits([published, { ...published, status: 'draft' }]);
    assert.deepEqual(r.rejected.map((x) => [x.index, x.issues[0].code]), [[0, 'consent_withdrawn'], [1, 'duplicate_id']]);
    assert.match(r.rejected[0].issues[0].fr, /^consent : la fiche n° 1 \(même id « p-1 »\) retire le consentement/);
    assert.match(r.rejected[0].issues[0].en, /^consent: record #1 \(same id "p-1"\) withdraws consent/);
  });
  test('repeated published records keep the first (duplicate_id), as before', () => {
    const r = parsePortraits([published, { ...published, displayName: 'Autre' }]);
    assert.deepEqual(r.valid.filter(isPublishable).map((p) => p.displayName), ['Élodie Marchal']);
    assert.deepEqual(r.rejected.map((x) => x.issues[0].code), ['duplicate_id']);
  });
});

describe('an invalid optional part does not hide a person (item 9)', () => {
  test('a misnamed field in one careerPath position drops that position only', () => {
    const r = parsePortraits([{ ...base, careerPath: [position, { stage: 'pendant', titre: 'Intrapreneure', organisationLabel: 'DGFiP', sector: 'public' }, { ...position, stage: 'apres' }] }]);
    assert.equal(r.valid.length, 1);
    assert.equal(r.rejected.length, 0);
    assert.deepEqual(r.valid[0].careerPath?.map((p) => p.stage), ['avant', 'apres']);
    assert.deepEqual(r.dropped.map((d) => [d.index, d.id, d.issues.map((i) => [i.path, i.code])]), [[0, 'p-1', [['careerPath[1].title', 'required']]]]);
    assert.equal(r.dropped[0].issues[0].fr, 'careerPath[1].title : champ requis (partie ignorée : careerPath[1])');
    assert.equal(r.dropped[0].issues[0].en, 'careerPath[1].title: required field (part dropped: careerPath[1])');
  });
  const PARTS: Array<[string, Record<string, unknown>, (p: any) => unknown, string[]]> = [
    ['a position ending before it starts', { careerPath: [{ ...position, end: '2010-01-01' }] }, (p) => p.careerPath, ['careerPath[0].end']],
    ['a position with a 0000 date', { careerPath: [{ ...position, start: '0000-01-01' }, position] }, (p) => p.careerPath.length, ['careerPath[0].start']],
    ['an unknown competence', { competences: ['pitch', 'jonglage', 'test'] }, (p) => p.competences, ['competences[1]']],
    ['a javascript: link', { links: ['/a', 'javascript:alert(1)'] }, (p) => p.links, ['links[1]']],
    ['a bad photoUrl (its photoAlt goes too)', { photoUrl: '/\\evil.example/x.png', photoAlt: 'Photo' }, (p) => [p.photoUrl, p.photoAlt], ['photoUrl']],
    ['an invalid publishedAt', { publishedAt: '2025-13-01' }, (p) => p.publishedAt, ['publishedAt']],
    ['careerPath that is not a list', { careerPath: 'DGFiP' }, (p) => p.careerPath, ['careerPath']],
  ];
  const expected = [[], 1, ['pitch', 'test'], ['/a'], [undefined, undefined], undefined, undefined];
  PARTS.forEach(([name, extra, read, paths], i) => {
    test(`${name}: the portrait stays, the part is dropped and reported`, () => {
      const r = parsePortraits([{ ...base, ...extra }]);
      assert.equal(r.valid.length, 1, JSON.stringify(r.rejected));
      assert.deepEqual(read(r.valid[0]), expected[i]);
      assert.deepEqual(r.dropped[0].issues.map((x) => x.path), paths);
    });
  });
  test('a required part still rejects the portrait, with every issue (optional ones included)', () => {
    const r = parsePortraits([{ ...base, headline: '', careerPath: [{ ...position, titre: 'x', title: undefined }] }]);
    assert.equal(r.valid.length, 0);
    assert.deepEqual(r.rejected[0].issues.map((i) => i.path).sort(), ['careerPath[0].title', 'headline']);
    assert.deepEqual(r.dropped, []);
  });
  test('consent and status are never dropped', () => {
    assert.equal(parsePortraits([{ ...base, consent: { given: 'yes' } }]).valid.length, 0);
    assert.equal(parsePortraits([{ ...base, status: 'publie' }]).valid.length, 0);
  });
});
