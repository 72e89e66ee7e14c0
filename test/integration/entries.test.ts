// What a consumer's bundler keeps from each npm entry of the elements (esbuild, tree-shaking with the package's
// "sideEffects" list, as webpack, Rollup and Vite do): importing a class keeps that class only and defines no tag;
// a define file keeps its element and defines it; the register-all entry defines every element.
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `code` (an ES module importing from the project's sources) the way a consumer's bundler would. */
async function bundle(code: string): Promise<{ text: string; inputs: string[]; bytes: number }> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'consumer.ts', loader: 'ts' },
    bundle: true, write: false, format: 'esm', minify: true, metafile: true, logLevel: 'silent',
    platform: 'browser', target: 'es2022', tsconfig: `${root}tsconfig.json`,
  });
  const text = r.outputFiles[0].text;
  // Modules that put code in the bundle (the metafile's top-level `inputs` also lists the parsed-then-dropped ones).
  const [out] = Object.values((r.metafile as Metafile).outputs);
  const inputs = Object.entries(out.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
  return { text, inputs, bytes: Buffer.byteLength(text) };
}
const defines = (text: string) => [...text.matchAll(/customElements\.define\(\s*"(intra-[a-z-]+)"/g)].map((m) => m[1]).sort();

/** Every element's tag, from its define file `components/<name>/intra-<name>.ts`. */
const ELEMENT_TAGS = readdirSync(new URL('../../components/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(new URL(`../../components/${d.name}/`, import.meta.url)).filter((f) => /^intra-.*\.ts$/.test(f)))
  .map((f) => f.replace(/\.ts$/, '')).sort();

test('import { IntraPortraits } from the components entry: no tag defined, no eligibility element or engine', async () => {
  const classes = await bundle(`import { IntraPortraits } from './components/index.js'; console.log(IntraPortraits);`);
  assert.deepEqual(defines(classes.text), [], 'no customElements.define');
  assert.deepEqual(classes.inputs.filter((i) => /components\/eligibility\/|src\/eligibility\//.test(i)), [], 'no eligibility module');
  assert.ok(classes.inputs.includes('components/portraits/portraits.ts'));
  assert.ok(classes.inputs.includes('components/portraits/portraits.i18n.ts'), 'the class keeps its messages');

  // About the size of the element's define file, far from both elements'.
  const one = await bundle(`import './components/portraits/intra-portraits.js';`);
  const all = await bundle(`import './components/define.js';`);
  assert.deepEqual(defines(one.text), ['intra-portraits']);
  assert.deepEqual(defines(all.text), ELEMENT_TAGS, 'define.js defines every element');
  assert.ok(classes.bytes <= one.bytes, `classes entry ${classes.bytes} B ≤ define file ${one.bytes} B`);
  assert.ok(classes.bytes < all.bytes * 0.75, `classes entry ${classes.bytes} B, register-all ${all.bytes} B`);
});

test('import { IntraEligibility } from the components entry: no tag defined, no portraits element', async () => {
  const classes = await bundle(`import { IntraEligibility } from './components/index.js'; console.log(IntraEligibility);`);
  assert.deepEqual(defines(classes.text), []);
  assert.deepEqual(classes.inputs.filter((i) => /components\/portraits\//.test(i)), []);
  assert.ok(classes.inputs.includes('components/eligibility/eligibility.ts'));
});

test('every define file defines its own element only', async () => {
  for (const name of ['portraits', 'eligibility']) {
    const r = await bundle(`import './components/${name}/intra-${name}.js';`);
    assert.deepEqual(defines(r.text), [`intra-${name}`], name);
  }
});

test('the autoloader (components/autoload.ts, dist/cdn/intras.js) imports every define file, under its own tag', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL('../../components/autoload.ts', import.meta.url), 'utf8');
  const mapped = [...source.matchAll(/'(intra-[a-z-]+)': \(\) => import\('\.\/([a-z-]+)\/(intra-[a-z-]+)\.js'\)/g)];
  assert.deepEqual(mapped.map((m) => m[1]).sort(), ELEMENT_TAGS, 'one loader per element');
  for (const [, tag, , file] of mapped) assert.equal(file, tag, `${tag} loads its own define file`);
  // No static import of an element (it would load every element on every page).
  assert.doesNotMatch(source, /^import\s/m, 'the loader has no static import');
});
