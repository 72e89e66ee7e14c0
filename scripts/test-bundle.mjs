/**
 * The domain test files (test/node/*.test.ts), compiled once before node:test runs them: one esbuild bundle per test
 * file (the file and the project sources it imports; packages from node_modules stay imports), so each test process
 * starts plain node on one ES module instead of node + the tsx loader transforming and resolving every source module
 * (measured: 0.84 s → 0.33 s CPU for a test file importing src/index.ts; ×40 files, docs/decisions/0054).
 * Same transform as tsx (esbuild, tsconfig.json), same code: `import.meta.url` (and `.dirname`, `.filename`) is
 * replaced in each module by that module's own source location, so fixtures and data files resolve as from source.
 * Inline source maps: with `node --enable-source-maps` a failure's stack points at the .ts lines.
 * `node --import tsx --test test/node/<file>.test.ts` still runs one file from source.
 * What a domain test file must do to be bundled: reach files through `new URL('…', import.meta.url)` or paths, and
 * import modules by literal specifiers (a computed `import(x)` or `import.meta.resolve` would resolve from the bundle's
 * folder). A file that does not compile fails the group with esbuild's message.
 */
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_DIR = join(root, 'node_modules/.cache/intras-tests/domain');

/** Each module's `import.meta.url|dirname|filename` as string literals of its source path (project files only). */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const values = { url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path };
      const contents = text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, k) => JSON.stringify(values[k]));
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Bundles `files` (paths relative to the project root) into BUNDLE_DIR; returns the bundles' paths, in the same order.
 * Throws with esbuild's messages when a file does not compile.
 */
export async function bundleTests(files) {
  await rm(BUNDLE_DIR, { recursive: true, force: true });
  const entryPoints = files.map((f) => ({ in: join(root, f), out: basename(f).replace(/\.ts$/, '') }));
  await build({
    entryPoints, outdir: BUNDLE_DIR, outExtension: { '.js': '.mjs' }, bundle: true, packages: 'external',
    platform: 'node', format: 'esm', target: 'node20', sourcemap: 'inline', sourcesContent: false,
    tsconfig: join(root, 'tsconfig.json'), logLevel: 'error', plugins: [ownImportMeta],
    // Keep `node:test` and friends as they are; keep names readable in failures.
    keepNames: true,
  });
  return entryPoints.map((e) => relative(root, join(BUNDLE_DIR, `${e.out}.mjs`)));
}
