import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  generateSessions, isApplicationOpen, daysLeftToApply, sessionStatus, nextSession, nthSessionAfter, sessionById, parseSessions,
  FIRST_SESSION_YEAR, CertificationSessionSchema, type CertificationSession, addDays,
} from '../../src/index.js';
import { lastSessionAfterLeaving } from '../../src/certification/session.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/certification/${path}`, import.meta.url), 'utf8'));
const explicit = fixture('sessions-2026.json').sessions as CertificationSession[];
const may2026 = sessionById('2026-mai')!;

/** Generated windows: first Monday → last Friday of the month (weekdays checked by hand, see the comments). */
const WINDOWS: { id: string; months?: number[]; opens: string; closes: string }[] = [
  { id: '2026-mai', opens: '2026-05-04', closes: '2026-05-29' }, // 1 May 2026 = Friday, 31 May = Sunday
  { id: '2026-novembre', opens: '2026-11-02', closes: '2026-11-27' }, // 1 Nov = Sunday, 30 Nov = Monday
  { id: '2025-mai', opens: '2025-05-05', closes: '2025-05-30' }, // 1 May 2025 = Thursday, 31 May = Saturday
  { id: '2025-novembre', opens: '2025-11-03', closes: '2025-11-28' },
  { id: '2026-decembre', months: [5, 12], opens: '2026-12-07', closes: '2026-12-25' }, // 1 Dec = Tuesday, 31 Dec = Thursday
  { id: '2028-fevrier', months: [2], opens: '2028-02-07', closes: '2028-02-25' }, // leap year: 29 Feb 2028 = Tuesday
  { id: '2024-fevrier', months: [2], opens: '2024-02-05', closes: '2024-02-23' }, // leap year: 29 Feb 2024 = Thursday
  { id: '2027-fevrier', months: [2], opens: '2027-02-01', closes: '2027-02-26' }, // 1 Feb 2027 = Monday, 28 Feb = Sunday
];
for (const w of WINDOWS) {
  test(`generated window ${w.id}${w.months ? ` (months ${w.months.join(', ')})` : ''}: ${w.opens} → ${w.closes}`, () => {
    const s = sessionById(w.id, { months: w.months });
    assert.ok(s);
    assert.equal(s.applicationOpens, w.opens);
    assert.equal(s.applicationCloses, w.closes);
    assert.equal(s.generated, true);
  });
}

/** Boundary days of the 2026-mai window (4 → 29 May, both inclusive). */
const BOUNDARIES: { now: string; open: boolean; daysLeft: number | null; status: string }[] = [
  { now: '2026-05-03', open: false, daysLeft: null, status: 'planned' },
  { now: '2026-05-04', open: true, daysLeft: 25, status: 'open' },
  { now: '2026-05-28', open: true, daysLeft: 1, status: 'open' },
  { now: '2026-05-29', open: true, daysLeft: 0, status: 'open' },
  { now: '2026-05-30', open: false, daysLeft: null, status: 'evaluating' },
  { now: '2026-08-07', open: false, daysLeft: null, status: 'evaluating' },
  { now: '2026-08-08', open: false, daysLeft: null, status: 'closed' },
];
for (const b of BOUNDARIES) {
  test(`2026-mai at ${b.now}: open=${b.open}, days left ${b.daysLeft}, status ${b.status}`, () => {
    assert.equal(isApplicationOpen(may2026, b.now), b.open);
    assert.equal(daysLeftToApply(may2026, b.now), b.daysLeft);
    assert.equal(sessionStatus(may2026, b.now), b.status);
  });
}

test('generated 2026-mai dates after the window: orals 14 days after closing for 28 days, results 28 days later', () => {
  assert.deepEqual([may2026.oralsFrom, may2026.oralsTo, may2026.resultsBy], ['2026-06-12', '2026-07-10', '2026-08-07']);
});

/** Leap years: an explicit window across the end of February. */
const LEAP: { year: number; now: string; daysLeft: number | null }[] = [
  { year: 2028, now: '2028-02-28', daysLeft: 6 },
  { year: 2028, now: '2028-02-29', daysLeft: 5 },
  { year: 2027, now: '2027-02-28', daysLeft: 5 },
  { year: 2027, now: '2027-03-01', daysLeft: 4 },
  { year: 2100, now: '2100-02-28', daysLeft: 5 }, // 2100 is not a leap year
];
for (const l of LEAP) {
  test(`leap years: window ${l.year}-02-20 → ${l.year}-03-05, ${l.daysLeft} days left at ${l.now}`, () => {
    const s = { applicationOpens: `${l.year}-02-20`, applicationCloses: `${l.year}-03-05` };
    assert.equal(daysLeftToApply(s, l.now), l.daysLeft);
  });
}

test('the December setting: months [5, 12] gives mai + decembre, orals and results run into the next year', () => {
  const list = generateSessions(2026, 2026, { months: [5, 12] });
  assert.deepEqual(list.map((s) => s.id), ['2026-mai', '2026-decembre']);
  const dec = list[1];
  assert.equal(dec.season, 'decembre');
  assert.deepEqual([dec.oralsFrom, dec.oralsTo, dec.resultsBy], ['2027-01-08', '2027-02-05', '2027-03-05']);
});

const NEXT: { now: string; months?: number[]; expected: string }[] = [
  { now: '2026-06-01', expected: '2026-novembre' },
  { now: '2026-06-01', months: [5, 12], expected: '2026-decembre' },
  { now: '2026-11-27', expected: '2026-novembre' },
  { now: '2026-11-28', expected: '2027-mai' },
  { now: '2026-12-26', months: [5, 12], expected: '2027-mai' },
  { now: '2026-12-25', months: [5, 12], expected: '2026-decembre' },
  { now: '2027-01-10', expected: '2027-mai' },
];
for (const n of NEXT) {
  test(`nextSession(${n.now}${n.months ? `, months ${n.months.join('+')}` : ''}) = ${n.expected}`, () => {
    assert.equal(nextSession(n.now, { months: n.months }).id, n.expected);
  });
}

test('explicit sessions replace generated ones of the same id (real dates, ceremony kept)', () => {
  const s = sessionById('2026-novembre', { sessions: explicit });
  assert.equal(s?.ceremony, '2027-03-04');
  assert.equal(s?.generated, undefined);
  assert.equal(nextSession('2026-10-01', { sessions: explicit }).resultsBy, '2027-02-15');
});

test('nthSessionAfter: a former intra who left on 2025-01-31 may apply up to 2025-novembre (2 sessions)', () => {
  assert.equal(nthSessionAfter('2025-01-31', 1).id, '2025-mai');
  assert.equal(nthSessionAfter('2025-01-31', 2).id, '2025-novembre');
});

test('no session before FIRST_SESSION_YEAR (2015): generateSessions, nextSession, nthSessionAfter, sessionById', () => {
  assert.equal(FIRST_SESSION_YEAR, 2015);
  assert.deepEqual(generateSessions(2010, 2014), []);
  assert.deepEqual(generateSessions(2010, 2015).map((s) => s.id), ['2015-mai', '2015-novembre']);
  assert.equal(nextSession('2010-06-01').id, '2015-mai');
  assert.equal(nextSession('1900-01-01').id, '2015-mai');
  assert.equal(nthSessionAfter('2010-06-30', 1).id, '2015-mai');
  assert.equal(nthSessionAfter('2014-12-31', 2).id, '2015-novembre');
  assert.equal(sessionById('2010-mai'), undefined);
  assert.equal(sessionById('2014-novembre'), undefined);
  assert.equal(sessionById('2015-mai')?.id, '2015-mai');
  assert.equal(CertificationSessionSchema.safeParse({ ...may2026, id: '2014-mai', year: 2014 }).success, false);
});

test('lastSessionAfterLeaving: a window still open on the departure day counts as the first session (decision 0007)', () => {
  for (const left of ['2025-11-02', '2025-11-03', '2025-11-28']) assert.equal(lastSessionAfterLeaving(left, 2).id, '2026-mai', left);
  assert.equal(lastSessionAfterLeaving('2025-11-29', 2).id, '2026-novembre');
  assert.equal(lastSessionAfterLeaving('2025-11-28', 1).id, '2025-novembre');
  assert.equal(lastSessionAfterLeaving('2025-01-31', 2).id, nthSessionAfter('2025-01-31', 2).id);
  assert.throws(() => lastSessionAfterLeaving('2025-02-30', 2), (e: unknown) => e instanceof RangeError && e.message.startsWith('departure : date invalide'));
});

test('lastSessionAfterLeaving = the n-th opening after the departure, minus one when leaving inside a window, over 3 years of days', () => {
  const calendars = [{}, { months: [5, 12] }, { sessions: [{ id: '2026-novembre', season: 'novembre', year: 2026, applicationOpens: '2026-11-09', applicationCloses: '2026-12-04' }] as CertificationSession[] }];
  for (const opts of calendars) {
    for (const n of [1, 2, 3]) {
      for (let d = '2024-12-25'; d <= '2027-12-31'; d = addDays(d, 1)) {
        const inWindow = nextSession(d, opts).applicationOpens <= d;
        const expected = inWindow && n === 1 ? nextSession(d, opts) : nthSessionAfter(d, inWindow ? n - 1 : n, opts);
        assert.deepEqual(lastSessionAfterLeaving(d, n, opts), expected, `${d} n=${n}`);
      }
    }
  }
});

test('generateSessions is memoised safely: a new array each call, generated sessions frozen, every option in the key', () => {
  const a = generateSessions(2026, 2027);
  a.pop();
  assert.throws(() => { (a[0] as { applicationOpens: string }).applicationOpens = '2000-01-01'; }, TypeError);
  const b = generateSessions(2026, 2027);
  assert.notEqual(a, b);
  assert.deepEqual(b.map((s) => s.id), ['2026-mai', '2026-novembre', '2027-mai', '2027-novembre']);
  assert.equal(b[0].applicationOpens, '2026-05-04');
  assert.notEqual(generateSessions(2026, 2026, { oralsAfterDays: 1 })[0].oralsFrom, generateSessions(2026, 2026)[0].oralsFrom);
  assert.deepEqual(generateSessions(2026, 2026, { months: [5, 12] }).map((s) => s.id), ['2026-mai', '2026-decembre']);
  const own = [{ ...may2026, applicationOpens: '2026-05-11', generated: false }];
  assert.equal(generateSessions(2026, 2026, { sessions: own })[0].applicationOpens, '2026-05-11');
  assert.equal(generateSessions(2026, 2026, { sessions: [{ ...own[0], applicationOpens: '2026-05-18' }] })[0].applicationOpens, '2026-05-18');
  assert.throws(() => generateSessions(2026, 2026, { months: [5, 13] }), RangeError);
  assert.throws(() => generateSessions(2026, 2026, { months: [5, 13] }), RangeError);
});

test('a session month outside 1–12 is a RangeError', () => {
  assert.throws(() => generateSessions(2026, 2026, { months: [13] }), RangeError);
});

test('parseSessions: the 2026 fixture is valid', () => {
  const r = parseSessions(fixture('sessions-2026.json'));
  assert.equal(r.valid.length, 2);
  assert.deepEqual(r.rejected, []);
});

test('parseSessions: reversed window, duplicate id and 30 February are reported with index; good ones kept', () => {
  const r = parseSessions(fixture('sessions-broken.json'));
  assert.deepEqual(r.valid.map((s) => s.id), ['2027-mai', '2027-decembre']);
  assert.deepEqual(r.rejected.map((x) => [x.index, x.issues[0].path, x.issues[0].code]), [
    [2, 'applicationCloses', 'window_reversed'], [3, 'id', 'duplicate_id'], [4, 'applicationOpens', 'invalid_date'],
  ]);
});

test('parseSessions: a document of another shape gives one rejection at index -1', () => {
  const r = parseSessions({ items: [] });
  assert.equal(r.rejected[0].index, -1);
  assert.match(r.rejected[0].issues[0].fr, /liste de sessions/);
});

/** Invalid `now` values: not real calendar dates, or ISO date-times (rejected: the caller picks the time zone). */
const BAD_NOW: { name: string; call: () => unknown; value: string }[] = [
  { name: 'daysLeftToApply with 29 February of a common year', call: () => daysLeftToApply(may2026, '2027-02-29'), value: '2027-02-29' },
  { name: 'nextSession with 30 February', call: () => nextSession('2026-02-30'), value: '2026-02-30' },
  { name: 'isApplicationOpen with an ISO date-time', call: () => isApplicationOpen(may2026, '2028-03-05T23:00:00Z'), value: '2028-03-05T23:00:00Z' },
  { name: 'sessionStatus with a French date', call: () => sessionStatus(may2026, '05/03/2026'), value: '05/03/2026' },
  { name: 'nthSessionAfter with month 13', call: () => nthSessionAfter('2026-13-01', 2), value: '2026-13-01' },
  { name: 'isApplicationOpen with a non-string', call: () => isApplicationOpen(may2026, 20260501 as unknown as string), value: '20260501' },
];
for (const row of BAD_NOW) {
  test(`${row.name} → RangeError with a FR/EN message naming the value`, () => {
    assert.throws(row.call, (e: unknown) => {
      assert.ok(e instanceof RangeError, String(e));
      assert.ok(e.message.includes(row.value), e.message);
      assert.match(e.message, /date invalide.*AAAA-MM-JJ.* \/ .*invalid date.*YYYY-MM-DD/);
      return true;
    });
  });
}
