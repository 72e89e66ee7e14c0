/** Fixture tables of the eligibility engine: one test per row (test/fixtures/eligibility/rows.ts). */
import { describe, test } from 'node:test';
import { evaluate, RULE_SETS } from '../../src/eligibility/index.js';
import { CERTIFICATION_ROWS, CLINIC_ROWS, COACHING_ROWS, HR_ROWS, type Row } from '../fixtures/eligibility/rows.js';
import { checkVerdict } from '../fixtures/eligibility/check.js';

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      test(`${row.name} [now ${row.now}]`, () => {
        checkVerdict(evaluate(RULE_SETS[row.programme], row.situation, row.now, row.settings), row.expect);
      });
    }
  });
}

table('eligibility table: certification RS6247', CERTIFICATION_ROWS);
table('eligibility table: career coaching', COACHING_ROWS);
table('eligibility table: clinic', CLINIC_ROWS);
table('eligibility table: HR support', HR_ROWS);
