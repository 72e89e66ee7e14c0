// <intra-job-feed> bundled with code splitting (as the CDN build and a consumer's bundler do): papaparse and the other
// format readers are in a chunk imported on demand (components/job-feed/job-formats.ts), not in what a page fed with
// our JSON loads (issue 8, element size).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

test('the element\'s static imports hold neither papaparse nor the CSV, PEP, Notion and JSON-LD readers', async () => {
  const r = await build({
    entryPoints: ['components/job-feed/intra-job-feed.ts'], bundle: true, splitting: true, format: 'esm', write: false,
    outdir: 'out', metafile: true, logLevel: 'silent', external: [],
  });
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'components/job-feed/intra-job-feed.ts')!;
  /** Inputs of a file and of every chunk it imports statically. */
  const staticInputs = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return new Set();
    seen.add(file);
    const inputs = new Set(Object.entries(outputs[file].inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k));
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') for (const x of staticInputs(i.path, seen)) inputs.add(x);
    return inputs;
  };
  const loaded = [...staticInputs(entry)];
  for (const re of [/papaparse/, /sources\/csp-csv/, /job-formats/]) assert.ok(!loaded.some((x) => re.test(x)), `${re} in the static part`);
  assert.ok(loaded.some((x) => /sources\/json\.ts/.test(x)), 'our JSON reader is in the static part');
  const dynamic = outputs[entry].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  const lazy = dynamic.flatMap((f) => [...staticInputs(f)]);
  for (const re of [/papaparse/, /sources\/csp-csv/, /sources\/pep/, /sources\/notion/, /sources\/jsonld/]) assert.ok(lazy.some((x) => re.test(x)), `${re} in a dynamic chunk`);
});
