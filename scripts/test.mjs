#!/usr/bin/env node
// `npm test`: type-check, domain tests (node:test) and element tests (web-test-runner in Chromium, then in Firefox
// ESR), one after the other, each printing its own report; then one closing line with the pass/fail counts of every
// runner. Exit code 0 only when the type-check and every test pass.
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
const chromium = ensureBrowser('Chromium', 'chromium', [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], 'CHROME_PATH');
const firefox = ensureBrowser('Firefox', 'firefox-esr', [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'FIREFOX_PATH');
if (!chromium || !firefox) process.exit(1);

const bin = (name) => `node_modules/.bin/${name}`;
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `test/node/${f}`);

const typecheck = await run('type-check', bin('tsc'), ['-p', 'tsconfig.json']);
// Four test files at a time: node:test's default on a 2-core machine is one, and most files spend their time
// starting processes (tsx, the CLI, tsc, npm) rather than computing.
const node = await run('domain tests (node:test)', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=4', '--test-reporter=spec', ...nodeTests]);
const browsers = [
  { name: 'Chromium', ...await run('element tests (web-test-runner, Chromium)', bin('web-test-runner'), [], { INTRAS_BROWSER: 'chromium' }) },
  { name: 'Firefox', ...await run('element tests (web-test-runner, Firefox ESR)', bin('web-test-runner'), [], { INTRAS_BROWSER: 'firefox' }) },
];

const num = (re, s) => { const m = [...s.matchAll(re)].pop(); return m ? Number(m[1]) : undefined; };
const nodePass = num(/ℹ pass (\d+)/g, node.out) ?? 0;
const nodeFail = num(/ℹ fail (\d+)/g, node.out) ?? (node.code ? 1 : 0);
for (const b of browsers) {
  const wtr = [...b.out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].pop();
  b.pass = wtr ? Number(wtr[1]) : 0;
  b.fail = wtr ? Number(wtr[2]) : (b.code ? 1 : 0);
  b.skipped = wtr?.[3] ? Number(wtr[3]) : 0;
}

console.log('\n──────── summary ────────');
console.log(`type-check: ${typecheck.code === 0 ? 'ok' : 'FAILED'}`);
console.log(`node:test: ${nodePass} passed, ${nodeFail} failed`);
for (const b of browsers) {
  console.log(`web-test-runner (${b.name}): ${b.pass} passed, ${b.fail} failed${b.skipped ? `, ${b.skipped} skipped (Chromium-only, see docs/decisions/0023)` : ''}`);
}
const sum = (f) => browsers.reduce((n, b) => n + f(b), 0);
const failed = nodeFail + sum((b) => b.fail) + (typecheck.code === 0 ? 0 : 1) + (node.code && !nodeFail ? 1 : 0) + sum((b) => (b.code && !b.fail ? 1 : 0));
const skipped = sum((b) => b.skipped);
console.log(`total: ${nodePass + sum((b) => b.pass)} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(typecheck.code || node.code || browsers.some((b) => b.code) ? 1 : 0);
