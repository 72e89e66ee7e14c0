/**
 * Calendar-date arithmetic over `YYYY-MM-DD` strings (days between, add days or months, min/max), re-exported by
 * `./dates.js`: import it from there. Its own module so that the CDN puts it in the chunks of the elements that
 * compute with dates (eligibility, support request, job feed), not in the gallery's (decision 0050).
 */
import { DATE_RE, MONTH_DAYS, daysInMonth, isLeapYear } from './calendar.js';
import type { CalendarDate } from './dates.js';

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
