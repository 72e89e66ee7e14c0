/**
 * Certification sessions of RS6247 (doc.incubateur.net certification page: "une session s'ouvre tous les 6 mois,
 * en mai et en décembre"; the press says November and May — so the months are a setting, default May + November).
 *
 * A session is identified by `<year>-<season>` (`2026-novembre`); `season` is the French month slug of the
 * application window. Explicit sessions (real dates) take precedence over generated ones.
 * All dates are calendar strings `YYYY-MM-DD`; `now` is always a parameter.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema } from '../shared/schema.js';
import { addDays, assertCalendarDate, daysBetween, daysInMonth, type CalendarDate } from '../shared/dates.js';
import { parseList, rejectDuplicates, type ListResult } from '../shared/issues.js';

/** French month slugs, used as session `season` (index 0 = January). */
export const MONTH_SLUGS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'] as const;
export const SeasonSchema = z.enum(MONTH_SLUGS);
export type Season = z.infer<typeof SeasonSchema>;

/**
 * First year of the certification calendar (the programme started in 2015): no session is generated, proposed or
 * computed before it, and {@link CertificationSessionSchema} refuses earlier years.
 */
export const FIRST_SESSION_YEAR = 2015;

/** A session id `<year>-<season>` (`2026-novembre`): four digits, a hyphen, lowercase letters. */
export const SessionIdSchema = z.string().check(z.regex(/^\d{4}-[a-z]+$/));

/** Lifecycle status of a session as stored (see {@link sessionStatus} for the status computed at a date). */
export const SessionStatusSchema = z.enum(['planned', 'open', 'evaluating', 'closed']);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/**
 * A certification session: application window (`applicationOpens` … `applicationCloses`, inclusive), orals,
 * results and ceremony dates. `generated: true` marks a session computed by {@link generateSessions}.
 */
export const CertificationSessionSchema = z.object({
  id: SessionIdSchema,
  season: SeasonSchema,
  year: z.int().check(z.gte(FIRST_SESSION_YEAR), z.lte(2100)),
  applicationOpens: CalendarDateSchema,
  applicationCloses: CalendarDateSchema,
  oralsFrom: z.optional(CalendarDateSchema),
  oralsTo: z.optional(CalendarDateSchema),
  resultsBy: z.optional(CalendarDateSchema),
  ceremony: z.optional(CalendarDateSchema),
  status: z.optional(SessionStatusSchema),
  generated: z.optional(z.boolean()),
}).check(z.refine((s) => s.applicationCloses >= s.applicationOpens, {
  path: ['applicationCloses'],
  params: { code: 'window_reversed', fr: 'la clôture des candidatures précède leur ouverture', en: 'applications close before they open' },
}));
export type CertificationSession = z.infer<typeof CertificationSessionSchema>;

/** Settings of the session generator. */
export interface SessionCalendarOptions {
  /** Months (1–12) in which applications open. Default `[5, 11]` (May, November); the doc also says December: `[5, 12]`. */
  months?: readonly number[];
  /** Explicit sessions with their real dates; they replace generated sessions with the same id. */
  sessions?: readonly CertificationSession[];
  /** Days from the close of applications to the first oral. Default 14. */
  oralsAfterDays?: number;
  /** Length of the oral period in days. Default 28. */
  oralsLengthDays?: number;
  /** Days from the last oral to the results. Default 28 (the doc says "quelques jours"; the press 1–2 months). */
  resultsAfterDays?: number;
}

const DEFAULT_MONTHS = [5, 11] as const;

/** Re-exported from `shared/dates.ts` (where it lives) so `import { assertCalendarDate } from './session.js'` keeps working. */
export { assertCalendarDate };

function pad(n: number): string { return String(n).padStart(2, '0'); }
function weekday(date: CalendarDate): number { return new Date(`${date}T00:00:00Z`).getUTCDay(); }

/** Generated window: first Monday of the month → last Friday of the month. */
function generatedSession(year: number, month: number, o: SessionCalendarOptions): CertificationSession {
  let opens = `${year}-${pad(month)}-01`;
  while (weekday(opens) !== 1) opens = addDays(opens, 1);
  let closes = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  while (weekday(closes) !== 5) closes = addDays(closes, -1);
  const oralsFrom = addDays(closes, o.oralsAfterDays ?? 14);
  const oralsTo = addDays(oralsFrom, o.oralsLengthDays ?? 28);
  const season = MONTH_SLUGS[month - 1];
  return { id: `${year}-${season}`, season, year, applicationOpens: opens, applicationCloses: closes, oralsFrom, oralsTo, resultsBy: addDays(oralsTo, o.resultsAfterDays ?? 28), generated: true };
}

/*
 * Memo of generated calendars. The engine asks for the same few calendars over and over (one per evaluation), and
 * regenerating them dominated its cost. Keyed by the explicit `sessions` array (identity: treat it as immutable once
 * passed), the months, the orals/results delays and the year range. The cached arrays and the generated sessions are
 * frozen; `generateSessions` hands out a fresh array, so no caller can change what the next one gets.
 */
const NO_SESSIONS: readonly CertificationSession[] = Object.freeze([]);
const memo = new WeakMap<readonly CertificationSession[], Map<string, readonly CertificationSession[]>>();
const MEMO_MAX_KEYS = 256;
const badMonth = (m: number) => !Number.isInteger(m) || m < 1 || m > 12;

function buildSessions(fromYear: number, toYear: number, options: SessionCalendarOptions): readonly CertificationSession[] {
  const months = [...new Set(options.months ?? DEFAULT_MONTHS)].sort((a, b) => a - b);
  fromYear = Math.max(fromYear, FIRST_SESSION_YEAR);
  const byId = new Map<string, CertificationSession>();
  for (let y = fromYear; y <= toYear; y++) for (const m of months) { const s = Object.freeze(generatedSession(y, m, options)); byId.set(s.id, s); }
  for (const s of options.sessions ?? []) if (s.year >= fromYear && s.year <= toYear) byId.set(s.id, s);
  return Object.freeze([...byId.values()].sort((a, b) => a.applicationOpens.localeCompare(b.applicationOpens)));
}

/** The memoised, frozen list behind {@link generateSessions} (module-internal: no copy). */
function sessionsOfYears(fromYear: number, toYear: number, options: SessionCalendarOptions): readonly CertificationSession[] {
  const months = options.months ?? DEFAULT_MONTHS;
  if (months.some(badMonth)) {
    const m = [...new Set(months)].sort((a, b) => a - b).find(badMonth);
    throw new RangeError(`Mois de session invalide / invalid session month: ${m} (1–12)`);
  }
  const explicit = options.sessions?.length ? options.sessions : NO_SESSIONS;
  let byKey = memo.get(explicit);
  if (!byKey) { byKey = new Map(); memo.set(explicit, byKey); }
  const o = options;
  const delays = o.oralsAfterDays === undefined && o.oralsLengthDays === undefined && o.resultsAfterDays === undefined
    ? '' : `|${o.oralsAfterDays}|${o.oralsLengthDays}|${o.resultsAfterDays}`;
  const key = `${months.join(',')}|${fromYear}|${toYear}${delays}`;
  let list = byKey.get(key);
  if (!list) {
    list = buildSessions(fromYear, toYear, options);
    if (byKey.size >= MEMO_MAX_KEYS) byKey.clear();
    byKey.set(key, list);
  }
  return list;
}

/**
 * Sessions whose application window intersects years `fromYear`…`toYear` (inclusive), sorted by opening date.
 * `fromYear` is raised to {@link FIRST_SESSION_YEAR}: no session before 2015 (an empty list when `toYear` is earlier).
 * Explicit `options.sessions` replace generated ones of the same id and are always included when in range.
 * Memoised: a new array each call, generated sessions frozen; `options.sessions` is read by identity, so pass a new
 * array rather than changing one already passed.
 * @throws {RangeError} when a month of `options.months` is not an integer 1–12.
 */
export function generateSessions(fromYear: number, toYear: number, options: SessionCalendarOptions = {}): CertificationSession[] {
  return sessionsOfYears(fromYear, toYear, options).slice();
}

/**
 * True when `now` is inside the application window (both ends inclusive).
 * @throws {RangeError} when `now` is not a real `YYYY-MM-DD` date (same for every function of this module taking a date).
 */
export function isApplicationOpen(session: Pick<CertificationSession, 'applicationOpens' | 'applicationCloses'>, now: CalendarDate): boolean {
  assertCalendarDate(now);
  return session.applicationOpens <= now && now <= session.applicationCloses;
}

/** Days left before the deadline (0 on the closing day), or `null` when the window is not open at `now`. Unit: days. */
export function daysLeftToApply(session: Pick<CertificationSession, 'applicationOpens' | 'applicationCloses'>, now: CalendarDate): number | null {
  return isApplicationOpen(session, now) ? daysBetween(now, session.applicationCloses) : null;
}

/** Status of a session at `now`: `planned` before the window, `open` inside, `evaluating` until results, then `closed`. */
export function sessionStatus(session: CertificationSession, now: CalendarDate): SessionStatus {
  assertCalendarDate(now);
  if (now < session.applicationOpens) return 'planned';
  if (now <= session.applicationCloses) return 'open';
  const end = session.resultsBy ?? session.oralsTo ?? session.applicationCloses;
  return now <= end ? 'evaluating' : 'closed';
}

/**
 * The session one can still apply to at `now`: the first whose window has not closed (open now, or the next one).
 * Before 2015, the first session of {@link FIRST_SESSION_YEAR}.
 * @throws {RangeError} when `now` is not a real `YYYY-MM-DD` date, or a month of `options.months` is not 1–12.
 */
export function nextSession(now: CalendarDate, options: SessionCalendarOptions = {}): CertificationSession {
  assertCalendarDate(now);
  const year = Math.max(Number(now.slice(0, 4)), FIRST_SESSION_YEAR);
  const found = sessionsOfYears(year - 1, year + 2, options).find((s) => s.applicationCloses >= now);
  if (!found) throw new RangeError(`Aucune session trouvée après ${now} / no session found after ${now}`);
  return found;
}

/**
 * The `n`-th session (1-based) whose application window opens strictly after `date`
 * (`nthSessionAfter('2025-01-31', 2)` → `2025-novembre`). A window already open on `date` is not counted: for the
 * RS6247 "two sessions after leaving" rule, where it is, use {@link lastSessionAfterLeaving}.
 * @throws {RangeError} when `date` is not a real `YYYY-MM-DD` date, or no such session is found (`n < 1`).
 */
export function nthSessionAfter(date: CalendarDate, n: number, options: SessionCalendarOptions = {}): CertificationSession {
  assertCalendarDate(date, 'date');
  const year = Math.max(Number(date.slice(0, 4)), FIRST_SESSION_YEAR);
  const list = sessionsOfYears(year, year + Math.ceil(n / Math.max(1, (options.months ?? DEFAULT_MONTHS).length)) + 2, options)
    .filter((s) => s.applicationOpens > date);
  const s = list[n - 1];
  if (!s) throw new RangeError(`Session ${n} après ${date} introuvable / not found`);
  return s;
}

/**
 * The last session a person who left the community on `departure` may apply to — RS6247: "jusqu’à deux sessions
 * successives après avoir quitté la communauté" (`n` = 2 by default in the eligibility settings). It is the `n`-th
 * session whose application window has not closed on the departure day: a window still open that day (including a
 * departure on its opening or its closing day) counts as the **first** of the `n`; otherwise the `n` are the next
 * sessions to open, i.e. `nthSessionAfter(departure, n)` (docs/decisions/0007-eligibility-verdicts.md, amendment).
 * With May + November: left on 2025-11-02, 2025-11-03 or 2025-11-28 → `2026-mai`; left on 2025-11-29 → `2026-novembre`.
 * @throws {RangeError} when `departure` is not a real `YYYY-MM-DD` date, or no such session is found (`n < 1`).
 */
export function lastSessionAfterLeaving(departure: CalendarDate, n: number, options: SessionCalendarOptions = {}): CertificationSession {
  assertCalendarDate(departure, 'departure');
  const year = Math.max(Number(departure.slice(0, 4)), FIRST_SESSION_YEAR);
  const list = sessionsOfYears(year - 1, year + Math.ceil(n / Math.max(1, (options.months ?? DEFAULT_MONTHS).length)) + 2, options)
    .filter((s) => s.applicationCloses >= departure);
  const s = list[n - 1];
  if (!s) throw new RangeError(`Session ${n} après ${departure} introuvable / not found`);
  return s;
}

/**
 * Finds a session by id among explicit sessions, then among generated ones (`2027-mai`); `undefined` for an unknown
 * id or a generated session before {@link FIRST_SESSION_YEAR} (`2010-mai`).
 */
export function sessionById(id: string, options: SessionCalendarOptions = {}): CertificationSession | undefined {
  const explicit = options.sessions?.find((s) => s.id === id);
  if (explicit) return explicit;
  const year = Number(id.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  return sessionsOfYears(year, year, options).find((s) => s.id === id);
}

/**
 * A sessions file (JSON Schema `dist/schemas/certification-sessions.schema.json`): an array of sessions, or
 * `{ "sessions": [...] }` (an optional `$schema` key is allowed for editors).
 */
export const CertificationSessionsDocumentSchema = z.union([
  z.array(CertificationSessionSchema),
  z.object({ $schema: z.optional(z.string()), sessions: z.array(CertificationSessionSchema) }),
]);

/**
 * Unwraps a sessions file (array or `{ sessions: [...] }`) and validates each session on its own; also reports
 * duplicate ids. Never throws; a document of another shape gives one rejection at index -1.
 */
export function parseSessions(input: unknown): ListResult<CertificationSession> {
  const list = Array.isArray(input) ? input
    : input && typeof input === 'object' && Array.isArray((input as { sessions?: unknown }).sessions) ? (input as { sessions: unknown[] }).sessions : undefined;
  if (!list) {
    return { valid: [], total: 0, rejected: [{ index: -1, issues: [{ path: '', code: 'invalid_document', fr: 'document attendu : une liste de sessions ou { "sessions": [...] }', en: 'expected a list of sessions or { "sessions": [...] }' }] }] };
  }
  return rejectDuplicates(parseList(CertificationSessionSchema, list), (x) => x.id, (id) => ({
    path: 'id', code: 'duplicate_id', fr: `id : session « ${id} » en double`, en: `id: duplicate session "${id}"`,
  }));
}
