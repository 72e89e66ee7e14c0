/**
 * A candidate's application to an RS6247 session and its state machine (domain.md §1.3 process, §6
 * `CertificationApplication`; JSON Schema `dist/schemas/certification-application.schema.json`).
 *
 * States: `draft → submitted → complete → interview_scheduled → evaluated → laureat | non_laureat`, and `withdrawn`
 * from any state before the evaluation. {@link transition} is the only way to move: an impossible move throws a
 * typed {@link DomainError} (a programming error, not bad data). Per-competence outcomes use the framework's level
 * scale: an outcome id for an outcome scale (RS6247: `acquise` / `a_consolider` / `non_acquise`), an integer level for
 * an ordinal one (e-CF-like 1–5); {@link parseCertificationApplication} checks them against RS6247 unless given a
 * `framework`. `now` is always a parameter, a real `YYYY-MM-DD` date (else `RangeError`).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema, Text } from '../shared/schema.js';
import { DomainError, parseWith, type Issue, type ParseResult } from '../shared/issues.js';
import { RS6247_COMPETENCE_IDS } from '../skills/rs6247-ids.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';
import type { SkillFramework } from '../skills/framework.js';
import { DossierItemSchema, checkDossier, type DossierItemKind } from './dossier.js';
import { assertCalendarDate, SessionIdSchema } from './session.js';

export const APPLICATION_STATUSES = ['draft', 'submitted', 'complete', 'interview_scheduled', 'evaluated', 'laureat', 'non_laureat', 'withdrawn'] as const;
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;

/** Labels of the statuses (French first). */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  submitted: { fr: 'Déposée', en: 'Submitted' },
  complete: { fr: 'Dossier complet', en: 'Dossier complete' },
  interview_scheduled: { fr: 'Oral programmé', en: 'Oral scheduled' },
  evaluated: { fr: 'Évaluée', en: 'Evaluated' },
  laureat: { fr: 'Lauréat·e', en: 'Laureate' },
  non_laureat: { fr: 'Non lauréat·e', en: 'Not awarded' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
};

/** Allowed moves. Terminal states (`laureat`, `non_laureat`, `withdrawn`) have none. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['complete', 'withdrawn'],
  complete: ['interview_scheduled', 'withdrawn'],
  interview_scheduled: ['evaluated', 'withdrawn'],
  evaluated: ['laureat', 'non_laureat'],
  laureat: [],
  non_laureat: [],
  withdrawn: [],
};

/** Jury roles seen in the sources (portfolio manager + certified intra in the press; certifying coach in the doc). */
export const JuryRoleSchema = z.enum(['responsable_portefeuille', 'intra_certifie', 'coach_certificateur']);
/** Per-competence outcome of the RS6247 jury. */
export const OutcomeSchema = z.enum(['acquise', 'a_consolider', 'non_acquise']);
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * The value recorded for one competence: an outcome id of the framework's outcome scale (`acquise`), or an integer
 * level of its ordinal scale (`3`). Which one is valid depends on the framework: see {@link checkEvaluations}.
 */
export const EvaluationValueSchema = z.union([z.string().check(z.regex(/^[a-z0-9_-]+$/)), z.int()]);
export type EvaluationValue = z.infer<typeof EvaluationValueSchema>;

/**
 * The jury's result for one competence (id of the framework, RS6247 by default): `outcome` is an outcome id or an
 * integer level (see {@link EvaluationValueSchema}), with an optional comment.
 */
export const CompetenceEvaluationSchema = z.object({ competenceId: Text(), outcome: EvaluationValueSchema, comment: z.optional(z.string()) });
export type CompetenceEvaluation = z.infer<typeof CompetenceEvaluationSchema>;

/** The letter beta.gouv.fr sends to a laureate's administration: date sent (`YYYY-MM-DD`) and recipients. */
export const LetterToAdministrationSchema = z.object({
  sentAt: CalendarDateSchema,
  recipients: z.array(z.enum(['DRH', 'hierarchie'])).check(z.minLength(1)),
});
export type LetterToAdministration = z.infer<typeof LetterToAdministrationSchema>;

const ApplicationShape = z.object({
  $schema: z.optional(z.string()),
  id: Text(),
  sessionId: SessionIdSchema,
  candidateId: Text(),
  startupGhid: Text(),
  status: ApplicationStatusSchema,
  dossier: z.array(DossierItemSchema),
  /** Oral date and time, ISO 8601 with offset. */
  interviewAt: z.optional(InstantSchema),
  jury: z.optional(z.array(z.object({ role: JuryRoleSchema, name: Text() }))),
  evaluations: z.optional(z.array(CompetenceEvaluationSchema)),
  /** Calendar date of the jury's decision. */
  decidedAt: z.optional(CalendarDateSchema),
  letterToAdministration: z.optional(LetterToAdministrationSchema),
  /** Status changes, oldest first: status entered and calendar date. */
  history: z.optional(z.array(z.object({ status: ApplicationStatusSchema, at: CalendarDateSchema }))),
});

const AFTER_INTERVIEW: readonly ApplicationStatus[] = ['interview_scheduled', 'evaluated', 'laureat', 'non_laureat'];

/** A certification application (see the module doc). Cross-field rules are reported at the field's path. */
export const CertificationApplicationSchema = ApplicationShape.check(z.superRefine((a, ctx) => {
  const push = (path: PropertyKey[], input: unknown, code: string, fr: string, en: string) =>
    ctx.issues.push({ code: 'custom', path, input, message: en, params: { code, fr, en } } as never);
  const seen = new Set<string>();
  a.evaluations?.forEach((e, i) => {
    if (seen.has(e.competenceId)) push(['evaluations', i, 'competenceId'], e.competenceId, 'duplicate_id', `compétence « ${e.competenceId} » évaluée deux fois`, `competence "${e.competenceId}" evaluated twice`);
    seen.add(e.competenceId);
  });
  if (AFTER_INTERVIEW.includes(a.status) && !a.interviewAt)
    push(['interviewAt'], undefined, 'required', `champ requis au statut ${a.status}`, `required with status ${a.status}`);
  if ((a.status === 'laureat' || a.status === 'non_laureat') && !a.decidedAt)
    push(['decidedAt'], undefined, 'required', `champ requis au statut ${a.status}`, `required with status ${a.status}`);
  if ((a.status === 'evaluated' || a.status === 'laureat' || a.status === 'non_laureat') && !a.evaluations?.length)
    push(['evaluations'], undefined, 'required', `champ requis au statut ${a.status}`, `required with status ${a.status}`);
  if (a.letterToAdministration && a.status !== 'laureat')
    push(['letterToAdministration'], a.letterToAdministration, 'letter_not_laureat', 'courrier réservé aux lauréat·es', 'letter only for laureates');
}));
export type CertificationApplication = z.infer<typeof CertificationApplicationSchema>;

/**
 * Checks each evaluation value against `framework.levelScale`: an outcome id of the scale, or an integer in
 * `[min, max]`. Issues name `evaluations[i].outcome`, in French and English. Values of the wrong JSON type are left
 * to the schema.
 */
export function checkEvaluations(evaluations: readonly { outcome: unknown }[], framework: Pick<SkillFramework, 'levelScale'> = RS6247_FRAMEWORK): Issue[] {
  const scale = framework.levelScale;
  const out: Issue[] = [];
  const show = (v: unknown) => (typeof v === 'string' ? { fr: `« ${v} »`, en: `"${v}"` } : { fr: JSON.stringify(v) ?? String(v), en: JSON.stringify(v) ?? String(v) });
  evaluations.forEach((e, i) => {
    const path = `evaluations[${i}].outcome`;
    const v = e.outcome;
    const at = (code: string, fr: string, en: string) => out.push({ path, code, fr: `${path} : ${fr}`, en: `${path}: ${en}` });
    if (v === undefined) return; // missing: the schema says "champ requis"
    if (scale.kind === 'outcome') {
      const ids = scale.values.map((x) => x.id);
      if (typeof v !== 'string') at('invalid_type', `valeur attendue parmi ${ids.join(', ')}, reçu ${show(v).fr}`, `expected one of ${ids.join(', ')}, received ${show(v).en}`);
      else if (!ids.includes(v)) at('invalid_value', `valeur inattendue « ${v} » ; valeurs possibles : ${ids.join(', ')}`, `unexpected value "${v}"; allowed: ${ids.join(', ')}`);
    } else if (typeof v !== 'number' || !Number.isInteger(v)) {
      at('invalid_type', `niveau entier entre ${scale.min} et ${scale.max} attendu, reçu ${show(v).fr}`, `integer level between ${scale.min} and ${scale.max} expected, received ${show(v).en}`);
    } else if (v < scale.min || v > scale.max) {
      at('out_of_range', `niveau ${v} hors de l’échelle : entre ${scale.min} et ${scale.max} attendu`, `level ${v} outside the scale: expected between ${scale.min} and ${scale.max}`);
    }
  });
  return out;
}

/** Options of {@link parseCertificationApplication}. */
export interface ApplicationParseOptions {
  /** Framework whose level scale the evaluation values must follow. Default: RS6247 (outcomes). */
  framework?: Pick<SkillFramework, 'levelScale'>;
}

/**
 * Validates an application file's content, including each evaluation value against the framework's level scale
 * (RS6247 by default; pass `framework` for an ordinal framework). Never throws.
 */
export function parseCertificationApplication(input: unknown, options: ApplicationParseOptions = {}): ParseResult<CertificationApplication> {
  const r = parseWith(CertificationApplicationSchema, input);
  const raw = (input as { evaluations?: unknown } | null)?.evaluations;
  const values = Array.isArray(raw) ? raw.map((e) => ({ outcome: (e as { outcome?: unknown } | null)?.outcome })) : [];
  const scale = checkEvaluations(values, options.framework ?? RS6247_FRAMEWORK);
  if (!scale.length) return r;
  // The scale's wording replaces the schema's vague "matches none of the expected shapes" at the same path.
  const byPath = new Map(scale.map((i) => [i.path, i]));
  const issues = r.issues.map((i) => (i.code === 'invalid_union' && byPath.has(i.path) ? byPath.get(i.path)! : i));
  const reported = new Set(issues.map((i) => i.path));
  return { ok: false, issues: [...issues, ...scale.filter((i) => !reported.has(i.path))] };
}

/** True when `from → to` is an allowed move. */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

/** Codes of the errors {@link transition} and {@link recordLetter} throw, with their `info`. */
export type ApplicationErrorInfo = {
  invalid_transition: { from: ApplicationStatus; to: ApplicationStatus; allowed: readonly ApplicationStatus[] };
  dossier_incomplete: { missing: readonly DossierItemKind[] };
  interview_date_required: { status: ApplicationStatus };
  evaluations_incomplete: { missing: readonly string[] };
  letter_not_laureat: { status: ApplicationStatus };
};
export type ApplicationErrorCode = keyof ApplicationErrorInfo;
/** Every {@link ApplicationErrorCode}, for runtime checks. */
export const APPLICATION_ERROR_CODES: readonly ApplicationErrorCode[] = ['invalid_transition', 'dossier_incomplete', 'interview_date_required', 'evaluations_incomplete', 'letter_not_laureat'];
/**
 * Typed error of the application state machine. Without a code, the union of every code's error, so that
 * `e.code === 'invalid_transition'` narrows `e.info`.
 */
export type ApplicationError<C extends ApplicationErrorCode = ApplicationErrorCode> = C extends ApplicationErrorCode ? DomainError<C, ApplicationErrorInfo[C]> : never;

/**
 * Type guard for the errors of {@link transition} and {@link recordLetter}, optionally of one `code`; narrows `info`
 * to that code's shape (`isApplicationError(e, 'dossier_incomplete') && e.info.missing`).
 */
export function isApplicationError<C extends ApplicationErrorCode = ApplicationErrorCode>(e: unknown, code?: C): e is ApplicationError<C> {
  return e instanceof DomainError && (code === undefined ? (APPLICATION_ERROR_CODES as readonly string[]).includes(e.code) : e.code === code);
}

function fail<C extends ApplicationErrorCode>(code: C, fr: string, en: string, info: ApplicationErrorInfo[C]): never {
  throw new DomainError(code, `${fr} / ${en}`, info);
}

/** What some moves need: the oral (`interviewAt`, jury) or the evaluations. */
export interface TransitionInput {
  interviewAt?: string;
  jury?: CertificationApplication['jury'];
  evaluations?: CompetenceEvaluation[];
  /** Competence ids the evaluations must cover (default: the 8 RS6247 ids). */
  competenceIds?: readonly string[];
}

/**
 * Moves `app` to `to` at calendar date `now` and returns a new application (the input is not changed); `history`
 * gets `{ status: to, at: now }`. Guards: `complete` needs a complete dossier; `interview_scheduled` needs
 * `interviewAt`; `evaluated` needs an outcome for every competence; `laureat`/`non_laureat` set `decidedAt = now`.
 * @throws {ApplicationError} `invalid_transition` and the guard codes of {@link ApplicationErrorInfo}.
 * @throws {RangeError} when `now` is not a real `YYYY-MM-DD` date (an ISO date-time is rejected too).
 */
export function transition(app: CertificationApplication, to: ApplicationStatus, now: string, input: TransitionInput = {}): CertificationApplication {
  assertCalendarDate(now);
  const from = app.status;
  if (!canTransition(from, to))
    fail('invalid_transition', `transition impossible : ${from} → ${to}`, `impossible transition: ${from} → ${to}`, { from, to, allowed: APPLICATION_TRANSITIONS[from] });
  const next: CertificationApplication = { ...app, status: to, history: [...(app.history ?? []), { status: to, at: now }] };
  if (to === 'complete') {
    const check = checkDossier(app.dossier);
    if (!check.complete)
      fail('dossier_incomplete', `dossier incomplet : ${check.missing.join(', ')}`, `dossier incomplete: ${check.missing.join(', ')}`, { missing: check.missing });
  }
  if (to === 'interview_scheduled') {
    const at = input.interviewAt ?? app.interviewAt;
    if (!at) fail('interview_date_required', 'date de l’oral requise', 'oral date required', { status: from });
    next.interviewAt = at;
    if (input.jury) next.jury = input.jury;
  }
  if (to === 'evaluated') {
    const evaluations = input.evaluations ?? app.evaluations ?? [];
    const ids = input.competenceIds ?? RS6247_COMPETENCE_IDS;
    const missing = ids.filter((id) => !evaluations.some((e) => e.competenceId === id));
    if (missing.length)
      fail('evaluations_incomplete', `compétences non évaluées : ${missing.join(', ')}`, `competences not evaluated: ${missing.join(', ')}`, { missing });
    next.evaluations = evaluations;
  }
  if (to === 'laureat' || to === 'non_laureat') next.decidedAt = now;
  return next;
}

/**
 * Records the letter to a laureate's administration (date sent, recipients). Only for `laureat`.
 * @throws {ApplicationError} `letter_not_laureat`
 */
export function recordLetter(app: CertificationApplication, letter: LetterToAdministration): CertificationApplication {
  if (app.status !== 'laureat')
    fail('letter_not_laureat', `courrier impossible au statut ${app.status}`, `no letter with status ${app.status}`, { status: app.status });
  return { ...app, letterToAdministration: letter };
}

/** Count of RS6247 outcomes by value (`acquise`, `a_consolider`, `non_acquise`); other values are not counted. */
export function outcomeCounts(evaluations: readonly CompetenceEvaluation[]): Record<Outcome, number> {
  const out: Record<Outcome, number> = { acquise: 0, a_consolider: 0, non_acquise: 0 };
  for (const e of evaluations) if (typeof e.outcome === 'string' && Object.hasOwn(out, e.outcome)) out[e.outcome as Outcome]++;
  return out;
}
