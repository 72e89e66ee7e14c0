import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  RS6247_FRAMEWORK, checkEvolution, findCompetence, parseSkillFramework, compareSemver, type SkillFramework,
} from '../../src/index.js';

const releasedDir = new URL('../fixtures/skills/released/', import.meta.url);
const released = readdirSync(releasedDir).filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, fw: JSON.parse(readFileSync(new URL(f, releasedDir), 'utf8')) as SkillFramework }));
const example = JSON.parse(readFileSync(new URL('../fixtures/skills/framework-incubateur-exemple.json', import.meta.url), 'utf8')) as SkillFramework;

test('at least one released RS6247 version is frozen in test/fixtures/skills/released', () => {
  assert.ok(released.some((r) => r.fw.id === 'rs6247' && r.fw.version === '1.0.0'));
});

// The guarantee: no competence id of a released version disappears without replacedBy.
for (const { file, fw } of released) {
  test(`evolution guarantee: the current ${fw.id} keeps every id of released ${file}`, () => {
    assert.equal(parseSkillFramework(fw).ok, true, 'the snapshot itself is valid');
    const current = fw.id === 'rs6247' ? RS6247_FRAMEWORK : undefined;
    assert.ok(current, `no current framework for ${fw.id}`);
    if (current.version === fw.version) {
      assert.deepEqual(JSON.parse(JSON.stringify(current)), fw, 'a released version is frozen: bump the version to change it');
    } else {
      assert.ok(compareSemver(current.version, fw.version) > 0);
      assert.deepEqual(checkEvolution(fw, current), []);
    }
    for (const id of fw.competences.map((c) => c.id)) {
      const c = current.competences.find((x) => x.id === id);
      assert.ok(c, `${id} still listed`);
      if (c.deprecated) assert.ok(c.replacedBy?.length, `${id} deprecated with replacedBy`);
    }
    assert.ok(current.history?.some((h) => h.version === fw.version), 'the release is recorded in history');
  });
}

/** Evolution table: how the next version treats the released one → expected issue codes (paths in `next`). */
const next = (change: (f: SkillFramework) => void, version = '1.1.0'): SkillFramework => {
  const f = structuredClone(RS6247_FRAMEWORK);
  f.version = version;
  change(f);
  return f;
};
const EVOLUTIONS: { name: string; next: SkillFramework; codes: string[]; paths?: string[] }[] = [
  { name: 'unchanged ids, new version', next: next(() => {}), codes: [] },
  { name: 'new competence added', next: next((f) => { f.competences.push({ id: 'securite', label: { fr: 'Sécurité', en: 'Security' } }); }), codes: [] },
  { name: 'competence split with replacedBy', next: next((f) => { f.competences[4].deprecated = { since: '1.1.0' }; f.competences[4].replacedBy = ['test-usage', 'test-ergonomie']; f.competences.push({ id: 'test-usage', label: { fr: 'Test d’usage', en: 'Usage testing' } }, { id: 'test-ergonomie', label: { fr: 'Test d’ergonomie', en: 'Usability testing' } }); }), codes: [] },
  { name: 'competence removed', next: next((f) => { f.competences.splice(6, 1); }), codes: ['id_removed'], paths: ['competences'] },
  { name: 'competence renamed (id changed)', next: next((f) => { f.competences[0].id = 'pitch-oral'; }), codes: ['id_removed'] },
  { name: 'deprecated without replacedBy', next: next((f) => { f.competences[6].deprecated = { since: '1.1.0' }; }), codes: ['replacement_required'], paths: ['competences[6].replacedBy'] },
  { name: 'retired without successor (replacedBy: [])', next: next((f) => { f.competences[6].deprecated = { since: '1.1.0' }; f.competences[6].replacedBy = []; }), codes: [] },
  { name: 'id removed from competences AND history', next: next((f) => { f.competences.splice(6, 1); f.history = [{ version: '1.1.0', date: '2027-01-01', competenceIds: f.competences.map((c) => c.id) }]; }), codes: ['id_removed'], paths: ['competences'] },
  { name: 'same version number', next: next(() => {}, '1.0.0'), codes: ['version_not_increased'], paths: ['version'] },
  { name: 'another framework id', next: next((f) => { f.id = 'rs9999'; }), codes: ['framework_mismatch'] },
];
for (const row of EVOLUTIONS) {
  test(`checkEvolution(1.0.0 → ${row.next.version}): ${row.name} → ${row.codes.join(', ') || 'no issue'}`, () => {
    const issues = checkEvolution(RS6247_FRAMEWORK, row.next);
    assert.deepEqual(issues.map((i) => i.code), row.codes);
    if (row.paths) assert.deepEqual(issues.map((i) => i.path), row.paths);
    for (const i of issues) assert.ok(i.fr && i.en && i.fr !== i.en);
  });
}

/** The invented framework plus a competence retired without successor (`replacedBy: []`). */
const withRetired: SkillFramework = {
  ...example,
  competences: [...example.competences, { id: 'retiree', label: { fr: 'Retirée', en: 'Retired' }, deprecated: { since: '2.1.0' }, replacedBy: [] }],
};

test('a retired id (replacedBy: []) is found, with a warning value and no replacement', () => {
  const r = findCompetence(withRetired, 'retiree');
  assert.ok(r.found && r.warning);
  assert.deepEqual(r.warning.replacedBy, []);
  assert.equal(r.warning.fr, 'la compétence « retiree » est retirée depuis la version 2.1.0, sans remplacement');
  assert.equal(r.warning.en, 'competence "retiree" is retired since version 2.1.0, with no replacement');
});

/** Lookup table on the invented framework (animation → split into facilitation + cohesion). */
const LOOKUPS: { id: string; found: boolean; resolved?: string[]; warning?: boolean }[] = [
  { id: 'vision-produit', found: true, resolved: ['vision-produit'], warning: false },
  { id: 'animation', found: true, resolved: ['facilitation', 'cohesion'], warning: true },
  { id: 'inconnue', found: false },
  { id: 'retiree', found: true, resolved: [], warning: true },
];
for (const row of LOOKUPS) {
  test(`findCompetence("${row.id}") → ${row.found ? row.resolved!.join(' + ') : 'not found'}${row.warning ? ' with a warning value' : ''}`, () => {
    const r = findCompetence(withRetired, row.id);
    assert.equal(r.found, row.found);
    if (!r.found) { assert.equal(r.issue.code, 'unknown_id'); assert.match(r.issue.fr, /« inconnue »/); return; }
    assert.deepEqual(r.competences.map((c) => c.id), row.resolved);
    assert.equal(r.competence.id, row.resolved![0] ?? row.id, 'a retired id gives the retired competence itself');
    assert.equal(r.warning !== undefined, row.warning);
  });
}

test('a deprecated id resolves with a warning value (code, since, replacements, FR/EN) and prints nothing', () => {
  const calls: unknown[][] = [];
  const saved = { warn: console.warn, log: console.log, error: console.error, info: console.info };
  console.warn = console.log = console.error = console.info = (...a: unknown[]) => { calls.push(a); };
  let r;
  try {
    r = findCompetence(example, 'animation');
  } finally {
    Object.assign(console, saved);
  }
  assert.deepEqual(calls, [], 'no console output');
  assert.ok(r.found && r.warning);
  assert.deepEqual({ ...r.warning, fr: undefined, en: undefined }, { code: 'deprecated_id', deprecatedId: 'animation', since: '2.0.0', replacedBy: ['facilitation', 'cohesion'], fr: undefined, en: undefined });
  assert.equal(r.warning.fr, 'la compétence « animation » est dépréciée depuis la version 2.0.0 ; remplacée par « facilitation », « cohesion »');
  assert.match(r.warning.en, /^competence "animation" is deprecated since version 2\.0\.0; replaced by "facilitation", "cohesion"$/);
});

test('replacement chains resolve to the active end (a → b → c)', () => {
  const f = structuredClone(example);
  const fac = f.competences.find((c) => c.id === 'facilitation')!;
  fac.deprecated = { since: '2.1.0' };
  fac.replacedBy = ['vision-produit'];
  assert.equal(parseSkillFramework(f).ok, true);
  const r = findCompetence(f, 'animation');
  assert.ok(r.found);
  assert.deepEqual(r.competences.map((c) => c.id), ['vision-produit', 'cohesion']);
  assert.deepEqual(r.warning?.replacedBy, ['vision-produit', 'cohesion']);
});
