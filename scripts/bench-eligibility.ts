/**
 * Eligibility engine bench: evaluations per second on 10,000 generated situations (seeded PRNG, deterministic),
 * for each rule set (median of 5 runs; by wall time, and by this process's CPU time, which other work on a shared
 * machine moves less), and the gzip -9 size of the engine bundled with esbuild (minified, ESM),
 * zod external and zod included. Run: `node --import tsx scripts/bench-eligibility.ts`. Stops by itself.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { evaluate, PROGRAMMES, RULE_SETS, type Verdict } from '../src/eligibility/index.js';
import { generateSituations, SITUATIONS_SEED } from './eligibility-situations.js';

const N = 10_000;
const RUNS = 5;
const NOW = '2026-11-10';


function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const data = generateSituations(SITUATIONS_SEED, N);
const rows: { programme: string; perSec: number; perCpuSec: number; eligible: number; ineligible: number; incomplete: number }[] = [];
for (const p of PROGRAMMES) {
  const rs = RULE_SETS[p];
  const counts = { eligible: 0, ineligible: 0, incomplete: 0 };
  for (const s of data) counts[evaluate(rs, s, NOW).verdict]++; // warm-up + verdict mix
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let sink: Verdict | undefined;
  for (let run = 0; run < RUNS; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const s of data) sink = evaluate(rs, s, NOW);
    rates.push(N / ((performance.now() - t0) / 1000));
    const c = process.cpuUsage(c0);
    cpuRates.push(N / ((c.user + c.system) / 1e6));
  }
  if (!sink) throw new Error('no result');
  rows.push({ programme: p, perSec: median(rates), perCpuSec: median(cpuRates), ...counts });
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
console.log('| rule set      | evaluations/s | per CPU second | eligible | ineligible | incomplete |');
console.log('| ------------- | ------------: | -------------: | -------: | ---------: | ---------: |');
for (const r of rows) console.log(`| ${r.programme.padEnd(13)} | ${pad(Math.round(r.perSec).toLocaleString('en'), 13)} | ${pad(Math.round(r.perCpuSec).toLocaleString('en'), 14)} | ${pad(r.eligible, 8)} | ${pad(r.ineligible, 10)} | ${pad(r.incomplete, 10)} |`);
const cert = rows.find((r) => r.programme === 'certification');
if (cert) console.log(`\nGoal (issue 10): certification ≥ 100,000 evaluations/s — ${Math.round(cert.perSec).toLocaleString('en')}/s by wall clock: ${cert.perSec >= 100_000 ? 'met' : 'NOT met'} (load average ${(await import('node:os')).loadavg()[0].toFixed(1)}: other work on the machine lowers it)`);
console.log('\n| engine bundle (esbuild, minified, ESM) | minified bytes | gzip -9 bytes |');
console.log('| -------------------------------------- | -------------: | ------------: |');
console.log(`| src/eligibility/index.ts, zod external | ${pad(ext.min, 14)} | ${pad(ext.gzip, 13)} |`);
console.log(`| src/eligibility/index.ts, zod included | ${pad(inc.min, 14)} | ${pad(inc.gzip, 13)} |`);
