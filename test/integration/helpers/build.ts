/**
 * One `npm run build` shared by the test files that need `dist/` (the types test, the pack test), even when node:test
 * runs them at the same time in separate processes: the first one builds under a lock, the others wait for it, and
 * later runs skip the build while the build's inputs are unchanged and dist/ is the one that build made.
 * The stamp lives in node_modules/.cache/intras-tests/ (never in dist/, which is published).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const cache = join(root, 'node_modules/.cache/intras-tests');
const stampFile = join(cache, 'build-stamp.json');
const lockDir = join(cache, 'build.lock');
/** What `npm run build` reads (besides node_modules). */
const INPUTS = ['src', 'components', 'embed', 'scripts', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements.json'];
/** A file the build writes last-ish: its mtime ties the stamp to this dist/. */
const DIST_MARK = 'dist/jsx/react.d.ts';

function fingerprint(): string {
  const h = createHash('sha256');
  const walk = (p: string): void => {
    const abs = join(root, p);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) for (const f of readdirSync(abs).sort()) walk(join(p, f));
    else h.update(`${relative(root, abs)}\0${st.size}\0${st.mtimeMs}\n`);
  };
  for (const p of INPUTS) walk(p);
  return h.digest('hex');
}
const distMark = () => (existsSync(join(root, DIST_MARK)) ? statSync(join(root, DIST_MARK)).mtimeMs : -1);
function fresh(fp: string): boolean {
  if (!existsSync(stampFile)) return false;
  const s = JSON.parse(readFileSync(stampFile, 'utf8'));
  return s.fingerprint === fp && s.distMark === distMark();
}
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Makes sure dist/ is built from the current sources (builds at most once across concurrent test files). */
export function ensureBuilt(): void {
  mkdirSync(cache, { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (fresh(fingerprint())) return;
    try {
      mkdirSync(lockDir);
    } catch {
      // Another test file is building: wait for it (a lock older than 5 minutes is a crashed run's).
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 300_000) rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another test file\'s build');
      sleep(250);
      continue;
    }
    try {
      const fp = fingerprint();
      if (fresh(fp)) return;
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const r = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', timeout: 280_000 });
      if (r.status !== 0) throw new Error(`npm run build failed${r.error ? ` (${r.error.message})` : r.signal ? ` (killed by ${r.signal})` : ''}:\n${r.stdout}${r.stderr}`);
      // Written aside then renamed: a reader never sees half a stamp (and a hard-linked copy of node_modules/.cache,
      // as a `cp -al` of the project makes, is not written through).
      writeFileSync(`${stampFile}.${process.pid}`, JSON.stringify({ fingerprint: fp, distMark: distMark() }));
      renameSync(`${stampFile}.${process.pid}`, stampFile);
      return;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}
