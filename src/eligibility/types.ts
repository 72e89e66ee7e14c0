/**
 * Types of the eligibility engine: situations (the person's answers), rules (data), verdicts (explanations).
 *
 * House style (design.md §3): rules are data — id, French/English label, the source of the rule, the inputs it
 * reads and a typed condition; `evaluate()` is pure and returns one of three verdicts. Dates are `YYYY-MM-DD`
 * strings and "now" is always a parameter.
 */
import type { CalendarDate } from '../shared/dates.js';
import type { Domaine } from '../members/member.js';
import type { CertificationSession } from '../certification/session.js';

/** A French + English text. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/** The four programmes the engine knows (also the `programme` attribute of `<intra-eligibility>`). */
export type ProgrammeId = 'certification' | 'coaching' | 'clinic' | 'hr-support';

/**
 * Where a redirect or an offer points: the support kinds of domain.md §6 (`SupportKind`) plus the certification.
 * `accompagnement_carriere` is the programme `coaching`, `clinique_situations_difficiles` is `clinic`,
 * `courrier_soutien` / `saisine_drh_numerique` are `hr-support`.
 */
export type RedirectTarget =
  | 'clinique_situations_difficiles' | 'courrier_soutien' | 'saisine_drh_numerique'
  | 'accompagnement_carriere' | 'groupe_soutien' | 'retrospective_cloture' | 'certification_rs6247';

/** Topics of a support request (domain.md §6 `SupportTopic`, from `situation-dysfonctionnelle.md` and §1.4–1.5). */
export const SUPPORT_TOPICS = [
  'management_equipe', 'evolution_carriere', 'probleme_rh_administration', 'transparence_horizontalite',
  'relations_culture_inclusion', 'partenariat_administration', 'impact', 'manque_de_sens',
] as const;
export type SupportTopic = (typeof SUPPORT_TOPICS)[number];

/** What happened to the person's start-up: still running, stopped (`abandon`, event `end`), transferred, merged. */
export const STARTUP_STATUSES = ['active', 'stopped', 'transferred', 'merged'] as const;
export type StartupStatus = (typeof STARTUP_STATUSES)[number];

/** The two HR-support actions (accompagnement-de-carrieres-des-intras.md, pillar 1). */
export const HR_ACTIONS = ['courrier_soutien', 'saisine_drh_numerique'] as const;
export type HrAction = (typeof HR_ACTIONS)[number];

/**
 * A person's situation: every fact the rules may read. **An absent key means "not answered yet"** — the engine
 * never guesses or defaults it (the verdict is then `incomplete`). `missionEnd: null` is an answer ("still in
 * mission"), distinct from an absent `missionEnd`. Empty strings and empty lists count as not answered.
 */
export interface Situation {
  /** espace-membre `Domaine`; intras are `Intraprenariat`. */
  domaine?: Domaine;
  /** Public agent: civil servant or contract agent of a public body (a mission with `status = "admin"`). */
  publicAgent?: boolean;
  /** Start of the first intrapreneur mission, `YYYY-MM-DD`. */
  missionStart?: CalendarDate;
  /** End (last day) of the last intrapreneur mission, `YYYY-MM-DD`; `null` = ongoing, no end date. */
  missionEnd?: CalendarDate | null;
  /**
   * Days without any intra mission between `missionStart` and `missionEnd` (several missions with gaps), unit: days.
   * Derived from beta.gouv.fr data by {@link situationFromBetaGouv}; never asked (absent = one continuous mission).
   */
  missionGapDays?: number;
  /**
   * Average working days per week on the start-up (espace-membre `average_nb_of_days`), unit: days/week.
   * Valid: `0 < daysPerWeek ≤ 5` (the form asks 0.5 to 5 by steps of 0.5). Another value is not "part-time": the
   * verdict is `ineligible` with the failed criterion `INVALID_DAYS_PER_WEEK` (see {@link INPUT_CHECKS}).
   */
  daysPerWeek?: number;
  /** One of the mission's start-ups had an `acceleration` phase overlapping the mission. */
  reachedAcceleration?: boolean;
  /** Already holds the certification (RS6247, or the former Numa / RS3536 one). */
  alreadyCertified?: boolean;
  /** Id of the certification session applied to (`2026-novembre`). */
  targetSession?: string;
  /** The person asks for career coaching (the programme is for volunteers). */
  volunteer?: boolean;
  /** What the request is about. */
  topics?: readonly SupportTopic[];
  /** What happened to the start-up (for priority and the closing retrospective). */
  startupStatus?: StartupStatus;
  /** HR support: a support letter or a referral to the DRH du numérique. */
  hrAction?: HrAction;
  /** HR referral: the person's home administration (free text). */
  homeAdministration?: string;
  /** HR referral: a short summary of the problem (free text). */
  summary?: string;
}

/** A key of {@link Situation}: the unit of "what to ask". */
export type InputKey = keyof Situation;

/**
 * Engine settings. Every field is optional; defaults in {@link DEFAULT_SETTINGS}.
 * - `fullTimeDaysPerWeek`: days per week from which a mission counts as full-time (default 4.5, [ASSUMPTION]
 *   domain.md §6.1 — the source does not define it).
 * - `coachingRecentMonths`: a former intra may ask for career coaching up to this many months after leaving (12).
 * - `priorityMissionEndMonths`: a mission ending within this many months gives coaching priority (3, `arret.md`).
 * - `maxSessionsAfterLeaving`: a former intra may apply to the n first sessions after leaving (2, RS6247 README).
 * - `sessionMonths`, `sessions`: the certification calendar (see `certification/session.ts`).
 */
export interface EligibilitySettings {
  fullTimeDaysPerWeek?: number;
  coachingRecentMonths?: number;
  priorityMissionEndMonths?: number;
  maxSessionsAfterLeaving?: number;
  sessionMonths?: readonly number[];
  sessions?: readonly CertificationSession[];
}
/** Settings with every default filled in. */
export type ResolvedSettings = Required<Omit<EligibilitySettings, 'sessions'>> & { sessions: readonly CertificationSession[] };

/** Evaluation context handed to conditions: `now` and the resolved settings. */
export interface Context {
  readonly now: CalendarDate;
  readonly settings: ResolvedSettings;
}

/** Where a rule comes from: a page (title, URL, repository path) and its section. */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** The repository holding the page (`betagouv/doc.incubateur.net-communaute`, `betagouv/espace-membre-next`). */
  readonly repo?: string;
  /** Path of the page in `repo` (checked against the upstream file list by the tests). */
  readonly path?: string;
  readonly section: string;
}

/** A redirect to another programme or mechanism that fits better, with the reason. */
export interface Redirect {
  readonly to: RedirectTarget;
  /** The engine programme id when the target has a rule set (`accompagnement_carriere` → `coaching`). */
  readonly programme?: ProgrammeId;
  readonly reason: Bilingual;
  /** Id of the rule that triggered it. */
  readonly rule?: string;
}

/** One step of a counterfactual. */
export type Change =
  | { readonly kind: 'set_input'; readonly rule: string; readonly input: InputKey; readonly to: unknown; readonly fr: string; readonly en: string }
  | { readonly kind: 'wait_until'; readonly rule: string; readonly date: CalendarDate; readonly fr: string; readonly en: string }
  | { readonly kind: 'target_session'; readonly rule: string; readonly sessionId: string; readonly opens: CalendarDate; readonly closes: CalendarDate; readonly fr: string; readonly en: string }
  | { readonly kind: 'impossible'; readonly rule: string; readonly fr: string; readonly en: string }
  /** The request is outside this programme's scope: another programme fits (never "pick another topic"). */
  | { readonly kind: 'redirect'; readonly rule: string; readonly to: RedirectTarget; readonly programme?: ProgrammeId; readonly fr: string; readonly en: string };

/**
 * The smallest change that would make the person eligible.
 * `kind`: `wait` (only timing: a date, or another session), `change` (some answer must differ), `impossible`
 * (some criterion cannot be met by any change of the person's own, e.g. already certified), `redirect` (the
 * request is outside the programme's scope — a topic —: the text names the programme that fits instead of
 * inviting to pick another answer).
 */
export interface Counterfactual extends Bilingual {
  readonly kind: 'wait' | 'change' | 'impossible' | 'redirect';
  readonly changes: readonly Change[];
}

/** The result of one condition on a situation (all inputs it reads are answered). */
export interface Outcome {
  readonly met: boolean;
  /** The person's value (raw) and as text. */
  readonly value: unknown;
  readonly valueText: Bilingual;
  /** The threshold (raw) and as text. */
  readonly threshold: unknown;
  readonly thresholdText: Bilingual;
  /** Sentence explaining the outcome (why it is met, or why not). */
  readonly message: Bilingual;
  /** When not met: what would change it. */
  readonly fix?: Change;
  /** When not met: a better-fitting programme. */
  readonly redirect?: Redirect;
  /** Replaces the rule's label when it depends on the settings (`LEFT_RECENTLY`: "the 2 following sessions"). */
  readonly label?: Bilingual;
}

/**
 * A typed condition over the situation.
 * - `equals`: `situation[input] === value` (booleans and enumerations). Explanations come from the rule's data:
 *   the input's choice labels and `failed` / `fix` texts.
 * - `check`: a typed predicate for thresholds on several inputs (durations, dates, sessions, topic scopes); it
 *   returns the value, the threshold and the texts. `threshold` describes the threshold declaratively.
 */
export type Condition =
  | {
    readonly kind: 'equals';
    readonly input: InputKey;
    readonly value: string | boolean;
    /** Message when met / when failed. */
    readonly met: Bilingual;
    readonly failed: Bilingual;
    /** The change that fixes it, or `null` when no change of the person's own can (→ `impossible`). */
    readonly fix: Bilingual | null;
    readonly redirect?: Omit<Redirect, 'rule'>;
  }
  | {
    readonly kind: 'check';
    /** Declarative description of the threshold (shown in docs and in the rule catalogue). */
    readonly threshold: Bilingual;
    readonly test: (s: Situation, ctx: Context) => Outcome;
  };

/** A rule: data, plus a typed condition. `id` is the stable reason code (`MIN_DURATION`). */
export interface Rule {
  readonly id: string;
  readonly label: Bilingual;
  readonly source: Source;
  /** Inputs the condition reads; all must be answered before it is evaluated. */
  readonly reads: readonly InputKey[];
  /** The rule applies only when this holds (evaluated once its own `reads` are answered). */
  readonly when?: {
    readonly reads: readonly InputKey[];
    readonly description: Bilingual;
    readonly test: (s: Situation, ctx: Context) => boolean;
    /**
     * `true` when the condition does not read the guard's inputs: with the guard unanswered and the rule's own
     * inputs answered, a met condition cannot fail whatever the guard says, so the guard is not asked.
     */
    readonly independent?: boolean;
  };
  readonly condition: Condition;
  /**
   * Inputs the condition also reads when given, whose absence has a meaning (`missionGapDays` absent = no gap): never
   * asked nor missing, but an invalid one stops the rule like an invalid `reads` input.
   */
  readonly alsoReads?: readonly InputKey[];
  /**
   * Called when some of `reads` are unanswered (the others and the guard are), or some of the guard's `when.reads`
   * are: the outcome when **no answer** to the missing inputs can change it, else `undefined` (they are then
   * missing). `MIN_DURATION`: 12 months of mission are enough at any pace, so the days per week are not asked;
   * `LEFT_RECENTLY`: the last session open after leaving has closed, so no session is asked. ("Missing variables"
   * as in publicodes.)
   */
  readonly partial?: (s: Situation, ctx: Context) => Outcome | undefined;
  /**
   * Like `partial`, but consulted only when nothing has failed and this rule's `reads` are the only inputs still
   * missing (`SESSION_OPEN` between two windows: once every other condition is met, no target session can be
   * open today, so it is not asked and the next window is named).
   */
  readonly lastPartial?: (s: Situation, ctx: Context) => Outcome | undefined;
}

/** A non-blocking hint (priority, an extra offer) shown with any verdict when its inputs are answered. */
export interface Hint {
  readonly id: string;
  readonly kind: 'priority' | 'offer';
  readonly label: Bilingual;
  readonly source: Source;
  readonly reads: readonly InputKey[];
  readonly test: (s: Situation, ctx: Context) => boolean;
  /** The message, or a function of the settings (`PRIORITY_MISSION_ENDING`: "within 3 months"). */
  readonly message: Bilingual | ((ctx: Context) => Bilingual);
  readonly offer?: RedirectTarget;
}

/** A group of questions asked together (one step of the form). */
export interface QuestionGroup {
  readonly id: string;
  readonly label: Bilingual;
  readonly inputs: readonly InputKey[];
}

/** A programme's rule set: rules, hints, and the questions in asking order (groups). */
export interface RuleSet {
  readonly id: ProgrammeId;
  readonly label: Bilingual;
  readonly source: Source;
  readonly rules: readonly Rule[];
  readonly hints: readonly Hint[];
  /** Asking order: groups of inputs. Every input read by a rule or a hint appears exactly once. */
  readonly groups: readonly QuestionGroup[];
  /** Combines the failed criteria into the smallest change (default: the list of each criterion's fix). */
  readonly counterfactual?: (s: Situation, failed: readonly FailedCriterion[], ctx: Context) => Counterfactual;
  /** What to do next once eligible (certification: the application window of the target session). */
  readonly nextStep?: (s: Situation, ctx: Context) => NextStep | undefined;
}

/** The next step of an eligible person: a sentence, and the application window when there is one. */
export interface NextStep extends Bilingual {
  readonly sessionId?: string;
  readonly opens?: CalendarDate;
  readonly closes?: CalendarDate;
}

/** A criterion that was evaluated (met or failed), with everything needed to explain it. */
export interface Criterion {
  /** Stable reason code = the rule id. */
  readonly code: string;
  readonly label: Bilingual;
  readonly source: Source;
  readonly value: unknown;
  readonly valueText: Bilingual;
  readonly threshold: unknown;
  readonly thresholdText: Bilingual;
  readonly message: Bilingual;
}
/** A failed criterion: also the fix and the redirect of its condition. */
export interface FailedCriterion extends Criterion {
  readonly fix?: Change;
  readonly redirect?: Redirect;
}

/** A hint that applies (priority, extra offer). */
export interface Suggestion {
  readonly code: string;
  readonly kind: 'priority' | 'offer';
  readonly label: Bilingual;
  readonly source: Source;
  readonly message: Bilingual;
  readonly offer?: RedirectTarget;
}

interface VerdictBase {
  readonly programme: ProgrammeId;
  /** Criteria met so far (always given, for transparency). */
  readonly met: readonly Criterion[];
  /** Hints that apply. */
  readonly suggestions: readonly Suggestion[];
  /** A programme that fits better, when one does. */
  readonly redirect?: Redirect;
}
/** Every applicable criterion is met. `nextStep`: what to do now (certification: apply within the window). */
export interface EligibleVerdict extends VerdictBase { readonly verdict: 'eligible'; readonly nextStep?: NextStep }
/**
 * At least one answered criterion fails. `unanswered` lists inputs still missing for the other criteria
 * (asking order): answering them cannot make the person eligible, only add reasons.
 */
export interface IneligibleVerdict extends VerdictBase {
  readonly verdict: 'ineligible';
  readonly failed: readonly FailedCriterion[];
  readonly counterfactual: Counterfactual;
  readonly unanswered: readonly InputKey[];
  /**
   * `true` when the only failed criterion is the application window (`SESSION_OPEN`), nothing is left to answer but
   * possibly the target session (no window is open today: the counterfactual names it), and the counterfactual is to wait: the person meets every condition and only has to apply in the next window. A
   * form presents this as "you meet the conditions" with the window, not as "not eligible".
   */
  readonly onlyTiming: boolean;
}
/** No answered criterion fails, but some inputs are missing: `missing`, in asking order. */
export interface IncompleteVerdict extends VerdictBase {
  readonly verdict: 'incomplete';
  readonly missing: readonly InputKey[];
}
/** The result of {@link evaluate}. */
export type Verdict = EligibleVerdict | IneligibleVerdict | IncompleteVerdict;
