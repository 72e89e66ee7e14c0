#!/usr/bin/env node
// `npm test`: type-check, domain tests, integration tests (both node:test) and element tests (web-test-runner in
// Chromium, then in Firefox ESR), one after the other, each printing its own report; then one closing line with the
// pass/fail counts of every runner. Exit code 0 only when the type-check and every test pass.
// `node scripts/test.mjs domain` (npm run test:node) or `… integration` (npm run test:integration) runs one group.
//
// Which group a test file belongs to (docs/decisions/0054; place new files by this rule):
// - test/node/*.test.ts, DOMAIN tests: in-process tests of the code (src/, embed/params.ts, components/shared/*.ts,
//   the pure functions of scripts/): schemas, rules, adapters, the eligibility engine, text, skills, jobs, portraits,
//   the CLI through `run()` with captured streams (cli-helpers.ts `intras()`), reading fixtures. A domain test starts
//   no process (no spawn/exec, not even the CLI's), builds, bundles or packs nothing, listens on no port, opens no
//   database (PGlite or PostgreSQL). Run compiled by scripts/test-bundle.mjs, one process per file, cores at a time.
// - test/integration/*.test.ts, INTEGRATION tests: everything that does one of those things: the CLI as a child
//   process (`intrasChild()`), `npm run build`/`npm pack`/tsc/esbuild/cem on the package, HTTP servers on loopback,
//   the receiver's store on PGlite and PostgreSQL, randomised end-to-end runs with injected faults. Run from source
//   with tsx, four files at a time (they mostly wait on processes, sockets and disk).
// A file with tests of both kinds is split: the integration tests go to a file of test/integration/ unchanged (as
// cli-process.test.ts and embed-build.test.ts were). Helpers (*-helpers.ts, helpers/) are not test files.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function run(label, cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${label}: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out: strip(out) }));
  });
}

/**
 * The element tests need a Chromium and a Firefox. On a fresh Debian machine (root, or passwordless sudo) install
 * Debian's `chromium` and `firefox-esr` packages when missing, as .ci/run does; elsewhere say what to do.
 * CHROME_PATH / FIREFOX_PATH point at another browser. No browser is ever downloaded by npm.
 */
function ensureBrowser(name, pkg, candidates, envVar) {
  if (candidates.some((p) => p && existsSync(p))) return true;
  const hasApt = existsSync('/usr/bin/apt-get');
  const root = process.getuid?.() === 0;
  if (hasApt) {
    console.log(`▶ ${name} not found: installing Debian's ${pkg} package (apt-get)…`);
    const sudo = root ? [] : ['sudo', '-n'];
    const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run(['apt-get', 'update', '-qq']).status === 0 && run(['apt-get', 'install', '-y', '-qq', pkg]).status === 0) return true;
  }
  console.error(`${name} is required for the element tests: install it (Debian: apt-get install ${pkg}) or set ${envVar}.`);
  return false;
}
const GROUPS = ['domain', 'integration'];
const only = process.argv[2];
if (only !== undefined && !GROUPS.includes(only)) {
  console.error(`usage: node scripts/test.mjs [${GROUPS.join('|')}]`);
  process.exit(2);
}
const want = (group) => only === undefined || only === group;

if (only === undefined) {
  const chromium = ensureBrowser('Chromium', 'chromium', [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], 'CHROME_PATH');
  const firefox = ensureBrowser('Firefox', 'firefox-esr', [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'FIREFOX_PATH');
  if (!chromium || !firefox) process.exit(1);
}

/**
 * The store tests (test/integration/receiver-*.test.ts) run on PGlite always, and also on a real PostgreSQL server when
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
if (want('integration')) await checkDatabaseUrl();

const bin = (name) => `node_modules/.bin/${name}`;
/**
 * The test files of a group, the slowest first (so that none of them starts last and runs alone at the end; measured
 * in docs/figures.md "Tests and CI"), then the others by name.
 */
const SLOWEST = {
  domain: ['eligibility-snapshot', 'eligibility-robustness', 'text-trials', 'cli-output', 'cli-input'],
  integration: ['pack', 'receiver-random', 'receiver-store', 'receiver-outbox', 'receiver-http', 'types', 'receiver-crash'],
};
function testFiles(group) {
  const dir = group === 'domain' ? 'test/node' : 'test/integration';
  const rank = (f) => { const i = SLOWEST[group].indexOf(f.replace(/\.test\.ts$/, '')); return i < 0 ? Infinity : i; };
  return readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().sort((a, b) => rank(a) - rank(b)).map((f) => `${dir}/${f}`);
}

/** Runs a node:test group; its counts come from the spec reporter's closing lines. */
async function nodeGroup(group) {
  const files = testFiles(group);
  const started = Date.now();
  let r;
  if (group === 'domain') {
    // Compiled once (scripts/test-bundle.mjs), then plain node: one process per file, as many at a time as cores
    // (the domain tests compute; a third process on two cores only shares them).
    const { bundleTests } = await import('./test-bundle.mjs');
    let bundles;
    try {
      bundles = await bundleTests(files);
    } catch (e) {
      console.error(`domain tests: compiling the test files failed:\n${e.message}`);
      return { group, pass: 0, fail: 1, skipped: 0, code: 1, seconds: 0 };
    }
    const jobs = Math.max(2, (await import('node:os')).availableParallelism());
    // --enable-source-maps: a failure names the .ts file and line (~0.05 s of CPU a file).
    r = await run(`domain tests (node:test, ${files.length} files of test/node, compiled by scripts/test-bundle.mjs)`,
      process.execPath, ['--enable-source-maps', '--test', `--test-concurrency=${jobs}`, '--test-reporter=spec', ...bundles]);
  } else {
    // Four files at a time: most of them spend their time waiting on processes (tsx, the CLI, tsc, npm), sockets and
    // the database rather than computing.
    r = await run(`integration tests (node:test, ${files.length} files of test/integration)`, process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=4', '--test-reporter=spec', ...files]);
  }
  const num = (re) => { const m = [...r.out.matchAll(re)].pop(); return m ? Number(m[1]) : undefined; };
  const pass = num(/ℹ pass (\d+)/g) ?? 0;
  const fail = num(/ℹ fail (\d+)/g) ?? (r.code ? 1 : 0);
  const skipped = (num(/ℹ skipped (\d+)/g) ?? 0) + (num(/ℹ todo (\d+)/g) ?? 0);
  return { group, pass, fail: fail || (r.code ? 1 : 0), skipped, code: r.code, seconds: (Date.now() - started) / 1000 };
}

const typecheck = only === undefined ? await run('type-check', bin('tsc'), ['-p', 'tsconfig.json']) : undefined;
const nodeGroups = [];
for (const group of GROUPS) if (want(group)) nodeGroups.push(await nodeGroup(group));
const browsers = only !== undefined ? [] : [
  { name: 'Chromium', ...await run('element tests (web-test-runner, Chromium)', bin('web-test-runner'), [], { INTRAS_BROWSER: 'chromium' }) },
  { name: 'Firefox', ...await run('element tests (web-test-runner, Firefox ESR)', bin('web-test-runner'), [], { INTRAS_BROWSER: 'firefox' }) },
];

for (const b of browsers) {
  const wtr = [...b.out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].pop();
  b.pass = wtr ? Number(wtr[1]) : 0;
  b.fail = wtr ? Number(wtr[2]) : (b.code ? 1 : 0);
  b.skipped = wtr?.[3] ? Number(wtr[3]) : 0;
}

console.log('\n──────── summary ────────');
if (typecheck) console.log(`type-check: ${typecheck.code === 0 ? 'ok' : 'FAILED'}`);
for (const g of nodeGroups) {
  console.log(`node:test ${g.group}: ${g.pass} passed, ${g.fail} failed${g.skipped ? `, ${g.skipped} skipped` : ''} (${g.seconds.toFixed(1)} s)`);
}
for (const b of browsers) {
  console.log(`web-test-runner (${b.name}): ${b.pass} passed, ${b.fail} failed${b.skipped ? `, ${b.skipped} skipped (Chromium-only, see docs/decisions/0023)` : ''}`);
}
const runners = [...nodeGroups, ...browsers];
const sum = (f) => runners.reduce((n, x) => n + f(x), 0);
const failed = sum((x) => x.fail) + (typecheck && typecheck.code !== 0 ? 1 : 0) + sum((x) => (x.code && !x.fail ? 1 : 0));
const skipped = sum((x) => x.skipped);
console.log(`total: ${sum((x) => x.pass)} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(typecheck?.code || runners.some((x) => x.code) ? 1 : 0);
