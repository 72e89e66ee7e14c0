import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RS6247_FRAMEWORK, RS6247_COMPETENCE_IDS, CROSSWALK_RELATIONS, crosswalkRows, crosswalkFor } from '../../src/index.js';

const rmfp = JSON.parse(readFileSync(new URL('../fixtures/skills/rmfp-intrapreneur.json', import.meta.url), 'utf8')) as {
  passerelles: string[]; competences_sic: { code: string; label: string; level: number; category: string }[];
};
const rows = crosswalkRows(RS6247_FRAMEWORK.crosswalks ?? []);
const norm = (s: string) => s.replace(/[’']/g, '\'');

test('RS6247 ships three crosswalks: e-CF (RMFP fiche), RMFP passerelles, ROME 4.0', () => {
  assert.deepEqual((RS6247_FRAMEWORK.crosswalks ?? []).map((c) => c.target.scheme), ['e-CF', 'RMFP', 'ROME4']);
});

test('every flattened row carries its relation, target scheme and version, and a source', () => {
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    assert.ok((CROSSWALK_RELATIONS as readonly string[]).includes(r.relation), r.label);
    assert.ok(r.scheme && r.schemeVersion && r.source.title, r.label);
    assert.deepEqual(r.framework, { id: 'rs6247', version: RS6247_FRAMEWORK.version });
    if (r.competenceId) assert.ok((RS6247_COMPETENCE_IDS as readonly string[]).includes(r.competenceId));
  }
});

const ecf = rows.filter((r) => r.scheme === 'e-CF');
for (const row of ecf) {
  test(`e-CF row ${row.competenceId} → ${row.code}: code, label and level as in the RMFP fiche`, () => {
    const sic = rmfp.competences_sic.find((s) => s.code === row.code);
    assert.ok(sic, `${row.code} is in the fiche`);
    assert.equal(norm(row.label), norm(sic.label));
    assert.equal(row.level, sic.level);
  });
}

test('every RS6247 competence has at least one e-CF correspondence', () => {
  for (const id of RS6247_COMPETENCE_IDS) assert.ok(ecf.some((r) => r.competenceId === id), id);
});

test('RMFP passerelles: the 7 jobs of the fiche, as written, in order, for the whole framework', () => {
  const p = rows.filter((r) => r.scheme === 'RMFP');
  assert.deepEqual(p.map((r) => norm(r.label)), rmfp.passerelles.map(norm));
  assert.ok(p.every((r) => r.competenceId === undefined && r.relation === 'related'));
});

test('ROME 4.0 codes are kept as opaque strings', () => {
  const rome = rows.filter((r) => r.scheme === 'ROME4');
  assert.deepEqual(rome.map((r) => r.code), ['K1404', 'K1401', 'M1806', 'M1402']);
  assert.ok(rome.every((r) => typeof r.code === 'string'));
});

const FOR: { id: string; options: Parameters<typeof crosswalkFor>[2]; codes: (string | undefined)[] }[] = [
  { id: 'deploiement', options: { scheme: 'e-CF' }, codes: ['E.6', 'E.5'] },
  { id: 'deploiement', options: { scheme: 'ROME4' }, codes: ['M1402'] },
  { id: 'deploiement', options: { scheme: 'ROME4', includeFramework: true }, codes: ['K1404', 'K1401', 'M1806', 'M1402'] },
  { id: 'pitch', options: {}, codes: ['E.4'] },
  { id: 'inconnue', options: {}, codes: [] },
];
for (const row of FOR) {
  test(`crosswalkFor(${row.id}, ${JSON.stringify(row.options)}) → ${row.codes.join(', ') || 'none'}`, () => {
    assert.deepEqual(crosswalkFor(RS6247_FRAMEWORK.crosswalks ?? [], row.id, row.options).map((r) => r.code), row.codes);
  });
}
