#!/usr/bin/env node
// `npm test`: type-check, domain tests (node:test) and element tests (web-test-runner in Chromium), one after the
// other, each printing its own report; then one closing line with the pass/fail counts of both runners.
// Exit code 0 only when the type-check and every test pass.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function run(label, cmd, args) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out: strip(out) }));
  });
}

/**
 * The element tests need a Chromium. On a fresh Debian machine (root, or passwordless sudo) install Debian's
 * `chromium` package, as .ci/run does; elsewhere say what to do. CHROME_PATH points at another Chrome/Chromium.
 */
function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  if (candidates.some((p) => p && existsSync(p))) return true;
  const hasApt = existsSync('/usr/bin/apt-get');
  const root = process.getuid?.() === 0;
  if (hasApt) {
    console.log('▶ Chromium not found: installing Debian\'s chromium package (apt-get)…');
    const sudo = root ? [] : ['sudo', '-n'];
    const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run(['apt-get', 'update', '-qq']).status === 0 && run(['apt-get', 'install', '-y', '-qq', 'chromium']).status === 0) return true;
  }
  console.error('Chromium is required for the element tests: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  return false;
}
if (!ensureChromium()) process.exit(1);

/**
 * The store tests (test/node/receiver-*.test.ts) run on PGlite always, and also on a real PostgreSQL server when
 * INTRAS_TEST_DATABASE_URL is set (.ci/run starts Debian's postgresql and sets it). The variable is passed through only
 * when that server answers (3 s), so a stale URL never fails the run: it says so and runs on PGlite alone.
 */
async function checkDatabaseUrl() {
  const url = process.env.INTRAS_TEST_DATABASE_URL;
  if (!url) { console.log('▶ store tests: PGlite (set INTRAS_TEST_DATABASE_URL to also run them on PostgreSQL)'); return; }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    console.log('▶ store tests: PGlite and PostgreSQL (INTRAS_TEST_DATABASE_URL)');
  } catch (e) {
    console.log(`▶ store tests: PGlite only — INTRAS_TEST_DATABASE_URL does not answer (${e.code ?? e.message})`);
    delete process.env.INTRAS_TEST_DATABASE_URL;
  } finally {
    await client.end().catch(() => {});
  }
}
await checkDatabaseUrl();

const bin = (name) => `node_modules/.bin/${name}`;
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `test/node/${f}`);

const typecheck = await run('type-check', bin('tsc'), ['-p', 'tsconfig.json']);
const node = await run('domain tests (node:test)', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]);
const browser = await run('element tests (web-test-runner, Chromium)', bin('web-test-runner'), []);

const num = (re, s) => { const m = [...s.matchAll(re)].pop(); return m ? Number(m[1]) : undefined; };
const nodePass = num(/ℹ pass (\d+)/g, node.out) ?? 0;
const nodeFail = num(/ℹ fail (\d+)/g, node.out) ?? (node.code ? 1 : 0);
const wtr = [...browser.out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
const wtrPass = wtr ? Number(wtr[1]) : 0;
const wtrFail = wtr ? Number(wtr[2]) : (browser.code ? 1 : 0);

console.log('\n──────── summary ────────');
console.log(`type-check: ${typecheck.code === 0 ? 'ok' : 'FAILED'}`);
console.log(`node:test: ${nodePass} passed, ${nodeFail} failed`);
console.log(`web-test-runner: ${wtrPass} passed, ${wtrFail} failed`);
const failed = nodeFail + wtrFail + (typecheck.code === 0 ? 0 : 1) + (node.code && !nodeFail ? 1 : 0) + (browser.code && !wtrFail ? 1 : 0);
console.log(`total: ${nodePass + wtrPass} passed, ${failed} failed`);
process.exit(typecheck.code || node.code || browser.code ? 1 : 0);
