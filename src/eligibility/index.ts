/**
 * Eligibility engine: rules as data, a pure `evaluate()` with three verdicts and explanations, the questions a
 * form still has to ask, and situations built from beta.gouv.fr data. See docs/eligibility.md.
 */
export type {
  Bilingual, ProgrammeId, RedirectTarget, SupportTopic, StartupStatus, HrAction, Situation, InputKey,
  EligibilitySettings, ResolvedSettings, Context, Source, Redirect, Change, Counterfactual, Outcome, Condition, Rule,
  Hint, QuestionGroup, RuleSet, Criterion, FailedCriterion, Suggestion, EligibleVerdict, IneligibleVerdict,
  IncompleteVerdict, Verdict,
} from './types.js';
export { SUPPORT_TOPICS, STARTUP_STATUSES, HR_ACTIONS } from './types.js';
export {
  type InputType, type Choice, type InputSpec, TOPIC_LABELS, STARTUP_STATUS_LABELS, HR_ACTION_LABELS, INPUTS,
  SituationSchema, parseSituation, isAnswered, isOfInputType,
} from './inputs.js';
export {
  DEFAULT_SETTINGS, EARLIEST_NOW, LATEST_NOW, assertNow, resolveSettings, evaluate, askingOrder, type Question, type PendingGroup,
  sessionChoices, questionsFor,
} from './engine.js';
export { SOURCES } from './sources.js';
export { CERTIFICATION_RULES } from './certification.js';
export { COACHING_RULES, CLINIC_RULES, HR_SUPPORT_RULES } from './support.js';
export { PROGRAMMES, RULE_SETS } from './rulesets.js';
export { isProgramme, loadRuleSet } from './programmes.js';
export { type MemberLike, PUBLIC_AGENT_LEGAL_STATUSES, startupStatusOf, situationFromBetaGouv } from './from-betagouv.js';
