/**
 * Verdicts never change with speed work (issue 10, part 4): every verdict of the bench's 10,000 generated situations
 * (scripts/eligibility-situations.ts), for each rule set, at the bench's `now`, plus 2,000 of them at other dates and
 * with other settings, is compared with a snapshot taken before the engine was made faster
 * (`test/fixtures/eligibility/verdict-snapshot.json`: SHA-256 of the canonical JSON of each block of 500 verdicts).
 * A verdict is compared whole: verdict, criteria, texts, counterfactual, next step, key order aside (explicit
 * `undefined` values count). Re-take the snapshot only when a verdict is meant to change:
 * `INTRAS_WRITE_SNAPSHOT=1 node --import tsx --test test/node/eligibility-snapshot.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate, PROGRAMMES, RULE_SETS, type EligibilitySettings, type Situation } from '../../src/eligibility/index.js';
import { generateSessions } from '../../src/certification/session.js';
import { generateSituations } from '../../scripts/eligibility-situations.js';

const FIXTURE = new URL('../fixtures/eligibility/verdict-snapshot.json', import.meta.url);
const BLOCK = 500;

/**
 * JSON with sorted keys; `undefined` kept as a marker (deepStrictEqual tells `{a: undefined}` from `{}`). Built by
 * appending to one string rather than with map/join (the same bytes, so the same digests: it was two thirds of this
 * test's time, ~170 MB of text for 40,000 verdicts, more than the engine's).
 */
function canonical(v: unknown): string {
  if (v === undefined) return '"\u0000undefined"';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  let s: string;
  if (Array.isArray(v)) {
    s = '[';
    for (let i = 0; i < v.length; i++) s += (i > 0 ? ',' : '') + canonical(v[i]);
    return `${s}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  s = '{';
  for (let i = 0; i < keys.length; i++) s += `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:${canonical(o[keys[i]])}`;
  return `${s}}`;
}

const explicit = generateSessions(2027, 2027).map((s) => s.id === '2027-mai' ? { ...s, applicationOpens: '2027-04-26', applicationCloses: '2027-05-21', generated: false } : s);
const SCENARIOS: { name: string; now: string; count: number; settings?: EligibilitySettings }[] = [
  { name: 'bench', now: '2026-11-10', count: 10_000 },
  { name: 'may-window', now: '2026-05-04', count: 2_000 },
  { name: 'between-windows', now: '2025-12-15', count: 2_000 },
  { name: 'one-session-after-leaving', now: '2026-11-10', count: 2_000, settings: { maxSessionsAfterLeaving: 1 } },
  { name: 'may-december', now: '2026-12-09', count: 2_000, settings: { sessionMonths: [5, 12], fullTimeDaysPerWeek: 4 } },
  { name: 'explicit-sessions', now: '2027-04-30', count: 2_000, settings: { sessions: explicit } },
];

function digests(): Record<string, string[]> {
  const all = generateSituations();
  const out: Record<string, string[]> = {};
  for (const sc of SCENARIOS) {
    for (const p of PROGRAMMES) {
      const blocks: string[] = [];
      for (let i = 0; i < sc.count; i += BLOCK) {
        const h = createHash('sha256');
        for (const s of all.slice(i, i + BLOCK) as Situation[]) h.update(canonical(evaluate(RULE_SETS[p], s, sc.now, sc.settings))).update('\n');
        blocks.push(h.digest('hex').slice(0, 24));
      }
      out[`${sc.name}/${p}`] = blocks;
    }
  }
  return out;
}

test('every verdict on the generated situations is the one of the snapshot', () => {
  const now = digests();
  if (process.env.INTRAS_WRITE_SNAPSHOT === '1') writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string[]>;
  assert.deepEqual(Object.keys(now), Object.keys(expected));
  for (const key of Object.keys(expected)) {
    const bad = expected[key].flatMap((d, i) => d === now[key][i] ? [] : [`${i * BLOCK}–${i * BLOCK + BLOCK - 1}`]);
    assert.deepEqual(bad, [], `${key}: verdicts changed in situations ${bad.join(', ')}`);
  }
});
