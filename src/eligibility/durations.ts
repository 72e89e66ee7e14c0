/** Mission-duration and session helpers shared by the rule sets. Pure; dates `YYYY-MM-DD`. */
import { addDays, addMonths, minDate, type CalendarDate } from '../shared/dates.js';
import { FIRST_SESSION_YEAR, generateSessions, type CertificationSession, type SessionCalendarOptions } from '../certification/session.js';
import type { Context, Situation } from './types.js';

/** Session-calendar options from the engine settings. */
export function calendar(ctx: Context): SessionCalendarOptions {
  return { months: ctx.settings.sessionMonths, sessions: ctx.settings.sessions };
}

/*
 * Sessions come from `generateSessions` (certification/session.ts). The lists are memoised per calendar (explicit
 * sessions array identity + months + year range): the engine evaluates many situations with the same settings and
 * regenerating the calendar dominated the cost. The memo is invisible to callers (same inputs → same outputs);
 * the selections below mirror `sessionById`, `nextSession` and `nthSessionAfter` (tested against them).
 */
const NO_SESSIONS: readonly CertificationSession[] = [];
const memo = new WeakMap<readonly CertificationSession[], Map<string, readonly CertificationSession[]>>();

/** Sessions of years `from`…`to` for the context's calendar (memoised); years before 2015 are left out. */
export function sessionsOfYears(from: number, to: number, ctx: Context): readonly CertificationSession[] {
  from = Math.max(from, FIRST_SESSION_YEAR);
  if (to < from) return NO_SESSIONS;
  const explicit = ctx.settings.sessions.length ? ctx.settings.sessions : NO_SESSIONS;
  let byKey = memo.get(explicit);
  if (!byKey) { byKey = new Map(); memo.set(explicit, byKey); }
  const key = `${ctx.settings.sessionMonths.join(',')}|${from}|${to}`;
  let list = byKey.get(key);
  if (!list) {
    if (byKey.size > 256) byKey.clear();
    list = Object.freeze(generateSessions(from, to, calendar(ctx)));
    byKey.set(key, list);
  }
  return list;
}

/** The session with this id (explicit sessions first, then generated ones), or `undefined` (= `sessionById`). */
export function findSession(id: string, ctx: Context): CertificationSession | undefined {
  const explicit = ctx.settings.sessions.find((s) => s.id === id);
  if (explicit) return explicit;
  const year = Number(id.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_SESSION_YEAR) return undefined;
  return sessionsOfYears(year, year, ctx).find((s) => s.id === id);
}

/** The session one can still apply to at `date`: open now, or the next one (= `nextSession`). */
export function nextOpenSession(date: CalendarDate, ctx: Context): CertificationSession {
  const y = Math.max(Number(date.slice(0, 4)), FIRST_SESSION_YEAR);
  const found = sessionsOfYears(y - 1, y + 2, ctx).find((s) => s.applicationCloses >= date);
  if (!found) throw new RangeError(`Aucune session trouvée après ${date} / no session found after ${date}`);
  return found;
}

/** Sessions whose application window has not closed at `date`, in order (the next `count`). */
export function sessionsFrom(date: CalendarDate, ctx: Context, count = 8): CertificationSession[] {
  const y = Math.max(Number(date.slice(0, 4)), FIRST_SESSION_YEAR);
  return sessionsOfYears(y - 1, y + Math.ceil(count / 2) + 1, ctx).filter((s) => s.applicationCloses >= date).slice(0, count);
}

/**
 * The last session a person who left on `missionEnd` may apply to: the n-th session whose application window has
 * not closed on the departure day ("jusqu’à deux sessions successives après avoir quitté la communauté"). A window
 * still open on that day — opening on it, or closing on it — counts as the first of the n
 * (docs/decisions/0007-eligibility-verdicts.md). Outside a window this is `nthSessionAfter(missionEnd, n)`.
 */
export function lastSessionAfterLeaving(missionEnd: CalendarDate, ctx: Context): CertificationSession {
  const n = ctx.settings.maxSessionsAfterLeaving;
  const year = Math.max(Number(missionEnd.slice(0, 4)), FIRST_SESSION_YEAR);
  const list = sessionsOfYears(year - 1, year + Math.ceil(n / Math.max(1, ctx.settings.sessionMonths.length)) + 2, ctx)
    .filter((s) => s.applicationCloses >= missionEnd);
  const s = list[n - 1];
  if (!s) throw new RangeError(`Session ${n} après ${missionEnd} introuvable / not found`);
  return s;
}

/**
 * The last day of an N-month period starting on `start`: the day before the N-month anniversary
 * (`2024-01-01` + 6 → `2024-06-30`; `2024-02-29` + 12 → `2025-02-28`, leap day clamped).
 */
export function lastDayOfMonths(start: CalendarDate, n: number): CalendarDate {
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
  const effectiveStart = addDays(start, s.missionGapDays ?? 0);
  const countedUntil = s.missionEnd == null ? ctx.now : minDate(s.missionEnd, ctx.now);
  const base = addDays(effectiveStart, -1);
  let m = Math.max(0, (Number(countedUntil.slice(0, 4)) - Number(base.slice(0, 4))) * 12 + Number(countedUntil.slice(5, 7)) - Number(base.slice(5, 7)) - 1);
  while (addMonths(base, m + 1) <= countedUntil) m++;
  while (m > 0 && addMonths(base, m) > countedUntil) m--;
  if (countedUntil < effectiveStart) m = 0;
  return { fullTime, requiredMonths, effectiveStart, requiredLastDay: lastDayOfMonths(effectiveStart, requiredMonths), countedUntil, completedMonths: m };
}
