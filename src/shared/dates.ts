/**
 * Calendar dates as `YYYY-MM-DD` strings (design.md §3): compared as strings, no time zone, no `Date` drift.
 * "Now" is always a parameter; nothing here reads the clock.
 */
import { DATE_RE, daysInMonth } from './calendar.js';

/** A calendar date `YYYY-MM-DD` (ISO 8601, proleptic Gregorian). */
export type CalendarDate = string;

/** Number of days (28–31) in month `month` (1–12) of `year`, leap years included (from `./calendar.js`). */
export { daysInMonth };

/**
 * First year of the accepted calendar-date range of every parsed date (`CalendarDateSchema`: portraits, career
 * positions, consents, sessions, applications, members, start-ups, frameworks). Biography dates start in 1900;
 * `0000-01-01` or `0201-05-01` are typing errors, not dates. Decision: docs/decisions/0017-field-limits-and-date-range.md.
 */
export const MIN_CALENDAR_YEAR = 1900;
/** Last year of the accepted calendar-date range (see {@link MIN_CALENDAR_YEAR}): `2100-12-31` is the last date. */
export const MAX_CALENDAR_YEAR = 2100;
/**
 * The year part of {@link MIN_CALENDAR_YEAR}–{@link MAX_CALENDAR_YEAR} as a pattern over `YYYY-MM-DD` (for the JSON
 * Schema; a test checks it against the two constants for every year 0000–9999).
 */
export const CALENDAR_YEAR_PATTERN = /^(?:19\d{2}|20\d{2}|2100)-/;

/** True when `d` (a `YYYY-MM-DD` string) is within the accepted years {@link MIN_CALENDAR_YEAR}–{@link MAX_CALENDAR_YEAR}. */
export function isInCalendarRange(d: CalendarDate): boolean {
  const year = Number(d.slice(0, 4));
  return DATE_RE.test(d) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;
}

/** True when `s` is a real calendar date (`2024-02-29` yes, `2023-02-29` no). */
export function isCalendarDate(s: unknown): s is CalendarDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, mo));
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * For a value shaped `YYYY-MM-DD` that is not a real date, why, in French and English: `2026-02-30` →
 * `{ fr: "date inexistante (30 février 2026)", en: "no such date (30 February 2026)" }`, `2026-13-01` → "(mois 13)"
 * / "(month 13)", `2026-01-00` → "(jour 0)" / "(day 0)". `undefined` for a real date or a value of another shape
 * (that one needs "format AAAA-MM-JJ"). Used by every date message (schemas' issues, `assertCalendarDate`).
 */
export function impossibleDate(value: unknown): { readonly fr: string; readonly en: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value);
  if (!m || isCalendarDate(value)) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const why = mo < 1 || mo > 12 ? { fr: `mois ${mo}`, en: `month ${mo}` }
    : d < 1 ? { fr: `jour ${d}`, en: `day ${d}` }
      : { fr: `${d} ${MONTHS_FR[mo - 1]} ${y}`, en: `${d} ${MONTHS_EN[mo - 1]} ${y}` };
  return { fr: `date inexistante (${why.fr})`, en: `no such date (${why.en})` };
}


/**
 * Throws a `RangeError` (FR/EN message naming the parameter `name` and the value) unless `value` is a real calendar
 * date `YYYY-MM-DD`. ISO date-times are rejected on purpose: which day `2028-03-05T23:00:00Z` is depends on the time
 * zone, so the caller chooses (e.g. `toCalendarDate(dateTime)` takes the date part as written).
 * @throws {RangeError} when `value` is not a real `YYYY-MM-DD` date.
 */
export function assertCalendarDate(value: unknown, name = 'now'): asserts value is CalendarDate {
  if (isCalendarDate(value)) return;
  const v = typeof value === 'string' ? value : String(value);
  const impossible = impossibleDate(value);
  throw new RangeError(`${name} : date invalide « ${v} »${impossible ? ` : ${impossible.fr}` : ''} (date réelle au format AAAA-MM-JJ attendue ; pour une date-heure ISO, passez toCalendarDate(…)) / ${name}: invalid date "${v}"${impossible ? `: ${impossible.en}` : ''} (a real YYYY-MM-DD date expected; for an ISO date-time, pass toCalendarDate(…))`);
}

/** The calendar date part of an ISO date or date-time (`2026-06-18T10:00:00+02:00` → `2026-06-18`, as written). */
export function toCalendarDate(isoDateOrDateTime: string): CalendarDate {
  return isoDateOrDateTime.slice(0, 10);
}

// Date arithmetic (days between, add days or months, min/max) lives in its own module, re-exported here: a page
// whose element only checks dates (the gallery) does not download it (docs/decisions/0050-cdn-chunks-by-use.md).
export { addDays, addMonths, compareDates, daysBetween, maxDate, minDate } from './date-arithmetic.js';
