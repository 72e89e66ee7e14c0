#!/usr/bin/env node
// `npm run size`: gzip (level 9) bytes of what ships, checked against the budgets below. Run after `npm run build`.
// - what a page downloads from dist/cdn/: the autoloader intras.js, plus the files and shared chunks of the elements on
//   that page (goals of issue 10), and each element's CDN file with its chunks. One mechanism follows the imports,
//   `closure()`: static imports always, a dynamic import `import("./x.js")` too unless its file is one of the ON_DEMAND
//   cases (the elements' files the loader imports per tag, English texts, the job feed's format readers, the
//   eligibility rule sets, Lit's hydration support); a row that counts such a case names it (`page(tags, cases)`);
// - each element's npm entry, minified, (a) own code only (lit, zod… external, as an npm consumer's bundler sees it)
//   and (b) with its dependencies (what that single element costs on a page);
// - the domain entry (src/index) with zod/mini, and the JSON Schema files.
// Exit code 1 when a budget is exceeded.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
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
  'dist/cdn/intra-portraits.js': 30 * 1024,
  'dist/cdn/intra-eligibility.js': 44 * 1024,
  // Goal of issue 8, not yet met (63.5 KB at first build; 61.4 KB once papaparse and the four other readers became an
  // on-demand chunk, 2026-11-30): lit + zod/mini + MiniSearch + the job domain (our JSON, lexicon, places, search).
  // See docs/figures.md, "Issue 8 goals".
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

/**
 * Goals of issue 10 (part 3), gzip bytes a page downloads from dist/cdn/ (the loader plus the files its elements
 * import). Not reached goals stay here as goals: docs/figures.md records what was tried and what each option gave.
 */
const GOALS = { loader: 2 * 1024, galleryPage: 24 * 1024, allElementsPage: 70 * 1024 };

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

/**
 * What an element's npm entry costs before its on-demand chunks (`import()`: English texts, the job feed's format
 * readers): bundled with code splitting, the entry and the chunks it imports statically, as one text.
 */
async function bundleStatic(input, { external }) {
  const b = await rollup({ input, onwarn: () => {}, external: external ? isDep : () => false, plugins: [nodeResolve({ exportConditions: ['production'] }), commonjs(), terser({ ecma: 2022, module: true, format: { comments: false } })] });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const seen = new Set();
  const visit = (name) => { if (seen.has(name)) return; seen.add(name); for (const i of chunks.get(name).imports) if (chunks.has(i)) visit(i); };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  return Buffer.from([...seen].map((n) => chunks.get(n).code).join('\n'));
}
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
const check = (name, raw, gzip, budget, kind = 'budget') => rows.push({ name, raw, gzip, budget, kind, ok: budget === undefined || gzip <= budget });

// CDN: what a page downloads. dist/cdn/intras.js is the autoloader; it imports `intra-<name>.js` for each tag on the
// page, and each of those imports chunks (dist/cdn/chunks/). A file's cost is its own gzip size (one HTTP response
// each); a page's cost is the sum over the loader and the import closure of its elements' files: static imports and
// every dynamic import, except the on-demand ones below unless the row asks for their case.
/**
 * Dynamic imports a page makes only in some cases, by file name (dist/cdn/ paths), each with its case. Any other
 * `import("./x.js")` is counted on every page that reaches it.
 */
const ON_DEMAND = {
  // The elements' files, imported by the loader for each tag on the page: `page()` adds the elements on that page.
  elements: /^intra-[\w-]+\.js$/,
  // The English catalogues, fetched when an element resolves to English (row "lang=en").
  english: /^chunks\/[\w.-]+\.i18n\.en-[\w-]+\.js$/,
  // The job feed's format readers: only for a `src` in another format than our JSON (row "src in another format").
  readers: /^chunks\/job-formats-[\w-]+\.js$/,
  // <intra-eligibility>'s rule sets, one per programme on the page (rows "programme=…"; the all-elements page counts
  // the certification's; the support ones are static imports of <intra-support-request>).
  certification: /^chunks\/certification-[\w-]+\.js$/,
  support: /^chunks\/support-[\w-]+\.js$/,
  // Lit's hydration support, imported by the loader for a page holding HTML pre-rendered by `intras render` (0044).
  hydration: /^chunks\/lit-element-hydrate-support-[\w-]+\.js$/,
  // The wording of validation issues and the console report of rejected records (decision 0064): imported by the data
  // pipeline only for a load with a rejected or trimmed record (row "a record rejected"). Elements whose parsers word
  // issues at once import the catalogue statically, and a static import is always counted.
  rejected: /^chunks\/(?:issue-messages|data-source-report)-[\w-]+\.js$/,
  // Hydration after the whole data: only for an element pre-rendered by `intras render --data-src` (decision 0056).
  deferred: /^chunks\/deferred-hydration-[\w-]+\.js$/,
};
/**
 * dist/cdn paths a file pulls in (itself included), following its imports: static ones always, dynamic ones unless
 * they are an ON_DEMAND case not in `cases` (names of ON_DEMAND).
 */
function closure(file, seen = new Set(), cases = []) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`dist/cdn/${file}`, 'utf8');
  // `import{…}from"./x.js"`, `import"./x.js"` and `import("./x.js")`.
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*(\()?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const dep = posix.normalize(posix.join(posix.dirname(file), m[2]));
    if (m[1] && Object.entries(ON_DEMAND).some(([c, re]) => re.test(dep) && !cases.includes(c))) continue;
    closure(dep, seen, cases);
  }
  return seen;
}
const fileSize = (f) => { const b = readFileSync(`dist/cdn/${f}`); return { raw: b.length, gzip: gz(b) }; };
const total = (files) => [...files].reduce((a, f) => { const s = fileSize(f); return { raw: a.raw + s.raw, gzip: a.gzip + s.gzip }; }, { raw: 0, gzip: 0 });
const cdnTags = readdirSync('dist/cdn').filter((x) => /^intra-.*\.js$/.test(x)).map((x) => x.replace(/\.js$/, '')).sort();
/** The files of a page with the loader and the elements `tags`, counting the on-demand `cases`. */
const page = (tags, cases = []) => { const files = closure('intras.js', new Set(), cases); for (const t of tags) closure(`${t}.js`, files, cases); return files; };
/** A row for a page with on-demand `cases`, when the build has them (they add files to the page). */
const caseRow = (name, tags, cases) => {
  const files = page(tags, cases);
  if (files.size === page(tags).size) return;
  const p = total(files);
  check(name, p.raw, p.gzip);
};

const loader = total(closure('intras.js'));
check('page: the loader alone (dist/cdn/intras.js)', loader.raw, loader.gzip, GOALS.loader, 'goal');
const gallery = total(page(['intra-portraits']));
check('page: loader + <intra-portraits> (the gallery only)', gallery.raw, gallery.gzip, GOALS.galleryPage, 'goal');
const galleryEn = total(page(['intra-portraits'], ['english']));
check('page: loader + <intra-portraits lang="en"> (+ English texts)', galleryEn.raw, galleryEn.gzip);
// A gallery whose data has a rejected or trimmed record also downloads the issue catalogue and the report (decision 0064).
{
  const p = total(page(['intra-portraits'], ['rejected']));
  check('page: loader + <intra-portraits>, a record rejected (+ issue messages, report)', p.raw, p.gzip);
}
for (const t of cdnTags.filter((t) => t !== 'intra-portraits')) {
  const p = total(page([t]));
  check(`page: loader + <${t}> only`, p.raw, p.gzip);
}
// The job feed's format readers (papaparse, CSV, JSON-LD, PEP, Notion: components/job-feed/job-formats.ts) are a chunk
// the element imports only for data that needs them: a page fed with our JSON never downloads it, a page whose `src` is
// in another format does (one more response), counted on this row.
if (cdnTags.includes('intra-job-feed')) caseRow('page: loader + <intra-job-feed>, src in another format (+ readers chunk)', ['intra-job-feed'], ['readers']);
// <intra-eligibility> loads its programme's rule set on demand (src/eligibility/programmes.ts, issue 10): a page with
// the element also downloads that chunk (`certification-*.js`, or `support-*.js` for the three support programmes).
if (cdnTags.includes('intra-eligibility')) {
  caseRow('page: loader + <intra-eligibility programme="certification">', ['intra-eligibility'], ['certification']);
  caseRow('page: loader + <intra-eligibility programme="coaching, clinic or hr-support">', ['intra-eligibility'], ['support']);
}
// A page holding a gallery pre-rendered by `intras render` (decision 0044): the loader also imports Lit's hydration
// support.
caseRow('page: loader + pre-rendered <intra-portraits> (+ hydration support)', ['intra-portraits'], ['hydration']);
caseRow('page: loader + <intra-portraits> pre-rendered with --data-src (+ hydration support, hydration after the data)', ['intra-portraits'], ['hydration', 'deferred']);
// The all-elements page counts the certification's rule set too (the support ones come with <intra-support-request>).
const all = total(page(cdnTags, ['certification']));
check(`page: loader + all ${cdnTags.length} elements`, all.raw, all.gzip, GOALS.allElementsPage, 'goal');
// Each element's file with its chunks, loaded directly without the loader (the per-element CDN budgets).
for (const t of cdnTags) {
  const p = total(closure(`${t}.js`));
  check(`CDN dist/cdn/${t}.js + its chunks`, p.raw, p.gzip, BUDGETS[`dist/cdn/${t}.js`]);
}
for (const f of readdirSync('dist/cdn/chunks').filter((x) => x.endsWith('.js')).sort()) {
  const s = fileSize(`chunks/${f}`);
  check(`  chunk ${f}`, s.raw, s.gzip);
}

for (const dir of readdirSync('dist/components', { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name === 'shared') continue;
  for (const f of readdirSync(`dist/components/${dir.name}`).filter((x) => /^intra-.*\.js$/.test(x))) {
    const entry = `dist/components/${dir.name}/${f}`;
    const own = await bundle(entry, { external: true });
    const all = await bundle(entry, { external: false });
    const tag = f.replace(/\.js$/, '');
    const [ownBudget, allBudget] = BUDGETS.elements[tag] ?? BUDGETS.default_element;
    if (tag === 'intra-job-feed') {
      // Budgets on what a page fed with our JSON loads; the format readers and English texts come on demand (above).
      const ownStatic = await bundleStatic(entry, { external: true });
      const allStatic = await bundleStatic(entry, { external: false });
      check(`<${tag}> npm entry, own code, without on-demand chunks`, ownStatic.length, gz(ownStatic), ownBudget);
      check(`<${tag}> with lit, zod, localize, without on-demand chunks`, allStatic.length, gz(allStatic), allBudget);
      check(`<${tag}> npm entry, own code, everything inlined`, own.length, gz(own));
      check(`<${tag}> with lit, zod, localize, everything inlined`, all.length, gz(all));
      continue;
    }
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
console.log(`${pad('entry', w)}  ${lpad('raw B', 8)}  ${lpad('gzip B', 8)}  ${lpad('budget/goal B', 13)}  status`);
for (const r of rows) {
  console.log(`${pad(r.name, w)}  ${lpad(r.raw, 8)}  ${lpad(r.gzip, 8)}  ${lpad(r.budget === undefined ? '–' : `${r.kind === 'goal' ? 'goal ' : ''}${r.budget}`, 13)}  ${r.budget === undefined ? '' : r.ok ? 'ok' : r.kind === 'goal' ? 'OVER GOAL' : 'OVER BUDGET'}`);
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} entr${over.length > 1 ? 'ies' : 'y'} over budget or goal.`);
  process.exit(1);
}
