/**
 * Entry point of the `intras` CLI (package `bin`, built by rollup to `dist/cli/intras.js` with a shebang).
 * All the work is in `./run.ts`; this file only runs it and sets the exit code.
 */
import { run } from './run.js';

// `intras export openbadge big.json | head -c 10`: the reader closed the pipe; stop quietly, like other Unix tools.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`erreur d’écriture / write error: ${e.code ?? e.message}\n`);
  process.exit(2);
});
// Diagnostics go to stderr (`validate bad.json 2>&1 | head -1`): a closed stderr must not crash the run nor change
// its exit code.
process.stderr.on('error', () => {});

run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
