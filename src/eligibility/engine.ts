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
import { sessionsFrom } from './durations.js';
import { INPUT_CHECKS, INPUTS, isAnswered, valueText, type Choice, type InputSpec } from './inputs.js';
import { sessionName, windowText } from './format.js';
import type {
  Change, Context, Counterfactual, Criterion, EligibilitySettings, FailedCriterion, InputKey, Outcome,
  ResolvedSettings, Rule, RuleSet, Situation, Suggestion, Verdict, Bilingual, QuestionGroup,
} from './types.js';

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

const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1).replace(/\.$/, '');

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
 * @throws {RangeError} when `now` is not a real `YYYY-MM-DD` date (FR/EN message naming `now`), or when a rule needs
 *   the session calendar and `settings.sessionMonths` holds a month outside 1–12.
 */
export function evaluate(ruleSet: RuleSet, situation: Situation, now: CalendarDate, settings?: EligibilitySettings): Verdict {
  assertCalendarDate(now);
  const ctx: Context = { now, settings: resolveSettings(settings) };
  const met: Criterion[] = [];
  const failed: FailedCriterion[] = [];
  const missingSet = new Set<InputKey>();
  const order = askingOrder(ruleSet);
  // Answers out of range or inconsistent: a failed criterion each; rules reading them are not evaluated.
  const invalid = new Set<InputKey>();
  for (const check of INPUT_CHECKS) {
    if (!check.reads.every((k) => order.includes(k) && isAnswered(situation, k) && !invalid.has(k))) continue;
    const p = check.test(situation, now);
    if (!p) continue;
    check.invalidates.forEach((k) => invalid.add(k));
    const input = check.invalidates[0];
    failed.push({
      code: check.code, label: check.label, source: ruleSet.source, value: p.value, valueText: p.valueText,
      threshold: p.expected, thresholdText: check.thresholdText, message: p.message,
      fix: { kind: 'set_input', rule: check.code, input, to: p.expected, fr: p.fix.fr, en: p.fix.en },
    });
  }
  const readsInvalid = (keys: readonly InputKey[]) => keys.some((k) => invalid.has(k));
  for (const rule of ruleSet.rules) {
    if (readsInvalid(rule.reads) || (rule.when && readsInvalid(rule.when.reads))) continue;
    if (rule.when) {
      const guardMissing = rule.when.reads.filter((k) => !isAnswered(situation, k));
      if (guardMissing.length) { guardMissing.forEach((k) => missingSet.add(k)); continue; }
      if (!rule.when.test(situation, ctx)) continue;
    }
    const missing = rule.reads.filter((k) => !isAnswered(situation, k));
    if (missing.length) { missing.forEach((k) => missingSet.add(k)); continue; }
    const o = runCondition(rule, situation, ctx);
    if (o.met) met.push(criterion(rule, o));
    else failed.push({ ...criterion(rule, o), ...(o.fix ? { fix: o.fix } : {}), ...(o.redirect ? { redirect: o.redirect } : {}) });
  }
  const suggestions: Suggestion[] = ruleSet.hints
    .filter((h) => h.reads.every((k) => isAnswered(situation, k)) && !readsInvalid(h.reads) && h.test(situation, ctx))
    .map((h) => ({ code: h.id, kind: h.kind, label: h.label, source: h.source, message: typeof h.message === 'function' ? h.message(ctx) : h.message, ...(h.offer ? { offer: h.offer } : {}) }));
  const missing = order.filter((k) => missingSet.has(k));
  const redirect = failed.find((f) => f.redirect)?.redirect;
  const base = { programme: ruleSet.id, met, suggestions, ...(redirect ? { redirect } : {}) };
  if (failed.length) {
    const counterfactual = ruleSet.counterfactual ? ruleSet.counterfactual(situation, failed, ctx) : defaultCounterfactual(failed);
    const onlyTiming = failed.length === 1 && failed[0].code === 'SESSION_OPEN' && missing.length === 0 && counterfactual.kind === 'wait';
    return { ...base, verdict: 'ineligible', failed, counterfactual, unanswered: missing, onlyTiming };
  }
  if (missing.length) return { ...base, verdict: 'incomplete', missing };
  const nextStep = ruleSet.nextStep?.(situation, ctx);
  return { ...base, verdict: 'eligible', ...(nextStep ? { nextStep } : {}) };
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
  return sessionsFrom(now, { now, settings: resolveSettings(settings) }, 3)
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
export function questionsFor(ruleSet: RuleSet, situation: Situation, now: CalendarDate, settings?: EligibilitySettings): PendingGroup[] {
  const v = evaluate(ruleSet, situation, now, settings);
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
