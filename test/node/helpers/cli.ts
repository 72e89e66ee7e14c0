/**
 * The `intras` CLI for tests, bundled once per test process with esbuild (~0.2 s) instead of starting tsx for every
 * run (each `node --import tsx src/cli/intras.ts` spent ~0.25 s compiling and loading before doing anything).
 * Same code: src/cli/intras.ts and what it imports, dependencies (commander, zod) left to node_modules, and
 * `import.meta.url` set to src/cli/run.ts's URL, so the CLI reads the same files as when run from source.
 * The bundle is written under node_modules/.cache/ (so that node_modules resolves) and removed at exit.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let bundled: string | undefined;

/** Path of the bundled CLI (an ES module to run with `node <path> …`). */
export function cliPath(): string {
  if (bundled) return bundled;
  const dir = join(root, 'node_modules/.cache/intras-tests');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `intras-cli-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(root, 'src/cli/intras.ts')], outfile: out, bundle: true, packages: 'external',
    platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', tsconfig: join(root, 'tsconfig.json'),
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src/cli/run.ts')).href) },
  });
  process.on('exit', () => rmSync(out, { force: true }));
  return (bundled = out);
}
