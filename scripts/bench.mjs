#!/usr/bin/env node
// `npm run bench` (after `npm run build`): rerunnable benchmarks, printed as tables.
// 1. <intra-portraits> vs a hand-written vanilla-DOM baseline, same 2,400 generated portraits, same page, same run,
//    in headless Chromium (Debian's /usr/bin/chromium or CHROME_PATH): first render, "Voir plus", one search
//    keystroke (medians, ms, forced layout included) and the DOM node count after first render.
// 2. The eligibility engine (scripts/bench-eligibility.ts), when present.
// 3. The job domain (scripts/bench-jobs.ts): CSP CSV import of 10,000 rows, search over 10,000 postings.
// Only loopback traffic; the server and the browser are stopped at the end.
import { existsSync, mkdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { generatePortraits } from './gen-portraits.mjs';

const N = Number(process.env.BENCH_PORTRAITS ?? 2400);
const ITER = Number(process.env.BENCH_ITERATIONS ?? 15);
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!existsSync('dist/cdn/intras.js')) { console.error('Run `npm run build` first (npm run bench does).'); process.exit(2); }
if (!chrome) { console.error('Chromium not found: apt-get install chromium, or set CHROME_PATH.'); process.exit(2); }

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/portraits.json', JSON.stringify({ portraits: generatePortraits(N, 42) }));

const server = await startDevServer({ config: { rootDir: '.', port: 0, hostname: '127.0.0.1', watch: false, open: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const { port } = server.server.address();
const userDataDir = mkdtempSync(join(tmpdir(), 'intras-bench-'));
const browser = await puppeteer.launch({
  executablePath: chrome, headless: true, userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => { console.error('page error:', e.message); failed = true; });
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/portraits.html`, { waitUntil: 'load' });
  const r = await page.evaluate((iter) => window.runBench('/.bench/portraits.json', iter), ITER);
  const f = (x) => x.toFixed(1).padStart(8);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`.padStart(7);
  console.log(`\n<intra-portraits> vs vanilla DOM — ${r.portraits} portraits, median of ${r.iterations} runs, Chromium headless`);
  console.log(`${'measure'.padEnd(34)}${'element'.padStart(8)}${'vanilla'.padStart(9)}  ratio`);
  console.log(`${'first render (ms, incl. validation)'.padEnd(34)}${f(r.element.first)} ${f(r.vanilla.first)}  ${ratio(r.element.first, r.vanilla.first)}`);
  console.log(`${'"Voir plus" (ms)'.padEnd(34)}${f(r.element.more)} ${f(r.vanilla.more)}  ${ratio(r.element.more, r.vanilla.more)}`);
  console.log(`${'search keystroke (ms)'.padEnd(34)}${f(r.element.search)} ${f(r.vanilla.search)}  ${ratio(r.element.search, r.vanilla.search)}`);
  console.log(`${'DOM nodes after first render'.padEnd(34)}${String(r.element.nodes).padStart(8)} ${String(r.vanilla.nodes).padStart(8)}  ${ratio(r.element.nodes, r.vanilla.nodes)}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (existsSync('scripts/bench-eligibility.ts')) {
  console.log('');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-eligibility.ts'], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
if (existsSync('scripts/bench-jobs.ts')) {
  console.log('');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-jobs.ts'], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
