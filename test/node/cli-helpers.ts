// Shared by the `cli*.test.ts` files: run the `intras` CLI in this process (fast: `run()` with captured streams) or
// as a child process (the real entry point, real file descriptors), and make temp files.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import { cliPath } from './helpers/cli.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = join(root, 'src/cli/intras.ts');
export const fx = (p: string) => join(root, 'test/fixtures', p);

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** The CLI's `run()` in this process: exit code, and what it wrote to stdout and to stderr, apart. */
export async function intras(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

/**
 * The CLI as a child process (src/cli/intras.ts bundled once per test file by helpers/cli.ts), for what only a process shows: its real stdout
 * and stderr, the exit code, a blocking read. `timeout` (ms, default 60 s) kills a hung child: a guard, not a measure.
 */
export function intrasChild(args: string[], options: SpawnSyncOptions = {}): CliResult & { signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    cwd: root, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', ...options, env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), signal: r.signal };
}

/** A temp directory, with `write(name, content)` (objects as JSON) and `cleanup()`. */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | object) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
