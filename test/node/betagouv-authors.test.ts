// authors.json (v2.7) → members → eligibility situations: the path issue #4 asks for ("situations built from
// beta.gouv.fr API data"), on invented members shaped like the real endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseApiAuthors, situationFromBetaGouv, evaluate, RULE_SETS, StartupSchema, parseList } from '../../src/index.js';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8'));
const authors = parseApiAuthors(read('authors-v2.7.invented.json'));
const startups = parseList(StartupSchema, read('eligibility/domain-fixtures.json').startups).valid;

test('authors.json: 4 members parse, 2 are rejected with their index and field', () => {
  assert.equal(authors.total, 6);
  assert.deepEqual(authors.valid.map((a) => a.username), ['solene.lefloch', 'bastien.abadie', 'ines.kerbrat', 'noe.garnier']);
  assert.deepEqual(authors.rejected.map((r) => [r.index, r.id, r.issues[0].path]), [[4, 'zoe.marin', 'domaine'], [5, 'hugo.lenoir', 'missions[0].end']]);
  assert.match(authors.rejected[0].issues[0].fr, /^domaine : valeur inattendue « Produit magique »/);
});

test('authors.json quirks: "" end = ongoing, member-level start-ups for a single mission, entities decoded', () => {
  const [solene, bastien, , noe] = authors.valid;
  assert.equal(solene.missions[0].end, undefined);
  assert.equal(solene.role, "Intrapreneure Rénov'Pilote");
  assert.deepEqual(bastien.missions[0].startups, ['cantine-claire']);
  assert.equal(noe.missions[0].employer, undefined);
  assert.deepEqual(noe.missions.map((m) => m.status), ['independent', 'service']);
});

test('a document that is not an array is one rejection, not an exception', () => {
  assert.deepEqual(parseApiAuthors({ data: [] }).rejected.map((r) => r.index), [-1]);
});

test('Solène (from authors.json) is eligible for the 2026-novembre certification session', () => {
  const solene = authors.valid[0];
  const situation = situationFromBetaGouv({ ...solene, averageDaysPerWeek: 4 }, startups, '2026-11-10', { alreadyCertified: false, targetSession: '2026-novembre' });
  assert.equal(situation.publicAgent, true);
  assert.equal(situation.reachedAcceleration, true);
  const v = evaluate(RULE_SETS.certification, situation, '2026-11-10');
  assert.equal(v.verdict, 'eligible', JSON.stringify(v));
});

test('Bastien (from authors.json) is not eligible: no acceleration, mission too short part-time', () => {
  const bastien = authors.valid[1];
  const situation = situationFromBetaGouv({ ...bastien, averageDaysPerWeek: 3 }, startups, '2025-05-10', { alreadyCertified: false, targetSession: '2025-mai' });
  const v = evaluate(RULE_SETS.certification, situation, '2025-05-10');
  assert.equal(v.verdict, 'ineligible');
  if (v.verdict === 'ineligible') assert.deepEqual(v.failed.map((f) => f.code).sort(), ['ACCELERATION_REACHED', 'MIN_DURATION']);
});

test('Noé (Développement, independent then service) is not a public agent intra', () => {
  const s = situationFromBetaGouv(authors.valid[3], startups, '2026-11-10');
  assert.equal(s.domaine, 'Développement');
  assert.equal(s.publicAgent, false);
});
