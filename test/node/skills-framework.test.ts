import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  RS6247_FRAMEWORK, RS6247_COMPETENCE_IDS, RS6247_SHORT_LABELS, parseSkillFramework, type SkillFramework, compareSemver,
  unknownFrameworkKeys,
} from '../../src/index.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const source = fixture('certification/certification-rs6247.json') as { canonical_title: string; registry: { code: string; url: string }; competences: { order: number; label: string; description: string }[] };
const clone = (): SkillFramework => structuredClone(RS6247_FRAMEWORK);

test('RS6247 framework data parses with its own schema, no issue', () => {
  const r = parseSkillFramework(RS6247_FRAMEWORK);
  assert.deepEqual(r.issues, []);
  assert.equal(r.ok, true);
});

test('RS6247: the 8 stable ids of rs6247-ids.ts, in the order of the certification page', () => {
  assert.deepEqual(RS6247_FRAMEWORK.competences.map((c) => c.id), [...RS6247_COMPETENCE_IDS]);
  assert.deepEqual(RS6247_FRAMEWORK.competences.map((c) => c.code), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
});

test('RS6247: title, registry and source URL match the source snapshot', () => {
  assert.equal(RS6247_FRAMEWORK.title.fr, source.canonical_title);
  assert.equal(RS6247_FRAMEWORK.registry?.code, 'RS6247');
  assert.equal(RS6247_FRAMEWORK.registry?.authority, 'France compétences');
  assert.equal(RS6247_FRAMEWORK.registry?.url, source.registry.url);
  assert.equal(RS6247_FRAMEWORK.sourceUrl, 'https://www.francecompetences.fr/recherche/rs/6247/');
});

// Exact French labels (domain.md §1.3), typed here independently of the data module.
const LABELS: [string, string][] = [
  ['pitch', 'Pitch'],
  ['investigation', 'Investigation du problème que ta Startup cherche à résoudre'],
  ['conception-priorisation', 'Conception/Priorisation'],
  ['prototypage', 'Prototypage'],
  ['test', 'Test'],
  ['deploiement', 'Déploiement'],
  ['financement', 'Financement'],
  ['cohesion-equipe', 'Mettre en place et maintenir une cohésion d\u2019équipe'],
];
LABELS.forEach(([id, label], i) => {
  test(`RS6247 competence ${i + 1} "${id}": exact French label, same as the source, English label and own descriptions`, () => {
    const c = RS6247_FRAMEWORK.competences[i];
    assert.equal(c.id, id);
    assert.equal(c.label.fr, label);
    assert.equal(c.label.fr, source.competences[i].label, 'same as the snapshot of the certification page');
    assert.equal(source.competences[i].order, i + 1);
    assert.ok(c.label.en.length > 2);
    assert.ok(c.description && c.description.fr.length > 30 && c.description.en.length > 30);
    assert.notEqual(c.description!.fr, source.competences[i].description, 'descriptions are in our own words');
  });
});

test('RS6247 competence 8 keeps the curly apostrophe (U+2019), never a straight one', () => {
  const label = RS6247_FRAMEWORK.competences[7].label.fr;
  assert.ok(label.includes('d\u2019équipe'));
  assert.ok(!label.includes("'"));
  assert.equal(RS6247_SHORT_LABELS['cohesion-equipe'].fr, 'Cohésion d\u2019équipe');
});

test('RS6247: outcome scale acquise / a_consolider / non_acquise, only acquise passes', () => {
  const scale = RS6247_FRAMEWORK.levelScale;
  assert.equal(scale.kind, 'outcome');
  if (scale.kind !== 'outcome') return;
  assert.deepEqual(scale.values.map((v) => [v.id, v.passing]), [['acquise', true], ['a_consolider', false], ['non_acquise', false]]);
  assert.equal(scale.values[1].label.fr, 'À consolider');
});

test('the invented framework of another incubator (ordinal scale, groups, split competence) is valid', () => {
  const r = parseSkillFramework(fixture('skills/framework-incubateur-exemple.json'));
  assert.deepEqual(r.issues, []);
  assert.equal(r.value?.levelScale.kind, 'ordinal');
});

test('the broken framework fixture: every problem named with its JSON path, in French and English', () => {
  const r = parseSkillFramework(fixture('skills/framework-broken.json'));
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.path), ['id', 'version', 'competences[3].label.fr']);
  assert.equal(r.issues[0].en, 'id: lowercase id with digits and hyphens expected (e.g. "cohesion-equipe"), received "Incubateur Cassé"');
  assert.equal(r.issues[1].fr, 'version : version semver attendue (ex. « 1.0.0 »), reçu « 1.0 »');
  assert.equal(r.issues[2].fr, 'competences[3].label.fr : texte requis');
  assert.equal(r.issues[2].en, 'competences[3].label.fr: text required');
});

/** Schema table: a change to a valid framework → the path and code of the first issue expected. */
const ROWS: { name: string; change: (f: SkillFramework & Record<string, any>) => void; path: string; code: string; fr?: RegExp }[] = [
  { name: 'empty French label', change: (f) => { f.competences[3].label.fr = ''; }, path: 'competences[3].label.fr', code: 'required', fr: /^competences\[3\]\.label\.fr : texte requis$/ },
  { name: 'missing English label', change: (f) => { delete (f.competences[0].label as any).en; }, path: 'competences[0].label.en', code: 'required', fr: /champ requis/ },
  { name: 'id with capitals and spaces', change: (f) => { f.competences[1].id = 'Investigation Problème'; }, path: 'competences[1].id', code: 'invalid_format' },
  { name: 'duplicate competence id', change: (f) => { f.competences[2].id = 'pitch'; }, path: 'competences[2].id', code: 'duplicate_id', fr: /en double/ },
  { name: 'version not semver', change: (f) => { f.version = 'v1'; }, path: 'version', code: 'invalid_format' },
  { name: 'source URL not http(s)', change: (f) => { f.sourceUrl = 'francecompetences.fr'; }, path: 'sourceUrl', code: 'invalid_format' },
  { name: 'level scale kind unknown', change: (f) => { (f.levelScale as any).kind = 'stars'; }, path: 'levelScale.kind', code: 'invalid_union' },
  { name: 'outcome scale with one value', change: (f) => { (f.levelScale as any).values.length = 1; }, path: 'levelScale.values', code: 'too_small' },
  { name: 'ordinal scale max ≤ min', change: (f) => { f.levelScale = { kind: 'ordinal', min: 3, max: 3 }; }, path: 'levelScale.max', code: 'too_small' },
  { name: 'no competences', change: (f) => { f.competences = []; }, path: 'competences', code: 'too_small' },
  { name: 'replacedBy an unknown id', change: (f) => { f.competences[4].deprecated = { since: '1.1.0' }; f.competences[4].replacedBy = ['tests-usagers']; }, path: 'competences[4].replacedBy[0]', code: 'unknown_id' },
  { name: 'replacedBy without deprecated', change: (f) => { f.competences[4].replacedBy = ['prototypage']; }, path: 'competences[4].deprecated', code: 'required' },
  { name: 'parentId unknown', change: (f) => { f.competences[2].parentId = 'conception'; }, path: 'competences[2].parentId', code: 'unknown_id' },
  { name: 'group not declared in groups', change: (f) => { f.groups = [{ id: 'produit', label: { fr: 'Produit', en: 'Product' } }]; f.competences[0].group = 'equipe'; }, path: 'competences[0].group', code: 'unknown_id' },
  { name: 'released id removed from the file', change: (f) => { f.competences.splice(7, 1); }, path: 'history[0].competenceIds[7]', code: 'id_removed', fr: /« cohesion-equipe » de la version 1\.0\.0 a disparu/ },
  { name: 'released id deprecated without replacedBy', change: (f) => { f.competences[6].deprecated = { since: '1.1.0' }; f.version = '1.1.0'; }, path: 'competences[6].replacedBy', code: 'replacement_required' },
  { name: 'history version later than the file', change: (f) => { f.history![0].version = '2.0.0'; }, path: 'history[0].version', code: 'future_release' },
  { name: 'crosswalk row on an unknown competence', change: (f) => { f.crosswalks![0].rows[0].competenceId = 'pitcher'; }, path: 'crosswalks[0].rows[0].competenceId', code: 'unknown_id' },
  { name: 'crosswalk relation not in the list', change: (f) => { (f.crosswalks![0].rows[0] as any).relation = 'same'; }, path: 'crosswalks[0].rows[0].relation', code: 'invalid_value', fr: /exact, broader, narrower, related/ },
  { name: 'crosswalk without target version', change: (f) => { delete (f.crosswalks![1].target as any).version; }, path: 'crosswalks[1].target.version', code: 'required' },
  // QA round (issue 3): gaps of the validator.
  { name: 'parentId cycle', change: (f) => { f.competences[2].parentId = 'prototypage'; f.competences[3].parentId = 'conception-priorisation'; }, path: 'competences[2].parentId', code: 'parent_cycle', fr: /boucle/ },
  { name: 'parentId on itself', change: (f) => { f.competences[2].parentId = 'conception-priorisation'; }, path: 'competences[2].parentId', code: 'self_reference', fr: /« conception-priorisation » est sa propre compétence parente/ },
  { name: 'replacedBy itself', change: (f) => { f.competences[4].deprecated = { since: '1.0.0' }; f.competences[4].replacedBy = ['test']; }, path: 'competences[4].replacedBy[0]', code: 'self_reference', fr: /« test » se remplace elle-même/ },
  { name: 'duplicate group id', change: (f) => { f.groups = [{ id: 'produit', label: { fr: 'Produit', en: 'Product' } }, { id: 'produit', label: { fr: 'Produit 2', en: 'Product 2' } }]; }, path: 'groups[1].id', code: 'duplicate_id', fr: /en double/ },
  { name: 'duplicate outcome value id', change: (f) => { (f.levelScale as any).values[2].id = 'acquise'; }, path: 'levelScale.values[2].id', code: 'duplicate_id', fr: /« acquise » en double/ },
  { name: 'outcome scale without a passing value', change: (f) => { (f.levelScale as any).values[0].passing = false; }, path: 'levelScale.values', code: 'no_passing_value', fr: /aucune valeur/ },
  { name: 'outcome scale listing a passing value after a non-passing one', change: (f) => { (f.levelScale as any).values.reverse(); }, path: 'levelScale.values[2].passing', code: 'scale_order', fr: /de la plus haute à la plus basse/ },
  { name: 'ordinal label level above max', change: (f) => { f.levelScale = { kind: 'ordinal', min: 1, max: 5, labels: [{ level: 6, label: { fr: 'Au-delà', en: 'Beyond' } }] }; }, path: 'levelScale.labels[0].level', code: 'out_of_range', fr: /entre 1 et 5/ },
  { name: 'ordinal label level below min', change: (f) => { f.levelScale = { kind: 'ordinal', min: 1, max: 5, labels: [{ level: 0, label: { fr: 'Rien', en: 'None' } }] }; }, path: 'levelScale.labels[0].level', code: 'out_of_range' },
  { name: 'deprecated since a version later than the file', change: (f) => { f.competences[4].deprecated = { since: '2.0.0' }; f.competences[4].replacedBy = ['prototypage']; }, path: 'competences[4].deprecated.since', code: 'future_deprecation', fr: /postérieure à la version du fichier 1\.0\.0/ },
  { name: 'no history entry for the file version', change: (f) => { f.version = '1.1.0'; }, path: 'history', code: 'release_not_recorded', fr: /aucune entrée pour la version 1\.1\.0/ },
  { name: 'no history at all', change: (f) => { delete f.history; }, path: 'history', code: 'release_not_recorded' },
  { name: 'achievementType not an OB3 type', change: (f) => { f.achievementType = 'Diplome'; }, path: 'achievementType', code: 'invalid_format', fr: /type OB3/ },
  { name: 'criteria without English', change: (f) => { f.criteria = { fr: 'Un oral.' } as any; }, path: 'criteria.en', code: 'required' },
  { name: 'crosswalk of another framework', change: (f) => { f.crosswalks![2].framework.id = 'rs3536'; }, path: 'crosswalks[2].framework.id', code: 'framework_mismatch' },
];
for (const row of ROWS) {
  test(`framework schema rejects: ${row.name} → ${row.path}`, () => {
    const f = clone() as SkillFramework & Record<string, any>;
    row.change(f);
    const r = parseSkillFramework(f);
    assert.equal(r.ok, false);
    const hit = r.issues.find((i) => i.path === row.path);
    assert.ok(hit, `expected an issue at ${row.path}, got ${JSON.stringify(r.issues.map((i) => i.path))}`);
    assert.equal(hit.code, row.code);
    assert.ok(hit.fr.startsWith(`${row.path} : `) && hit.en.startsWith(`${row.path}: `), 'both messages name the field');
    if (row.fr) assert.match(hit.fr, row.fr);
  });
}

const SEMVER: [string, string, number][] = [
  ['1.0.0', '1.0.0', 0], ['1.0.0', '1.0.1', -1], ['1.10.0', '1.9.9', 1], ['2.0.0', '10.0.0', -1], ['1.0.0-rc.1', '1.0.0', -1], ['1.0.0+build', '1.0.0', 0],
];
for (const [a, b, expected] of SEMVER) test(`compareSemver(${a}, ${b}) = ${expected}`, () => assert.equal(compareSemver(a, b), expected));

test('a released id deprecated without replacedBy is reported once, not once per history entry', () => {
  const f = clone();
  f.version = '1.2.0';
  f.history!.push({ version: '1.1.0', date: '2027-01-01', competenceIds: [...RS6247_COMPETENCE_IDS] }, { version: '1.2.0', date: '2027-06-01', competenceIds: [...RS6247_COMPETENCE_IDS] });
  f.competences[6].deprecated = { since: '1.2.0' };
  const r = parseSkillFramework(f);
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [['competences[6].replacedBy', 'replacement_required']]);
  assert.match(r.issues[0].fr, /replacedBy: \[\]/, 'the message tells how to retire it without successor');
});

test('a released competence can be retired without successor: deprecated + replacedBy: []', () => {
  const f = clone();
  f.version = '1.1.0';
  f.history!.push({ version: '1.1.0', date: '2027-01-01', competenceIds: RS6247_COMPETENCE_IDS.filter((id) => id !== 'financement') });
  f.competences[6].deprecated = { since: '1.1.0', reason: { fr: 'Retirée du référentiel.', en: 'Retired from the framework.' } };
  f.competences[6].replacedBy = [];
  assert.deepEqual(parseSkillFramework(f).issues, []);
});

test('optional criteria narrative and achievementType are accepted', () => {
  const f = clone() as SkillFramework & Record<string, any>;
  f.criteria = { fr: 'Un oral devant un jury.', en: 'An oral before a jury.' };
  f.achievementType = 'Badge';
  const r = parseSkillFramework(f);
  assert.deepEqual(r.issues, []);
  assert.equal(r.value?.achievementType, 'Badge');
  assert.deepEqual(r.value?.criteria, { fr: 'Un oral devant un jury.', en: 'An oral before a jury.' });
  assert.equal(parseSkillFramework({ ...f, achievementType: 'ext:MonBadge' }).ok, true, 'ext: extension types');
});

/** Unknown keys are ignored by the schema, but reported as warnings (JSON paths, FR/EN). */
test('unknownFrameworkKeys: unknown keys at the top level and in competences, as warnings', () => {
  const f: any = clone();
  f.competenses = [];
  f.competences[1].labell = { fr: 'x', en: 'x' };
  f.levelScale.extra = 1; // deeper levels are not inspected
  const w = unknownFrameworkKeys(f);
  assert.deepEqual(w.map((i) => [i.path, i.code]), [['competenses', 'unknown_key'], ['competences[1].labell', 'unknown_key']]);
  assert.equal(w[0].fr, 'champ inconnu « competenses » (ignoré)');
  assert.equal(w[0].en, 'unknown field "competenses" (ignored)');
  assert.equal(w[1].fr, 'competences[1] : champ inconnu « labell » (ignoré)');
  assert.deepEqual(unknownFrameworkKeys(RS6247_FRAMEWORK), []);
  assert.deepEqual(unknownFrameworkKeys('not an object'), []);
});
