// Build: (a) ESM modules + .d.ts (tsc) for npm consumers, lit / @lit/task / zod / @shoelace-style/localize external;
// (b) dist/cdn/: the autoloader intras.js, one file per element and shared chunks, minified, for site editors; (c) the `intras` CLI for Node.
import { readFileSync, existsSync, readdirSync, chmodSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { embedPagesPlugin } from './scripts/embed-pages.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)) || id.startsWith('node:');
const ts = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', sourceMap: true });
const onwarn = (w, warn) => {
  // zod 4: misplaced /*#__PURE__*/ annotations and a core<->util cycle, both harmless.
  if ((w.code === 'CIRCULAR_DEPENDENCY' || w.code === 'INVALID_ANNOTATION') && /node_modules/.test(`${w.message}${w.id ?? ''}`)) return;
  warn(w);
};

/** Every element's define file (`components/<name>/intra-<name>.ts`) is an npm entry. */
const elementEntries = readdirSync('components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .flatMap((d) => readdirSync(`components/${d.name}`).filter((f) => /^intra-.*\.ts$/.test(f)).map((f) => `components/${d.name}/${f}`));

/**
 * papaparse's Node-only stream reader does `require('stream')` (never called in a browser): in the CDN files that
 * import resolves to an empty module instead of a bare `import "stream"` that browsers cannot load.
 */
const emptyNodeStream = () => ({
  name: 'intras-empty-node-stream',
  resolveId: (id) => (id === 'stream' ? '\0intras-empty-stream' : null),
  load: (id) => (id === '\0intras-empty-stream' ? 'export default {};' : null),
});

/**
 * After esbuild (comments gone), marks every zod builder call in src/ and components/ (`z.object(…)`, `z.string()`…: `import * as z from 'zod/mini'`) as
 * `/*@__PURE__*\/`, so that module-level schemas no element uses (Startup, Mission, CareerPath…) are dropped from the
 * CDN files and from a consumer's bundle of the npm files: rollup cannot prove by itself that zod's constructors have no side effects. Sound because zod's
 * builders only build objects (the library never calls `z.config()`); docs/figures.md has what it saved.
 */
const pureZodSchemas = () => ({
  name: 'intras-pure-zod-schemas',
  transform: (code, id) => (/[\\/](src|components)[\\/].*\.ts$/.test(id) && !/[\\/]node_modules[\\/]/.test(id)
    ? { code: code.replace(/(?<![\w.$])z\.(?=(?:iso\.)?[a-zA-Z_]+\()/g, '/*@__PURE__*/ z.'), map: null } : null),
});

/**
 * Lit templates and CSS (`html`…`` / `css`…`` in components/) minified after esbuild, before terser. Whitespace
 * is collapsed to one space, never removed (text between inline elements keeps its spaces), empty attributes kept;
 * templates with a static tag name (`<${tag}>`, lit/static-html), which the minifier cannot parse, are left as written.
 * Used by the CDN build and by the CLI's: `intras render` must write the very templates the CDN files hydrate
 * (Lit checks each template's digest when hydrating; decision 0044).
 */
const litTemplates = () => minifyHtmlLiterals({
  include: ['components/**'],
  options: {
    minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false },
    shouldMinify: (t) => /html|svg/i.test(t.tag ?? '') && !t.parts.some((p) => /<\/?$/.test(p.text)),
  },
});

const configs = [
  {
    // components/index.ts: the classes, no definition; components/define.ts: defines every element.
    // src/receiver/index.ts: `@betagouv/intras/receiver` (Node only; no element imports it, so no CDN file holds it).
    input: ['src/index.ts', 'src/receiver/index.ts', 'components/index.ts', 'components/define.ts', ...elementEntries],
    // pureZodSchemas: the `/*@__PURE__*/` marks ship in dist/, so a consumer's bundler drops unused schemas too.
    external, onwarn, plugins: [ts(), pureZodSchemas()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true },
  },
  // CDN (one build, several entries, so lit, zod/mini and the shared code are common chunks, never copies):
  // - dist/cdn/intras.js: the autoloader (components/autoload.ts), which imports an element's file only when its
  //   tag is on the page;
  // - dist/cdn/intra-<name>.js: one element's define file (the autoloader imports these; a page may load one directly);
  // - dist/cdn/chunks/*.js: the shared code. The site editor copies the whole folder.
  // src/ is side-effect free by design (package.json "sideEffects" says the same to consumers' bundlers), so modules
  // whose exports no element uses (adapters, CLI helpers…) stay out of these files.
  {
    input: { intras: 'components/autoload.ts', ...Object.fromEntries(elementEntries.map((e) => [e.split('/').pop().replace(/\.ts$/, ''), e])) },
    onwarn,
    treeshake: { moduleSideEffects: (id, external) => !external && !/[\\/]src[\\/]/.test(id) },
    // commonjs: papaparse (the CSV reader of the job feed) ships CommonJS only.
    plugins: [emptyNodeStream(), nodeResolve({ exportConditions: ['production'] }), commonjs(), ts(), pureZodSchemas(),
      // Lit templates and CSS minified after esbuild, before terser (litTemplates, above).
      litTemplates(),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
];

// dist/embed/: one page per element for hosts that can only embed a URL (docs/embed.md): the pages and embed.css
// (scripts/embed-pages.mjs; origins allowed at build time: INTRAS_EMBED_DATA_ORIGINS / INTRAS_EMBED_IMG_ORIGINS), the
// page script embed.js (it imports ../cdn/intra-<name>.js at run time) and the host's snippet parent.js (a classic script).
configs.push(
  {
    input: { embed: 'embed/embed.ts' }, onwarn,
    plugins: [ts(), terser({ ecma: 2022, module: true, format: { comments: false } }), embedPagesPlugin({ css: readFileSync('embed/embed.css', 'utf8') })],
    output: { dir: 'dist/embed', format: 'es', entryFileNames: '[name].js', sourcemap: true },
  },
  {
    input: 'embed/parent.ts', onwarn, plugins: [ts(), terser({ ecma: 2020, format: { comments: false } })],
    output: { file: 'dist/embed/parent.js', format: 'iife', sourcemap: true },
  },
);

if (existsSync('src/cli/intras.ts')) {
  configs.push({
    input: 'src/cli/intras.ts', external, onwarn,
    // The `bin` file is executable as built (npm sets the bit only when it installs the package: `npx intras` from a
    // clone ran the copy npx had cached, and failed with "Permission denied" after a rebuild).
    plugins: [ts(), litTemplates(), { name: 'executable-bin', writeBundle: (o) => chmodSync(`${o.dir}/intras.js`, 0o755) }],
    // The receiver commands' modules are loaded on demand (dynamic imports → chunks in dist/cli/chunks/), so
    // `intras validate` never loads hono, kysely or a database driver.
    output: {
      dir: 'dist/cli', entryFileNames: 'intras.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true,
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    },
  });
}

export default configs;
