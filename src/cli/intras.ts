/**
 * Entry point of the `intras` CLI (package `bin`, built by rollup to `dist/cli/intras.js` with a shebang).
 * All the work is in `./run.ts`; this file only runs it and sets the exit code.
 */
import { run } from './run.js';

run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
