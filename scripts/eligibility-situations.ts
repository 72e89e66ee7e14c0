/**
 * The 10,000 generated situations of the eligibility bench (seeded PRNG, deterministic: same seed → same list), shared
 * by `scripts/bench-eligibility.ts` and the verdict snapshot test (`test/node/eligibility-snapshot.test.ts`), which
 * checks that speed work never changes a verdict.
 */
import { addDays } from '../src/shared/dates.js';
import { DOMAINES } from '../src/members/member.js';
import { SUPPORT_TOPICS, STARTUP_STATUSES, HR_ACTIONS, type Situation } from '../src/eligibility/index.js';
import { mulberry32 as prng } from './prng.mjs';

/** Seed of the bench's situations. */
export const SITUATIONS_SEED = 20261129;

/** `n` generated situations (default 10,000) from `seed`: mostly answered, some inputs missing, mixed sessions. */
export function generateSituations(seed = SITUATIONS_SEED, n = 10_000): Situation[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const maybe = (p = 0.9) => r() < p;
  const sessions = ['2025-novembre', '2026-mai', '2026-novembre', '2027-mai', '2026-juin'];
  const out: Situation[] = [];
  for (let i = 0; i < n; i++) {
    const s: Situation = {};
    if (maybe(0.95)) s.domaine = r() < 0.8 ? 'Intraprenariat' : pick(DOMAINES);
    if (maybe()) s.publicAgent = r() < 0.9;
    if (maybe()) s.alreadyCertified = r() < 0.1;
    const start = addDays('2020-01-01', Math.floor(r() * 2500));
    if (maybe()) s.missionStart = start;
    if (maybe()) s.missionEnd = r() < 0.6 ? null : addDays(start, Math.floor(r() * 1500));
    if (r() < 0.1) s.missionGapDays = Math.floor(r() * 120);
    if (maybe()) s.daysPerWeek = Math.round(r() * 10) / 2;
    if (maybe()) s.reachedAcceleration = r() < 0.6;
    if (maybe()) s.targetSession = pick(sessions);
    if (maybe()) s.volunteer = r() < 0.8;
    if (maybe()) s.topics = SUPPORT_TOPICS.filter(() => r() < 0.3);
    if (maybe(0.5)) s.startupStatus = pick(STARTUP_STATUSES);
    if (maybe()) s.hrAction = pick(HR_ACTIONS);
    if (maybe(0.7)) s.homeAdministration = 'DDT 33';
    if (maybe(0.7)) s.summary = 'Résumé';
    out.push(s);
  }
  return out;
}
