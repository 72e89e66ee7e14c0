/** Mission-duration and session helpers shared by the rule sets. Pure; dates `YYYY-MM-DD`. */
import { addDays, addMonths, daysBetween, minDate, type CalendarDate } from '../shared/dates.js';
import {
  FIRST_SESSION_YEAR, generateSessions, lastSessionAfterLeaving, nextSession, sessionById, type CertificationSession,
  type SessionCalendarOptions,
} from '../certification/session.js';
import type { Context, Situation } from './types.js';

/** Session-calendar options from the engine settings. */
export function calendar(ctx: Context): SessionCalendarOptions {
  return { months: ctx.settings.sessionMonths, sessions: ctx.settings.sessions };
}

/*
 * Sessions come from certification/session.ts (memoised there). The engine asks the same few questions over and
 * over (the session with this id, the next open one at `now`, the last one after leaving on this day, the upcoming
 * ones), so the answers are memoised too, per settings object (issue 10: they dominated the certification's cost).
 * A memo is used only while the settings it was built from still hold the same `sessionMonths` and `sessions`
 * arrays and `maxSessionsAfterLeaving` (arrays read by identity, as session.ts does); each map is bounded.
 */
interface CalendarMemo {
  readonly months: readonly number[];
  readonly sessions: readonly CertificationSession[];
  readonly n: number;
  readonly options: SessionCalendarOptions;
  readonly byId: Map<string, CertificationSession | undefined>;
  readonly next: Map<CalendarDate, CertificationSession>;
  readonly last: Map<CalendarDate, CertificationSession>;
  readonly from: Map<string, readonly CertificationSession[]>;
  /** Outcomes that depend only on the calendar, `now` and two keys (certification.ts), frozen: namespace → now → k1 → k2. */
  readonly outcomes: Map<string, Map<string, Map<string, Map<string, unknown>>>>;
  /** Number of values in `outcomes` (bounded by `MEMO_MAX`). */
  count: number;
}
const memos = new WeakMap<object, CalendarMemo>();
const MEMO_MAX = 4096;

function memoOf(ctx: Context): CalendarMemo {
  const st = ctx.settings;
  let m = memos.get(st);
  if (!m || m.months !== st.sessionMonths || m.sessions !== st.sessions || m.n !== st.maxSessionsAfterLeaving) {
    m = {
      months: st.sessionMonths, sessions: st.sessions, n: st.maxSessionsAfterLeaving,
      options: { months: st.sessionMonths, sessions: st.sessions },
      byId: new Map(), next: new Map(), last: new Map(), from: new Map(), outcomes: new Map(), count: 0,
    };
    memos.set(st, m);
  }
  return m;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MEMO_MAX) map.clear();
  map.set(key, value);
  return value;
}

/**
 * A memo of values that depend only on the session calendar of `ctx.settings`, `ctx.now` and two keys, in a
 * namespace (a constant string): `get` or compute, keep. Nested maps, so that no key string is built per call
 * (issue 10). The value is shared by every caller: freeze it.
 */
export function calendarMemo<V, A>(ctx: Context, ns: string, k1: string, k2: string, compute: (arg: A) => V, arg: A): V {
  const m = memoOf(ctx);
  let byNow = m.outcomes.get(ns);
  if (!byNow) m.outcomes.set(ns, byNow = new Map());
  let by1 = byNow.get(ctx.now);
  if (!by1) byNow.set(ctx.now, by1 = new Map());
  let by2 = by1.get(k1);
  if (!by2) by1.set(k1, by2 = new Map());
  if (by2.has(k2)) return by2.get(k2) as V;
  const v = compute(arg);
  if (m.count >= MEMO_MAX) { m.outcomes.clear(); m.count = 0; }
  else by2.set(k2, v);
  m.count++;
  return v;
}

/** The session with this id (explicit sessions first, then generated ones), or `undefined`: `sessionById`. */
export function findSession(id: string, ctx: Context): CertificationSession | undefined {
  const m = memoOf(ctx);
  if (m.byId.has(id)) return m.byId.get(id);
  return remember(m.byId, id, sessionById(id, m.options));
}

/** The session one can still apply to at `date`: open now, or the next one (`nextSession`). */
export function nextOpenSession(date: CalendarDate, ctx: Context): CertificationSession {
  const m = memoOf(ctx);
  return m.next.get(date) ?? remember(m.next, date, nextSession(date, m.options));
}

/**
 * Sessions whose application window has not closed at `date`, in order (the next `count`); none before 2015.
 * The memoised, frozen list: read it, do not change it (see {@link sessionsFrom} for a copy).
 */
export function upcomingSessions(date: CalendarDate, ctx: Context, count = 8): readonly CertificationSession[] {
  const m = memoOf(ctx);
  const key = `${count}|${date}`;
  const hit = m.from.get(key);
  if (hit) return hit;
  const y = Math.max(Number(date.slice(0, 4)), FIRST_SESSION_YEAR);
  const list = generateSessions(y - 1, y + Math.ceil(count / 2) + 1, m.options); // a fresh array: kept in place
  let k = 0;
  for (const s of list) {
    if (k >= count) break;
    if (s.applicationCloses >= date) list[k++] = s;
  }
  list.length = k;
  return remember(m.from, key, Object.freeze(list));
}

/** Sessions whose application window has not closed at `date`, in order (the next `count`); none before 2015. A new array. */
export function sessionsFrom(date: CalendarDate, ctx: Context, count = 8): CertificationSession[] {
  return upcomingSessions(date, ctx, count).slice();
}

/**
 * The last session a person who left on `missionEnd` may apply to, for the setting `maxSessionsAfterLeaving`:
 * `lastSessionAfterLeaving` of certification/session.ts (a window still open on the departure day counts as the
 * first session; docs/decisions/0007-eligibility-verdicts.md).
 */
export function lastSessionAfter(missionEnd: CalendarDate, ctx: Context): CertificationSession {
  const m = memoOf(ctx);
  return m.last.get(missionEnd) ?? remember(m.last, missionEnd, lastSessionAfterLeaving(missionEnd, m.n, m.options));
}

/**
 * The last day of an N-month period starting on `start`: the day before the N-month anniversary
 * (`2024-01-01` + 6 → `2024-06-30`; `2024-02-29` + 12 → `2025-02-28`, leap day clamped).
 */
function lastDayOfMonths(start: CalendarDate, n: number): CalendarDate {
  return addMonths(addDays(start, -1), n);
}

/** Mission duration facts at `now` (all inputs answered). Units: months are calendar months. */
export interface DurationFacts {
  /** `daysPerWeek ≥ fullTimeDaysPerWeek`. */
  readonly fullTime: boolean;
  /** 6 (full-time) or 12 (part-time). Unit: months. */
  readonly requiredMonths: number;
  /** Start shifted by the gap days. */
  readonly effectiveStart: CalendarDate;
  /** The last day the mission must cover to reach `requiredMonths`. */
  readonly requiredLastDay: CalendarDate;
  /** Last day counted: the mission end, or `now` when ongoing or ending later. */
  readonly countedUntil: CalendarDate;
  /** Whole months completed by `countedUntil`. */
  readonly completedMonths: number;
}

/** Computes {@link DurationFacts}; requires `missionStart`, `missionEnd` (date or `null`) and `daysPerWeek`. */
export function durationFacts(s: Situation, ctx: Context): DurationFacts {
  const start = s.missionStart as CalendarDate;
  const fullTime = (s.daysPerWeek as number) >= ctx.settings.fullTimeDaysPerWeek;
  const requiredMonths = fullTime ? 6 : 12;
  const countedUntil = s.missionEnd == null ? ctx.now : minDate(s.missionEnd, ctx.now);
  // `INVALID_MISSION_GAP` refuses a gap longer than the days counted; the bound is kept here too, so that no date
  // computed from the gap leaves the calendar (a gap in the millions of days would reach year 10000 and throw).
  const gap = Math.min(Math.max(0, s.missionGapDays ?? 0), Math.max(0, daysBetween(start, countedUntil)) + 1);
  const effectiveStart = addDays(start, gap);
  const base = addDays(effectiveStart, -1);
  let m = Math.max(0, (Number(countedUntil.slice(0, 4)) - Number(base.slice(0, 4))) * 12 + Number(countedUntil.slice(5, 7)) - Number(base.slice(5, 7)) - 1);
  while (addMonths(base, m + 1) <= countedUntil) m++;
  while (m > 0 && addMonths(base, m) > countedUntil) m--;
  if (countedUntil < effectiveStart) m = 0;
  return { fullTime, requiredMonths, effectiveStart, requiredLastDay: lastDayOfMonths(effectiveStart, requiredMonths), countedUntil, completedMonths: m };
}
