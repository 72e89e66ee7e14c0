/**
 * Calendar dates as `YYYY-MM-DD` strings (design.md §3): compared as strings, no time zone, no `Date` drift.
 * "Now" is always a parameter; nothing here reads the clock.
 */

/** A calendar date `YYYY-MM-DD` (ISO 8601, proleptic Gregorian). */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Number of days (28–31) in month `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 100 && month >= 1 && month <= 12 && Number.isInteger(month)) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(y: number): boolean { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }

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

function toUtcMs(d: CalendarDate): number {
  const m = DATE_RE.exec(d);
  if (!m) throw new RangeError(`Date invalide / invalid date: "${d}" (YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/*
 * Fast path (issue 10, engine speed): integer day numbers computed from the string's characters, no `Date`, no regex,
 * no intermediate strings. It covers real dates of years 1000–9999 (every date the library accepts); anything else
 * (month 13, day 0, `0201-05-01`, a result outside four-digit years) takes the `Date` path above, whose results
 * (normalisation of impossible dates, errors) are unchanged.
 */
const D0 = 48; // '0'
function digit(s: string, i: number): number { const c = s.charCodeAt(i) - D0; return c >= 0 && c <= 9 ? c : -1000000; }
/** Days since 1970-01-01 of a real date of years 1000–9999 in `YYYY-MM-DD`, or `NaN` (the caller falls back). */
function dayNumber(d: string): number {
  if (typeof d !== 'string' || d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return NaN;
  const y = digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3);
  const m = digit(d, 5) * 10 + digit(d, 6);
  const day = digit(d, 8) * 10 + digit(d, 9);
  if (y < 1000 || m < 1 || m > 12 || day < 1 || day > (m === 2 ? (isLeapYear(y) ? 29 : 28) : MONTH_DAYS[m - 1])) return NaN;
  // Days from civil (H. Hinnant's algorithm), proleptic Gregorian.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
/** `YYYY-MM-DD` of a day number, or `undefined` outside years 1000–9999 (the caller falls back). */
function fromDayNumber(n: number): CalendarDate | undefined {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return undefined;
  return `${y}-${TWO[m]}-${TWO[d]}`;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier). Unit: days.
 * @throws {RangeError} when `from` or `to` is not shaped `YYYY-MM-DD`.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = dayNumber(from); const b = dayNumber(to);
  if (a === a && b === b) return b - a; // neither is NaN
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/**
 * `date` plus `days` days (may be negative).
 * @throws {RangeError} when `date` is not shaped `YYYY-MM-DD`.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const n = dayNumber(date);
  if (n === n && Number.isInteger(days)) {
    const r = fromDayNumber(n + days);
    if (r !== undefined) return r;
  }
  return fromUtcMs(toUtcMs(date) + days * 86_400_000);
}

/**
 * `date` plus `months` calendar months, clamped to the month's last day (`2024-01-31` + 1 → `2024-02-29`).
 * @throws {RangeError} when `date` is not shaped `YYYY-MM-DD`.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (dayNumber(date) === dayNumber(date) && Number.isInteger(months)) { // a real date of years 1000–9999 (fast path)
    const total = (date.charCodeAt(0) - D0) * 12000 + (date.charCodeAt(1) - D0) * 1200 + (date.charCodeAt(2) - D0) * 120
      + (date.charCodeAt(3) - D0) * 12 + (date.charCodeAt(5) - D0) * 10 + (date.charCodeAt(6) - D0) - 1 + months;
    const y = Math.floor(total / 12);
    if (y >= 1000 && y <= 9999) {
      const mo = total - y * 12 + 1;
      const d = Math.min((date.charCodeAt(8) - D0) * 10 + (date.charCodeAt(9) - D0), mo === 2 ? (isLeapYear(y) ? 29 : 28) : MONTH_DAYS[mo - 1]);
      return `${y}-${TWO[mo]}-${TWO[d]}`;
    }
  }
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Date invalide / invalid date: "${date}" (YYYY-MM-DD)`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const d = Math.min(Number(m[3]), daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lexicographic = chronological comparison of two calendar dates (−1, 0, 1). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}
