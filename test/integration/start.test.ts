// `npm start`: the port is checked before anything is built, so a busy port leaves dist/ (and a running demo server)
// alone. Run in a temporary copy of the project whose "build" script only leaves a marker file; the "start" script
// and scripts/start.mjs are the project's own.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'intras-start-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the project's start script in `dir`, with a build that writes `built` (and exits with `buildExit`). */
function project(dir: string, buildExit = 0): string {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  cpSync(join(root, 'scripts/start.mjs'), join(dir, 'scripts/start.mjs'));
  const build = `node -e "require('fs').writeFileSync('built', '');process.exit(${buildExit})"`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'start-test', private: true, type: 'module', scripts: { build, start: pkg.scripts.start } }));
  return dir;
}
const listen = (port = 0) => new Promise<Server>((resolve, reject) => {
  const s = createServer().once('error', reject).listen(port, '127.0.0.1', () => resolve(s));
});

test('npm start on a busy port: French and English message, exit 1, nothing built', async () => {
  const dir = project(join(tmp, 'busy'));
  const server = await listen();
  try {
    const port = (server.address() as { port: number }).port;
    const r = spawnSync(npm, ['start', '--silent'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`Le port ${port} est déjà utilisé`));
    assert.match(r.stderr, new RegExp(`Port ${port} is already in use`));
    assert.equal(existsSync(join(dir, 'built')), false, 'the build did not run');
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('npm start on a free port builds before serving, and a failed build stops there with its exit code', async () => {
  const dir = project(join(tmp, 'free'), 3);
  const server = await listen();
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r)); // a port that was free a moment ago
  const r = spawnSync(npm, ['start', '--silent'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
  assert.equal(existsSync(join(dir, 'built')), true, 'the build ran');
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /Démo \/ demo/, 'no server after a failed build');
});
