/**
 * Per-programme rule sets (issue 10, part 3): `loadRuleSet` imports one programme's rules on demand, the same
 * objects as `RULE_SETS` (so verdicts are the same), and refuses anything else with a FR/EN message; the support
 * requests' engine holds the three support rule sets without the certification's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PROGRAMMES, RULE_SETS, isProgramme, loadRuleSet, type ProgrammeId } from '../../src/eligibility/index.js';
import * as domain from '../../src/index.js';

test('loadRuleSet(p) is RULE_SETS[p] for every programme', async () => {
  for (const p of PROGRAMMES) assert.equal(await loadRuleSet(p), RULE_SETS[p], p);
});

test('loadRuleSet refuses a value that is not a programme, naming it (FR/EN); isProgramme tells them apart', async () => {
  for (const bad of ['', 'Certification', 'toString', '__proto__', undefined]) {
    await assert.rejects(loadRuleSet(bad as unknown as ProgrammeId), (e: Error) => e instanceof RangeError && /n’est pas un programme/.test(e.message) && /is not a programme/.test(e.message));
    assert.equal(isProgramme(bad), false);
  }
  for (const p of PROGRAMMES) assert.equal(isProgramme(p), true);
});

test('the domain entry exports loadRuleSet and isProgramme beside RULE_SETS', () => {
  assert.equal(domain.loadRuleSet, loadRuleSet);
  assert.equal(domain.isProgramme, isProgramme);
  assert.equal(domain.RULE_SETS, RULE_SETS);
});

test('support requests import the support rule sets, not RULE_SETS (no certification rules on the support form page)', () => {
  const src = readFileSync(new URL('../../src/support/request.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(src, /from '\.\.\/eligibility\/(rulesets|index|certification)\.js'/);
});

test('<intra-eligibility> imports no rule set statically (it loads its programme\'s with loadRuleSet)', () => {
  const src = readFileSync(new URL('../../components/eligibility/eligibility.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(src, /from '\.\.\/\.\.\/src\/eligibility\/(rulesets|index|certification|support)\.js'/);
  assert.match(src, /loadRuleSet/);
});
