#!/usr/bin/env node
// `npm run size`: gzip (level 9) bytes of what ships, checked against the budgets below. Run after `npm run build`.
// - the CDN file dist/cdn/intras.js (everything, self-contained);
// - each element's npm entry, minified, (a) own code only (lit, zod… external, as an npm consumer's bundler sees it)
//   and (b) with its dependencies (what that single element costs on a page);
// - the domain entry (src/index) with zod/mini, and the JSON Schema files.
// Exit code 1 when a budget is exceeded.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';

/**
 * Budgets in gzip bytes. Issue #2 started the all-in-one CDN file at 30 KB "for everything the package will hold";
 * with the eligibility engine's bilingual explanations it is ~49 KB, so the budgets below are per file and the
 * all-in-one budget was raised on purpose (docs/decisions/0008-cdn-budgets-per-element.md).
 */
const BUDGETS = {
  'dist/cdn/intras.js': 52 * 1024,
  'dist/cdn/intra-portraits.js': 30 * 1024,
  'dist/cdn/intra-eligibility.js': 44 * 1024,
  // Goal of issue 8, not yet met (63.5 KB at first build): lit + zod/mini + MiniSearch + papaparse + the job domain
  // (five adapters, lexicon, places). Reaching it means loading the adapters and papaparse only for a `src` that
  // needs them (dynamic import), see docs/jobs.md.
  'dist/cdn/intra-job-feed.js': 48 * 1024,
  /** Per element npm entry: [own code (deps external), with lit + zod + localize]. */
  // intra-eligibility +1 KiB each (issue 7: typed answers, "missing variables", redirects, live date; 0008).
  // intra-support-request: the eligibility engine and its texts (one engine with <intra-eligibility>), the support
  // schema, the delivery queue and two catalogues (issue 9, decision 0032).
  elements: { 'intra-portraits': [16 * 1024, 29 * 1024], 'intra-eligibility': [30 * 1024, 43 * 1024], 'intra-job-feed': [32 * 1024, 47 * 1024], 'intra-support-request': [37 * 1024, 50 * 1024] },
  default_element: [14 * 1024, 27 * 1024],
  /** One domain module imported alone by an npm consumer, zod/mini included. */
  domain_module_with_zod: 24 * 1024,
  /** Modules above the common budget, on purpose (docs/decisions/0008-cdn-budgets-per-element.md). */
  // Support requests run the eligibility engine (eligibilityFor: one engine, no copy of the rules): engine + ~1.5 KiB
  // (issue 9, decision 0031).
  domain_module_overrides: { 'eligibility engine (4 rule sets)': 25 * 1024, 'support requests (schema, mailto, eligibilityFor + the engine)': 28 * 1024 },
};

/** Domain modules as a consumer imports them (every file of dist/src/<folder>, tree-shaken), each with zod/mini. */
const DOMAIN_MODULES = {
  'portraits': ['portraits'],
  'beta.gouv.fr API v2.7 adapters': ['sources'],
  'skills (framework, RS6247, crosswalks)': ['skills'],
  'certification (sessions, dossier, application, OB3)': ['certification'],
  'eligibility engine (4 rule sets)': ['eligibility'],
  'support requests (schema, mailto, eligibilityFor + the engine)': ['support'],
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = Object.keys(pkg.dependencies);
const isDep = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

async function bundle(input, { external }) {
  const b = await rollup({
    input, onwarn: () => {},
    external: external ? isDep : () => false,
    plugins: [nodeResolve({ exportConditions: ['production'] }), commonjs(), terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true });
  await b.close();
  return Buffer.from(output[0].code);
}

if (!existsSync('dist/cdn/intras.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm run size does it for you).');
  process.exit(2);
}

const rows = [];
const check = (name, raw, gzip, budget) => rows.push({ name, raw, gzip, budget, ok: budget === undefined || gzip <= budget });

for (const f of readdirSync('dist/cdn').filter((x) => x.endsWith('.js')).sort((a, b) => (a === 'intras.js' ? -1 : b === 'intras.js' ? 1 : a.localeCompare(b)))) {
  const buf = readFileSync(`dist/cdn/${f}`);
  check(`CDN dist/cdn/${f}${f === 'intras.js' ? ' (all elements)' : ''}`, buf.length, gz(buf), BUDGETS[`dist/cdn/${f}`]);
}

for (const dir of readdirSync('dist/components', { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name === 'shared') continue;
  for (const f of readdirSync(`dist/components/${dir.name}`).filter((x) => /^intra-.*\.js$/.test(x))) {
    const entry = `dist/components/${dir.name}/${f}`;
    const own = await bundle(entry, { external: true });
    const all = await bundle(entry, { external: false });
    const tag = f.replace(/\.js$/, '');
    const [ownBudget, allBudget] = BUDGETS.elements[tag] ?? BUDGETS.default_element;
    check(`<${tag}> npm entry, own code`, own.length, gz(own), ownBudget);
    check(`<${tag}> with lit, zod, localize`, all.length, gz(all), allBudget);
  }
}

const { writeFileSync, rmSync } = await import('node:fs');
for (const [name, folders] of Object.entries(DOMAIN_MODULES)) {
  const files = folders.flatMap((f) => (existsSync(`dist/src/${f}`) ? readdirSync(`dist/src/${f}`).filter((x) => x.endsWith('.js')).map((x) => `./dist/src/${f}/${x}`) : []));
  if (!files.length) continue;
  const entry = `.size-entry-${process.pid}.mjs`;
  writeFileSync(entry, files.map((f, i) => `export * as m${i} from '${f}';`).join('\n'));
  try {
    const b = await bundle(entry, { external: false });
    check(`domain: ${name} + zod/mini`, b.length, gz(b), BUDGETS.domain_module_overrides[name] ?? BUDGETS.domain_module_with_zod);
  } finally { rmSync(entry, { force: true }); }
}
const domain = await bundle('dist/src/index.js', { external: false });
check('domain: everything (dist/src/index.js) + zod/mini', domain.length, gz(domain));

if (existsSync('dist/schemas')) {
  for (const f of readdirSync('dist/schemas').filter((x) => x.endsWith('.json')).sort()) {
    const b = readFileSync(`dist/schemas/${f}`);
    check(`schema ${f}`, b.length, gz(b));
  }
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`${pad('entry', w)}  ${lpad('raw B', 8)}  ${lpad('gzip B', 8)}  ${lpad('budget B', 9)}  status`);
for (const r of rows) {
  console.log(`${pad(r.name, w)}  ${lpad(r.raw, 8)}  ${lpad(r.gzip, 8)}  ${lpad(r.budget ?? '–', 9)}  ${r.budget === undefined ? '' : r.ok ? 'ok' : 'OVER BUDGET'}`);
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} entr${over.length > 1 ? 'ies' : 'y'} over budget.`);
  process.exit(1);
}
