/**
 * The calendar's building blocks shared by `./dates.js` (checks) and `./date-arithmetic.js` (arithmetic), in a module
 * of their own so that neither imports the other (decision 0050). Public functions are re-exported by `./dates.js`.
 */

/** `YYYY-MM-DD` with its three parts captured (shape only; {@link isCalendarDate} checks the date is real). @internal */
export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days (28–31) in month `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 100 && month >= 1 && month <= 12 && Number.isInteger(month)) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in each month of a common year. @internal */
export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian leap year. @internal */
export function isLeapYear(y: number): boolean { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
