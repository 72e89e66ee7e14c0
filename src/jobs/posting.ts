/**
 * Job postings: the records behind the job feed (`<intra-job-feed>`, `intras jobs …`). One model for every source
 * (our JSON, schema.org JobPosting JSON-LD, the Choisir le service public CSV, Place de l'emploi public, the
 * metiers-numeriques Notion export); adapters in `./sources/` map each format to it. Field mapping per format:
 * docs/jobs.md and {@link JOB_FIELD_SOURCES}.
 *
 * Pure: no DOM, no clock. "Today" is always a parameter ({@link isOpen}, {@link daysUntilClose}).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, HttpUrlSchema, Text } from '../shared/schema.js';
import { addDays, daysBetween, isCalendarDate, type CalendarDate } from '../shared/dates.js';
import { formatPath, type Issue, type RejectedRecord } from '../shared/issues.js';
import { wordNow } from '../shared/issue-messages.js';
import type { IssueWriter } from '../shared/deferred-issues.js';
import { DEPARTEMENT_CODE_PATTERN, REGIONS } from './places.js';
import { CategorieFPSchema, VersantSchema } from '../members/member.js';

/**
 * Length limits of the posting fields, in UTF-16 code units (texts) or items (lists). Chosen to hold every record of
 * the real snapshots (PEP: longest description 2,972, title 104) with room to spare.
 */
export const JOB_FIELD_LIMITS = {
  /** `id`, `employer.organisationId`, `startupGhids[]`. */
  id: 100,
  /** `title`, `employer.label`, `employer.parentLabel`, `location.label`, `metierReference.label`. */
  title: 200,
  /** `location.address`, `location.city`, `contractDuration`, `source.reference`, `metierReference.code`. */
  short: 300,
  /** `description`. */
  description: 20_000,
  /** `profile`. */
  profile: 10_000,
  /** `startupGhids`. */
  list: 20,
} as const;
const L = JOB_FIELD_LIMITS;

/**
 * Civil-service branch: `FPE` (fonction publique de l'État), `FPT` (territoriale), `FPH` (hospitalière): the values
 * of the member model (`VersantSchema`, src/members/member.ts, from espace-membre).
 */
export const VERSANTS = ['FPE', 'FPT', 'FPH'] as const;
export const JobVersantSchema = VersantSchema;
export type Versant = z.infer<typeof VersantSchema>;
/** Statutory category of the post (A+ = senior posts): `CategorieFPSchema` of the member model. */
export const CATEGORIES = ['A+', 'A', 'B', 'C'] as const;
export const JobCategorieSchema = CategorieFPSchema;
export type Categorie = z.infer<typeof CategorieFPSchema>;
/** Who may apply: civil servants (`titulaires`), contract agents (`contractuels`), or `both`. */
export const OPEN_TO = ['titulaires', 'contractuels', 'both'] as const;
export const OpenToSchema = z.enum(OPEN_TO);
export type OpenTo = z.infer<typeof OpenToSchema>;
/**
 * Kind of contract: `statutory` (a post for a civil servant: mutation, détachement), `permanent` (CDI),
 * `fixed-term` (CDD), `apprenticeship`, `internship`, `volunteer` (VIA, service civique), `freelance`, `other`.
 */
export const CONTRACT_KINDS = ['statutory', 'permanent', 'fixed-term', 'apprenticeship', 'internship', 'volunteer', 'freelance', 'other'] as const;
export const ContractKindSchema = z.enum(CONTRACT_KINDS);
export type ContractKind = z.infer<typeof ContractKindSchema>;
/** Working time. */
export const WORKING_TIMES = ['full-time', 'part-time'] as const;
export const WorkingTimeSchema = z.enum(WORKING_TIMES);
export type WorkingTime = z.infer<typeof WorkingTimeSchema>;
/** Remote work: `none`, `partial` (some days a week), `full`. */
export const REMOTE_KINDS = ['none', 'partial', 'full'] as const;
export const RemoteSchema = z.enum(REMOTE_KINDS);
export type Remote = z.infer<typeof RemoteSchema>;
/** Publication status: only `published` postings are shown or marked up; `filled` ones never are. */
export const JOB_STATUSES = ['published', 'filled', 'draft'] as const;
export const JobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatusSchema>;
/**
 * Where a posting was read: `csp` (Choisir le service public CSV), `pep` (Place de l'emploi public export), `mdn`
 * (metiers.numerique.gouv.fr Notion export), `jsonld` (schema.org JobPosting from a page or a file), `manual`
 * (written by hand in our JSON).
 */
export const SOURCE_KINDS = ['csp', 'pep', 'mdn', 'jsonld', 'manual'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;
/** Job reference schemes: RMFP (Répertoire des métiers de la fonction publique), RIME, ROME 4.0, other. */
export const METIER_SCHEMES = ['RMFP', 'RIME', 'ROME4', 'other'] as const;

/** French labels of the enumerations (English in the element's i18n). */
export const JOB_LABELS = {
  versant: { FPE: 'Fonction publique de l’État', FPT: 'Fonction publique territoriale', FPH: 'Fonction publique hospitalière' },
  openTo: { titulaires: 'Titulaires', contractuels: 'Contractuels', both: 'Titulaires et contractuels' },
  contractKind: { statutory: 'Emploi de titulaire', permanent: 'CDI', 'fixed-term': 'CDD', apprenticeship: 'Apprentissage', internship: 'Stage', volunteer: 'Volontariat', freelance: 'Indépendant', other: 'Autre contrat' },
  workingTime: { 'full-time': 'Temps plein', 'part-time': 'Temps partiel' },
  remote: { none: 'Sans télétravail', partial: 'Télétravail partiel', full: 'Télétravail complet' },
  status: { published: 'Publiée', filled: 'Pourvue', draft: 'Brouillon' },
} as const;

const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { error: 'record_id' }), z.maxLength(L.id));
const GhidSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'slug' }), z.maxLength(L.id));

/** The employer: display label, optional parent body (ministry), optional beta.gouv.fr organisation id. */
export const EmployerSchema = z.object({
  label: Text(L.title),
  parentLabel: z.optional(Text(L.title)),
  organisationId: z.optional(IdSchema),
});
/** Where the job is: display label, département code (INSEE), région name, optional address, city, coordinates. */
export const JobLocationSchema = z.object({
  label: Text(L.title),
  departement: z.optional(z.string().check(z.regex(DEPARTEMENT_CODE_PATTERN, { error: 'departement' }))),
  region: z.optional(z.enum(REGIONS)),
  city: z.optional(Text(L.short)),
  address: z.optional(Text(L.short)),
  /** WGS 84 latitude and longitude in decimal degrees (PEP writes them with a decimal comma). */
  geo: z.optional(z.object({ latitude: z.number().check(z.gte(-90), z.lte(90)), longitude: z.number().check(z.gte(-180), z.lte(180)) })),
});
/** The civil-service reference job (RMFP/RIME "métier référence"): scheme, optional opaque code, label. */
export const MetierReferenceSchema = z.object({ scheme: z.enum(METIER_SCHEMES), code: z.optional(Text(L.short)), label: Text(L.title) });
export type MetierReference = z.infer<typeof MetierReferenceSchema>;
/** Where the record was read: kind, the source's own reference (offer number), the source page. */
export const JobSourceSchema = z.object({ kind: SourceKindSchema, reference: z.optional(Text(L.short)), url: z.optional(HttpUrlSchema) });

/**
 * A job posting (our JSON format; JSON Schema: `dist/schemas/job-postings.schema.json`).
 * Required: `id`, `title`, `employer.label`, `location.label`, `postedAt`, `url`, `source.kind`, `status`.
 * Dates are `YYYY-MM-DD` within 1900–2100; `closesAt` absent = no closing date. `url` is http(s) only (the page to read
 * and apply). Texts are non-blank and NFC; every text and list has a limit ({@link JOB_FIELD_LIMITS}).
 * `description` is optional because the CSP open-data CSV carries none. Mapping per source: {@link JOB_FIELD_SOURCES}.
 */
export const JobPostingSchema = z.object({
  id: IdSchema,
  title: Text(L.title),
  employer: EmployerSchema,
  versant: z.optional(VersantSchema),
  categorie: z.optional(CategorieFPSchema),
  openTo: z.optional(OpenToSchema),
  contractKind: z.optional(ContractKindSchema),
  contractDuration: z.optional(Text(L.short)),
  workingTime: z.optional(WorkingTimeSchema),
  location: JobLocationSchema,
  remote: z.optional(RemoteSchema),
  postedAt: CalendarDateSchema,
  closesAt: z.optional(CalendarDateSchema),
  startsAt: z.optional(CalendarDateSchema),
  url: HttpUrlSchema,
  description: z.optional(Text(L.description)),
  profile: z.optional(Text(L.profile)),
  metierReference: z.optional(MetierReferenceSchema),
  startupGhids: z.optional(z.array(GhidSchema).check(z.maxLength(L.list))),
  source: JobSourceSchema,
  status: JobStatusSchema,
});
export type JobPosting = z.infer<typeof JobPostingSchema>;

/** Our JSON document: an array of postings, or `{ "postings": [...] }` (optionally with `$schema`). */
export const JobPostingsDocumentSchema = z.union([
  z.array(JobPostingSchema),
  z.object({ $schema: z.optional(z.string()), postings: z.array(JobPostingSchema) }),
]);

/**
 * Optional parts of a posting: when one is invalid, the record is kept without it (and the drop reported). Anything
 * else (`id`, `title`, `employer.label`, `location.label`, `postedAt`, `url`, `source.kind`, `status`) rejects it.
 */
export const JOB_OPTIONAL_PARTS = [
  'versant', 'categorie', 'openTo', 'contractKind', 'contractDuration', 'workingTime', 'remote', 'closesAt', 'startsAt',
  'description', 'profile', 'metierReference', 'startupGhids',
  'employer.parentLabel', 'employer.organisationId',
  'location.departement', 'location.region', 'location.city', 'location.address', 'location.geo',
  'source.reference', 'source.url',
] as const;

/** A rejected or partly dropped record: 0-based `index`, 1-based `line` for CSV rows, its id when readable. */
export interface JobRecordReport extends RejectedRecord {
  /** 1-based line of the file where the record starts (CSV), when known. */
  readonly line?: number;
}

/** Outcome of checking one candidate posting. */
export type JobRecordOutcome = { ok: true; value: JobPosting; dropped: Issue[] } | { ok: false; issues: Issue[] };

function deleteAt(obj: Record<string, unknown>, dotted: string): void {
  const parts = dotted.split('.');
  let cur: unknown = obj;
  for (const p of parts.slice(0, -1)) {
    if (!cur || typeof cur !== 'object') return;
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur && typeof cur === 'object') delete (cur as Record<string, unknown>)[parts.at(-1)!];
}
function clone(x: unknown): unknown {
  return x && typeof x === 'object' ? (Array.isArray(x) ? x.map(clone) : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, clone(v)]))) : x;
}

/**
 * Validates one candidate posting against {@link JobPostingSchema}. An invalid optional part
 * ({@link JOB_OPTIONAL_PARTS}) is removed and reported (message ending in "partie ignorée : …"); an invalid required
 * field rejects the record. `label(path)` may name the source field of a model path (`closesAt` → `« Date limite »`)
 * so that messages name what the user wrote. Never throws.
 */
export function checkJobPosting(candidate: unknown, label: (path: string) => string | undefined = () => undefined): JobRecordOutcome {
  return checkJobPostingWith(wordNow, candidate, label);
}

/**
 * {@link checkJobPosting} with the issues written by `word`: `wordNow` (at once) or `deferIssue` (the job feed: the
 * message catalogue is imported only when a record fails, decision 0064; the issues are placeholders until
 * `wordDeferredIssues()` has settled).
 */
export function checkJobPostingWith(word: IssueWriter, candidate: unknown, label: (path: string) => string | undefined = () => undefined): JobRecordOutcome {
  const named = (issue: Issue): Issue => {
    const top = issue.path.replace(/\[\d+\].*$/, '');
    const src = label(top) ?? label(top.split('.')[0]);
    return src ? { ...issue, fr: `${issue.fr} (source : « ${src} »)`, en: `${issue.en} (source: "${src}")`, source: src } as Issue : issue;
  };
  const first = JobPostingSchema.safeParse(candidate, { reportInput: true });
  if (first.success) return { ok: true, value: first.data, dropped: [] };
  const issues = first.error.issues;
  const partOf = (path: readonly PropertyKey[]) => {
    const dotted = path.filter((p) => typeof p === 'string').slice(0, 2).join('.');
    return (JOB_OPTIONAL_PARTS as readonly string[]).find((p) => p === dotted || p === String(path[0]));
  };
  if (!candidate || typeof candidate !== 'object' || Array.isArray(candidate) || !issues.every((i) => partOf(i.path))) {
    return { ok: false, issues: issues.map((i) => word(i, named)) };
  }
  const copy = clone(candidate) as Record<string, unknown>;
  for (const i of issues) deleteAt(copy, partOf(i.path)!);
  const second = JobPostingSchema.safeParse(copy, { reportInput: true });
  if (!second.success) return { ok: false, issues: issues.map((i) => word(i, named)) };
  const dropped = issues.map((i) => {
    const part = partOf(i.path)!;
    return word(i, (worded) => {
      const issue = named(worded);
      return { ...issue, fr: `${issue.fr} (partie ignorée : ${part})`, en: `${issue.en} (part dropped: ${part})` };
    });
  });
  return { ok: true, value: second.data, dropped };
}

/**
 * Days an offer without `closesAt` stays open after `postedAt` (issue 8 trial): an offer never expires otherwise, and
 * Google's JobPosting guidelines ask for `validThrough` whenever a job expires and penalise expired markup. 60 days is
 * a common default of job boards; the element's `open-days` attribute and the CLI's `--open-days` change it.
 */
export const DEFAULT_OPEN_DAYS = 60;

function checkOpenDays(openDays: number): void {
  if (!Number.isInteger(openDays) || openDays < 1 || openDays > 3650) {
    throw new RangeError(`openDays : nombre entier de jours de 1 à 3650 attendu, reçu « ${String(openDays)} » / openDays: a whole number of days from 1 to 3650 expected, got "${String(openDays)}"`);
  }
}

function checkToday(today: CalendarDate): void {
  if (!isCalendarDate(today)) throw new RangeError(`today : date invalide « ${String(today)} » (AAAA-MM-JJ) / today: invalid date "${String(today)}" (YYYY-MM-DD)`);
}

/**
 * The last day the posting is open (`YYYY-MM-DD`): `closesAt`, else `postedAt` + `openDays` days
 * ({@link DEFAULT_OPEN_DAYS}). Used by {@link isOpen}, {@link daysUntilClose} and the JSON-LD `validThrough`.
 * @throws {RangeError} when `openDays` is not a whole number from 1 to 3650.
 */
export function closingDate(posting: Pick<JobPosting, 'closesAt' | 'postedAt'>, openDays: number = DEFAULT_OPEN_DAYS): CalendarDate {
  checkOpenDays(openDays);
  return posting.closesAt ?? addDays(posting.postedAt, openDays);
}

/**
 * True when the posting may be shown as open on `today` (`YYYY-MM-DD`, a parameter: never the clock): `published`,
 * posted on or before `today`, and its {@link closingDate} on/after `today` (a posting closing today is still open all
 * day; one without `closesAt` closes `openDays` days after `postedAt`). `filled` and `draft` postings are never open.
 * @throws {RangeError} when `today` is not a real `YYYY-MM-DD` date, or `openDays` not a whole number from 1 to 3650.
 */
export function isOpen(posting: Pick<JobPosting, 'status' | 'closesAt' | 'postedAt'>, today: CalendarDate, openDays: number = DEFAULT_OPEN_DAYS): boolean {
  checkToday(today);
  return posting.status === 'published' && posting.postedAt <= today && closingDate(posting, openDays) >= today;
}

/**
 * Whole days from `today` to the {@link closingDate}: `0` = closes today, `5` = "Clôture dans 5 jours", negative =
 * closed that many days ago (an offer without `closesAt` counts from `postedAt` + `openDays`).
 * @throws {RangeError} when `today` is not a real `YYYY-MM-DD` date, or `openDays` not a whole number from 1 to 3650.
 */
export function daysUntilClose(posting: Pick<JobPosting, 'closesAt' | 'postedAt'>, today: CalendarDate, openDays: number = DEFAULT_OPEN_DAYS): number {
  checkToday(today);
  return daysBetween(today, closingDate(posting, openDays));
}

export { formatPath };
