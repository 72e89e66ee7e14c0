/**
 * The engine: `evaluate(ruleSet, situation, now, settings?)` → one of three verdicts, and `questionsFor()` →
 * the questions a form still has to ask. Pure functions: no clock, no I/O, no mutation of the inputs.
 *
 * Incomplete vs ineligible (docs/decisions/0007-eligibility-verdicts.md): a rule is evaluated as soon as the
 * inputs it reads are answered. If any evaluated rule fails, the verdict is `ineligible` — answering more cannot
 * make the person eligible — and the inputs still missing are listed as `unanswered`. Otherwise, if some input is
 * missing, the verdict is `incomplete` with `missing` in asking order. Otherwise `eligible`.
 */
import { assertCalendarDate, type CalendarDate } from '../shared/dates.js';
import { FIRST_SESSION_YEAR } from '../certification/session.js';
import { sessionsFrom } from './durations.js';
import {
  INPUT_CHECKS, INPUTS, expectedType, isAnswered, isAnswerValue, isOfInputType, shownValue, valueText, type Choice, type InputSpec,
} from './inputs.js';
import { sessionName, windowText } from './format.js';
import type {
  Change, Context, Counterfactual, Criterion, EligibilitySettings, FailedCriterion, InputKey, Outcome,
  ResolvedSettings, Rule, RuleSet, Situation, Suggestion, Verdict, Bilingual, QuestionGroup,
} from './types.js';

/**
 * The earliest `now` the engine accepts: 1 January of `FIRST_SESSION_YEAR` (2015, the first certification session;
 * no date bound, session or duration is computed before it). Decision 0007, amendment (issue 7).
 */
export const EARLIEST_NOW: CalendarDate = `${FIRST_SESSION_YEAR}-01-01`;
/**
 * The latest `now` the engine accepts: 31 December 2100, the last year of the session calendar (`SessionSchema`'s
 * `year ≤ 2100`), so that every date the engine and the form derive from `now` (sessions a few years ahead, mission
 * dates up to ten years ahead) stays a four-digit year.
 */
export const LATEST_NOW: CalendarDate = '2100-12-31';

let lastNow: string | undefined;
/**
 * Throws unless `now` is a real `YYYY-MM-DD` date from {@link EARLIEST_NOW} to {@link LATEST_NOW}.
 * @throws {RangeError} FR/EN message naming `now`, the value and the range.
 */
export function assertNow(now: unknown): asserts now is CalendarDate {
  if (now === lastNow) return; // the last `now` accepted (issue 10: `evaluate` is called with the same `now` in a row)
  assertCalendarDate(now);
  if (now >= EARLIEST_NOW && now <= LATEST_NOW) { lastNow = now; return; }
  throw new RangeError(`now : date « ${now} » hors de la plage prise en charge (du ${EARLIEST_NOW} au ${LATEST_NOW}) / now: date "${now}" outside the supported range (${EARLIEST_NOW} to ${LATEST_NOW})`);
}

/** Default settings (see {@link EligibilitySettings} for units and sources). */
export const DEFAULT_SETTINGS: ResolvedSettings = Object.freeze({
  fullTimeDaysPerWeek: 4.5,
  coachingRecentMonths: 12,
  priorityMissionEndMonths: 3,
  maxSessionsAfterLeaving: 2,
  sessionMonths: [5, 11],
  sessions: [],
});

/** Fills the defaults in. */
export function resolveSettings(settings: EligibilitySettings = {}): ResolvedSettings {
  return {
    fullTimeDaysPerWeek: settings.fullTimeDaysPerWeek ?? DEFAULT_SETTINGS.fullTimeDaysPerWeek,
    coachingRecentMonths: settings.coachingRecentMonths ?? DEFAULT_SETTINGS.coachingRecentMonths,
    priorityMissionEndMonths: settings.priorityMissionEndMonths ?? DEFAULT_SETTINGS.priorityMissionEndMonths,
    maxSessionsAfterLeaving: settings.maxSessionsAfterLeaving ?? DEFAULT_SETTINGS.maxSessionsAfterLeaving,
    sessionMonths: settings.sessionMonths ?? DEFAULT_SETTINGS.sessionMonths,
    sessions: settings.sessions ?? DEFAULT_SETTINGS.sessions,
  };
}

/*
 * Resolved settings, memoised (issue 10): `evaluate` runs once per answer and per situation, and the session-calendar
 * memos of durations.ts are kept per settings object. The default settings resolve to one frozen object; a caller's
 * settings object resolves to the same frozen object as long as each of its fields is unchanged (checked each call).
 */
const DEFAULT_RESOLVED: ResolvedSettings = Object.freeze(resolveSettings());
const resolvedMemo = new WeakMap<EligibilitySettings, ResolvedSettings>();
function settingsFor(settings: EligibilitySettings | undefined): ResolvedSettings {
  if (settings === undefined) return DEFAULT_RESOLVED;
  const hit = resolvedMemo.get(settings);
  const d = DEFAULT_SETTINGS;
  if (hit
    && hit.fullTimeDaysPerWeek === (settings.fullTimeDaysPerWeek ?? d.fullTimeDaysPerWeek)
    && hit.coachingRecentMonths === (settings.coachingRecentMonths ?? d.coachingRecentMonths)
    && hit.priorityMissionEndMonths === (settings.priorityMissionEndMonths ?? d.priorityMissionEndMonths)
    && hit.maxSessionsAfterLeaving === (settings.maxSessionsAfterLeaving ?? d.maxSessionsAfterLeaving)
    && hit.sessionMonths === (settings.sessionMonths ?? d.sessionMonths)
    && hit.sessions === (settings.sessions ?? d.sessions)) return hit;
  const r = Object.freeze(resolveSettings(settings));
  if (settings !== null && typeof settings === 'object') resolvedMemo.set(settings, r);
  return r;
}

/*
 * What `evaluate` derives from a rule set alone, computed once per rule set (issue 10): the asking order, the same
 * as a set, and the input checks that apply. Rebuilt when the rule set's `groups` or `rules` array is replaced.
 */
interface Plan {
  readonly groups: RuleSet['groups'];
  readonly rules: RuleSet['rules'];
  readonly order: readonly InputKey[];
  readonly inOrder: ReadonlySet<InputKey>;
  readonly checks: readonly (typeof INPUT_CHECKS)[number][];
}
const plans = new WeakMap<RuleSet, Plan>();
function planOf(ruleSet: RuleSet): Plan {
  const p = plans.get(ruleSet);
  if (p && p.groups === ruleSet.groups && p.rules === ruleSet.rules) return p;
  const order = askingOrder(ruleSet);
  const inOrder = new Set(order);
  const plan: Plan = { groups: ruleSet.groups, rules: ruleSet.rules, order, inOrder, checks: INPUT_CHECKS.filter((c) => c.reads.every((k) => inOrder.has(k))) };
  plans.set(ruleSet, plan);
  return plan;
}

/*
 * The situation `evaluate` hands to rules: one object shape for every call (issue 10: adding only the answered keys
 * gave each situation its own hidden class, and every rule's reads went megamorphic). Unanswered = `undefined`, which
 * every reader treats as absent (`isAnswered`, `??`, `== null` tests).
 */
function emptySituation(): Record<InputKey, unknown> {
  return {
    domaine: undefined, publicAgent: undefined, missionStart: undefined, missionEnd: undefined, missionGapDays: undefined,
    daysPerWeek: undefined, reachedAcceleration: undefined, alreadyCertified: undefined, targetSession: undefined,
    volunteer: undefined, topics: undefined, startupStatus: undefined, hrAction: undefined, homeAdministration: undefined,
    summary: undefined,
  };
}

function readsInvalid(keys: readonly InputKey[] | undefined, invalid: ReadonlySet<InputKey>): boolean {
  if (!keys || invalid.size === 0) return false;
  for (let i = 0; i < keys.length; i++) if (invalid.has(keys[i])) return true;
  return false;
}

/*
 * Inside `evaluate`, the situation `sit` holds only answered, well-typed inputs (`null` only for `missionEnd`):
 * an input is answered there exactly when it is not `undefined` (issue 10: `isAnswered` without its string checks).
 */
function allAnswered(s: Situation, keys: readonly InputKey[]): boolean {
  for (let i = 0; i < keys.length; i++) if (s[keys[i]] === undefined) return false;
  return true;
}

function record(rule: Rule, o: Outcome, met: Criterion[], failed: FailedCriterion[]): void {
  if (o.met) { met.push(criterion(rule, o)); return; }
  const f: { -readonly [K in keyof FailedCriterion]: FailedCriterion[K] } = criterion(rule, o);
  if (o.fix) f.fix = o.fix;
  if (o.redirect) f.redirect = o.redirect;
  failed.push(f);
}

function runCondition(rule: Rule, s: Situation, ctx: Context): Outcome {
  const c = rule.condition;
  if (c.kind === 'check') return c.test(s, ctx);
  const value = s[c.input];
  const met = value === c.value;
  return {
    met, value, valueText: valueText(c.input, value),
    threshold: c.value, thresholdText: valueText(c.input, c.value),
    message: met ? c.met : c.failed,
    ...(met ? {} : {
      fix: c.fix
        ? { kind: 'set_input', rule: rule.id, input: c.input, to: c.value, fr: c.fix.fr, en: c.fix.en } satisfies Change
        : { kind: 'impossible', rule: rule.id, fr: c.failed.fr, en: c.failed.en } satisfies Change,
      ...(c.redirect ? { redirect: { ...c.redirect, rule: rule.id } } : {}),
    }),
  };
}

function criterion(rule: Rule, o: Outcome): Criterion {
  return {
    code: rule.id, label: o.label ?? rule.label, source: rule.source,
    value: o.value, valueText: o.valueText, threshold: o.threshold, thresholdText: o.thresholdText, message: o.message,
  };
}

/** Inputs in asking order (the order of the rule set's groups). */
export function askingOrder(ruleSet: RuleSet): InputKey[] {
  return ruleSet.groups.flatMap((g) => g.inputs);
}

/* A sentence as a clause: first letter lowered, final full stop dropped (no regular expression: issue 10). */
function lower(t: string): string {
  return t.charAt(0).toLowerCase() + t.slice(1, t.endsWith('.') ? -1 : undefined);
}

/** Default counterfactual: every failed criterion's fix, in rule order. */
export function combineChanges(changes: readonly Change[]): Counterfactual {
  const kind = changes.some((c) => c.kind === 'impossible') ? 'impossible'
    : changes.every((c) => c.kind === 'wait_until' || c.kind === 'target_session') ? 'wait'
      : changes.every((c) => c.kind === 'redirect') ? 'redirect' : 'change';
  if (changes.length === 1) return { kind, changes, fr: changes[0].fr, en: changes[0].en };
  return {
    kind, changes,
    fr: `Il faudrait à la fois : ${changes.map((c) => lower(c.fr)).join(' ; ')}.`,
    en: `All of these would be needed: ${changes.map((c) => lower(c.en)).join('; ')}.`,
  };
}

function defaultCounterfactual(failed: readonly FailedCriterion[]): Counterfactual {
  return combineChanges(failed.map((f) => f.fix ?? { kind: 'impossible', rule: f.code, fr: f.message.fr, en: f.message.en }));
}

/**
 * Evaluates a rule set on a situation at `now` (`YYYY-MM-DD`). Pure. See the module doc for how `incomplete` and
 * `ineligible` interact. `met` lists every criterion met so far; `suggestions` the hints whose inputs are answered;
 * `redirect` the first redirect of a failed criterion.
 *
 * Answers are never taken on trust (decision 0007): `undefined`, `null` (except `missionEnd`, where it means
 * "ongoing"), blank strings and empty lists are not answered; a value of the wrong type (`isOfInputType`: another JS
 * type, `NaN`, an unknown choice, an impossible date) is a failed criterion `INVALID_ANSWER` naming the field, and no
 * rule reads it. A `situation` that is not an object is an empty one. A rule whose missing inputs cannot change its
 * outcome (`Rule.partial`) is decided without them, so they are not asked.
 * @throws {RangeError} when `now` is not a real `YYYY-MM-DD` date from {@link EARLIEST_NOW} to {@link LATEST_NOW}
 *   (FR/EN message naming `now`), or when a rule needs the session calendar and `settings.sessionMonths` holds a
 *   month outside 1–12.
 */
export function evaluate(ruleSet: RuleSet, situation: Situation, now: CalendarDate, settings?: EligibilitySettings): Verdict {
  assertNow(now);
  const ctx: Context = { now, settings: settingsFor(settings) };
  const met: Criterion[] = [];
  const failed: FailedCriterion[] = [];
  const missingSet = new Set<InputKey>();
  const plan = planOf(ruleSet);
  const order = plan.order;
  // Answers of the wrong type (decision 0007, issue 7): a failed `INVALID_ANSWER` each, never read by a rule.
  // `s` keeps only the answered, well-typed inputs of this rule set: rules, hints and texts read nothing else.
  const raw = (situation !== null && typeof situation === 'object' && !Array.isArray(situation) ? situation : {}) as Record<string, unknown>;
  const s = emptySituation();
  const invalid = new Set<InputKey>();
  for (const k of order) {
    const value = raw[k];
    if (!isAnswerValue(k, value)) continue;
    if (isOfInputType(k, value)) { s[k] = value; continue; }
    invalid.add(k);
    const label = INPUTS[k].label; const expected = expectedType(k);
    const shown = { fr: shownValue(value, 'fr'), en: shownValue(value, 'en') };
    failed.push({
      code: 'INVALID_ANSWER', source: ruleSet.source, value,
      label: { fr: `Une réponse valide : ${label.fr}`, en: `A valid answer: ${label.en}` },
      valueText: shown, threshold: { input: k, type: INPUTS[k].type }, thresholdText: expected,
      message: {
        fr: `La réponse à « ${label.fr} » (${k}) n’est pas valide : ${expected.fr} attendu (reçu : ${shown.fr}).`,
        en: `The answer to “${label.en}” (${k}) is not valid: ${expected.en} expected (received: ${shown.en}).`,
      },
      fix: { kind: 'set_input', rule: 'INVALID_ANSWER', input: k, to: { type: INPUTS[k].type }, fr: `Répondez de nouveau à la question « ${label.fr} ».`, en: `Answer the question again: “${label.en}”.` },
    });
  }
  const sit = s as Situation;
  // Answers out of range or inconsistent: a failed criterion each; rules reading them are not evaluated.
  for (const check of plan.checks) {
    if (!allAnswered(sit, check.reads) || readsInvalid(check.reads, invalid)) continue;
    const p = check.test(sit, now);
    if (!p) continue;
    for (const k of check.invalidates) invalid.add(k);
    const input = check.invalidates[0];
    failed.push({
      code: check.code, label: check.label, source: ruleSet.source, value: p.value, valueText: p.valueText,
      threshold: p.expected, thresholdText: check.thresholdText, message: p.message,
      fix: { kind: 'set_input', rule: check.code, input, to: p.expected, fr: p.fix.fr, en: p.fix.en },
    });
  }
  for (const rule of ruleSet.rules) {
    if (readsInvalid(rule.reads, invalid) || readsInvalid(rule.alsoReads, invalid) || (rule.when && readsInvalid(rule.when.reads, invalid))) continue;
    if (rule.when) {
      if (!allAnswered(sit, rule.when.reads)) {
        // A rule whose outcome no answer to the guard or its own inputs can change is decided without them.
        const decided = rule.partial?.(sit, ctx);
        if (decided) { record(rule, decided, met, failed); continue; }
        // Applicable or not, an independent condition already met cannot fail: the guard changes nothing.
        const cannotFail = rule.when.independent && allAnswered(sit, rule.reads) && runCondition(rule, sit, ctx).met;
        if (!cannotFail) for (const k of rule.when.reads) if (sit[k] === undefined) missingSet.add(k);
        continue;
      }
      if (!rule.when.test(sit, ctx)) continue;
    }
    if (!allAnswered(sit, rule.reads)) {
      // Only what can change the outcome is asked: a rule that no answer to its missing inputs can change is decided.
      const decided = rule.partial?.(sit, ctx);
      if (decided) record(rule, decided, met, failed);
      else for (const k of rule.reads) if (sit[k] === undefined) missingSet.add(k);
      continue;
    }
    record(rule, runCondition(rule, sit, ctx), met, failed);
  }
  if (!failed.length && missingSet.size) {
    for (const rule of ruleSet.rules) {
      if (!rule.lastPartial) continue;
      let all = true;
      for (const k of missingSet) if (!rule.reads.includes(k)) { all = false; break; }
      if (!all) continue;
      const decided = rule.lastPartial(sit, ctx);
      if (decided) record(rule, decided, met, failed);
    }
  }
  const suggestions: Suggestion[] = [];
  for (const h of ruleSet.hints) {
    if (!allAnswered(sit, h.reads) || readsInvalid(h.reads, invalid) || !h.test(sit, ctx)) continue;
    suggestions.push({ code: h.id, kind: h.kind, label: h.label, source: h.source, message: typeof h.message === 'function' ? h.message(ctx) : h.message, ...(h.offer ? { offer: h.offer } : {}) });
  }
  const missing = missingSet.size ? order.filter((k) => missingSet.has(k)) : [];
  let redirect: FailedCriterion['redirect'];
  for (const f of failed) if (f.redirect) { redirect = f.redirect; break; }
  // Verdicts are built as plain literals, in the key order they always had (programme, met, suggestions, redirect?,
  // verdict, …): no spreads (issue 10).
  const v: Record<string, unknown> = { programme: ruleSet.id, met, suggestions };
  if (redirect) v.redirect = redirect;
  if (failed.length) {
    const counterfactual = ruleSet.counterfactual ? ruleSet.counterfactual(sit, failed, ctx) : defaultCounterfactual(failed);
    // The target session may stay unanswered: when no window is open, the counterfactual names the one to aim for.
    const onlyTiming = failed.length === 1 && failed[0].code === 'SESSION_OPEN' && missing.every((k) => k === 'targetSession') && counterfactual.kind === 'wait';
    v.verdict = 'ineligible'; v.failed = failed; v.counterfactual = counterfactual; v.unanswered = missing; v.onlyTiming = onlyTiming;
    return v as unknown as Verdict;
  }
  if (missing.length) { v.verdict = 'incomplete'; v.missing = missing; return v as unknown as Verdict; }
  const nextStep = ruleSet.nextStep?.(sit, ctx);
  v.verdict = 'eligible';
  if (nextStep) v.nextStep = nextStep;
  return v as unknown as Verdict;
}

/** A question to ask: the input's spec, its group, whether the verdict needs it, and choices resolved at `now`. */
export interface Question extends InputSpec {
  readonly group: string;
  /** `true`: a rule needs it (it is in `missing`); `false`: only a hint reads it (priority, offers). */
  readonly required: boolean;
}
/** A group of questions still to ask. */
export interface PendingGroup {
  readonly id: string;
  readonly label: Bilingual;
  readonly questions: readonly Question[];
}

/**
 * Choices of `targetSession` at `now`: the session open now (or the next one) and the two following.
 * @throws {RangeError} when `settings.sessionMonths` holds a month outside 1–12 (`now` is not checked here).
 */
export function sessionChoices(now: CalendarDate, settings?: EligibilitySettings): Choice[] {
  return sessionsFrom(now, { now, settings: settingsFor(settings) }, 3)
    .map((s) => {
      const n = sessionName(s); const w = windowText(s);
      return { value: s.id, label: { fr: `${n.fr.replace(/^la s/, 'S')} (candidatures ${w.fr})`, en: `${n.en.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())} (applications ${w.en})` } };
    });
}

/**
 * The questions still to ask, grouped and in asking order: inputs the verdict needs (`required`) and, after the
 * required ones of the same group, inputs only hints read. Inputs a rule's `when` makes irrelevant are left out;
 * inputs of a rule whose guard is unanswered wait for the guard. Derived-only inputs are never asked.
 * A form asks `questionsFor(...)[0]`, merges the answers into the situation, and calls again. Once the verdict is
 * `ineligible`, the remaining (unanswered) questions are still listed; a form would normally stop and show the verdict.
 * @throws {RangeError} as {@link evaluate} (bad `now`, bad `settings.sessionMonths`).
 */
export function questionsFor(ruleSet: RuleSet, input: Situation, now: CalendarDate, settings?: EligibilitySettings): PendingGroup[] {
  const v = evaluate(ruleSet, input, now, settings);
  const situation = (input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Situation;
  const required = new Set<InputKey>(v.verdict === 'incomplete' ? v.missing : v.verdict === 'ineligible' ? v.unanswered : []);
  const optional = new Set<InputKey>();
  for (const h of ruleSet.hints) for (const k of h.reads) if (!isAnswered(situation, k) && !required.has(k)) optional.add(k);
  const out: PendingGroup[] = [];
  for (const g of ruleSet.groups as readonly QuestionGroup[]) {
    const qs: Question[] = [];
    for (const k of g.inputs) {
      const spec: InputSpec = INPUTS[k];
      if (spec.derivedOnly || (!required.has(k) && !optional.has(k))) continue;
      const choices = k === 'targetSession' ? sessionChoices(now, settings) : spec.choices;
      qs.push({ ...spec, ...(choices ? { choices } : {}), group: g.id, required: required.has(k) });
    }
    qs.sort((a, b) => Number(b.required) - Number(a.required));
    if (qs.length) out.push({ id: g.id, label: g.label, questions: qs });
  }
  return out;
}
