// custom-elements.json is generated from the elements' JSDoc (npm run analyze): it must be in step with the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json is up to date with the JSDoc of components/ (run `npm run analyze`)', { timeout: 120_000 }, () => {
  const out = '.cem-check';
  try {
    const r = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', out], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const fresh = JSON.parse(readFileSync(`${root}/${out}/custom-elements.json`, 'utf8'));
    const committed = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
    assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
    const tags = fresh.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    // Every element's define file (components/<name>/intra-<name>.ts) is documented in the manifest.
    const defined = readdirSync(`${root}/components`, { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(`${root}/components/${d.name}`).filter((f) => /^intra-.*\.ts$/.test(f)))
      .map((f) => f.replace(/\.ts$/, '')).sort();
    assert.ok(defined.length >= 3);
    assert.deepEqual(tags.sort(), defined);
  } finally {
    rmSync(`${root}/${out}`, { recursive: true, force: true });
  }
});
