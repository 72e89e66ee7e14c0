/**
 * Issue 7, trials of the merged fixes (items 5, 6, 7, 10, 21): one "invisible character" set for the blank-text rule
 * and for folding, initials of one letter per word, and the runtime, the JSON Schema and the CLI agreeing on every
 * text limit (counted in code points) and URL; impossible dates named as such.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { foldText, hasVisibleText, initials, parsePortraits, portraitFacetValues, parseWith, CalendarDateSchema, FIELD_LIMITS } from '../../src/index.js';
import { VISIBLE_CHAR_PATTERN, visibleCharJsonPattern } from '../../src/shared/text.js';
import { jsonSchemas } from '../../src/cli/json-schemas.js';
import { assertCalendarDate } from '../../src/shared/dates.js';
import { URL_OR_PATH_PATTERN } from '../../src/shared/urls.js';
import { intras, tempDir } from './cli-helpers.js';

const base = {
  id: 'p-1', displayName: 'Élodie Marchal', headline: 'Responsable de portefeuille', category: 'passeur',
  before: 'Juriste', startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Coach'],
  narrative: 'Récit.', consent: { given: true, at: '2025-01-10' }, status: 'published',
};
/** ajv as a consumer of dist/schemas uses it: default options (`unicodeRegExp: true`, `unicode: true`). */
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateJson = ajv.compile(jsonSchemas()['portraits.schema.json']);
const tmp = tempDir('intras-trials-');
after(() => tmp.cleanup());

/** Verdict of the runtime, of ajv on the generated JSON Schema and of `intras validate`: `true` = accepted. */
async function threeWays(record: object): Promise<[boolean, boolean, boolean]> {
  const r = parsePortraits([record]);
  const runtime = r.valid.length === 1 && (r.dropped ?? []).length === 0;
  const schema = validateJson([record]) === true;
  const cli = (await intras('validate', tmp.write('p.json', [record]))).code === 0;
  return [runtime, schema, cli];
}

describe('blank texts: one invisible set, the same in the runtime, the JSON Schema and the CLI (F5a)', () => {
  const BLANK: Array<[string, string]> = [
    ['tag characters', '\u{E0041}\u{E0042}'], ['musical invisible U+1D173', '\u{1D173}\u{1D174}'],
    ['variation selector 17', '\u{E0100}'], ['object replacement U+FFFC', '\uFFFC'], ['combining marks only', '\u0301\u0301'],
    ['invisible times U+2062', '\u2062'], ['Hangul fillers', '\u3164\u115F'], ['Braille blank and ideographic space', '\u2800\u3000'],
    ['enclosing mark only', '\u20DD'], ['Arabic number sign (Cf)', '\u0600'], ['shorthand format control', '\u{1BCA0}'],
    ['tag cancel and space', '\u{E0020}\u{E007F} '],
  ];
  const VISIBLE: Array<[string, string]> = [
    ['Latin', 'Alice'], ['emoji ZWJ sequence', '👩‍💻'], ['NFD e + acute', 'e\u0301'], ['CJK', '李娜'], ['Arabic', 'علي'],
    ['flag tag sequence', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'], ['sharp s', 'ß'], ['Devanagari', 'अनु'],
  ];
  for (const [what, text] of BLANK) test(`blank: ${what}`, async () => {
    assert.equal(hasVisibleText(text), false);
    assert.deepEqual(await threeWays({ ...base, displayName: text }), [false, false, false]);
  });
  for (const [what, text] of VISIBLE) test(`visible: ${what}`, async () => {
    assert.equal(hasVisibleText(text), true);
    assert.deepEqual(await threeWays({ ...base, displayName: text }), [true, true, true]);
  });
  test('the JSON Schema pattern and the runtime pattern agree on every code point (ajv reads patterns with the u flag)', () => {
    const json = new RegExp(visibleCharJsonPattern(), 'u');
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      const c = String.fromCodePoint(cp);
      if (VISIBLE_CHAR_PATTERN.test(c) !== json.test(c) && differ.length < 5) differ.push(cp.toString(16));
    }
    assert.deepEqual(differ, []);
    assert.ok(JSON.stringify(jsonSchemas()['portraits.schema.json']).includes(JSON.stringify(visibleCharJsonPattern())));
  });
});

describe('foldText removes what the blank rule calls invisible, and more typographic variants (F5b)', () => {
  const SAME: Array<[string, string]> = [
    ['France\u3164Travail', 'France Travail'], ['France\u115FTravail', 'France Travail'], ['France\u2800Travail', 'France Travail'],
    ['France Travail\u{E007F}', 'France Travail'], ['Fran\u{E0041}ce', 'France'], ['Al\u{E0100}ice', 'alice'], ['Al\u{1D173}ice', 'alice'],
    ['Al\u180Bice', 'alice'], ['\uFFFCAlice', 'alice'],
    ['d\uA78Cetat', "d'etat"], ['d\u055Aetat', "d'etat"], ['ŉ', "'n"], ['‚x‘', "'x'"], ['‛x’', "'x'"], ['「x」', '"x"'], ['『x』', '"x"'],
    ['saint\u2E3Aetienne', 'saint-etienne'], ['saint\u2E3Betienne', 'saint-etienne'], ['saint\u2E17etienne', 'saint-etienne'],
    ['saint\u30A0etienne', 'saint-etienne'], ['saint\uFE31etienne', 'saint-etienne'], ['saint\uFE32etienne', 'saint-etienne'],
    ['saint\u058Aetienne', 'saint-etienne'], ['saint\u2E40etienne', 'saint-etienne'],
    ['ΟΔΟΣ', 'οδοσ'], ['οδος', 'οδοσ'], ['Οδός', 'ΟΔΟΣ'],
  ];
  for (const [a, b] of SAME) test(`${JSON.stringify(a)} ≡ ${JSON.stringify(b)}`, () => assert.equal(foldText(a), foldText(b)));
  test('facet values that differ by an invisible or blank-looking character are one entry', () => {
    const items = ['France Travail', 'France\u3164Travail', 'France\u115FTravail', 'France\u2800Travail', 'France Travail\u{E007F}', 'FRANCE\u00A0TRAVAIL'];
    assert.deepEqual(portraitFacetValues(items, (x) => x).map((f) => f.count), [6]);
  });
  test('every character the blank rule calls invisible (outside white space) is removed by foldText', () => {
    const kept: string[] = [];
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      const c = String.fromCodePoint(cp);
      if (VISIBLE_CHAR_PATTERN.test(c) || /\s/.test(c)) continue;
      const folded = foldText(`a${c}b`);
      if (folded !== 'ab' && folded !== 'a b' && kept.length < 5) kept.push(cp.toString(16));
    }
    assert.deepEqual(kept, []);
  });
});

describe('initials: at most one letter per word (F5c)', () => {
  const ROWS: Array<[string, string]> = [
    ['ß straße', 'ßS'], ['ﬁona ﬂynn', 'FF'], ['ʼAli ʼOmar', 'AO'], ['Élodie Martin-Roux', 'ÉM'], ['E\u0301lodie Martin', 'ÉM'],
    ['👩‍💻 Alice', 'A'], ['ǆemal ǈubljana', 'DL'], ['ĳsbrand Ĳssel', 'II'], ['ｅｌｏｄｉｅ Ｍａｒｔｉｎ', 'EM'], ['𝐀lice 𝐁ob', 'AB'],
    ["O'Neil d’Arc", 'OD'], ['\u200Falice bob', 'AB'], ['ʼʼ', ''], ['', ''], ['😀 !!!', ''], ['ᾳ ﬀ', 'ᾳF'],
  ];
  for (const [name, expected] of ROWS) test(`${JSON.stringify(name)} → ${JSON.stringify(expected)}`, () => {
    const got = initials(name);
    assert.equal(got, expected);
    assert.ok([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(got)].length <= 2);
  });
});

describe('limits count code points, in the runtime, the JSON Schema and the CLI (F6)', () => {
  const name = FIELD_LIMITS.name;
  const ROWS: Array<[string, object, boolean]> = [
    [`${name} emoji (${2 * name} UTF-16 units)`, { displayName: '😀'.repeat(name) }, true],
    [`${name + 1} emoji`, { displayName: '😀'.repeat(name + 1) }, false],
    [`${name} Latin letters`, { displayName: 'a'.repeat(name) }, true],
    [`NFD name of ${name + 20} code points (${(name + 20) / 2} after NFC)`, { displayName: 'e\u0301'.repeat((name + 20) / 2) }, false],
    [`NFD name of ${name} code points`, { displayName: 'e\u0301'.repeat(name / 2) }, true],
    ['photoUrl: "/" + 1100 emoji (1101 code points, 2201 units)', { photoUrl: `/${'😀'.repeat(1100)}`, photoAlt: 'x' }, true],
    ['photoUrl: "/" + 2048 emoji', { photoUrl: `/${'😀'.repeat(2048)}`, photoAlt: 'x' }, false],
    ['photoAlt: 300 emoji', { photoAlt: '😀'.repeat(FIELD_LIMITS.shortText) }, true],
    ['photoAlt: 301 emoji', { photoAlt: '😀'.repeat(FIELD_LIMITS.shortText + 1) }, false],
  ];
  for (const [what, patch, ok] of ROWS) test(what, async () => assert.deepEqual(await threeWays({ ...base, ...patch }), [ok, ok, ok]));
});

describe('URLs: the JSON Schema refuses what a pattern can say, like the runtime (F6, item 21)', () => {
  const ROWS: Array<[string, boolean]> = [
    ['https://evil.example:99999/x', false], ['https://a.example:65536/x', false], ['https://a.example:65535/x', true],
    ['https://a.example:8080/x', true], ['https://a.example:/x', true], ['http://[1:2]/x', false], ['http://[::1]/x', true],
    ['http://[2001:db8::1]:8080/x', true], ['http://[::ffff:192.0.2.1]/x', true], ['http://[1:2:3:4:5:6:7:8:9]/x', false],
    ['http://ev%00l.example/x', false], ['http://ev%41l.example/x', false], ['http://ev<l.example/x', false], ['http://ev>l.example/x', false],
    ['http://ev^l.example/x', false], ['http://ev|l.example/x', false], ['https://bеta.example/x.png', true], ['HTTPS://EVIL.EXAMPLE/x', true],
    ['/\\evil.example/x.png', false], ['/photos/a.svg', true],
  ];
  for (const [url, ok] of ROWS) test(`${url} → ${ok ? 'accepted' : 'refused'}`, async () => {
    assert.deepEqual(await threeWays({ ...base, photoUrl: url, photoAlt: 'x' }), [ok, ok, ok]);
  });
});

test('the IPv6 part of the URL pattern accepts exactly what the URL parser accepts (seeded generated addresses)', () => {
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const parts = ['0', '1', 'ab', 'FFFF', '12345', '', '1.2.3.4', '192.0.2.1', '01.2.3.4', '256.1.1.1', 'g'];
  const differ: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const url = `http://[${Array.from({ length: 1 + next(10) }, () => parts[next(parts.length)]).join(':')}]/x`;
    let parsed = true;
    try { new URL(url); } catch { parsed = false; }
    if (parsed !== URL_OR_PATH_PATTERN.test(url) && differ.length < 5) differ.push(url);
  }
  assert.deepEqual(differ, []);
});

describe('well-formed impossible dates are named "no such date" (new user #4)', () => {
  const ROWS: Array<[string, string, string]> = [
    ['2026-02-30', 'date inexistante (30 février 2026)', 'no such date (30 February 2026)'],
    ['2023-02-29', 'date inexistante (29 février 2023)', 'no such date (29 February 2023)'],
    ['2026-04-31', 'date inexistante (31 avril 2026)', 'no such date (31 April 2026)'],
    ['2026-13-01', 'date inexistante (mois 13)', 'no such date (month 13)'],
    ['2026-00-10', 'date inexistante (mois 0)', 'no such date (month 0)'],
    ['2026-01-00', 'date inexistante (jour 0)', 'no such date (day 0)'],
  ];
  for (const [date, fr, en] of ROWS) test(date, () => {
    const [issue] = parseWith(CalendarDateSchema, date).issues;
    assert.deepEqual([issue.code, issue.fr, issue.en], ['invalid_date', fr, en]);
    const [inRecord] = parsePortraits([{ ...base, consent: { given: true, at: date } }]).rejected[0].issues;
    assert.equal(inRecord.fr, `consent.at : ${fr}`);
  });
  test('the `now` / `today` parameters say it too (assertCalendarDate)', () => {
    assert.throws(() => assertCalendarDate('2026-02-30', 'now'), /now : date invalide « 2026-02-30 » : date inexistante \(30 février 2026\).* \/ now: invalid date "2026-02-30": no such date \(30 February 2026\)/);
  });
  test('a badly shaped date still says which format is expected', () => {
    assert.match(parseWith(CalendarDateSchema, '30/02/2026').issues[0].fr, /format AAAA-MM-JJ/);
  });
});
