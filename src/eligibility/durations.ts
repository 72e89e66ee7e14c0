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
 * Sessions come from certification/session.ts (memoised there): the lookups below only translate the engine's
 * context into its calendar options.
 */

/** The session with this id (explicit sessions first, then generated ones), or `undefined`: `sessionById`. */
export function findSession(id: string, ctx: Context): CertificationSession | undefined {
  return sessionById(id, calendar(ctx));
}

/** The session one can still apply to at `date`: open now, or the next one (`nextSession`). */
export function nextOpenSession(date: CalendarDate, ctx: Context): CertificationSession {
  return nextSession(date, calendar(ctx));
}

/** Sessions whose application window has not closed at `date`, in order (the next `count`); none before 2015. */
export function sessionsFrom(date: CalendarDate, ctx: Context, count = 8): CertificationSession[] {
  const y = Math.max(Number(date.slice(0, 4)), FIRST_SESSION_YEAR);
  const list = generateSessions(y - 1, y + Math.ceil(count / 2) + 1, calendar(ctx)); // a fresh array: kept in place
  let k = 0;
  for (const s of list) {
    if (k >= count) break;
    if (s.applicationCloses >= date) list[k++] = s;
  }
  list.length = k;
  return list;
}

/**
 * The last session a person who left on `missionEnd` may apply to, for the setting `maxSessionsAfterLeaving`:
 * `lastSessionAfterLeaving` of certification/session.ts (a window still open on the departure day counts as the
 * first session; docs/decisions/0007-eligibility-verdicts.md).
 */
export function lastSessionAfter(missionEnd: CalendarDate, ctx: Context): CertificationSession {
  return lastSessionAfterLeaving(missionEnd, ctx.settings.maxSessionsAfterLeaving, calendar(ctx));
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
