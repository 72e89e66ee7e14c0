// The published package, as a consumer gets it: `npm pack` of the built package, install the tarball into a
// temporary project from the local npm cache, import the framework and its types, type-check a consumer, run the CLI.
// The build is the one shared by the test files that need dist/ (helpers/build.ts: `npm run build`, at most once per
// change), so `npm pack` runs with --ignore-scripts; that prepack runs the same build is checked on package.json.
// One test, generous timeout, temp dir always removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './helpers/build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('npm pack → install the tarball in a temp project → import RS6247 + types, tsc, schemas, npx intras --help', { timeout: 600_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'intras-pack-'));
  try {
    const packDir = join(tmp, 'pack');
    const app = join(tmp, 'consumer');
    execFileSync('mkdir', ['-p', packDir, app]);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    assert.match(scripts.prepack, /(^|&& )npm run build( &&|$)/, 'prepack runs the build this test shares');
    ensureBuilt();
    const packed = execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 540_000 });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    assert.ok(tarball.endsWith('.tgz'), packed);
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' });
    for (const f of ['package/dist/cli/intras.js', 'package/dist/src/index.js', 'package/dist/src/index.d.ts', 'package/dist/schemas/skill-framework.schema.json', 'package/dist/schemas/certification-application.schema.json', 'package/dist/data/rs6247.framework.json',
      'package/dist/components/index.js', 'package/dist/components/define.js', 'package/dist/cdn/intras.js', 'package/dist/jsx/react.d.ts', 'package/dist/jsx/vue.d.ts', 'package/dist/jsx/svelte.d.ts'])
      assert.ok(listing.includes(f), `${f} is in the tarball`);
    // The CDN folder a site editor copies: the autoloader, one file per element and the shared chunks they import.
    for (const tag of ['intra-portraits', 'intra-eligibility', 'intra-job-feed', 'intra-support-request']) assert.ok(listing.includes(`package/dist/cdn/${tag}.js`), `dist/cdn/${tag}.js is in the tarball`);
    assert.match(listing, /package\/dist\/cdn\/chunks\/[^/\n]+\.js\n/, 'dist/cdn/chunks/ is in the tarball');

    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    const install = (mode: string) => spawnSync(npm, ['install', mode, '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, encoding: 'utf8', timeout: 300_000 });
    let r = install('--offline');
    if (r.status !== 0) r = install('--prefer-offline');
    assert.equal(r.status, 0, `npm install failed:\n${r.stderr}`);

    // Runtime import of the framework, the shipped JSON data and schema.
    writeFileSync(join(app, 'run.mjs'), `
      import { RS6247_FRAMEWORK, parseSkillFramework, findCompetence, openBadgeAchievement } from '@betagouv/intras';
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const data = require('@betagouv/intras/data/rs6247.framework.json');
      const schema = require('@betagouv/intras/schemas/skill-framework.schema.json');
      console.log(JSON.stringify({
        ids: RS6247_FRAMEWORK.competences.map((c) => c.id), label8: RS6247_FRAMEWORK.competences[7].label.fr,
        ok: parseSkillFramework(data).ok, found: findCompetence(RS6247_FRAMEWORK, 'pitch').found,
        schemaId: schema.$id, achievement: openBadgeAchievement().type[0],
      }));`);
    const run = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: app, encoding: 'utf8' }));
    assert.deepEqual(run, {
      ids: ['pitch', 'investigation', 'conception-priorisation', 'prototypage', 'test', 'deploiement', 'financement', 'cohesion-equipe'],
      label8: 'Mettre en place et maintenir une cohésion d’équipe', ok: true, found: true,
      schemaId: 'https://unpkg.com/@betagouv/intras/dist/schemas/skill-framework.schema.json', achievement: 'Achievement',
    });

    // The receiver entry (issue 9): Node only, its own export, with its dependencies installed.
    writeFileSync(join(app, 'receiver.mjs'), `
      import { createReceiver, openStore, exportCsv } from '@betagouv/intras/receiver';
      import { validateSupportRequest } from '@betagouv/intras';
      console.log(JSON.stringify([typeof createReceiver, typeof openStore, typeof exportCsv, validateSupportRequest({}).ok]));`);
    assert.deepEqual(JSON.parse(execFileSync(process.execPath, ['receiver.mjs'], { cwd: app, encoding: 'utf8' })), ['function', 'function', 'function', false]);

    // Types: a consumer written against the published .d.ts, checked with the project's tsc (one error expected).
    writeFileSync(join(app, 'consumer.ts'), `
      import { RS6247_FRAMEWORK, parseSkillFramework, transition, type SkillFramework, type Competence,
        type CertificationApplication, type Rs6247CompetenceId } from '@betagouv/intras';
      const fw: SkillFramework = RS6247_FRAMEWORK;
      const first: Competence = fw.competences[0];
      const id: Rs6247CompetenceId = 'cohesion-equipe';
      const r = parseSkillFramework({});
      if (r.ok) { const v: SkillFramework = r.value; void v; } else { const path: string = r.issues[0].path; void path; }
      declare const app: CertificationApplication;
      const next: CertificationApplication = transition(app, 'submitted', '2026-11-10');
      export const out = [first.label.fr, id, next.status];
      // @ts-expect-error: not an RS6247 id
      export const wrong: Rs6247CompetenceId = 'leadership';
    `);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }));
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);

    // The bin, through npx, offline, as the README writes it (`npx -p @betagouv/intras intras …`) and bare.
    const help = spawnSync('npx', ['--offline', '-p', '@betagouv/intras', 'intras', '--help'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /Utilisation : intras/);
    assert.match(help.stdout, /validate/);
    assert.match(help.stdout, /npx -p @betagouv\/intras intras validate/);
    const validate = spawnSync('npx', ['--offline', '--no-install', 'intras', 'validate', 'node_modules/@betagouv/intras/dist/data/rs6247.framework.json', '--lang', 'en'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    assert.equal(validate.status, 0, validate.stderr + validate.stdout);
    assert.match(validate.stderr, /valid skill framework \(8 competences\)/, 'diagnostics on stderr');
    assert.equal(validate.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(app, 'node_modules/@betagouv/intras/package.json'), 'utf8')).bin.intras, './dist/cli/intras.js');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
