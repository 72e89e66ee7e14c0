/**
 * A candidate's application to an RS6247 session and its state machine (domain.md §1.3 process, §6
 * `CertificationApplication`; JSON Schema `dist/schemas/certification-application.schema.json`).
 *
 * States: `draft → submitted → complete → interview_scheduled → evaluated → laureat | non_laureat`, and `withdrawn`
 * from any state before the evaluation. {@link transition} is the only way to move: an impossible move throws a
 * typed {@link DomainError} (a programming error, not bad data). Per-competence outcomes use the framework's outcome
 * scale (`acquise` / `a_consolider` / `non_acquise`). `now` is always a parameter.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema, Text } from '../shared/schema.js';
import { DomainError, parseWith, type ParseResult } from '../shared/issues.js';
import { RS6247_COMPETENCE_IDS } from '../skills/rs6247-ids.js';
import { DossierItemSchema, checkDossier, type DossierItemKind } from './dossier.js';

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
/** Per-competence outcome of the jury. */
export const OutcomeSchema = z.enum(['acquise', 'a_consolider', 'non_acquise']);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** The jury's outcome for one competence (id of the framework, RS6247 by default) and an optional comment. */
export const CompetenceEvaluationSchema = z.object({ competenceId: Text(), outcome: OutcomeSchema, comment: z.optional(z.string()) });
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
  sessionId: z.string().check(z.regex(/^\d{4}-[a-z]+$/)),
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

/** Validates an application file's content. Never throws. */
export function parseCertificationApplication(input: unknown): ParseResult<CertificationApplication> {
  return parseWith(CertificationApplicationSchema, input);
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
/** Typed error of the application state machine. */
export type ApplicationError<C extends ApplicationErrorCode = ApplicationErrorCode> = DomainError<C, ApplicationErrorInfo[C]>;

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
 */
export function transition(app: CertificationApplication, to: ApplicationStatus, now: string, input: TransitionInput = {}): CertificationApplication {
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

/** Count of outcomes by value (`acquise`, `a_consolider`, `non_acquise`). */
export function outcomeCounts(evaluations: readonly CompetenceEvaluation[]): Record<Outcome, number> {
  const out: Record<Outcome, number> = { acquise: 0, a_consolider: 0, non_acquise: 0 };
  for (const e of evaluations) out[e.outcome]++;
  return out;
}
