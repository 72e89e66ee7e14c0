/**
 * Programme ids, and each programme's rule set loaded on its own (issue 10, part 3): `loadRuleSet('coaching')`
 * imports only the support rule sets, `loadRuleSet('certification')` only the certification's — their rules and
 * bilingual texts — so that a page (or a bundle split by a consumer's bundler) holds only the programme it checks.
 * `RULE_SETS` (rulesets.ts) still holds all four, synchronously.
 */
import type { ProgrammeId, RuleSet } from './types.js';

/** Programme ids, in display order. */
export const PROGRAMMES: readonly ProgrammeId[] = ['certification', 'coaching', 'clinic', 'hr-support'];

/** True when `value` is a programme id (`certification`, `coaching`, `clinic`, `hr-support`). */
export function isProgramme(value: unknown): value is ProgrammeId {
  return (PROGRAMMES as readonly unknown[]).includes(value);
}

/**
 * The rule set of `programme`, imported on demand (the same object as `RULE_SETS[programme]`).
 * @throws {RangeError} (rejects) when `programme` is not a programme id, with a FR/EN message naming it.
 */
export async function loadRuleSet(programme: ProgrammeId): Promise<RuleSet> {
  switch (programme) {
    case 'certification': return (await import('./certification.js')).CERTIFICATION_RULES;
    case 'coaching': return (await import('./support.js')).COACHING_RULES;
    case 'clinic': return (await import('./support.js')).CLINIC_RULES;
    case 'hr-support': return (await import('./support.js')).HR_SUPPORT_RULES;
    default: throw new RangeError(`programme : « ${String(programme)} » n’est pas un programme (certification, coaching, clinic, hr-support) / programme: "${String(programme)}" is not a programme (certification, coaching, clinic, hr-support)`);
  }
}
