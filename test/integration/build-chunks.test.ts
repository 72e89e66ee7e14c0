// How the build cuts and annotates code (issue 10, part 3; decisions 0036 and 0050): checked on the build's own
// output, in memory, from rollup.config.mjs (no dist/ needed). Sizes themselves are printed by `npm run size`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
const configs = (await import(new URL('../../rollup.config.mjs', import.meta.url).href)).default as RollupOptions[];

/** Builds one of rollup.config.mjs's configs in memory, without its minifiers (terser: what is kept, not how small). */
async function build(config: RollupOptions): Promise<OutputChunk[]> {
  const plugins = (config.plugins as { name: string }[]).filter((p) => p && p.name !== 'terser');
  const b = await rollup({ ...config, plugins, onwarn: () => {} });
  const { output } = await b.generate(config.output as object);
  await b.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk');
}

test('npm build: zod builder calls in dist/ are marked pure, so a consumer\'s bundler drops the schemas it does not use', async () => {
  const out = await build(configs[0]);
  const startup = out.find((c) => c.fileName === 'src/startups/startup.js');
  assert.ok(startup, 'src/startups/startup.js emitted');
  assert.match(startup.code, /\/\*\s*[@#]__PURE__\s*\*\/\s*z\.object\(/, 'z.object(…) annotated');
  assert.doesNotMatch(startup.code, /(?<!__PURE__\s*\*\/\s*)\bz\.object\(/, 'every z.object(…) annotated');
});

/** The CDN build's files a page loads for `file` (its static imports, followed through the chunks). */
function closure(out: OutputChunk[], file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of out.find((c) => c.fileName === file)!.imports) closure(out, i, seen);
  return seen;
}

test('CDN: the gallery page loads no other element, no other domain and no date arithmetic', async () => {
  const out = await build(configs[1]);
  const files = [...closure(out, 'intra-portraits.js')];
  const modules = files.flatMap((f) => Object.entries(out.find((c) => c.fileName === f)!.modules)
    .filter(([, m]) => m.renderedLength > 0).map(([id, m]) => ({ id: id.slice(root.length).replaceAll('\\', '/'), code: m.code ?? '' })));
  const ids = modules.map((m) => m.id);
  assert.ok(ids.includes('components/portraits/portraits.ts'));
  assert.deepEqual(ids.filter((id) => /^components\/(?!portraits\/|shared\/)|^src\/(eligibility|jobs|support|certification|receiver|sources)\//.test(id)), []);
  // Date arithmetic (addDays, addMonths, daysBetween…) serves the engine, the job feed and sessions, not the gallery.
  assert.deepEqual(modules.filter((m) => /function (addDays|addMonths|daysBetween)\(/.test(m.code)).map((m) => m.id), []);
});

test('npm build: a consumer importing only findCompetence/activeCompetences (as the OB3 export does) keeps no skill-framework schema', async () => {
  // A method call on a schema (`FrameworkShape.check(…)`) and module-level reads of a schema's shape are not zod builder
  // calls: unmarked, they kept the whole framework schema and its rules (3.1 KB gzip of the certification module).
  const files = new Map((await build(configs[0])).map((c) => [c.fileName, c.code]));
  const b = await rollup({
    input: 'consumer.js', onwarn: () => {}, external: (id) => id.startsWith('zod'),
    plugins: [{
      name: 'in-memory-dist',
      resolveId: (id, from) => (id === 'consumer.js' ? id : id.startsWith('.') && from ? new URL(id, `file:///${from}`).pathname.slice(1) : null),
      load: (id) => (id === 'consumer.js' ? "import { findCompetence, activeCompetences } from 'src/skills/framework.js'; export { findCompetence, activeCompetences };" : files.get(id) ?? files.get(id.replace(/^\//, '')) ?? null),
    }, { name: 'entry-path', resolveId: (id) => (id === 'src/skills/framework.js' ? id : null) }],
  });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  const code = output[0].code;
  assert.match(code, /function findCompetence\(/);
  assert.doesNotMatch(code, /frameworkRules|release_not_recorded|superRefine|\.def\.shape/, 'no schema, no rule, no shape read');
});

test('CDN: the gallery page loads the issue catalogue and the rejection report only on demand (decision 0064)', async () => {
  const out = await build(configs[1]);
  const files = [...closure(out, 'intra-portraits.js')];
  const modules = files.flatMap((f) => Object.entries(out.find((c) => c.fileName === f)!.modules)
    .filter(([, m]) => m.renderedLength > 0).map(([id, m]) => ({ id: id.slice(root.length).replaceAll('\\', '/'), code: m.code ?? '' })));
  // describeIssue and its FR/EN catalogue, unknownKeys and the console report of rejected records: rare paths.
  assert.deepEqual(modules.filter((m) => /function (describeIssue|unknownKeys|issueHint)\(|valeur inattendue/.test(m.code)).map((m) => m.id), []);
  // …but a dynamic import away, so an invalid record still gets its message.
  const gallery = out.find((c) => c.fileName === 'intra-portraits.js')!;
  const lazy = [...closure(out, 'intra-portraits.js')].flatMap((f) => out.find((c) => c.fileName === f)!.dynamicImports);
  const lazyCode = lazy.map((f) => Object.keys(out.find((c) => c.fileName === f)!.modules).join('\n')).join('\n');
  assert.ok(gallery);
  assert.match(lazyCode, /issue-messages\.ts/);
  assert.match(lazyCode, /data-source-report\.ts/);
  // The job feed, fed with our JSON, the same (its format readers, an on-demand chunk, word issues at once).
  const feed = [...closure(out, 'intra-job-feed.js')].flatMap((f) => Object.entries(out.find((c) => c.fileName === f)!.modules)
    .filter(([, m]) => m.renderedLength > 0).map(([id, m]) => ({ id: id.slice(root.length).replaceAll('\\', '/'), code: m.code ?? '' })));
  assert.deepEqual(feed.filter((m) => /function (describeIssue|unknownKeys|issueHint)\(|valeur inattendue/.test(m.code)).map((m) => m.id), []);
});
