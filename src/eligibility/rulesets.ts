/** The four rule sets, by programme id (one programme's alone: `loadRuleSet`, programmes.ts). */
import { CERTIFICATION_RULES } from './certification.js';
import { CLINIC_RULES, COACHING_RULES, HR_SUPPORT_RULES } from './support.js';
import type { ProgrammeId, RuleSet } from './types.js';

export { PROGRAMMES } from './programmes.js';

/** Rule set of each programme (`RULE_SETS.certification`). */
export const RULE_SETS: Readonly<Record<ProgrammeId, RuleSet>> = {
  certification: CERTIFICATION_RULES,
  coaching: COACHING_RULES,
  clinic: CLINIC_RULES,
  'hr-support': HR_SUPPORT_RULES,
};
