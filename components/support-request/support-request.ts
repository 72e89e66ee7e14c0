import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Imported from the modules themselves, not src/index.ts: the element's bundle holds the support schema and the
// eligibility engine only.
import {
  EMAIL_PATTERN, PREFERRED_CONTACTS, PREFERRED_CONTACT_LABELS, SUPPORT_FIELD_LABELS, SUPPORT_KINDS, SUPPORT_KIND_FIELDS,
  SUPPORT_KIND_LABELS, SUPPORT_LIMITS, SUPPORT_TOPICS, DEFAULT_MIN_FILL_TIME_MS, eligibilityFor, mailtoFor, situationFromRequest,
  validateSupportRequest, SUPPORT_REFERENCE_PATTERN, type PreferredContact, type SupportField, type SupportKind, type SupportMailto, type SupportRequest,
  type SupportTopic,
} from '../../src/support/index.js';
import {
  EARLIEST_NOW as ELIGIBILITY_EARLIEST_NOW, LATEST_NOW as ELIGIBILITY_LATEST_NOW, TOPIC_LABELS,
  type EligibilitySettings, type Situation as EligibilitySituation, type RedirectTarget, type Verdict,
} from '../../src/eligibility/index.js';
import { isCalendarDate, type CalendarDate } from '../../src/shared/dates.js';
import type { Issue } from '../../src/shared/issues.js';
import { IntraElement } from '../shared/base.js';
import { IntraLocalize } from '../shared/i18n.js';
import { isSafeHref } from '../shared/urls.js';
import { alertStyles, baseStyles, buttonStyles, fieldStyles } from '../shared/styles.js';
import { choiceStyles } from '../shared/choice-styles.js';
import type { EligibilityMessages } from '../eligibility/eligibility.i18n.js';
import '../eligibility/eligibility.i18n.js'; // the programme names and "Votre demande relève de…" (one wording)
import type { SupportRequestMessages } from './support-request.i18n.js';
import './support-request.i18n.js';
import { supportRequestStyles } from './support-request.styles.js';
import { IntraQueuedEvent, IntraRejectedEvent, IntraSentEvent, IntraSubmitEvent } from './support-request.events.js';
import {
  clearDraft, dequeue, deliver, enqueue, newIdempotencyKey, pruneQueue, readDraft, readQueue, saveDraft, type QueuedRequest, type RetryPolicy,
} from './delivery.js';

/** The form's text fields, in display order. */
type TextField = 'name' | 'email' | 'homeAdministration' | 'startup' | 'summary' | 'message';
/** Every field that can carry an error, in display order (error summary, focus on the first invalid one). */
type ErrorKey = 'kind' | TextField | 'topics' | 'preferredContact' | 'handling';
const FIELD_ORDER: readonly ErrorKey[] = ['kind', 'name', 'email', 'homeAdministration', 'startup', 'topics', 'preferredContact', 'summary', 'message', 'handling'];

/** The values of the form (what a draft keeps: never the consent, the honeypot or the key). */
interface Values {
  kind?: SupportKind;
  name: string;
  email: string;
  homeAdministration: string;
  startup: string;
  topics: SupportTopic[];
  preferredContact?: PreferredContact;
  summary: string;
  message: string;
  followUp: boolean;
}

const EMPTY: Values = { name: '', email: '', homeAdministration: '', startup: '', topics: [], summary: '', message: '', followUp: false };

/** The prefill a host may set (`prefill` property): any field of the form. */
export type SupportPrefill = Partial<Pick<SupportRequest, 'kind' | 'name' | 'email' | 'homeAdministration' | 'startup' | 'topics' | 'preferredContact' | 'summary' | 'message'>>;

/** What the element shows. */
export type SupportRequestView = 'error' | 'precheck' | 'form' | 'sending' | 'waiting' | 'sent' | 'handed' | 'rejected' | 'mailto';

/** Which per-target attribute gives the link of a better-fitting programme (as `<intra-eligibility>`). */
const TARGET_ATTRIBUTE: Record<RedirectTarget, 'hrefCoaching' | 'hrefClinic' | 'hrefHrSupport' | 'hrefCertification' | 'hrefGroupeSoutien'> = {
  accompagnement_carriere: 'hrefCoaching',
  clinique_situations_difficiles: 'hrefClinic',
  retrospective_cloture: 'hrefClinic',
  courrier_soutien: 'hrefHrSupport',
  saisine_drh_numerique: 'hrefHrSupport',
  certification_rs6247: 'hrefCertification',
  groupe_soutien: 'hrefGroupeSoutien',
};

const DEFAULT_HEADING_LEVEL = 2;
/** Requests being delivered by an element of this page (one sender per key, whatever the number of elements). */
const inFlight = new Set<string>();

/** Today's calendar date in the visitor's time zone (`YYYY-MM-DD`). */
function today(): CalendarDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as CalendarDate;
}

const isKind = (k: unknown): k is SupportKind => (SUPPORT_KINDS as readonly unknown[]).includes(k);
const isTopic = (t: unknown): t is SupportTopic => (SUPPORT_TOPICS as readonly unknown[]).includes(t);
const isContact = (c: unknown): c is PreferredContact => (PREFERRED_CONTACTS as readonly unknown[]).includes(c);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const number = (v: number | undefined, fallback: number, min = 0) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback);

/** An ineligible verdict whose failure is a question of scope: another programme fits (a redirect). */
const redirectOf = (v: Verdict | undefined) => (v?.verdict === 'ineligible' && v.redirect ? v.redirect : undefined);

/** A heading of level `n` (1–6). */
function heading(n: number, content: string, cls: string, id?: string, part?: string): TemplateResult {
  const tab = id ? '-1' : nothing;
  const i = id ?? nothing;
  const p = part ?? nothing;
  switch (n) {
    case 1: return html`<h1 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h1>`;
    case 2: return html`<h2 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h2>`;
    case 3: return html`<h3 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h3>`;
    case 4: return html`<h4 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h4>`;
    case 5: return html`<h5 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h5>`;
    default: return html`<h6 class=${cls} id=${i} part=${p} tabindex=${tab}>${content}</h6>`;
  }
}

/**
 * `<intra-support-request>`: a support request to the intras' support team — the difficult-situations clinic, a
 * support letter, a referral to the DRH du numérique, career coaching — that is never lost, never sent twice and never
 * leaks (docs/support.md, decision 0032).
 *
 * **Before the form**, the programme's eligibility rules (`eligibilityFor`, the one engine of `src/eligibility/`, as
 * `<intra-eligibility>`) run on what is already known (`situation`, the prefill): when another programme fits better,
 * it is offered with its link ("Votre demande relève de…"), and the person may still continue here. The same check
 * runs on the topics ticked in the form (a polite notice, never a block).
 *
 * **Fields**, minimal and per kind (`SUPPORT_KIND_FIELDS`): name, e-mail, message, and as the kind needs: home
 * administration, start-up, topics, preferred contact, the referral's summary. Errors per field (named in an error
 * summary, the first invalid field focused). Consent per purpose (handling the request: required; a follow-up:
 * optional), with who reads it and how long it is kept; a confidentiality statement; no box ticked in advance.
 *
 * **Privacy**: no cookie, ever; nothing is stored and no request is made before the person opts in to a draft or
 * submits. The draft ("Garder un brouillon sur cet appareil") lives in `localStorage`, expires after `draft-days`
 * (7) and is deleted on a successful send or when the box is unticked.
 *
 * **Delivery**: a cancelable `intra-submit` first (a host may deliver the request itself and call `complete()`).
 * With `action`: the request is queued on the device (`localStorage`), then POSTed as JSON with an `Idempotency-Key`
 * made once per request; network errors, timeouts, 408, 429 (`Retry-After` honoured) and 5xx are retried with
 * exponential backoff and jitter — never other 4xx; offline, it waits for the connection ("En attente d’envoi") and is
 * sent on `online` or on the next page load. The receipt gives the reference the receiver returned. Without `action`:
 * a `mailto:` link to `mailto` with the text ready to send, and the text to copy.
 *
 * Spam defence without third parties: a honeypot field and a minimum fill time (`min-fill-time`: a quicker submit
 * is queued at once, then waits the remainder before sending; the receiver checks both). Queued requests for another
 * `action` are dropped after 30 days; a reference not of the form `R-2026-0042` is not shown (console warning).
 *
 * @summary Support request form for intrapreneurs: eligibility first, minimal fields, consent, drafts, and a delivery that never loses or duplicates a request.
 *
 * @fires intra-submit - Cancelable. The person sent a valid request: `detail.request` (with its `idempotencyKey`). `preventDefault()` to deliver it yourself.
 * @fires intra-queued - A try failed (offline, network, 408/429/5xx): the request waits on the device. `detail: { idempotencyKey, reason, status?, retryInMs? }`.
 * @fires intra-sent - The receiver stored the request. `detail: { reference, status: 'stored' | 'replayed', idempotencyKey, request }`.
 * @fires intra-rejected - The receiver refused the request for good (4xx). `detail: { status, error, fr, en, issues? }`.
 *
 * @csspart title - The heading of the form, the receipt or the waiting state (focused when the state changes).
 * @csspart confidentiality - The confidentiality statement.
 * @csspart precheck - The eligibility box shown before the form when another programme fits better.
 * @csspart redirect - The better-fitting programme (link).
 * @csspart error-summary - The list of errors above the form.
 * @csspart form - The form.
 * @csspart consent - The consent fieldset.
 * @csspart draft - The draft opt-in.
 * @csspart actions - The row of buttons.
 * @csspart status - The sending / waiting state.
 * @csspart receipt - The receipt.
 * @csspart reference - The reference number in the receipt.
 * @csspart recap - The summary of what was sent.
 * @csspart mailto - The e-mail fallback.
 * @csspart error - The error alert (bad attribute, refusal by the receiver).
 *
 * @cssprop [--intra-support-request-accent=var(--text-action-high-blue-france, #000091)] - Accent colour (boxes).
 * @cssprop [--intra-support-request-max-width=48rem] - Maximum width.
 * @cssprop [--intra-support-request-gap=1.5rem] - Vertical gap between fields.
 */
export class IntraSupportRequest extends IntraElement {
  static override styles = [baseStyles, buttonStyles, fieldStyles, choiceStyles, alertStyles, supportRequestStyles];

  /** Kind of request: `clinique_situations_difficiles` | `courrier_soutien` | `saisine_drh_numerique` | `accompagnement_carriere`; absent: the person chooses. */
  @property({ reflect: true }) kind?: string;

  /** URL the request is POSTed to as JSON (the reference receiver's `/requests`). Without it: the `mailto:` fallback. */
  @property() action?: string;

  /** E-mail address of the team, for the `mailto:` fallback (without `action`). */
  @property() mailto?: string;

  /** Level of the element's headings, 1–6 (default 2). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Date of the eligibility check, `YYYY-MM-DD` (default: today in the visitor's time zone). */
  @property() now?: string;

  /** What is already known of the person (an eligibility situation: `domaine`, `publicAgent`, `missionEnd`…). */
  @property({ attribute: false }) situation?: EligibilitySituation;

  /** Eligibility engine settings (see `EligibilitySettings`). */
  @property({ attribute: false }) settings?: EligibilitySettings;

  /** Prefill set by code (any field of the form); wins over the prefill attributes. */
  @property({ attribute: false }) prefill?: SupportPrefill;

  /** Prefill: the person's name. */
  @property({ attribute: 'prefill-name' }) prefillName?: string;
  /** Prefill: the person's e-mail address. */
  @property({ attribute: 'prefill-email' }) prefillEmail?: string;
  /** Prefill: home administration. */
  @property({ attribute: 'prefill-home-administration' }) prefillHomeAdministration?: string;
  /** Prefill: start-up. */
  @property({ attribute: 'prefill-startup' }) prefillStartup?: string;
  /** Prefill: topics, separated by commas or spaces (`management_equipe, evolution_carriere`). */
  @property({ attribute: 'prefill-topics' }) prefillTopics?: string;

  /** Minimum time between the form being shown and the request being sent, ms (default 3000, as the receiver). */
  @property({ attribute: 'min-fill-time', type: Number }) minFillTime = DEFAULT_MIN_FILL_TIME_MS;

  /** First retry delay, ms (default 1000); doubles on each try, with full jitter. */
  @property({ attribute: 'retry-base', type: Number }) retryBase = 1000;

  /** Largest backoff between tries, ms (default 60000); a `Retry-After` from the receiver is honoured as given (up to an hour). */
  @property({ attribute: 'retry-max', type: Number }) retryMax = 60_000;

  /** Time allowed to one try, ms (default 20000). */
  @property({ attribute: 'request-timeout', type: Number }) requestTimeout = 20_000;

  /** Days a draft is kept (default 7). */
  @property({ attribute: 'draft-days', type: Number }) draftDays = 7;

  /** Key of the draft in `localStorage` (default: the page's path); set it when a page has several forms. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** Months a request is kept by the team (shown with the consent; default 12, the receiver's `purge --older-than 365d`). */
  @property({ attribute: 'retention-months', type: Number }) retentionMonths = 12;

  /** Who reads the request (shown with the consent); default: per kind, the team and the coaches. */
  @property() readers?: string;

  /** Link of a better-fitting programme without a more specific link. */
  @property({ attribute: 'redirect-href' }) redirectHref?: string;
  /** Link to career coaching. */
  @property({ attribute: 'href-coaching' }) hrefCoaching?: string;
  /** Link to the difficult-situations clinic. */
  @property({ attribute: 'href-clinic' }) hrefClinic?: string;
  /** Link to HR support (support letter, referral to the DRH du numérique). */
  @property({ attribute: 'href-hr-support' }) hrefHrSupport?: string;
  /** Link to the RS6247 certification. */
  @property({ attribute: 'href-certification' }) hrefCertification?: string;
  /** Link to the community support group. */
  @property({ attribute: 'href-groupe-soutien' }) hrefGroupeSoutien?: string;
  /** Links by target (`{ accompagnement_carriere: '/coaching' }`); win over the attributes. */
  @property({ attribute: false }) redirectHrefs?: Partial<Record<RedirectTarget, string>>;

  @state() private _view: SupportRequestView = 'form';
  @state() private _values: Values = { ...EMPTY };
  @state() private _errors: ReadonlyMap<ErrorKey, string> = new Map();
  @state() private _draftOn = false;
  @state() private _handling = false;
  @state() private _precheckDismissed = false;
  @state() private _wait?: { reason: 'offline' | 'network' | 'http'; retryInMs?: number };
  @state() private _sent: Array<{ reference?: string; request?: SupportRequest }> = [];
  @state() private _rejected?: { fr: string; en: string };
  @state() private _mailto?: SupportMailto;
  @state() private _announce = '';

  readonly #t = new IntraLocalize<SupportRequestMessages & EligibilityMessages>(this);
  /** When the form was first shown (performance.now()), for the fill time. */
  #shownAt?: number;
  /** The current request's key: made once, kept across tries, refusals and corrections until it is stored. */
  #key?: string;
  #submitting = false;
  #focus?: 'title' | 'first-error' | 'summary';
  #abort?: AbortController;
  #wake?: () => void;
  #prefillApplied = false;
  readonly #warned = new Set<string>();

  /** What the element shows now (`form`, `sending`, `waiting`, `sent`, `mailto`…). */
  get view(): SupportRequestView {
    return this._view;
  }

  /** References returned by the receiver for the requests this element sent (latest last). */
  get references(): readonly string[] {
    return this._sent.flatMap((s) => (s.reference ? [s.reference] : []));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    this.#restoreDraft();
    // Requests queued on an earlier visit (offline, closed tab, reload mid-request): sent now, with their own key.
    if (this.action) {
      pruneQueue(this.#actionUrl());
      const pending = readQueue().filter((e) => e.action === this.#actionUrl());
      if (pending.length) {
        this._view = 'waiting';
        this._wait = navigator.onLine === false ? { reason: 'offline' } : undefined;
        void this.#flush(pending);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#prefillApplied || changed.has('prefill') || changed.has('prefillName') || changed.has('prefillEmail')
      || changed.has('prefillHomeAdministration') || changed.has('prefillStartup') || changed.has('prefillTopics') || changed.has('kind')) {
      this.#applyPrefill(!this.#prefillApplied);
      this.#prefillApplied = true;
    }
  }

  protected override updated(): void {
    if (this._view === 'form' && this.#shownAt === undefined) this.#shownAt = performance.now();
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus === 'title') this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    else if (focus === 'first-error') {
      const first = FIELD_ORDER.find((k) => this._errors.has(k));
      this.renderRoot.querySelector<HTMLElement>(`#f-${first}`)?.focus();
    }
  }

  /**
   * Shows the receipt after the host delivered the request itself (it cancelled `intra-submit`): with the reference
   * its service returned, or a plain "handed over" message without one. Clears the draft.
   */
  complete(reference?: string): void {
    clearDraft(this.#draftStorageKey());
    this._draftOn = false;
    if (reference) {
      this._sent = [...this._sent, { reference, ...(this.#lastRequest ? { request: this.#lastRequest } : {}) }];
      this._view = 'sent';
    } else this._view = 'handed';
    this.#key = undefined;
    this.#submitting = false;
    this.#focus = 'title';
  }

  // ---------------------------------------------------------------- state

  #kind(): SupportKind | undefined {
    return isKind(this.kind) ? this.kind : this._values.kind;
  }

  #choosing(): boolean {
    return !this.kind;
  }

  #level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
  }

  #now(): CalendarDate {
    const n = this.now && isCalendarDate(this.now) ? this.now : today();
    return (n < ELIGIBILITY_EARLIEST_NOW ? ELIGIBILITY_EARLIEST_NOW : n > ELIGIBILITY_LATEST_NOW ? ELIGIBILITY_LATEST_NOW : n) as CalendarDate;
  }

  #actionUrl(): string {
    return new URL(this.action!, document.baseURI).href;
  }

  #draftStorageKey(): string {
    return this.draftKey || location.pathname;
  }

  #policy(): RetryPolicy {
    return { baseMs: number(this.retryBase, 1000), maxMs: number(this.retryMax, 60_000, 1), timeoutMs: number(this.requestTimeout, 20_000, 1) };
  }

  #fields(kind: SupportKind | undefined): Set<SupportField> {
    if (!kind) return new Set();
    return new Set([...SUPPORT_KIND_FIELDS[kind].required, ...SUPPORT_KIND_FIELDS[kind].optional]);
  }

  #required(kind: SupportKind | undefined, f: SupportField): boolean {
    return !!kind && SUPPORT_KIND_FIELDS[kind].required.includes(f);
  }

  #applyPrefill(initial: boolean): void {
    const p = this.prefill ?? {};
    const topics = p.topics ?? (this.prefillTopics ?? '').split(/[\s,]+/).filter(Boolean);
    const v: Values = { ...this._values };
    const set = (k: TextField, value: unknown) => { if (typeof value === 'string' && value && (initial || !v[k])) v[k] = value; };
    set('name', p.name ?? this.prefillName);
    set('email', p.email ?? this.prefillEmail);
    set('homeAdministration', p.homeAdministration ?? this.prefillHomeAdministration);
    set('startup', p.startup ?? this.prefillStartup);
    set('summary', p.summary);
    set('message', p.message);
    if (Array.isArray(topics) && topics.length && (initial || !v.topics.length)) v.topics = [...new Set(topics.filter(isTopic))];
    if (isContact(p.preferredContact)) v.preferredContact = p.preferredContact;
    if (isKind(p.kind) && !v.kind) v.kind = p.kind;
    this._values = v;
  }

  /** The prefill alone (properties and attributes), for the check before the form. */
  #prefillValues(): Partial<Values> {
    const p = this.prefill ?? {};
    const topics = p.topics ?? (this.prefillTopics ?? '').split(/[\s,]+/).filter(Boolean);
    return {
      topics: (Array.isArray(topics) ? topics : []).filter(isTopic),
      homeAdministration: str(p.homeAdministration ?? this.prefillHomeAdministration),
      summary: str(p.summary),
    };
  }

  #restoreDraft(): void {
    const d = readDraft(this.#draftStorageKey());
    if (!d) return;
    const x = d.values;
    const v: Values = {
      kind: isKind(x.kind) ? x.kind : this._values.kind,
      name: str(x.name), email: str(x.email), homeAdministration: str(x.homeAdministration), startup: str(x.startup),
      topics: Array.isArray(x.topics) ? x.topics.filter(isTopic) : [], preferredContact: isContact(x.preferredContact) ? x.preferredContact : undefined,
      summary: str(x.summary), message: str(x.message), followUp: x.followUp === true,
    };
    this._values = v;
    this._draftOn = true;
    this._announce = this.#t.term('supportDraftRestored');
    this.#prefillApplied = true;
  }

  #saveDraft(): void {
    if (!this._draftOn) return;
    const { followUp: _f, ...values } = this._values;
    saveDraft(this.#draftStorageKey(), { ...values, followUp: false }, number(this.draftDays, 7, 0.001));
  }

  /** The eligibility verdict on what is known (situation, prefill or form values). */
  #verdict(kind: SupportKind | undefined, values: Partial<Values>): Verdict | undefined {
    if (!kind) return undefined;
    const known = situationFromRequest({
      kind, ...(values.topics?.length ? { topics: values.topics } : {}),
      ...(values.homeAdministration ? { homeAdministration: values.homeAdministration } : {}),
      ...(values.summary ? { summary: values.summary } : {}),
    });
    try {
      return eligibilityFor(kind, { ...(this.situation ?? {}), ...known }, this.#now(), this.settings).verdict;
    } catch {
      return undefined;
    }
  }

  // ---------------------------------------------------------------- handlers

  /** Text fields: on `input`. */
  #onInput(e: Event): void {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (target.type === 'checkbox' || target.type === 'radio') return;
    const name = target.name as TextField;
    if (!['name', 'email', 'homeAdministration', 'startup', 'summary', 'message'].includes(name)) return;
    this._values = { ...this._values, [name]: target.value };
    this.#saveDraft();
  }

  /** Checkboxes and radios: on `change`. */
  #onChange(e: Event): void {
    const target = e.target as HTMLInputElement;
    if (target.type !== 'checkbox' && target.type !== 'radio') return;
    const v = { ...this._values };
    if (target.name === 'kind' && isKind(target.value)) v.kind = target.value;
    else if (target.name === 'topics' && isTopic(target.value)) {
      const topic = target.value;
      v.topics = target.checked ? [...new Set([...v.topics, topic])] : v.topics.filter((x) => x !== topic);
    } else if (target.name === 'preferredContact' && isContact(target.value)) v.preferredContact = target.value;
    else if (target.name === 'followUp') v.followUp = target.checked;
    else if (target.name === 'handling') { this._handling = target.checked; return; }
    else if (target.name === 'draft') { this.#toggleDraft(target.checked); return; }
    else return;
    this._values = v;
    this.#saveDraft();
  }

  #toggleDraft(on: boolean): void {
    this._draftOn = on;
    if (on) this.#saveDraft();
    else clearDraft(this.#draftStorageKey());
  }

  /** Validates the form; returns the request, or sets the errors. */
  #validate(form: HTMLFormElement): SupportRequest | undefined {
    const t = this.#t;
    const kind = this.#kind();
    const v = this._values;
    const fields = this.#fields(kind);
    const errors = new Map<ErrorKey, string>();
    if (!kind) errors.set('kind', t.term('supportRequiredKind'));
    const text = (k: TextField, required: boolean, max: number) => {
      const value = v[k].trim();
      if (!value) { if (required) errors.set(k, t.term('supportRequired')); return; }
      if (value.length > max) errors.set(k, t.term('supportTooLong', max));
    };
    text('name', true, SUPPORT_LIMITS.name);
    text('email', true, SUPPORT_LIMITS.email);
    if (!errors.has('email') && v.email.trim() && !EMAIL_PATTERN.test(v.email.trim())) errors.set('email', t.term('supportInvalidEmail'));
    for (const f of ['homeAdministration', 'startup', 'summary'] as const) if (fields.has(f)) text(f, this.#required(kind, f), SUPPORT_LIMITS[f]);
    if (fields.has('topics') && this.#required(kind, 'topics') && !v.topics.length) errors.set('topics', t.term('supportRequiredTopics'));
    text('message', true, SUPPORT_LIMITS.message);
    if (!this._handling) errors.set('handling', t.term('supportRequiredConsent'));
    let request: SupportRequest | undefined;
    if (!errors.size && kind) {
      const at = new Date().toISOString();
      this.#key ??= newIdempotencyKey();
      const honeypot = (form.querySelector<HTMLInputElement>('[name="website"]')?.value ?? '');
      const candidate = {
        idempotencyKey: this.#key, kind, name: v.name.trim(), email: v.email.trim(),
        ...(fields.has('homeAdministration') && v.homeAdministration.trim() ? { homeAdministration: v.homeAdministration.trim() } : {}),
        ...(fields.has('startup') && v.startup.trim() ? { startup: v.startup.trim() } : {}),
        ...(fields.has('topics') && v.topics.length ? { topics: SUPPORT_TOPICS.filter((x) => v.topics.includes(x)) } : {}),
        ...(fields.has('preferredContact') && v.preferredContact ? { preferredContact: v.preferredContact } : {}),
        ...(fields.has('summary') && v.summary.trim() ? { summary: v.summary.trim() } : {}),
        message: v.message.trim(),
        consent: { handling: { given: true, at }, ...(v.followUp ? { followUp: { given: true, at } } : {}) },
        lang: t.code,
        ...(honeypot ? { honeypot } : {}),
      };
      const parsed = validateSupportRequest(candidate);
      if (parsed.ok) request = parsed.value;
      else this.#issuesToErrors(parsed.issues, errors);
    }
    this._errors = errors;
    if (errors.size) {
      this._announce = t.term('supportAnnounceErrors', errors.size);
      this.#focus = 'first-error';
    }
    return request;
  }

  #issuesToErrors(issues: readonly Issue[], errors: Map<ErrorKey, string>): void {
    const lang = this.#t.code;
    for (const i of issues) {
      const root = i.path.split('.')[0];
      const key: ErrorKey = root === 'consent' ? 'handling' : (FIELD_ORDER as readonly string[]).includes(root) ? root as ErrorKey : 'message';
      if (!errors.has(key)) errors.set(key, i.code === 'email' ? this.#t.term('supportInvalidEmail') : i[lang]);
    }
  }

  #lastRequest?: SupportRequest;

  async #onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.#submitting) return; // a double click, Enter pressed twice: one request
    const form = e.currentTarget as HTMLFormElement;
    const request = this.#validate(form);
    if (!request) return;
    this.#submitting = true;
    this._rejected = undefined;
    // Spam defence: a person who sends faster than the minimum fill time waits the remainder (bots posting at once
    // are refused by the receiver, which checks fillTimeMs). `fillTimeMs` is the time of the first try (the wait
    // included), so the request is complete — and queued — at once: a reload during the wait loses nothing.
    const min = number(this.minFillTime, DEFAULT_MIN_FILL_TIME_MS);
    const elapsed = performance.now() - (this.#shownAt ?? performance.now());
    const withTime: SupportRequest = { ...request, fillTimeMs: Math.round(Math.max(elapsed, min)) };
    this.#lastRequest = withTime;
    const event = new IntraSubmitEvent({ request: structuredClone(withTime) });
    if (!this.dispatchEvent(event)) {
      this._view = 'form';
      return; // the host delivers it (complete())
    }
    if (!this.action) {
      this.#showMailto(withTime);
      return;
    }
    const entry: QueuedRequest = { v: 1, action: this.#actionUrl(), request: withTime, queuedAt: Date.now() };
    enqueue(entry); // before the wait and the first try: a closed tab or a reload resends it, with the same key
    clearDraft(this.#draftStorageKey()); // the queue holds it now
    this._draftOn = false;
    if (elapsed < min) {
      this._view = 'sending';
      this.#focus = 'title';
      const signal = this.#abort!.signal;
      await new Promise<void>((r) => {
        const timer = setTimeout(r, min - elapsed);
        signal.addEventListener('abort', () => { clearTimeout(timer); r(); }, { once: true });
      });
      if (signal.aborted) return; // removed from the page: the queue sends it on the next load
    }
    this._view = navigator.onLine === false ? 'waiting' : 'sending';
    this._wait = navigator.onLine === false ? { reason: 'offline' } : undefined;
    this.#focus = 'title';
    await this.#flush([entry]);
  }

  /** Sends queued requests one after the other (the current one first). */
  async #flush(entries: readonly QueuedRequest[]): Promise<void> {
    const signal = this.#abort!.signal;
    for (const entry of entries) {
      const key = entry.request.idempotencyKey;
      if (inFlight.has(key)) continue;
      inFlight.add(key);
      try {
        const outcome = await deliver(entry, this.#policy(), {
          signal,
          wake: (fn) => { this.#wake = fn; },
          onTry: () => { if (this._view === 'waiting' && this._wait?.reason !== 'offline') this._wait = this._wait; },
          onWait: (info) => {
            const first = this._view !== 'waiting' || this._wait?.reason !== info.reason;
            this._view = 'waiting';
            this._wait = { reason: info.reason, ...(info.retryInMs !== undefined ? { retryInMs: info.retryInMs } : {}) };
            if (first) { this.#focus = 'title'; this._announce = this.#t.term('supportWaitingTitle'); }
            this.dispatchEvent(new IntraQueuedEvent({ idempotencyKey: key, reason: info.reason, ...(info.status !== undefined ? { status: info.status } : {}), ...(info.retryInMs !== undefined ? { retryInMs: info.retryInMs } : {}) }));
          },
        });
        if (outcome.kind === 'stopped') return;
        dequeue(key);
        if (outcome.kind === 'sent') {
          const reference = this.#checkedReference(outcome.reference);
          this._sent = [...this._sent, { reference, request: entry.request }];
          this.dispatchEvent(new IntraSentEvent({ ...(reference ? { reference } : {}), status: outcome.status, idempotencyKey: key, request: structuredClone(entry.request) }));
        } else {
          const b = outcome.body;
          const fr = typeof b.fr === 'string' ? b.fr : `Le service a refusé la demande (HTTP ${outcome.status}).`;
          const en = typeof b.en === 'string' ? b.en : `The service refused the request (HTTP ${outcome.status}).`;
          const issues = Array.isArray(b.issues) ? (b.issues as Issue[]).filter((i) => i && typeof i.path === 'string' && typeof i.fr === 'string' && typeof i.en === 'string') : undefined;
          this.dispatchEvent(new IntraRejectedEvent({ idempotencyKey: key, status: outcome.status, error: typeof b.error === 'string' ? b.error : `http_${outcome.status}`, fr, en, ...(issues ? { issues } : {}) }));
          if (key === this.#key || !this.#lastRequest) this.#restoreAfterRejection(entry.request, { fr, en }, issues);
        }
      } finally {
        inFlight.delete(key);
      }
    }
    if (this._view === 'sending' || this._view === 'waiting') {
      this._view = this._sent.length ? 'sent' : 'form';
      this._wait = undefined;
      this.#key = undefined;
      this.#submitting = false;
      this.#focus = 'title';
      const last = this._sent[this._sent.length - 1];
      if (last) this._announce = last.reference ? `${this.#t.term('supportSentTitle')} : ${last.reference}` : this.#t.term('supportSentTitle');
    }
  }

  /** A definitive refusal: the form again, with the request's values, the receiver's message and the field issues. */
  #restoreAfterRejection(r: SupportRequest, message: { fr: string; en: string }, issues?: readonly Issue[]): void {
    this._values = {
      kind: r.kind, name: r.name, email: r.email, homeAdministration: r.homeAdministration ?? '', startup: r.startup ?? '',
      topics: [...(r.topics ?? [])], preferredContact: r.preferredContact, summary: r.summary ?? '', message: r.message,
      followUp: !!r.consent.followUp?.given,
    };
    this.#key = r.idempotencyKey; // nothing was stored under it: the corrected request keeps it
    const errors = new Map<ErrorKey, string>();
    if (issues?.length) this.#issuesToErrors(issues, errors);
    this._errors = errors;
    this._rejected = message;
    this._view = 'rejected';
    this.#submitting = false;
    this.#focus = 'title';
  }

  /**
   * The reference to show: the server's, when it has the receiver's form `R-2026-0042` (SUPPORT_REFERENCE_PATTERN);
   * otherwise none (the receipt says "reçue" without a number) and a console warning — an element must not display
   * whatever text a proxy or a misconfigured server returned as a "reference".
   */
  #checkedReference(reference: string | undefined): string | undefined {
    if (reference === undefined || SUPPORT_REFERENCE_PATTERN.test(reference)) return reference;
    if (!this.#warned.has('reference')) {
      this.#warned.add('reference');
      console.warn('<intra-support-request> référence du serveur ignorée : format R-AAAA-NNNN attendu / server reference ignored: expected the R-YYYY-NNNN form');
    }
    return undefined;
  }

  #showMailto(request: SupportRequest): void {
    const to = this.mailto && EMAIL_PATTERN.test(this.mailto) ? this.mailto : undefined;
    if (this.mailto && !to && !this.#warned.has('mailto')) {
      this.#warned.add('mailto');
      console.warn('<intra-support-request> adresse mailto invalide, ignorée / invalid mailto address, ignored');
    }
    this._mailto = mailtoFor(request, to ?? 'equipe@example.invalid', this.#t.code);
    if (!to) this._mailto = { ...this._mailto, href: '' };
    this._view = 'mailto';
    this.#submitting = false;
    this.#focus = 'title';
  }

  #newRequest(): void {
    this._values = { ...EMPTY };
    this._handling = false;
    this._errors = new Map();
    this._rejected = undefined;
    this._mailto = undefined;
    this.#key = undefined;
    this.#submitting = false;
    this.#shownAt = undefined;
    this.#prefillApplied = false;
    this.#applyPrefill(true);
    this.#prefillApplied = true;
    this._view = 'form';
    this.#focus = 'title';
  }

  #editAfterRejection(): void {
    this._view = 'form';
    this.#focus = this._errors.size ? 'first-error' : 'title';
  }

  async #copy(): Promise<void> {
    const text = this._mailto ? `${this._mailto.subject}\n\n${this._mailto.body}` : '';
    try {
      await navigator.clipboard.writeText(text);
      this._announce = this.#t.term('supportCopied');
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#mailto-body');
      area?.focus();
      area?.select();
    }
    clearDraft(this.#draftStorageKey());
    this._draftOn = false;
  }

  /** The link of a target, when it is safe (as `<intra-eligibility>`): warns once per unsafe attribute. */
  #href(target: RedirectTarget): string | undefined {
    const attr = TARGET_ATTRIBUTE[target];
    const candidates: Array<[string, string | undefined]> = [
      [`redirectHrefs.${target}`, this.redirectHrefs?.[target]],
      [attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), this[attr]],
      ['redirect-href', this.redirectHref],
    ];
    const found = candidates.find(([, v]) => v);
    if (!found) return undefined;
    const [name, value] = found as [string, string];
    if (isSafeHref(value)) return value;
    if (!this.#warned.has(name)) {
      this.#warned.add(name);
      console.warn(`<intra-support-request> lien refusé (seuls http(s), /chemin et chemins relatifs) / link refused (only http(s), /path and relative paths): ${name}`);
    }
    return undefined;
  }

  // ---------------------------------------------------------------- render

  override render(): TemplateResult {
    return html`<div class="root wrap" lang=${this.#t.code}>
      <p class="sr-only" role="status" aria-live="polite">${this._announce}</p>
      ${this.#renderContent()}
    </div>`;
  }

  #renderContent(): TemplateResult {
    const t = this.#t;
    if (this.kind && !isKind(this.kind)) {
      return html`<div class="alert error" part="error" role="alert"><p class="alert-title">${t.term('supportErrorTitle')}</p><p>${t.term('supportBadKind', this.kind)}</p></div>`;
    }
    switch (this._view) {
      case 'sending': return this.#renderStatus(false);
      case 'waiting': return this.#renderStatus(true);
      case 'sent': return this.#renderReceipt();
      case 'handed': return html`<section class="receipt" part="receipt">${this.#title(t.term('supportHandedTitle'))}<div class="alert success"><p>${t.term('supportHandedText')}</p></div>
        <div class="actions" part="actions"><button type="button" class="btn secondary" @click=${this.#newRequest}>${t.term('supportNewRequest')}</button></div></section>`;
      case 'mailto': return this.#renderMailto();
      case 'rejected': return this.#renderRejected();
      default: break;
    }
    const kind = this.#kind();
    // Before the form only: on what was known when it opened (situation, prefill), never on what is being typed.
    if (this.kind && !this._precheckDismissed) {
      const v = this.#verdict(kind, this.#prefillValues());
      if (v?.verdict === 'ineligible') return this.#renderPrecheck(v);
    }
    return this.#renderForm(kind);
  }

  #title(text: string): TemplateResult {
    return heading(this.#level(), text, 'title', 'title', 'title');
  }

  #sub(text: string): TemplateResult {
    return heading(Math.min(this.#level() + 1, 6), text, 'sub-heading');
  }

  /** The better-fitting programme in a sentence, linked when a safe link is set. */
  #renderTarget(target: RedirectTarget): TemplateResult {
    const name = this.#t.term(`eligibilityTarget_${target}`);
    const href = this.#href(target);
    return html`<p part="redirect">${href ? html`<a href=${href}>${name}</a>` : html`<strong>${name}</strong>`} ${this.#t.term('eligibilityTargetCanHelp')}</p>`;
  }

  #renderPrecheck(v: Extract<Verdict, { verdict: 'ineligible' }>): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const redirect = redirectOf(v);
    const scope = v.counterfactual.kind === 'redirect' && redirect;
    return html`
      <section class="precheck" part="precheck" aria-labelledby="title">
        ${this.#title(scope ? t.term(`eligibilityFallsUnder_${redirect.to}`) : t.term('supportPrecheckIneligible'))}
        <div class="precheck-box">
          ${scope ? nothing : html`<p>${t.term('supportPrecheckLead')}</p>`}
          <p>${v.failed.map((f) => f.message[lang]).join(' ')}</p>
          ${redirect ? this.#renderTarget(redirect.to) : nothing}
        </div>
        <div class="actions" part="actions">
          <button type="button" class="btn secondary" @click=${() => { this._precheckDismissed = true; this.#focus = 'title'; }}>${t.term('supportContinueHere')}</button>
        </div>
      </section>`;
  }

  #renderForm(kind: SupportKind | undefined): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const errors = this._errors;
    const fields = this.#fields(kind);
    const v = this._values;
    const inline = this._values.topics.length ? redirectOf(this.#verdict(kind, { topics: v.topics })) : undefined;
    const readers = this.readers || t.term(kind ? `supportReaders_${kind}` : 'supportReaders_any');
    const months = number(this.retentionMonths, 12, 1);
    return html`
      ${this.#title(kind && !this.#choosing() ? t.term('supportTitleKind', SUPPORT_KIND_LABELS[kind][lang]) : t.term('supportTitle'))}
      <p class="intro">${t.term('supportIntro')}</p>
      <p class="confidentiality" part="confidentiality">${t.term('supportConfidentiality')}</p>
      ${errors.size ? html`
        <div class="alert error summary" part="error-summary" role="alert">
          <p class="alert-title">${t.term('supportErrorSummary', errors.size)}</p>
          <ul>${FIELD_ORDER.filter((k) => errors.has(k)).map((k) => html`<li><a href="#f-${k}" @click=${(e: Event) => this.#focusField(e, k)}>${this.#label(k)} — ${errors.get(k)}</a></li>`)}</ul>
        </div>` : nothing}
      <form part="form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onChange}>
        ${this.#choosing() ? this.#renderKinds(kind) : nothing}
        ${this.#text('name', 'text', true, 'name')}
        ${this.#text('email', 'email', true, 'email')}
        ${fields.has('homeAdministration') ? this.#text('homeAdministration', 'text', this.#required(kind, 'homeAdministration'), 'organization') : nothing}
        ${fields.has('startup') ? this.#text('startup', 'text', this.#required(kind, 'startup'), 'off') : nothing}
        ${fields.has('topics') ? this.#renderTopics(this.#required(kind, 'topics')) : nothing}
        <div class="live" aria-live="polite">${inline ? html`<div class="notice"><p>${t.term('supportRedirectInline')}</p>${this.#renderTarget(inline.to)}</div>` : nothing}</div>
        ${fields.has('preferredContact') ? this.#renderContacts() : nothing}
        ${fields.has('summary') ? this.#text('summary', 'textarea', this.#required(kind, 'summary'), 'off') : nothing}
        ${this.#text('message', 'textarea', true, 'off')}
        <div class="hp" aria-hidden="true">
          <label for="f-website">${t.term('supportHoneypot')}</label>
          <input type="text" id="f-website" name="website" tabindex="-1" autocomplete="off" />
        </div>
        <fieldset class="consent${errors.has('handling') ? ' group-error' : ''}" part="consent">
          <legend>${t.term('supportConsentLegend')}</legend>
          <div class="choice">
            <input type="checkbox" id="f-handling" name="handling" .checked=${this._handling} required
              aria-invalid=${errors.has('handling') ? 'true' : nothing} aria-describedby="h-handling${errors.has('handling') ? ' e-handling' : ''}" />
            <label for="f-handling">${t.term('supportConsentHandling')}
              <span class="hint" id="h-handling">${t.term('supportConsentHandlingHint', readers, months)}</span></label>
          </div>
          ${errors.has('handling') ? html`<p class="error-text" id="e-handling">${errors.get('handling')}</p>` : nothing}
          <div class="choice">
            <input type="checkbox" id="f-followUp" name="followUp" .checked=${v.followUp} aria-describedby="h-followUp" />
            <label for="f-followUp">${t.term('supportConsentFollowUp')} <span class="optional">${t.term('supportOptional')}</span>
              <span class="hint" id="h-followUp">${t.term('supportConsentFollowUpHint')}</span></label>
          </div>
        </fieldset>
        <div class="choice draft" part="draft">
          <input type="checkbox" id="f-draft" name="draft" .checked=${this._draftOn} aria-describedby="h-draft" />
          <label for="f-draft">${t.term('supportDraft')}
            <span class="hint" id="h-draft">${t.term('supportDraftHint', number(this.draftDays, 7, 0.001))}</span></label>
        </div>
        <div class="actions" part="actions">
          <button type="submit" class="btn">${t.term('supportSubmit')}</button>
        </div>
      </form>`;
  }

  #label(k: ErrorKey): string {
    const lang = this.#t.code;
    if (k === 'handling') return this.#t.term('supportConsentLegend');
    return SUPPORT_FIELD_LABELS[k][lang];
  }

  #focusField(e: Event, k: ErrorKey): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#f-${k}`)?.focus();
  }

  #text(k: TextField, type: 'text' | 'email' | 'textarea', required: boolean, autocomplete: string): TemplateResult {
    const t = this.#t;
    const error = this._errors.get(k);
    const hintKey = `supportHint_${k}` as const;
    const hint = hintKey in { supportHint_email: 1, supportHint_summary: 1, supportHint_message: 1, supportHint_homeAdministration: 1 }
      ? t.term(hintKey as 'supportHint_email') : '';
    const describedBy = [hint ? `h-${k}` : '', error ? `e-${k}` : ''].filter(Boolean).join(' ') || nothing;
    const max = SUPPORT_LIMITS[k];
    const common = { id: `f-${k}`, invalid: error ? 'true' : nothing };
    return html`
      <div class="field question${error ? ' group-error' : ''}">
        <label for=${common.id}>${this.#label(k)}${required ? nothing : html` <span class="optional">${t.term('supportOptional')}</span>`}
          ${hint ? html`<span class="hint" id="h-${k}">${hint}</span>` : nothing}</label>
        ${type === 'textarea'
          ? html`<textarea id=${common.id} name=${k} .value=${this._values[k]} maxlength=${max} ?required=${required}
              aria-invalid=${common.invalid} aria-describedby=${describedBy}></textarea>`
          : html`<input type=${type} id=${common.id} name=${k} .value=${this._values[k]} maxlength=${max} ?required=${required}
              autocomplete=${autocomplete} spellcheck=${type === 'email' ? 'false' : nothing}
              aria-invalid=${common.invalid} aria-describedby=${describedBy} />`}
        ${error ? html`<p class="error-text" id="e-${k}">${error}</p>` : nothing}
      </div>`;
  }

  #renderKinds(kind: SupportKind | undefined): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const error = this._errors.get('kind');
    return html`
      <fieldset class="question${error ? ' group-error' : ''}" aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? 'e-kind' : nothing}>
        <legend>${t.term('supportKindLegend')}</legend>
        <div class="choices">
          ${SUPPORT_KINDS.map((k, i) => html`
            <div class="choice">
              <input type="radio" id=${i ? `f-kind-${i}` : 'f-kind'} name="kind" .value=${k} .checked=${kind === k} required
                aria-describedby="h-kind-${i}" />
              <label for=${i ? `f-kind-${i}` : 'f-kind'}>${SUPPORT_KIND_LABELS[k][lang]}
                <span class="hint" id="h-kind-${i}">${t.term(`supportKindHint_${k}`)}</span></label>
            </div>`)}
        </div>
        ${error ? html`<p class="error-text" id="e-kind">${error}</p>` : nothing}
      </fieldset>`;
  }

  #renderTopics(required: boolean): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const error = this._errors.get('topics');
    return html`
      <fieldset class="question${error ? ' group-error' : ''}" aria-invalid=${error ? 'true' : nothing} aria-describedby="h-topics${error ? ' e-topics' : ''}">
        <legend>${SUPPORT_FIELD_LABELS.topics[lang]}${required ? nothing : html` <span class="optional">${t.term('supportOptional')}</span>`}
          <span class="hint" id="h-topics">${t.term('supportHint_topics')}</span></legend>
        <div class="choices">
          ${SUPPORT_TOPICS.map((topic, i) => html`
            <div class="choice">
              <input type="checkbox" id=${i ? `f-topics-${i}` : 'f-topics'} name="topics" .value=${topic} .checked=${this._values.topics.includes(topic)} />
              <label for=${i ? `f-topics-${i}` : 'f-topics'}>${TOPIC_LABELS[topic][lang]}</label>
            </div>`)}
        </div>
        ${error ? html`<p class="error-text" id="e-topics">${error}</p>` : nothing}
      </fieldset>`;
  }

  #renderContacts(): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    return html`
      <fieldset class="question">
        <legend>${SUPPORT_FIELD_LABELS.preferredContact[lang]} <span class="optional">${t.term('supportOptional')}</span></legend>
        <div class="choices inline">
          ${PREFERRED_CONTACTS.map((c, i) => html`
            <div class="choice">
              <input type="radio" id=${i ? `f-preferredContact-${i}` : 'f-preferredContact'} name="preferredContact" .value=${c} .checked=${this._values.preferredContact === c} />
              <label for=${i ? `f-preferredContact-${i}` : 'f-preferredContact'}>${PREFERRED_CONTACT_LABELS[c][lang]}</label>
            </div>`)}
        </div>
      </fieldset>`;
  }

  #renderStatus(waiting: boolean): TemplateResult {
    const t = this.#t;
    const w = this._wait;
    return html`
      <section class="status-box" part="status" aria-labelledby="title">
        ${this.#title(waiting ? t.term('supportWaitingTitle') : t.term('supportSending'))}
        ${waiting ? html`
          <div class="alert info" role="status">
            <p>${w?.reason === 'offline' || w?.retryInMs === undefined ? t.term('supportWaitingOffline') : t.term('supportWaitingRetry', Math.max(1, Math.ceil(w.retryInMs / 1000)))}</p>
            <p>${t.term('supportWaitingNoDouble')}</p>
          </div>
          <div class="actions" part="actions">
            <button type="button" class="btn secondary" @click=${() => this.#wake?.()}>${t.term('supportRetryNow')}</button>
          </div>` : html`<p role="status">${t.term('supportSending')}</p>`}
      </section>`;
  }

  #renderRecap(r: SupportRequest): TemplateResult {
    const t = this.#t;
    const lang = t.code;
    const row = (label: string, value: string | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    return html`
      <dl class="recap" part="recap">
        ${row(SUPPORT_FIELD_LABELS.kind[lang], SUPPORT_KIND_LABELS[r.kind][lang])}
        ${row(SUPPORT_FIELD_LABELS.name[lang], r.name)}
        ${row(SUPPORT_FIELD_LABELS.email[lang], r.email)}
        ${row(SUPPORT_FIELD_LABELS.homeAdministration[lang], r.homeAdministration)}
        ${row(SUPPORT_FIELD_LABELS.startup[lang], r.startup)}
        ${row(SUPPORT_FIELD_LABELS.topics[lang], r.topics?.map((x) => TOPIC_LABELS[x][lang]).join(', '))}
        ${row(SUPPORT_FIELD_LABELS.preferredContact[lang], r.preferredContact && PREFERRED_CONTACT_LABELS[r.preferredContact][lang])}
        ${row(SUPPORT_FIELD_LABELS.summary[lang], r.summary)}
        ${row(SUPPORT_FIELD_LABELS.message[lang], r.message)}
        ${row(t.term('supportFollowUpRecap'), r.consent.followUp?.given ? t.term('supportYes') : t.term('supportNo'))}
      </dl>`;
  }

  #renderReceipt(): TemplateResult {
    const t = this.#t;
    const last = this._sent[this._sent.length - 1];
    return html`
      <section class="receipt" part="receipt" aria-labelledby="title">
        ${this.#title(t.term('supportSentTitle'))}
        <div class="alert success">
          ${last.reference
            ? html`<p>${t.term('supportReferenceLabel')} <strong class="reference" part="reference">${last.reference}</strong></p>
              <p>${t.term('supportReferenceHint')}</p>`
            : html`<p>${t.term('supportReceivedNoReference')}</p>`}
        </div>
        ${this._sent.length > 1 ? html`<div><p>${t.term('supportOtherReferences')}</p>
          <ul class="queued-list">${this._sent.map((s) => html`<li>${s.reference ?? t.term('supportSentTitle')}</li>`)}</ul></div>` : nothing}
        ${last.request ? html`<div>
          ${this.#sub(t.term('supportRecap'))}
          ${this.#renderRecap(last.request)}
        </div>` : nothing}
        <div class="actions" part="actions">
          <button type="button" class="btn secondary" @click=${this.#newRequest}>${t.term('supportNewRequest')}</button>
        </div>
      </section>`;
  }

  #renderRejected(): TemplateResult {
    const t = this.#t;
    const r = this._rejected;
    return html`
      <section part="error" aria-labelledby="title">
        ${this.#title(t.term('supportRejectedTitle'))}
        <div class="alert error" role="alert">
          <p>${r?.[t.code] ?? ''}</p>
          ${this._errors.size ? html`<ul>${FIELD_ORDER.filter((k) => this._errors.has(k)).map((k) => html`<li>${this.#label(k)} — ${this._errors.get(k)}</li>`)}</ul>` : nothing}
        </div>
        <div class="actions" part="actions">
          <button type="button" class="btn" @click=${this.#editAfterRejection}>${t.term('supportEdit')}</button>
        </div>
      </section>`;
  }

  #renderMailto(): TemplateResult {
    const t = this.#t;
    const m = this._mailto!;
    const to = this.mailto && EMAIL_PATTERN.test(this.mailto) ? this.mailto : undefined;
    return html`
      <section class="mailto" part="mailto" aria-labelledby="title">
        ${this.#title(t.term('supportMailtoTitle'))}
        <p>${to ? t.term('supportMailtoLead', to) : t.term('supportMailtoLeadNoTo')}</p>
        ${m.href ? html`<p><a class="btn" href=${m.href} @click=${() => { clearDraft(this.#draftStorageKey()); this._draftOn = false; }}>${t.term('supportMailtoOpen')}</a></p>` : nothing}
        <div class="field">
          <label for="mailto-subject">${t.term('supportMailtoSubject')}</label>
          <input type="text" id="mailto-subject" readonly .value=${m.subject} />
        </div>
        <div class="field">
          <label for="mailto-body">${t.term('supportMailtoBody')}</label>
          <textarea id="mailto-body" readonly .value=${m.body}></textarea>
        </div>
        <div class="actions" part="actions">
          <button type="button" class="btn secondary" @click=${this.#copy}>${t.term('supportCopy')}</button>
          <button type="button" class="btn tertiary" @click=${this.#newRequest}>${t.term('supportNewRequest')}</button>
        </div>
      </section>`;
  }
}
