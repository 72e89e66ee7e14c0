/**
 * Eligibility engine bench: evaluations per second on 10,000 generated situations (seeded PRNG, deterministic),
 * for each rule set (median of 5 runs), and the gzip -9 size of the engine bundled with esbuild (minified, ESM),
 * zod external and zod included. Run: `node --import tsx scripts/bench-eligibility.ts`. Stops by itself.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/shared/dates.js';
import { DOMAINES } from '../src/members/member.js';
import { evaluate, PROGRAMMES, RULE_SETS, SUPPORT_TOPICS, STARTUP_STATUSES, HR_ACTIONS, type Situation, type Verdict } from '../src/eligibility/index.js';
import { mulberry32 as prng } from './prng.mjs';

const N = 10_000;
const RUNS = 5;
const NOW = '2026-11-10';


function situations(seed: number): Situation[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const maybe = (p = 0.9) => r() < p;
  const sessions = ['2025-novembre', '2026-mai', '2026-novembre', '2027-mai', '2026-juin'];
  const out: Situation[] = [];
  for (let i = 0; i < N; i++) {
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const data = situations(20261129);
const rows: { programme: string; perSec: number; eligible: number; ineligible: number; incomplete: number }[] = [];
for (const p of PROGRAMMES) {
  const rs = RULE_SETS[p];
  const counts = { eligible: 0, ineligible: 0, incomplete: 0 };
  for (const s of data) counts[evaluate(rs, s, NOW).verdict]++; // warm-up + verdict mix
  const rates: number[] = [];
  let sink: Verdict | undefined;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    for (const s of data) sink = evaluate(rs, s, NOW);
    rates.push(N / ((performance.now() - t0) / 1000));
  }
  if (!sink) throw new Error('no result');
  rows.push({ programme: p, perSec: median(rates), ...counts });
}

const entry = fileURLToPath(new URL('../src/eligibility/index.ts', import.meta.url));
async function gz(external: string[]): Promise<{ min: number; gzip: number }> {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, external, logLevel: 'silent' });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const ext = await gz(['zod', 'zod/*']);
const inc = await gz([]);

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`Eligibility engine bench — ${N.toLocaleString('en')} generated situations (seed 20261129), now = ${NOW}, median of ${RUNS} runs, Node ${process.version}\n`);
console.log('| rule set      | evaluations/s | eligible | ineligible | incomplete |');
console.log('| ------------- | ------------: | -------: | ---------: | ---------: |');
for (const r of rows) console.log(`| ${r.programme.padEnd(13)} | ${pad(Math.round(r.perSec).toLocaleString('en'), 13)} | ${pad(r.eligible, 8)} | ${pad(r.ineligible, 10)} | ${pad(r.incomplete, 10)} |`);
console.log('\n| engine bundle (esbuild, minified, ESM) | minified bytes | gzip -9 bytes |');
console.log('| -------------------------------------- | -------------: | ------------: |');
console.log(`| src/eligibility/index.ts, zod external | ${pad(ext.min, 14)} | ${pad(ext.gzip, 13)} |`);
console.log(`| src/eligibility/index.ts, zod included | ${pad(inc.min, 14)} | ${pad(inc.gzip, 13)} |`);
