// createJobIndex().search options for keystrokes in large lists (issue 8): `counts: false` (facet counts after the
// typing pause) and `limit` (only the hits of the pages shown), with the same hits, order and total as a full search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createJobIndex, parseJobPostings, type JobFilters } from '../../src/index.js';

const TODAY = '2026-10-01' as const;
const WORDS = ['déploiement', 'usagers', 'prototype', 'recherche utilisateur', 'budget', 'équipe', 'données'];
/** 300 invented postings with varied texts, dates and places (deterministic). */
const postings = parseJobPostings(Array.from({ length: 300 }, (_, i) => ({
  id: `job-${i}`, title: `${['Cheffe de projet', 'Designer', 'Développeuse', 'Chargé de mission'][i % 4]} ${WORDS[i % 7]} ${i}`,
  employer: { label: `Direction ${i % 11}` }, categorie: ['A', 'B', 'C'][i % 3],
  location: i % 3 ? { label: 'Lyon', departement: '69' } : { label: 'Paris', departement: '75' },
  postedAt: `2026-09-${String(1 + (i * 7) % 28).padStart(2, '0')}`, closesAt: i % 9 === 0 ? '2026-09-20' : '2026-12-31',
  description: `${WORDS[(i * 3) % 7]} et ${WORDS[(i * 5) % 7]}, ${WORDS[i % 5]}.`, url: `https://example.org/offre/${i}`,
  source: { kind: 'manual' }, status: 'published',
}))).valid;
const CASES: [string, JobFilters][] = [['projet', {}], ['de', { departement: '69' }], ['usager', {}], ['', { categorie: 'B' }], ['', {}], ['d', {}]];

test('`counts: false`: the same hits and total, no facet counted', () => {
  const index = createJobIndex(postings);
  for (const [q, filters] of CASES) {
    const full = index.search(q, filters, { today: TODAY });
    const quick = index.search(q, filters, { today: TODAY, counts: false });
    assert.deepEqual(quick.hits.map((h) => h.posting.id), full.hits.map((h) => h.posting.id), `${q} ${JSON.stringify(filters)}`);
    assert.equal(quick.total, full.total);
    assert.ok(Object.values(quick.facets).every((m) => m.size === 0));
  }
  assert.ok(index.search('projet', {}, { today: TODAY }).facets.departement.get('69')! > 0);
});

test('`limit`: the first hits of the full order (every sort), the full total and the same facet counts', () => {
  const index = createJobIndex(postings);
  for (const sort of ['relevance', 'newest', 'closing'] as const) {
    for (const [q, filters] of CASES) {
      const full = index.search(q, filters, { today: TODAY, sort });
      assert.ok(full.total > 12, `${q}: enough hits to test`);
      for (const limit of [0, 1, 5, 12]) {
        const page = index.search(q, filters, { today: TODAY, sort, limit });
        const what = `${sort} ${q} ${JSON.stringify(filters)} limit ${limit}`;
        assert.deepEqual(page.hits.map((h) => [h.posting.id, h.score]), full.hits.slice(0, limit).map((h) => [h.posting.id, h.score]), what);
        assert.equal(page.total, full.total, what);
        assert.deepEqual([...page.facets.categorie], [...full.facets.categorie], what);
      }
    }
  }
});

test('typing over 10,000 generated postings (scores kept per query, backspaces, facet changes): the same hits, scores and total as each query asked once', async () => {
  const { generateJobs } = await import('../../scripts/gen-jobs.mjs');
  const { mulberry32 } = await import('../../scripts/prng.mjs');
  const big = parseJobPostings(generateJobs(10_000, 7)).valid;
  const typed = createJobIndex(big);
  const fresh = createJobIndex(big);
  const r = mulberry32(20261130);
  const words = ['déploiement', 'usagères', 'prototypes', 'recherche utilisateur', 'budget', 'équipe', 'données ouvertes', 'Cheffe de projet', 'sécurité', 'Direction 4', 'Lyon'];
  // Random typing: letters of a random word, sometimes a backspace or two, sometimes a facet change.
  const queries: [string, JobFilters][] = [];
  for (let w = 0; w < 12; w++) {
    const word = words[Math.floor(r() * words.length)];
    let q = '';
    const filters: JobFilters = r() < 0.3 ? { departement: ['75', '33', '69'][Math.floor(r() * 3)] } : {};
    for (const ch of word) {
      q += ch;
      queries.push([q, filters]);
      if (r() < 0.2) { q = q.slice(0, -1); queries.push([q, filters]); q += ch; queries.push([q, filters]); }
      if (r() < 0.1) queries.push([q, { categorie: ['A', 'B'][Math.floor(r() * 2)] }]);
    }
  }
  const asked = new Set<string>();
  for (const [q, filters] of queries) {
    const options = { today: TODAY, limit: 20, counts: false } as const;
    const got = typed.search(q, filters, options);
    // `fresh` is asked each text once, with its own run of trailing "!" (the same words for MiniSearch, a text never
    // asked before): its scores always come from a MiniSearch query, never from its cache.
    const key = `${q}|${JSON.stringify(filters)}`;
    if (asked.has(key)) continue;
    asked.add(key);
    const want = fresh.search(`${q}${'!'.repeat(asked.size)}`, filters, options);
    assert.deepEqual(got.hits.map((h) => [h.posting.id, h.score]), want.hits.map((h) => [h.posting.id, h.score]), key);
    assert.equal(got.total, want.total, key);
  }
  assert.ok(asked.size > 50);
});

test('facet counts: for each facet, its values among the postings found with every other filter (brute force, filters on values present or not)', () => {
  const index = createJobIndex(postings);
  const valuesOf = (facet: string, p: (typeof postings)[number]): string[] => {
    switch (facet) {
      case 'openTo': return p.openTo === 'both' ? ['titulaires', 'contractuels'] : p.openTo ? [p.openTo] : [];
      case 'departement': return p.location.departement ? [p.location.departement] : [];
      case 'region': return p.location.region ? [p.location.region] : [];
      case 'family': return [index.familyOf(p.id)];
      case 'competence': return index.matchOf(p.id).competences.map((c) => c.competenceId);
      default: { const v = (p as unknown as Record<string, string | undefined>)[facet]; return v ? [v] : []; }
    }
  };
  const FILTERS: JobFilters[] = [{}, { departement: '69' }, { departement: '69', categorie: 'B' }, { categorie: 'A+' }, { departement: '13' }, { region: 'Bretagne' }, { family: 'autre', categorie: 'C' }, { remote: 'full' }, { remote: 'full', departement: '75' }];
  for (const q of ['', 'projet', 'usager']) {
    for (const filters of FILTERS) {
      const result = index.search(q, filters, { today: TODAY });
      // Every hit has every filter's value (a value no posting has: no hit).
      for (const h of result.hits) for (const [f, v] of Object.entries(filters)) assert.ok(valuesOf(f, h.posting).includes(v as string), `${h.posting.id} ${f}=${v}`);
      for (const facet of ['versant', 'categorie', 'openTo', 'remote', 'departement', 'region', 'family', 'competence'] as const) {
        const others = { ...filters, [facet]: '' };
        const want = new Map<string, number>();
        for (const h of index.search(q, others, { today: TODAY }).hits) for (const v of valuesOf(facet, h.posting)) want.set(v, (want.get(v) ?? 0) + 1);
        assert.deepEqual(new Map([...result.facets[facet]].sort()), new Map([...want].sort()), `${q} ${JSON.stringify(filters)} ${facet}`);
      }
    }
  }
  assert.equal(index.search('', { remote: 'full' }, { today: TODAY }).total, 0);
});
