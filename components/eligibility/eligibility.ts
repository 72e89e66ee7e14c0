import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
// The eligibility modules themselves, not the barrel (`src/index.js` also holds the jobs code and its CSV parser).
// The rule sets are not imported here: the programme's own is loaded before the first render (`loadRuleSet`), so a
// page holds only the rules and texts of the programme it checks (issue 10, part 3).
import { EARLIEST_NOW, LATEST_NOW, evaluate, questionsFor, sessionChoices, type Question, type PendingGroup } from '../../src/eligibility/engine.js';
import { INPUTS, isAnswered, parseSituation } from '../../src/eligibility/inputs.js';
import { isProgramme, loadRuleSet } from '../../src/eligibility/programmes.js';
import type {
  EligibilitySettings, Situation, Criterion, FailedCriterion, InputKey, ProgrammeId, RedirectTarget, RuleSet, Verdict, Source,
} from '../../src/eligibility/types.js';
import { addMonths, isCalendarDate, type CalendarDate } from '../../src/shared/dates.js';
import { FIRST_SESSION_YEAR } from '../../src/certification/session.js';
import type { ListResult } from '../../src/shared/issues.js';
import { IntraElement } from '../shared/base.js';
import { LiveDateController, localToday } from '../shared/live-date.js';
import { DEFAULT_TIMEOUT_MS, DataSourceController, type DataLoadError } from '../shared/data-source.js';
import { IntraVerdictEvent } from '../shared/events.js';
import { IntraLocalize, formatCalendarDate } from '../shared/i18n.js';
import { isSafeHref } from '../shared/urls.js';
import { alertStyles, baseStyles, buttonStyles, fieldStyles } from '../shared/styles.js';
import { choiceStyles } from '../shared/choice-styles.js';
import type { EligibilityMessages } from './eligibility.i18n.js';
import './eligibility.i18n.js'; // registers the element's FR/EN messages (idempotent)
import { eligibilityStyles } from './eligibility.styles.js';

/** One answered step of the form: what it asked, the situation before it, what was answered. */
interface Step {
  readonly keys: readonly InputKey[];
  readonly before: Situation;
  readonly values: Situation;
  /** Optional questions left blank (not asked again). */
  readonly skipped: readonly InputKey[];
}

/** Which per-target attribute gives the link of a redirect or an offer. */
const TARGET_ATTRIBUTE: Record<RedirectTarget, 'hrefCoaching' | 'hrefClinic' | 'hrefHrSupport' | 'hrefCertification' | 'hrefGroupeSoutien'> = {
  accompagnement_carriere: 'hrefCoaching',
  clinique_situations_difficiles: 'hrefClinic',
  retrospective_cloture: 'hrefClinic',
  courrier_soutien: 'hrefHrSupport',
  saisine_drh_numerique: 'hrefHrSupport',
  certification_rs6247: 'hrefCertification',
  groupe_soutien: 'hrefGroupeSoutien',
};

/** A prefill document is one situation object: the data pipeline's list result of one. */
function parsePrefill(input: unknown): ListResult<Situation> {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    // Unknown keys are dropped by the schema; name them (never their values) for the site editor.
    const unknown = Object.keys(input).filter((k) => !Object.hasOwn(INPUTS, k));
    if (unknown.length) console.warn(`<intra-eligibility> clés inconnues ignorées dans les réponses préremplies / unknown prefill keys ignored: ${unknown.join(', ')}`);
  }
  const r = parseSituation(input);
  return r.ok
    ? { valid: [r.value], rejected: [], total: 1 }
    : { valid: [], rejected: [{ index: -1, issues: r.issues }], total: 1 };
}

/** Today's calendar date in the visitor's time zone (`YYYY-MM-DD`), read now. */
const today = (): CalendarDate => localToday() as CalendarDate;

/** French typography: a no-break space before `? ! : ;` so they never start a line. */
const nbsp = (text: string, lang: string) => (lang === 'fr' ? text.replace(/ ([?!:;])/g, '\u00a0$1') : text);

/** How many years after `now` a mission end date may be (the first accepted year is `FIRST_SESSION_YEAR`, 2015). */
const YEARS_AHEAD = 10;
/** `heading-level` when absent or not an integer 1–6. */
const DEFAULT_HEADING_LEVEL = 2;
/** A heading of level `n` (1–6), its attributes applied by the caller's template (no `lit/static-html` needed). */
function heading(n: number, content: string, title: boolean): TemplateResult {
  const cls = title ? 'verdict-title' : 'sub-heading';
  const part = title ? 'verdict-title' : nothing;
  const id = title ? 'verdict-title' : nothing;
  const tab = title ? '-1' : nothing;
  switch (n) {
    case 1: return html`<h1 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h1>`;
    case 2: return html`<h2 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h2>`;
    case 3: return html`<h3 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h3>`;
    case 4: return html`<h4 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h4>`;
    case 5: return html`<h5 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h5>`;
    default: return html`<h6 class=${cls} part=${part} id=${id} tabindex=${tab}>${content}</h6>`;
  }
}

/** Above this many choices, a single choice is a `<select>` rather than radios (DSFR). */
const MAX_RADIOS = 7;


/** Coaching declined ("Non" to "Souhaitez-vous être accompagné·e ?") and nothing else fails. */
const isVolunteerOnly = (v: Verdict) => v.verdict === 'ineligible' && v.failed.length === 1 && v.failed[0].code === 'COACHING_VOLUNTEER';

/** Rule sets loaded so far, shared by the elements of the page; a load in progress is shared too. */
const loadedRuleSets = new Map<ProgrammeId, RuleSet>();
const pendingRuleSets = new Map<ProgrammeId, Promise<RuleSet>>();
function ruleSetLoad(p: ProgrammeId): Promise<RuleSet> {
  let pending = pendingRuleSets.get(p);
  if (!pending) {
    pending = loadRuleSet(p);
    pendingRuleSets.set(p, pending);
    pending.catch(() => pendingRuleSets.delete(p)); // a failed load is tried again at the next update
  }
  return pending;
}

/** A programme's name (a verdict's programme is the element's, whose rule set is loaded). */
function programmeLabel(p: ProgrammeId): { readonly fr: string; readonly en: string } {
  return loadedRuleSets.get(p)?.label ?? { fr: p, en: p };
}

/** A scope (topic) mismatch only: the request belongs to another programme — a redirect, not a refusal. */
const isRedirect = (v: Verdict): boolean =>
  v.verdict === 'ineligible' && v.counterfactual.kind === 'redirect' && !!v.redirect;

const isDecisive = (v: Verdict | undefined): v is Exclude<Verdict, { verdict: 'incomplete' }> =>
  v?.verdict === 'eligible' || v?.verdict === 'ineligible';

/**
 * `<intra-eligibility>`: "can I apply?" for one programme — the RS6247 certification, career coaching, the
 * difficult-situations clinic or HR support — on the rules of `src/eligibility` (docs/eligibility.md).
 *
 * It asks only the questions whose answers are still missing, one group at a time (`questionsFor(...)[0]`); within a
 * group, a field is shown and required only while the engine still needs it given the group's other answers so far
 * (recomputed at each input, announced politely: a question that can no longer change the verdict goes). It is an
 * accessible DSFR-style form (fieldset and legend per group, radios, checkboxes, dates, numbers with their unit,
 * inline errors and an error summary, "Précédent" to change an answer). It then shows the verdict with its
 * reasons: for each criterion the person's value, the threshold and the source page; the smallest change that
 * would make the person eligible; the criteria met; hints; and a link to a better-fitting programme.
 *
 * Prefill (optional): the `situation` property > an inline `<script type="application/json">` child > `src`
 * (one situation object, validated by `parseSituation`; an invalid one is an error naming the field).
 * Prefilled answers are not asked. "Recommencer" goes back to the prefill; when the prefill alone decided the
 * verdict, it asks every question again with the prefilled values selected.
 *
 * Redirect links: `redirectHrefs[target]` > the per-target attribute (`href-coaching` for career coaching,
 * `href-clinic` for the clinic and its closing retrospective, `href-hr-support` for the support letter and the
 * DRH referral, `href-certification`, `href-groupe-soutien`) > `redirect-href`. Without any, the programme is named
 * without a link. Only http(s) URLs, root-relative paths (`/x`, not `//host`) and relative paths become links
 * (`isSafeHref`, the rule of `UrlOrPathSchema`): any other value (`javascript:`, `data:`…) shows the programme name
 * as plain text and logs one `console.warn` naming the attribute (never the value). An eligible certification
 * verdict gives the application window and, with `href-certification`, a link to apply.
 *
 * Prefill errors of data set by code (the `situation` property) fire no `intra-error` and show no "Réessayer".
 *
 * Dates: without `now`, "today" is the visitor's local date read at each render, and the element re-renders at
 * the next local midnight (a timer, cleared on disconnect) and whenever the page comes back (`visibilitychange`,
 * `focus`, `pageshow`: after a sleep or a clock change the timer is late) — `LiveDateController`,
 * components/shared/live-date.ts. A page left open over midnight shows the new day's verdict and application window. `now` (pinned, or today) must lie from 2015-01-01 to 2100-12-31
 * (`ELIGIBILITY_EARLIEST_NOW`, `ELIGIBILITY_LATEST_NOW`); outside, an error names the attribute and the range.
 *
 * A request outside the programme's scope (a topic that belongs to another programme) is shown as a redirect,
 * "Votre demande relève de…", with its reason once — not as "not eligible". Headings: the verdict title is an
 * `<h{heading-level}>` (default 2), its sub-headings one level below.
 *
 * @summary Eligibility check for an intrapreneur programme: the missing questions, then the verdict and its reasons.
 *
 * @slot - An optional `<script type="application/json">` with a prefill situation (read, never displayed).
 *
 * @fires intra-verdict - A verdict (eligible or ineligible) was reached by the user's answers or after a prefill loaded from inline JSON or `src`. `detail`: the verdict (`verdict`, `programme`, `met`, `failed`, `counterfactual`, `suggestions`, `redirect`) and `situation`.
 * @fires intra-load - The prefill from inline JSON or `src` finished loading. `detail: { source, total, valid, rejected, displayable }`.
 * @fires intra-error - Loading the prefill failed (`kind`: network | timeout | http | parse | invalid | internal, with the issues naming the field).
 *
 * @csspart form - The question form.
 * @csspart progress - The step counter and bar.
 * @csspart legend - The title of the current group of questions.
 * @csspart error-summary - The list of errors above the form.
 * @csspart actions - The row of buttons.
 * @csspart verdict - The verdict region.
 * @csspart verdict-title - The verdict heading (focused when shown).
 * @csspart criterion - One failed or met criterion.
 * @csspart counterfactual - The "what would change the answer" box.
 * @csspart redirect - The better-fitting programme box.
 * @csspart next-step - The next step of an eligible certification verdict (application window, link to apply).
 * @csspart status - The loading message.
 * @csspart error - The error alert (bad attribute, prefill that cannot be loaded or is invalid).
 *
 * @cssprop [--intra-eligibility-accent=var(--text-action-high-blue-france, #000091)] - Accent colour (progress bar, boxes).
 * @cssprop [--intra-eligibility-max-width=48rem] - Maximum width of the form and the verdict.
 * @cssprop [--intra-eligibility-gap=1.5rem] - Vertical gap between questions and verdict blocks.
 */
export class IntraEligibility extends IntraElement {
  static override styles = [baseStyles, buttonStyles, fieldStyles, choiceStyles, alertStyles, eligibilityStyles];

  /** Programme to check: `certification` | `coaching` | `clinic` | `hr-support` (required). */
  @property({ reflect: true }) programme?: string;

  /** Date of the check, `YYYY-MM-DD`, from 2015-01-01 to 2100-12-31 (default: today in the visitor's time zone, read live). */
  @property() now?: string;

  /** Level of the verdict heading, 1–6 (default 2); its sub-headings are one level below (at most 6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** URL of a JSON prefill situation (one object). Fetched without cookies. */
  @property({ reflect: true }) src?: string;

  /** Time allowed to a `src` load, in milliseconds (default 15000 = 15 s); then an error with "Réessayer". */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Prefill situation set by code; takes precedence over inline JSON and `src`. Validated like them. */
  @property({ attribute: false }) situation?: unknown;

  /** Engine settings (full-time threshold, coaching window, session calendar…); see `EligibilitySettings`. */
  @property({ attribute: false }) settings?: EligibilitySettings;

  /** Link of any redirect or offer without a more specific link. */
  @property({ attribute: 'redirect-href' }) redirectHref?: string;

  /** Link to career coaching (redirect target `accompagnement_carriere`). */
  @property({ attribute: 'href-coaching' }) hrefCoaching?: string;

  /** Link to the difficult-situations clinic (and its closing retrospective). */
  @property({ attribute: 'href-clinic' }) hrefClinic?: string;

  /** Link to HR support (support letter, referral to the DRH du numérique). */
  @property({ attribute: 'href-hr-support' }) hrefHrSupport?: string;

  /** Link to the RS6247 certification. */
  @property({ attribute: 'href-certification' }) hrefCertification?: string;

  /** Link to the community support group. */
  @property({ attribute: 'href-groupe-soutien' }) hrefGroupeSoutien?: string;

  /** Links by redirect target (`{ accompagnement_carriere: '/coaching' }`); take precedence over the attributes. */
  @property({ attribute: false }) redirectHrefs?: Partial<Record<RedirectTarget, string>>;

  @state() private _situation: Situation = {};
  @state() private _steps: readonly Step[] = [];
  @state() private _errors: ReadonlyMap<InputKey, string> = new Map();
  @state() private _announce = '';

  readonly #t = new IntraLocalize<EligibilityMessages>(this);
  readonly #data = new DataSourceController<Situation>(this, {
    property: () => this.situation,
    src: () => this.src,
    parse: parsePrefill,
    timeout: () => this.timeout,
  });
  /** "Today" read live (without `now`): re-render at local midnight and when the page comes back (sleep, clock change). */
  readonly #today = new LiveDateController(this, {
    active: () => !this.now,
    // `intras render eligibility` (decision 0044): the server's date for the render that hydrates it, then the live one.
    rendered: () => (this.rendersServerHtml ? this.getAttribute('data-rendered-now') : undefined),
  });
  #prefill?: Situation;
  #ignorePrefill = false;
  /** Values shown in the form for inputs not answered yet (after "Précédent", or prefill when asked again). */
  #draft: Situation = {};
  #view?: { verdict: Verdict; pending: PendingGroup[] };
  /**
   * Answers given so far in the current group (read from the form at each input), and the fields holding anything
   * (even an invalid value): they decide which questions of the group are still shown and required.
   */
  #live?: { key: string; values: Situation; filled: ReadonlySet<InputKey> };
  /** Questions of the current group as last rendered (to announce the ones that appear or go). */
  #shown: { key: string; questions: readonly Question[] } = { key: '', questions: [] };
  /** Incremented at each restart: a new form, never the DOM (and typed values) of the previous one. */
  #generation = 0;
  #lastKey = '';
  #focus?: 'legend' | 'verdict' | 'summary';
  #refocusAfterRetry = false;
  /** Why the programme's rule set could not be loaded (a network error in the CDN build), until a retry. */
  #ruleSetError: unknown;
  #fire = false;
  /** Attributes whose unsafe link was already reported (one warning each). */
  readonly #warned = new Set<string>();

  /**
   * Makes a rule set available without loading it (server rendering, which renders without waiting, or a bundle
   * that already holds `RULE_SETS`): `IntraEligibility.addRuleSet(RULE_SETS.certification)`.
   */
  static addRuleSet(ruleSet: RuleSet): void {
    loadedRuleSets.set(ruleSet.id, ruleSet);
  }

  /** Resolves when the current prefill load has settled (useful in tests and scripts). */
  get loaded(): Promise<unknown> {
    return this.#data.complete;
  }

  /** The current verdict (`incomplete` while questions remain), or `undefined` in an error or loading state. */
  get verdict(): Verdict | undefined {
    return this.#view?.verdict;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered first step (issue 10, decision 0044): the data held (none, or inline JSON) settled now.
    if (!this.hasUpdated && this.rendersServerHtml) this.#data.seed();
    if (changed.has('now')) this.#today.refresh();
    const value = this.#data.value;
    const prefill = value?.valid[0];
    if (prefill !== this.#prefill || changed.has('programme') || changed.has('now')) {
      const loaded = prefill !== this.#prefill && !!value && value.source !== 'property';
      this.#prefill = prefill;
      this.#ignorePrefill = false;
      this.#restart({});
      this.#fire = loaded;
    }
    this.#compute();
  }

  protected override updated(): void {
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus === 'legend') {
      const legend = this.renderRoot.querySelector<HTMLElement>('.group > legend');
      // Firefox focuses a <legend> only once it has a layout box (its focus() does not flush layout): measure first.
      legend?.getBoundingClientRect();
      legend?.focus();
    }
    else if (focus === 'verdict') this.renderRoot.querySelector<HTMLElement>('.verdict-title')?.focus();
    else if (focus === 'summary') this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    // After "Réessayer", focus follows the outcome (loading status, the new error, or the form) instead of the body.
    if (this.#refocusAfterRetry) {
      const target = this.renderRoot.querySelector<HTMLElement>('[role="alert"], [part="status"], .group > legend, .verdict-title');
      target?.getBoundingClientRect(); // a <legend> in Firefox: see above
      target?.focus();
      if (this.#data.status !== 'pending') this.#refocusAfterRetry = false;
    }
    const v = this.#view?.verdict;
    // A deep copy: listeners may keep or change the detail without touching the element's state.
    if (this.#fire && isDecisive(v)) this.dispatchEvent(new IntraVerdictEvent(structuredClone({ ...v, situation: this._situation })));
    this.#fire = false;
  }

  /** The rule set of `programme` once loaded (`undefined` for an unknown programme, or while it loads). */
  #ruleSet(): RuleSet | undefined {
    return isProgramme(this.programme) ? loadedRuleSets.get(this.programme) : undefined;
  }

  /**
   * Waits for the rule set of `programme` before rendering (one small request the first time a page uses it), as the
   * base class waits for English texts: the element never shows a state without its rules. A failed load renders
   * the error with "Réessayer".
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const p = this.programme;
    if (isProgramme(p) && !loadedRuleSets.has(p)) {
      if (!this.hasUpdated) this.setPending(true); // the loader's reserved height holds meanwhile (decision 0048)
      try { loadedRuleSets.set(p, await ruleSetLoad(p)); this.#ruleSetError = undefined; }
      catch (e) { this.#ruleSetError = e; console.warn(`<intra-eligibility> règles du programme non chargées / programme rules not loaded: ${p}`, e); }
    }
    return super.scheduleUpdate();
  }

  /** The date of the check: the `now` attribute, or today read now; `undefined` when invalid or out of range. */
  #now(): CalendarDate | undefined {
    const now = this.now || this.#today.today;
    return isCalendarDate(now) && now >= EARLIEST_NOW && now <= LATEST_NOW ? now : undefined;
  }

  #level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
  }

  /** The verdict heading (`<h{level}>`) and its sub-headings (one level below, at most `<h6>`). */
  #title(content: string): TemplateResult {
    return heading(this.#level(), content, true);
  }

  #subHeading(content: string): TemplateResult {
    return heading(Math.min(this.#level() + 1, 6), content, false);
  }

  /** Verdict and questions still to ask (optional questions left blank are not asked again). */
  #compute(): void {
    const ruleSet = this.#ruleSet();
    const now = this.#now();
    if (!ruleSet || !now || (this.#data.status !== 'complete' && !this.#data.value)) { this.#view = undefined; return; }
    const s = this._situation;
    const skipped = new Set(this._steps.flatMap((st) => st.skipped));
    const verdict = evaluate(ruleSet, s, now, this.settings);
    const pending = questionsFor(ruleSet, s, now, this.settings)
      .map((g) => ({ ...g, questions: g.questions.filter((q) => !skipped.has(q.key)) }))
      .filter((g) => g.questions.length);
    this.#view = { verdict, pending };
    // The language is part of the key: after a live switch, the announcement is said again in the new language.
    const key = `${this.#t.code}:${isDecisive(verdict) ? `v:${verdict.verdict}` : `q:${this._steps.length}:${pending[0]?.id}`}`;
    if (key !== this.#lastKey) {
      this.#lastKey = key;
      this._announce = isDecisive(verdict) ? this.#verdictTitle(verdict) : pending[0] ? this.#t.term('eligibilityAnnounceStep', this._steps.length + 1, pending[0].label[this.#t.code]) : '';
    }
  }

  #restart(draft: Situation): void {
    this._situation = this.#ignorePrefill ? {} : { ...(this.#prefill ?? {}) };
    this._steps = [];
    this._errors = new Map();
    this.#draft = draft;
    this.#live = undefined;
    this.#generation++;
  }

  // ---------------------------------------------------------------- handlers

  #onSubmit(e: SubmitEvent, group: PendingGroup): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    // What is required is decided on the answers as they are now (not only as last announced).
    this.#readLive(form, group);
    const { questions } = this.#liveGroup(group);
    const values: Situation = {};
    const errors = new Map<InputKey, string>();
    const skipped: InputKey[] = [];
    const set = (k: InputKey, v: unknown) => { (values as Record<string, unknown>)[k] = v; };
    for (const q of questions) {
      const error = form.querySelector(`[name="${q.key}"]`) ? this.#read(form, q, (v) => set(q.key, v)) : q.required ? this.#requiredMessage(q) : '';
      if (error) errors.set(q.key, error);
      else if (!(q.key in values)) skipped.push(q.key);
    }
    // Dates checked against each other (the start may have been answered in an earlier step or prefilled).
    const start = values.missionStart ?? this._situation.missionStart;
    if (typeof values.missionEnd === 'string' && start && !errors.has('missionEnd') && !errors.has('missionStart') && values.missionEnd < start) {
      errors.set('missionEnd', this.#t.term('eligibilityEndBeforeStart', this.#date(start)));
    }
    this._errors = errors;
    if (errors.size) {
      this.#focus = 'summary';
      return;
    }
    this._steps = [...this._steps, { keys: questions.map((q) => q.key), before: this._situation, values, skipped }];
    this._situation = { ...this._situation, ...values };
    this.#afterMove(true);
  }

  /** The key of the form of `group` (a new form, and new fields, at each step and each restart). */
  #groupKey(group: PendingGroup): string {
    return `${this.#generation}:${this._steps.length}:${group.id}`;
  }

  /**
   * The questions of the current group to show now, with `required` recomputed on the answers given so far in the
   * group (issue 7, item 3: only ask what can change the verdict). For each input of the group not answered before
   * it (nor left blank in an earlier step), with the other answers of the group: required when the engine lists it
   * in `missing`; optional when only a hint reads it; otherwise not shown — unless the field holds something (the
   * person typed it: kept, optional). `remaining`: this group and the groups still to ask after it.
   */
  #liveGroup(group: PendingGroup): { questions: Question[]; remaining: number } {
    const ruleSet = this.#ruleSet()!;
    const now = this.#now()!;
    const key = this.#groupKey(group);
    const skipped = new Set(this._steps.flatMap((st) => st.skipped));
    const def = ruleSet.groups.find((g) => g.id === group.id)?.inputs ?? [];
    const first = group.questions.map((q) => q.key);
    const candidates = [...first, ...def.filter((k) => !first.includes(k))]
      .filter((k) => !INPUTS[k].derivedOnly && !isAnswered(this._situation, k) && !skipped.has(k));
    const live = this.#live?.key === key ? this.#live : {
      values: Object.fromEntries(candidates.filter((k) => isAnswered(this.#draft, k)).map((k) => [k, this.#draft[k]])) as Situation,
      filled: new Set(candidates.filter((k) => isAnswered(this.#draft, k))),
    };
    const situation: Situation = { ...this._situation, ...live.values };
    const questions: Question[] = [];
    for (const k of candidates) {
      const others = { ...situation };
      delete others[k];
      const v = evaluate(ruleSet, others, now, this.settings);
      const required = v.verdict === 'incomplete' && v.missing.includes(k);
      const hint = ruleSet.hints.some((h) => h.reads.includes(k));
      if (!required && !hint && !live.filled.has(k)) continue;
      const spec = group.questions.find((q) => q.key === k)
        ?? { ...INPUTS[k], ...(k === 'targetSession' ? { choices: sessionChoices(now, this.settings) } : {}), group: group.id, required };
      questions.push({ ...spec, required });
    }
    const verdict = evaluate(ruleSet, situation, now, this.settings);
    const later = verdict.verdict === 'incomplete'
      ? questionsFor(ruleSet, situation, now, this.settings).filter((g) => g.id !== group.id && g.questions.some((q) => !skipped.has(q.key))).length
      : 0;
    return { questions, remaining: 1 + later };
  }

  /** Reads the current group's answers from the form (invalid or incomplete values are not answers). */
  #readLive(form: HTMLFormElement, group: PendingGroup): void {
    const key = this.#groupKey(group);
    const values: Situation = {};
    const filled = new Set<InputKey>();
    for (const q of this.#shown.key === key ? this.#shown.questions : group.questions) {
      if (!form.querySelector(`[name="${q.key}"]`)) continue;
      if (this.#holds(form, q)) filled.add(q.key);
      this.#read(form, q, (v) => { (values as Record<string, unknown>)[q.key] = v; });
    }
    this.#live = { key, values, filled };
  }

  /** An input or change in the form: the questions still needed are recomputed; those that appear or go are announced. */
  #onLiveInput(e: Event, group: PendingGroup): void {
    const form = e.currentTarget as HTMLFormElement;
    const before = this.#shown.key === this.#groupKey(group) ? this.#shown.questions : group.questions;
    this.#readLive(form, group);
    const after = this.#liveGroup(group).questions;
    const lang = this.#t.code;
    const gone = before.filter((q) => !after.some((a) => a.key === q.key)).map((q) => q.label[lang]);
    const added = after.filter((q) => !before.some((b) => b.key === q.key)).map((q) => q.label[lang]);
    const optional = after.filter((q) => !q.required && before.some((b) => b.key === q.key && b.required)).map((q) => q.label[lang]);
    const parts = [
      gone.length ? this.#t.term('eligibilityAnnounceGone', gone.join(' ; ')) : '',
      optional.length ? this.#t.term('eligibilityAnnounceOptional', optional.join(' ; ')) : '',
      added.length ? this.#t.term('eligibilityAnnounceAdded', added.join(' ; ')) : '',
    ].filter(Boolean);
    if (parts.length) this._announce = parts.join(' ');
    this.requestUpdate();
  }

  /** Whether the field of `q` holds anything (a choice, a date, "en cours", text, even an invalid one). */
  #holds(form: HTMLFormElement, q: Question): boolean {
    const all = [...form.querySelectorAll<HTMLInputElement>(`[name="${q.key}"]`)];
    if (form.querySelector<HTMLInputElement>(`[name="${q.key}-ongoing"]`)?.checked) return true;
    return all.some((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value.trim() !== '' || !!i.validity?.badInput));
  }

  /** The "required" message of a question by its type. */
  #requiredMessage(q: Question): string {
    const t = this.#t;
    switch (q.type) {
      case 'boolean': case 'choice': return t.term('eligibilityRequiredChoice');
      case 'multi-choice': return t.term('eligibilityRequiredChoices');
      case 'date': return t.term('eligibilityRequiredDate');
      case 'date-or-ongoing': return t.term('eligibilityRequiredDateOrOngoing');
      default: return t.term('eligibilityRequiredText');
    }
  }

  /** Reads one question from the form; calls `set` with the value when answered; returns an error message or ''. */
  #read(form: HTMLFormElement, q: Question, set: (v: unknown) => void): string {
    const t = this.#t;
    const all = [...form.querySelectorAll<HTMLInputElement>(`[name="${q.key}"]`)];
    const required = q.required;
    switch (q.type) {
      case 'boolean':
      case 'choice': {
        const select = all[0] instanceof HTMLSelectElement ? all[0] : undefined;
        if (select) {
          if (select.value) set(select.value);
          return !select.value && required ? t.term('eligibilityRequiredChoice') : '';
        }
        const checked = all.find((i) => i.checked);
        if (checked) set(q.type === 'boolean' ? checked.value === 'true' : checked.value);
        return !checked && required ? t.term('eligibilityRequiredChoice') : '';
      }
      case 'multi-choice': {
        const checked = all.filter((i) => i.checked).map((i) => i.value);
        if (checked.length) set(checked);
        return !checked.length && required ? t.term('eligibilityRequiredChoices') : '';
      }
      case 'date':
      case 'date-or-ongoing': {
        const input = all[0];
        const ongoing = form.querySelector<HTMLInputElement>(`[name="${q.key}-ongoing"]`)?.checked;
        if (ongoing && (input.value || input.validity.badInput)) return t.term('eligibilityDateAndOngoing');
        if (ongoing) { set(null); return ''; }
        if (input.value && isCalendarDate(input.value)) {
          const now = this.#now()!;
          const [min, max] = this.#dateBounds();
          if (input.value < min || input.value > max) return t.term('eligibilityDateRange', this.#date(min), this.#date(max));
          if (q.key === 'missionStart' && input.value > now) return t.term('eligibilityStartFuture', this.#date(now));
          set(input.value);
          return '';
        }
        if (!input.value && !input.validity.badInput && !required) return '';
        return t.term(q.type === 'date' ? 'eligibilityRequiredDate' : 'eligibilityRequiredDateOrOngoing');
      }
      case 'number': {
        const input = all[0];
        const raw = input.value.trim();
        if (!raw && !input.validity.badInput) return required ? t.term('eligibilityRequiredText') : '';
        const n = Number(raw);
        const min = q.min ?? 0; // daysPerWeek: 0.5 (INPUTS), never 0
        const max = q.max ?? Number.MAX_SAFE_INTEGER;
        if (!raw || !Number.isFinite(n) || n < min || n > max) return t.term('eligibilityInvalidNumber', this.#num(min), this.#num(max));
        const step = q.step ?? 1;
        if (Math.abs((n - min) / step - Math.round((n - min) / step)) > 1e-9) return t.term('eligibilityInvalidStep', this.#num(step));
        set(n);
        return '';
      }
      default: {
        const v = (all[0]?.value ?? '').trim().slice(0, q.maxLength ?? Infinity);
        if (v) set(v);
        return !v && required ? t.term('eligibilityRequiredText') : '';
      }
    }
  }

  #previous(): void {
    const steps = this._steps;
    const last = steps[steps.length - 1];
    if (!last) return;
    this._steps = steps.slice(0, -1);
    this._situation = last.before;
    this.#draft = { ...this.#draft, ...last.values };
    this._errors = new Map();
    this.#afterMove(false);
  }

  #restartClicked(): void {
    if (!this._steps.length && this.#prefill) {
      // The prefill alone decided: ask everything again, prefilled values selected.
      this.#ignorePrefill = true;
      this.#restart({ ...this.#prefill });
    } else this.#restart({});
    this.#afterMove(false);
  }

  #afterMove(fire: boolean): void {
    this.#live = undefined;
    this.#compute();
    const decisive = isDecisive(this.#view?.verdict);
    this.#focus = decisive ? 'verdict' : 'legend';
    this.#fire = fire && decisive;
  }

  #focusField(e: Event, key: InputKey): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[name="${key}"]`)?.focus();
  }

  // ---------------------------------------------------------------- render

  #num(n: number): string {
    return new Intl.NumberFormat(this.#t.code === 'en' ? 'en-GB' : 'fr-FR').format(n);
  }

  /** Accepted mission dates: from 1 January 2015 to ten years after `now`. */
  #dateBounds(): [CalendarDate, CalendarDate] {
    return [`${FIRST_SESSION_YEAR}-01-01` as CalendarDate, addMonths(this.#now()!, 12 * YEARS_AHEAD)];
  }

  /** `2027-05-03` → `3 mai 2027` / `3 May 2027` (`1er` for the first day in French). */
  #date(d: CalendarDate): string {
    return formatCalendarDate(d, this.#t.code);
  }

  /** A window as `du 3 au 28 mai 2027` / `from 3 to 28 May 2027` (month and year given once when shared). */
  #window(opens: CalendarDate, closes: CalendarDate): string {
    const en = this.#t.code === 'en';
    const lang = this.#t.code;
    const day = (d: CalendarDate) => (!en && d.endsWith('-01') ? '1er' : String(Number(d.slice(8))));
    const monthOnly = (d: CalendarDate) => new Intl.DateTimeFormat(en ? 'en-GB' : 'fr-FR', { month: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    const sameYear = opens.slice(0, 4) === closes.slice(0, 4);
    const first = opens.slice(0, 7) === closes.slice(0, 7) ? day(opens)
      : sameYear ? `${day(opens)} ${monthOnly(opens)}` : formatCalendarDate(opens, lang);
    const last = formatCalendarDate(closes, lang);
    return en ? `from ${first} to ${last}` : `du ${first} au ${last}`;
  }

  #verdictTitle(v: Verdict): string {
    const name = programmeLabel(v.programme)[this.#t.code];
    if (v.verdict === 'eligible') return this.#t.term('eligibilityEligible', name);
    if (v.verdict === 'ineligible' && v.onlyTiming) return this.#t.term('eligibilityOnlyTiming', name);
    if (isVolunteerOnly(v)) return this.#t.term('eligibilityVolunteerTitle');
    if (isRedirect(v) && v.redirect) return this.#t.term(`eligibilityFallsUnder_${v.redirect.to}`);
    return this.#t.term('eligibilityIneligible', name);
  }

  /** The link of a redirect target, when it is safe (see the class doc); warns once per unsafe attribute. */
  #href(target: RedirectTarget, fallback = true): string | undefined {
    const attr = TARGET_ATTRIBUTE[target];
    const candidates: Array<[string, string | undefined]> = [
      [`redirectHrefs.${target}`, this.redirectHrefs?.[target]],
      [attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), this[attr]],
      ...(fallback ? [['redirect-href', this.redirectHref]] as Array<[string, string | undefined]> : []),
    ];
    const found = candidates.find(([, v]) => v);
    if (!found) return undefined;
    const [name, value] = found as [string, string];
    if (isSafeHref(value)) return value;
    if (!this.#warned.has(name)) {
      this.#warned.add(name);
      console.warn(`<intra-eligibility> lien refusé (seuls http(s), /chemin et chemins relatifs) / link refused (only http(s), /path and relative paths): ${name}`);
    }
    return undefined;
  }

  override render(): TemplateResult {
    // The language of the element's own texts, for screen readers (French source titles carry lang="fr").
    return html`<div class="root" lang=${this.#t.code}>${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult {
    const t = this.#t;
    if (this.#ruleSetError !== undefined && isProgramme(this.programme) && !this.#ruleSet()) {
      return this.#renderError(t.term('eligibilityRulesLoadError', this.programme), undefined, nothing, 'rules');
    }
    if (!this.#ruleSet()) return this.#renderError(t.term('eligibilityBadProgramme', this.programme ?? ''));
    if (!this.#now()) {
      const [min, max] = [this.#date(EARLIEST_NOW), this.#date(LATEST_NOW)];
      return this.#renderError(this.now ? t.term('eligibilityBadNow', this.now, min, max) : t.term('eligibilityBadToday', localToday(), min, max));
    }
    const error = this.#data.error;
    if (this.#data.status === 'error' && error) return this.#renderLoadError(error);
    const view = this.#view;
    if (!view) return html`<p class="state" part="status" role="status" tabindex="-1">${t.term('eligibilityLoading')}</p>`;
    const group = view.pending[0];
    return html`
      <div class="wrap">
        <p class="sr-only" role="status" aria-live="polite">${this._announce}</p>
        ${isDecisive(view.verdict) || !group ? this.#renderVerdict(view.verdict) : keyed(this.#groupKey(group), this.#renderForm(group))}
      </div>`;
  }

  #renderError(message: string, title = this.#t.term('eligibilityErrorTitle'), extra: unknown = nothing, retry: boolean | 'rules' = false): TemplateResult {
    return html`
      <div class="alert error" part="error" role="alert" tabindex="-1">
        <p class="alert-title">${title}</p>
        <p>${message}</p>
        ${extra}
        ${retry ? html`<p class="alert-actions"><button type="button" class="btn sm" @click=${() => { this.#refocusAfterRetry = true; if (retry === 'rules') this.requestUpdate(); else this.#data.retry(); }}>${this.#t.term('eligibilityRetry')}</button></p>` : nothing}
      </div>`;
  }

  #renderLoadError(error: DataLoadError): TemplateResult {
    const lang = this.#t.code;
    const issues = error.kind === 'invalid' ? (error.detail.rejected?.[0]?.issues ?? []) : [];
    return this.#renderError(
      issues.length > 1 ? this.#t.term('eligibilityPrefillIssues') : error[lang],
      this.#t.term(error.kind === 'invalid' ? 'eligibilityPrefillErrorTitle' : 'eligibilityErrorTitle'),
      issues.length > 1 ? html`<ul>${issues.map((i) => html`<li>${i[lang]}</li>`)}</ul>` : nothing,
      error.source !== 'property', // data set by code: its caller fixes it, a retry cannot
    );
  }

  #renderForm(group: PendingGroup): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const { questions, remaining } = this.#liveGroup(group);
    this.#shown = { key: this.#groupKey(group), questions };
    const n = this._steps.length + 1;
    const total = this._steps.length + remaining;
    const errors = this._errors;
    const last = remaining === 1;
    return html`
      <p class="step-count" part="progress">${t.term('eligibilityStep', n, total)}</p>
      <div class="progress" aria-hidden="true">${Array.from({ length: total }, (_, i) => html`<span class=${i < n ? 'done' : ''}></span>`)}</div>
      ${errors.size ? html`
        <div class="alert error summary" part="error-summary" role="alert" tabindex="-1">
          <p class="alert-title">${t.term('eligibilityErrorSummary', errors.size)}</p>
          <ul>${[...errors].map(([k, msg]) => html`<li><a href="#f-${k}" @click=${(e: Event) => this.#focusField(e, k)}>${questions.find((q) => q.key === k)?.label[lang]} — ${msg}</a></li>`)}</ul>
        </div>` : nothing}
      <form part="form" novalidate @submit=${(e: SubmitEvent) => this.#onSubmit(e, group)}
        @input=${(e: Event) => this.#onLiveInput(e, group)} @change=${(e: Event) => this.#onLiveInput(e, group)}>
        <fieldset class="group">
          <legend part="legend" tabindex="-1">${group.label[lang]}</legend>
          <div class="questions">${repeat(questions, (q) => q.key, (q) => this.#renderQuestion(q))}</div>
        </fieldset>
        <div class="actions" part="actions">
          ${this._steps.length ? html`<button type="button" class="btn secondary" @click=${this.#previous}>${t.term('eligibilityPrevious')}</button>` : nothing}
          <button type="submit" class="btn">${t.term(last ? 'eligibilityResult' : 'eligibilityNext')}</button>
        </div>
      </form>`;
  }

  #renderQuestion(q: Question): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const k = q.key;
    const error = this._errors.get(k);
    const draft = this.#draft[k] as unknown;
    const label = html`${nbsp(q.label[lang], lang)}${q.required ? nothing : html` <span class="optional">${t.term('eligibilityOptional')}</span>`}`;
    const errorText = error ? html`<p class="error-text" id="e-${k}">${error}</p>` : nothing;
    const hintText = q.help ? q.help[lang] : q.type === 'number' && q.unit
      ? (q.max !== undefined ? t.term('eligibilityRange', this.#num(q.min ?? 0), this.#num(q.max), q.unit[lang]) : t.term('eligibilityUnit', q.unit[lang]))
      : '';
    const hint = hintText ? html`<span class="hint" id="h-${k}">${hintText}</span>` : nothing;
    const describedBy = [hintText ? `h-${k}` : '', error ? `e-${k}` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : nothing;
    const cls = `question${error ? ' group-error' : ''}`;

    if (q.type === 'choice' && (q.choices?.length ?? 0) > MAX_RADIOS) {
      return html`
        <div class="field ${cls} select-row">
          <label for="f-${k}">${label}${hint}</label>
          <select id="f-${k}" name=${k} ?required=${q.required} aria-invalid=${invalid} aria-describedby=${describedBy}>
            <option value="" ?selected=${typeof draft !== 'string'}>${t.term('eligibilityChoose')}</option>
            ${(q.choices ?? []).map((c) => html`<option value=${c.value} ?selected=${draft === c.value}>${c.label[lang]}</option>`)}
          </select>
          ${errorText}
        </div>`;
    }
    if (q.type === 'boolean' || q.type === 'choice' || q.type === 'multi-choice') {
      const multi = q.type === 'multi-choice';
      const options = q.type === 'boolean'
        ? [{ value: 'true', label: t.term('eligibilityYes'), on: draft === true }, { value: 'false', label: t.term('eligibilityNo'), on: draft === false }]
        : (q.choices ?? []).map((c) => ({ value: c.value, label: c.label[lang], on: multi ? Array.isArray(draft) && draft.includes(c.value) : draft === c.value }));
      return html`
        <fieldset class=${cls} aria-describedby=${describedBy} aria-invalid=${invalid}>
          <legend>${label}${hint}</legend>
          <div class="choices${q.type === 'boolean' ? ' inline' : ''}">
            ${options.map((o, i) => html`
              <div class="choice">
                <input type=${multi ? 'checkbox' : 'radio'} id=${i ? `f-${k}-${i}` : `f-${k}`} name=${k} .value=${o.value} .checked=${o.on}
                  ?required=${q.required && !multi} aria-describedby=${error ? `e-${k}` : nothing} />
                <label for=${i ? `f-${k}-${i}` : `f-${k}`}>${o.label}</label>
              </div>`)}
          </div>
          ${errorText}
        </fieldset>`;
    }
    if (q.type === 'date-or-ongoing') {
      return html`
        <fieldset class=${cls} aria-describedby=${describedBy} aria-invalid=${invalid}>
          <legend>${label}${hint}</legend>
          <div class="date-row">
            <input type="date" id="f-${k}" name=${k} .value=${typeof draft === 'string' ? draft : ''} aria-label=${q.label[lang]}
              min=${this.#dateBounds()[0]} max=${this.#dateBounds()[1]}
              aria-invalid=${invalid} aria-describedby=${error ? `e-${k}` : nothing} />
          </div>
          <span class="ongoing-or">${t.term('eligibilityOngoingOr')}</span>
          <div class="choice ongoing">
            <input type="checkbox" id="f-${k}-ongoing" name="${k}-ongoing" .checked=${draft === null} />
            <label for="f-${k}-ongoing">${q.ongoingLabel?.[lang] ?? ''}</label>
          </div>
          ${errorText}
        </fieldset>`;
    }
    const input = q.type === 'number'
      ? html`<div class="number-row"><input type="number" id="f-${k}" name=${k} inputmode="decimal" min=${q.min ?? nothing} max=${q.max ?? nothing} step=${q.step ?? nothing}
          .value=${typeof draft === 'number' ? String(draft) : ''} ?required=${q.required} aria-invalid=${invalid} aria-describedby=${describedBy} />
          ${q.unit ? html`<span aria-hidden="true">${q.unit[lang]}</span>` : nothing}</div>`
      : q.type === 'date'
        ? html`<input type="date" id="f-${k}" name=${k} .value=${typeof draft === 'string' ? draft : ''} min=${this.#dateBounds()[0]}
          max=${k === 'missionStart' ? this.#now()! : this.#dateBounds()[1]} ?required=${q.required} aria-invalid=${invalid} aria-describedby=${describedBy} />`
        : html`<input type="text" id="f-${k}" name=${k} .value=${typeof draft === 'string' ? draft : ''} maxlength=${q.maxLength ?? nothing}
          ?required=${q.required} aria-invalid=${invalid} aria-describedby=${describedBy} />`;
    return html`
      <div class="field ${cls}">
        <label for="f-${k}">${label}${hint}</label>
        ${input}
        ${errorText}
      </div>`;
  }

  #renderSource(s: Source): TemplateResult {
    // Source pages are French: marked as such when the element speaks English.
    return html`<span lang=${this.#t.code === 'fr' ? nothing : 'fr'}><a href=${s.url}>${s.title}</a> (${s.section})</span>`;
  }

  /** One criterion; `brief`: without its message and threshold (the verdict's lead already gives them). */
  #renderCriterion(c: Criterion | FailedCriterion, failed: boolean, brief = false): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    return html`
      <li class="criterion" part="criterion" data-code=${c.code}>
        <p class="criterion-label">${c.label[lang]}</p>
        ${failed && !brief ? html`<p>${c.message[lang]}</p>` : nothing}
        <dl class="facts">
          <dt>${t.term('eligibilityYourValue')}</dt><dd>${c.valueText[lang]}</dd>
          ${brief ? nothing : html`<dt>${t.term('eligibilityThreshold')}</dt><dd>${c.thresholdText[lang]}</dd>`}
          <dt>${t.term('eligibilitySource')}</dt><dd>${this.#renderSource(c.source)}</dd>
        </dl>
      </li>`;
  }

  /** The programme a redirect points to, named in a sentence ("L’accompagnement de carrière peut vous accompagner."), linked when a safe link is set. */
  #renderTarget(target: RedirectTarget): TemplateResult {
    const name = this.#t.term(`eligibilityTarget_${target}`);
    const href = this.#href(target);
    return html`<p>${href ? html`<a href=${href}>${name}</a>` : html`<strong>${name}</strong>`} ${this.#t.term('eligibilityTargetCanHelp')}</p>`;
  }

  /** An offer's link after its message (the message already names the offer: nothing is added without a link). */
  #renderOffer(target: RedirectTarget): TemplateResult | typeof nothing {
    const href = this.#href(target);
    return href ? html` ${this.#t.term('eligibilityOfferLink')} <a href=${href}>${this.#t.term(`eligibilityTarget_${target}`)}</a>.` : nothing;
  }

  /** The application window a timing-only verdict points to. */
  #nextWindow(v: Verdict): string {
    if (v.verdict !== 'ineligible') return '';
    const change = v.counterfactual.changes.find((c) => c.kind === 'target_session');
    const th = v.failed[0]?.threshold as { opens?: CalendarDate; closes?: CalendarDate } | null;
    const w = change?.kind === 'target_session' ? { opens: change.opens, closes: change.closes } : th;
    return w?.opens && w.closes ? this.#window(w.opens, w.closes) : '';
  }

  #renderLead(v: Verdict): TemplateResult | typeof nothing {
    const t = this.#t;
    if (v.verdict === 'eligible') return html`<p>${t.term('eligibilityEligibleLead')}</p>`;
    if (v.verdict !== 'ineligible') return nothing;
    if (v.onlyTiming) return html`<p>${t.term('eligibilityOnlyTimingLead', this.#nextWindow(v))}</p>`;
    if (isVolunteerOnly(v)) return html`<p>${t.term('eligibilityVolunteerLead')}</p>`;
    return html`<p>${t.term('eligibilityIneligibleLead', v.failed.length)}</p>`;
  }

  #renderNextStep(v: Verdict): TemplateResult | typeof nothing {
    if (v.verdict !== 'eligible' || !v.nextStep) return nothing;
    const t = this.#t;
    const href = this.#href('certification_rs6247', false);
    return html`
      <div class="next-step" part="next-step">
        ${this.#subHeading(t.term('eligibilityNextStep'))}
        <p>${v.nextStep[t.code]}</p>
        ${href ? html`<p><a class="btn" href=${href}>${t.term('eligibilityApply')}</a></p>` : nothing}
      </div>`;
  }

  #renderVerdict(v: Verdict): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const ok = v.verdict === 'eligible';
    const no = v.verdict === 'ineligible' ? v : undefined;
    const redirect = !!no && isRedirect(no);
    const soft = v.verdict === 'ineligible' && (v.onlyTiming || isVolunteerOnly(v) || redirect);
    // Timing only, or "no" to a programme for volunteers: not a harsh "not eligible"; the reasons stay below.
    // Timing only: the window is said once, in the lead under the title (the next step itself); the criterion keeps
    // its title ("Période de candidature : pas encore ouverte"), the date of today and its source.
    const cfTitle = v.verdict !== 'ineligible' ? '' : t.term(v.onlyTiming ? 'eligibilityNextStep'
      : v.counterfactual.kind === 'impossible' ? 'eligibilityCounterfactualImpossible'
      : v.counterfactual.kind === 'redirect' ? 'eligibilityCounterfactualRedirect' : 'eligibilityCounterfactual');
    // A sentence is said once: the counterfactual is left out when a failed criterion already says it.
    const cfRepeats = !!no && no.failed.some((f) => f.message[lang] === no.counterfactual[lang]);
    return html`
      <section class="verdict" part="verdict" aria-labelledby="verdict-title">
        <div class="alert ${ok ? 'success' : soft ? 'info' : 'warning'}">
          ${this.#title(isDecisive(v) ? this.#verdictTitle(v) : programmeLabel(v.programme)[lang])}
          ${redirect && no ? html`<p>${no.failed.map((f) => f.message[lang]).join(' ')}</p>` : this.#renderLead(v)}
        </div>
        ${this.#renderNextStep(v)}
        ${no && redirect ? html`
          <div class="redirect counterfactual" part="counterfactual">
            ${this.#subHeading(t.term('eligibilityCounterfactualRedirect'))}
            <div part="redirect">${this.#renderTarget(no.redirect!.to)}</div>
            <p class="hint">${t.term('eligibilitySource')} ${this.#renderSource(no.failed[0].source)}</p>
          </div>` : nothing}
        ${no && !redirect ? html`
          <ul class="criteria">${no.failed.map((f) => this.#renderCriterion(f, true, no.onlyTiming))}</ul>
          ${no.onlyTiming ? nothing : html`
          <div class="counterfactual" part="counterfactual">
            ${cfRepeats ? html`<p class="cf-title">${cfTitle}.</p>` : html`${this.#subHeading(cfTitle)}<p>${no.counterfactual[lang]}</p>`}
          </div>`}` : nothing}
        ${v.redirect && !redirect ? html`
          <div class="redirect" part="redirect">
            ${this.#subHeading(t.term('eligibilityRedirectTitle'))}
            ${no && v.redirect.reason[lang] === no.counterfactual[lang] ? nothing : html`<p>${v.redirect.reason[lang]}</p>`}
            ${this.#renderTarget(v.redirect.to)}
          </div>` : nothing}
        ${v.suggestions.length ? html`
          <div>
            ${this.#subHeading(t.term('eligibilitySuggestions'))}
            <ul class="suggestions">${v.suggestions.map((s) => html`
              <li data-code=${s.code}>${s.message[lang]}${s.offer ? this.#renderOffer(s.offer) : nothing} <span class="hint">${t.term('eligibilitySource')} ${this.#renderSource(s.source)}</span></li>`)}</ul>
          </div>` : nothing}
        ${v.met.length ? html`
          <details>
            <summary>${t.term('eligibilityMet', v.met.length)}</summary>
            <ul class="criteria">${v.met.map((c) => this.#renderCriterion(c, false))}</ul>
          </details>` : nothing}
        <div class="actions" part="actions">
          ${this._steps.length ? html`<button type="button" class="btn secondary" @click=${this.#previous}>${t.term('eligibilityPrevious')}</button>` : nothing}
          <button type="button" class="btn tertiary" @click=${this.#restartClicked}>${t.term('eligibilityRestart')}</button>
        </div>
      </section>`;
  }
}
