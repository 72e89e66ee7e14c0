// Build: (a) ESM modules + .d.ts (tsc) for npm consumers, lit / @lit/task / zod / @shoelace-style/localize external;
// (b) dist/cdn/intras.js: one self-contained minified file for site editors; (c) the `intras` CLI for Node.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';

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

const configs = [
  {
    // components/index.ts: the classes, no definition; components/define.ts: defines every element.
    input: ['src/index.ts', 'components/index.ts', 'components/define.ts', ...elementEntries],
    external, onwarn, plugins: [ts()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true },
  },
  // CDN files: dist/cdn/intras.js (every element) and dist/cdn/intra-<name>.js (one element, for pages that embed
  // only that one). src/ is side-effect free by design (package.json "sideEffects" says the same to consumers'
  // bundlers), so modules whose exports no element uses (adapters, CLI helpers…) stay out of these files.
  ...[['components/define.ts', 'dist/cdn/intras.js'], ...elementEntries.map((e) => [e, `dist/cdn/${e.split('/').pop().replace(/\.ts$/, '.js')}`])]
    .map(([input, file]) => ({
      input, onwarn,
      treeshake: { moduleSideEffects: (id, external) => !external && !/[\\/]src[\\/]/.test(id) },
      // commonjs: papaparse (the CSV reader of the job feed) ships CommonJS only.
      plugins: [nodeResolve({ exportConditions: ['production'] }), commonjs(), ts(), terser({ ecma: 2022, module: true, format: { comments: false } })],
      output: { file, format: 'es', sourcemap: true },
    })),
];

if (existsSync('src/cli/intras.ts')) {
  configs.push({
    input: 'src/cli/intras.ts', external, onwarn, plugins: [ts()],
    output: { file: 'dist/cli/intras.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
  });
}

export default configs;
