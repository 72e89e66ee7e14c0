// Job domain: expiry with today as a parameter, JSON-LD out (never for expired / filled), de-duplication, matching, search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  importJobs, isOpen, daysUntilClose, toJobPostingJsonLd, jsonLdScriptText, dedupeJobPostings, createJobIndex, stemFr,
  searchTokens, jobFamily, closingDate, DEFAULT_OPEN_DAYS, CSP_CSV_HEADERS, MIN_RELEVANCE, type JobPosting,
} from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/jobs/${name}`, import.meta.url), 'utf8');
const job = (over: Partial<JobPosting> = {}): JobPosting => ({
  id: 'job-1', title: 'Cheffe de produit', employer: { label: 'DINUM' }, location: { label: 'Paris (75)', departement: '75', region: 'Île-de-France' },
  postedAt: '2026-09-01', closesAt: '2026-09-30', url: 'https://exemple.gouv.fr/o/1', source: { kind: 'manual' }, status: 'published', ...over,
});

test('isOpen / daysUntilClose: today is a parameter; a posting closing today is open all day; filled and draft never are', () => {
  const p = job();
  assert.equal(isOpen(p, '2026-09-30'), true);
  assert.equal(daysUntilClose(p, '2026-09-30'), 0);
  assert.equal(daysUntilClose(p, '2026-09-25'), 5);
  assert.equal(isOpen(p, '2026-10-01'), false);
  assert.equal(daysUntilClose(p, '2026-10-01'), -1);
  assert.equal(isOpen(p, '2026-08-31'), false, 'not yet posted');
  // Without closesAt: open DEFAULT_OPEN_DAYS (60) days after postedAt (2026-09-01 → through 2026-10-31), or openDays.
  assert.equal(DEFAULT_OPEN_DAYS, 60);
  assert.equal(closingDate(job({ closesAt: undefined })), '2026-10-31');
  assert.equal(isOpen(job({ closesAt: undefined }), '2026-10-31'), true);
  assert.equal(isOpen(job({ closesAt: undefined }), '2026-11-01'), false);
  assert.equal(isOpen(job({ closesAt: undefined }), '2099-01-01'), false, 'never open forever');
  assert.equal(isOpen(job({ closesAt: undefined }), '2027-01-01', 365), true);
  assert.equal(daysUntilClose(job({ closesAt: undefined }), '2026-10-21'), 10);
  assert.equal(daysUntilClose(job({ closesAt: undefined }), '2026-09-02', 10), 9);
  assert.throws(() => isOpen(p, '2026-09-10', 0), /openDays/);
  assert.throws(() => isOpen(p, '2026-09-10', 1.5), /openDays/);
  assert.equal(isOpen(job({ status: 'filled' }), '2026-09-10'), false);
  assert.equal(isOpen(job({ status: 'draft' }), '2026-09-10'), false);
  assert.throws(() => isOpen(p, '2026-02-30'), RangeError);
  assert.throws(() => daysUntilClose(p, '30/09/2026'), /today : date invalide « 30\/09\/2026 »/);
});

test('toJobPostingJsonLd: Google JobPosting properties; null when expired, filled, draft or not yet posted; safe in a script element', () => {
  const p = job({ description: 'Piloter </script><script>alert(1)</script> le produit', workingTime: 'full-time', contractKind: 'fixed-term', source: { kind: 'csp', reference: '2026-1' }, categorie: 'A', employer: { label: 'DINUM', parentLabel: 'Premier ministre' } });
  const ld = toJobPostingJsonLd(p, '2026-09-10')!;
  assert.equal(ld['@type'], 'JobPosting');
  assert.equal(ld.validThrough, '2026-09-30T23:59:59');
  assert.equal(ld.datePosted, '2026-09-01');
  assert.deepEqual(ld.employmentType, ['FULL_TIME', 'TEMPORARY']);
  assert.deepEqual(ld.hiringOrganization, { '@type': 'Organization', name: 'DINUM', parentOrganization: { '@type': 'Organization', name: 'Premier ministre' } });
  assert.deepEqual((ld.jobLocation as { address: unknown }).address, { '@type': 'PostalAddress', addressLocality: 'Paris (75)', addressRegion: 'Île-de-France', addressCountry: 'FR' });
  assert.deepEqual(ld.identifier, { '@type': 'PropertyValue', name: 'CSV Choisir le service public', value: '2026-1' });
  assert.equal(ld.directApply, false);
  assert.equal(ld.description, '<p>Piloter &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; le produit</p>');
  assert.ok(!jsonLdScriptText(ld).includes('<'), 'no "<" left in the script text');
  assert.deepEqual(JSON.parse(jsonLdScriptText(ld)), ld);
  assert.equal(toJobPostingJsonLd(p, '2026-10-01'), null, 'expired');
  assert.equal(toJobPostingJsonLd({ ...p, status: 'filled' }, '2026-09-10'), null);
  assert.equal(toJobPostingJsonLd({ ...p, status: 'draft' }, '2026-09-10'), null);
  const remote = toJobPostingJsonLd(job({ remote: 'full', closesAt: undefined }), '2026-10-01')!;
  assert.equal(remote.jobLocationType, 'TELECOMMUTE');
  assert.equal(remote.validThrough, '2026-10-31T23:59:59', 'no closing date: validThrough = postedAt + 60 days');
  assert.equal(toJobPostingJsonLd(job({ closesAt: undefined }), '2030-01-01'), null, 'a dateless 2026 offer is not marked up in 2030');
  assert.equal(toJobPostingJsonLd(job({ closesAt: undefined }), '2026-11-10', 90)!.validThrough, '2026-11-30T23:59:59');
  assert.match(String(toJobPostingJsonLd(job(), '2026-09-10')!.description), /^<p>Cheffe de produit — DINUM, Paris \(75\)\.<\/p>/, 'a description is always given');
});

test('de-duplication: same reference, then same URL, then same title + employer + place; reported, gaps filled', () => {
  const pep = importJobs(fixture('pep-offres-2021-09.json')).valid;
  const mdn = importJobs(fixture('metiers-numeriques-notion-2021-10.json')).valid;
  const r = dedupeJobPostings([...pep, ...mdn]);
  assert.equal(r.postings.length, 154 + 16 - 2);
  assert.deepEqual(r.merges.map((m) => [m.keptId, m.droppedId, m.reason]), [
    ['pep-690730', 'pep-690730', 'reference'],
    ['pep-639727', 'mdn-38bfaebd-7c49-455f-b899-603f5c4355dc', 'title-employer-place'],
  ]);
  assert.deepEqual(r.merges[1].filled, ['contractKind', 'contractDuration']);
  assert.equal(r.postings.find((p) => p.id === 'pep-639727')!.contractDuration, 'CDD 3 ans renouvelable');
  assert.equal(pep.find((p) => p.id === 'pep-639727')!.contractDuration, undefined, 'inputs untouched');
  const a = job({ id: 'a', url: 'https://Exemple.gouv.fr/o/1/?utm_source=x#top' });
  const b = job({ id: 'b', title: 'Autre', url: 'https://exemple.gouv.fr/o/1' });
  const c = job({ id: 'c', title: 'Cheffe de produit (H/F)', url: 'https://ailleurs.gouv.fr/9', profile: 'Profil' });
  const d = job({ id: 'd', title: 'Cheffe de produit', url: 'https://ailleurs.gouv.fr/10', location: { label: 'Lyon (69)', departement: '69' } });
  const r2 = dedupeJobPostings([a, b, c, d]);
  assert.deepEqual(r2.merges.map((m) => [m.droppedId, m.reason]), [['b', 'url'], ['c', 'title-employer-place']]);
  assert.deepEqual(r2.postings.map((p) => p.id), ['a', 'd']);
  const two = dedupeJobPostings([job({ id: 'x1', source: { kind: 'pep', reference: '1' } }), job({ id: 'x2', url: 'https://e.gouv.fr/2', source: { kind: 'pep', reference: '2' } })]);
  assert.equal(two.postings.length, 2, 'two offer numbers of one source are two offers');
});

test('French folding and stemming: plural and feminine forms, both apostrophes, ligatures, inclusive spellings', () => {
  assert.deepEqual(['usagères', 'Usagers', 'usager', 'prototypes', 'cheffes', 'utilisatrices', 'développeuse', 'chargée', 'nationaux', 'créative'].map((w) => stemFr(searchTokens(w)[0])),
    ['usager', 'usager', 'usager', 'prototype', 'chef', 'utilisateur', 'developpeur', 'charge', 'national', 'creatif']);
  assert.deepEqual(searchTokens('Directrice/Directeur de l’innovation'), searchTokens("directeur de l'innovation"));
  assert.deepEqual(searchTokens('Cheffe / Chef de projet maîtrise d’œuvre'), ['chef', 'projet', 'maitrise', 'oeuvre']);
  assert.deepEqual(searchTokens('Chargé(e) · développeur·se · Ingénieur-e'), ['charge', 'developpeur', 'ingenieur']);
});

test('competence matching on the real snapshots: matched terms as the explanation, passerelles, relevance', () => {
  const postings = dedupeJobPostings([...importJobs(fixture('pep-offres-2021-09.json')).valid, ...importJobs(fixture('metiers-numeriques-notion-2021-10.json')).valid]).postings;
  const index = createJobIndex(postings);
  const ux = index.matchOf(postings.find((p) => p.title === 'Designer UX/UI')!.id);
  assert.deepEqual(ux.competences.map((c) => c.competenceId), ['investigation']);
  assert.equal(ux.explanation.fr, 'Investigation du problème — termes : « ux », « design », « designer »');
  assert.equal(ux.explanation.en, 'Problem investigation — matched: "ux", "design", "designer"');
  const chef = index.matchOf('pep-611685');
  assert.equal(postings.find((p) => p.id === 'pep-611685')!.title, 'Chef de projet numérique F/H');
  assert.deepEqual(chef.passerelles, [{ label: 'Chef de projet digital', term: 'chef de projet numérique' }]);
  assert.match(chef.explanation.fr, /^passerelle Chef de projet digital · /);
  const relevant = postings.filter((p) => index.matchOf(p.id).score >= 4);
  assert.equal(relevant.length, 20, '14 before the listed-skill rule (decision 0030 amendment): 6 PEP offers list skills in their profile');
  assert.equal(index.matchOf('pep-694497').score, 0, 'an HR lawyer post matches nothing');
  const csv = importJobs(fixture('csp-offres-invented.csv')).valid;
  const m = createJobIndex(csv).matchOf('csp-2026-1234567');
  assert.deepEqual(m.competences.map((c) => [c.competenceId, c.score, c.terms]), [
    ['conception-priorisation', 5.5, ['priorisation', 'backlog', 'maîtrise d’ouvrage']],
    ['investigation', 5, ['recherche utilisateur', 'besoin des usagers', 'usager', 'besoin']],
    ['prototypage', 2, ['prototype']],
    ['deploiement', 2, ['conduite du changement']],
  ], '« recueil des besoins des usagers » matches « besoin des usagers »; « prototype » and « conduite du changement » are listed skills of « Compétences attendues »: each counts on its own (0030 amendment)');
});

test('createJobIndex.search: folded query, filters, facet counts excluding their own filter, expiry, sorts', () => {
  const postings = importJobs(fixture('metiers-numeriques-notion-2021-10.json')).valid;
  const index = createJobIndex(postings);
  assert.deepEqual(index.search('RÉSEAUX').hits.map((h) => h.posting.title).slice(0, 2).length, 2);
  const dev = index.search('developpeuse').hits;
  assert.equal(dev[0].posting.title, "Developpeur/developpeuse chargée.e d'hypervision réseau et sécurite", 'title first');
  assert.ok(dev.some((h) => h.posting.title === 'Data scientist F/H'), '"concepteurs-développeurs" in its description: same stem');
  assert.equal(index.search('data scientist').total, 1);
  const all = index.search('', {});
  assert.equal(all.total, 16);
  assert.equal(all.facets.departement.get('35'), 4);
  const inRennes = index.search('', { departement: '35' });
  assert.equal(inRennes.total, 4);
  assert.equal(inRennes.facets.departement.get('75'), all.facets.departement.get('75'), 'a facet counts as if its own filter were off');
  assert.equal(index.search('', { openTo: 'titulaires' }).total, 16);
  const open = index.search('', {}, { today: '2021-10-25' });
  assert.deepEqual(open.hits.filter((h) => h.posting.closesAt).map((h) => h.posting.closesAt), ['2021-10-30'], 'the posting closed on 2021-10-20 is hidden');
  assert.equal(index.search('', {}, { today: '2021-10-25', withExpired: true }).total, 16);
  // Closing sort by the last open day: closesAt, else postedAt + 60 days (dateless Notion pages of 2021 come first).
  const byClosing = index.search('', {}, { sort: 'closing' }).hits.map((h) => closingDate(h.posting));
  assert.deepEqual(byClosing, [...byClosing].sort());
  assert.equal(index.search('', {}, { sort: 'closing' }).hits.find((h) => h.posting.closesAt)!.posting.closesAt, '2021-10-20');
  assert.equal(jobFamily(postings.find((p) => p.title === 'Architecte SI')!), 'architecture');
  assert.equal(index.familyOf(postings.find((p) => p.title === 'Data scientist F/H')!.id), 'donnees');
});

test('createJobIndex is lazy and prepare() builds it in chunks', async () => {
  const postings = importJobs(fixture('pep-offres-2021-09.json')).valid;
  const index = createJobIndex(postings);
  await index.prepare();
  await index.prepare();
  assert.equal(index.search('paie').total > 0, true);
});

test('createJobIndex: prepare() in slices, provisional search and a fresh index give the same matches and orders', async () => {
  const postings = dedupeJobPostings([...importJobs(fixture('pep-offres-2021-09.json')).valid, ...importJobs(fixture('metiers-numeriques-notion-2021-10.json')).valid]).postings;
  const eager = createJobIndex(postings);
  const lazy = createJobIndex(postings);
  assert.equal(lazy.matched, false);
  const early = lazy.search('', { competence: 'investigation' }, { today: '2021-09-20', provisional: true });
  assert.equal(early.facets.competence.size, 0, 'provisional: the competence facet is not counted yet');
  assert.equal(lazy.matched, false, 'a provisional search matches nothing more than it needs');
  const newest = lazy.search('', {}, { today: '2021-09-20', provisional: true, sort: 'relevance' });
  const byDate = eager.search('', {}, { today: '2021-09-20', sort: 'newest' });
  assert.deepEqual(newest.hits.map((h) => h.posting.id), byDate.hits.map((h) => h.posting.id), 'provisional relevance falls back to newest first');
  await lazy.prepare();
  assert.equal(lazy.matched, true);
  for (const p of postings) assert.deepEqual(lazy.matchOf(p.id), eager.matchOf(p.id));
  for (const sort of ['relevance', 'newest', 'closing'] as const) {
    for (const q of ['', 'chef projet', 'développeuse']) {
      const a = lazy.search(q, { openTo: 'titulaires' }, { today: '2021-09-20', sort, provisional: true });
      const b = eager.search(q, { openTo: 'titulaires' }, { today: '2021-09-20', sort });
      assert.deepEqual(a.hits.map((h) => [h.posting.id, h.score]), b.hits.map((h) => [h.posting.id, h.score]));
      assert.deepEqual([...a.facets.competence].sort(), [...b.facets.competence].sort());
    }
  }
  assert.throws(() => eager.search('', {}, { today: '2021-02-30' as never }), RangeError, 'a bad today is refused once per search');
});

test('competence matching: a listed skill or competence name in the skills field counts on its own (CSV rows, JSON-LD skills, Notion profile)', () => {
  const csvRow = (ref: string, skills: string) => {
    const cells: Record<string, string> = {
      'Référence': ref, 'Intitulé du poste': 'Chargée de mission', 'Employeur': 'Préfecture du Cher',
      'Localisation du poste': 'Cher (18)', 'Date de première publication': '01/09/2026', 'Compétences attendues': skills,
    };
    return CSP_CSV_HEADERS.map((h) => `"${(cells[h] ?? '').replace(/"/g, '""')}"`).join(';');
  };
  const csv = [CSP_CSV_HEADERS.join(';'), csvRow('2026-1', 'Pitch, financement, cohésion d’équipe'),
    csvRow('2026-2', 'Recherche utilisateur, prototype'), csvRow('2026-3', 'Test\nDéploiement'),
    csvRow('2026-4', 'Rédiger des notes de synthèse sur le financement des collectivités et le pitch des élus locaux')].join('\n');
  const r = importJobs(csv, { format: 'csp-csv' });
  assert.equal(r.valid.length, 4, JSON.stringify(r.rejected));
  const index = createJobIndex(r.valid);
  const ids = (id: string) => index.matchOf(id).competences.map((c) => c.competenceId).sort();
  assert.deepEqual(ids('csp-2026-1'), ['cohesion-equipe', 'financement', 'pitch']);
  assert.ok(index.matchOf('csp-2026-1').score >= MIN_RELEVANCE);
  assert.deepEqual(ids('csp-2026-2'), ['investigation', 'prototypage']);
  assert.ok(index.matchOf('csp-2026-2').score >= MIN_RELEVANCE, 'two listed skills: relevant');
  assert.deepEqual(ids('csp-2026-3'), ['deploiement', 'test'], 'competence names as list items');
  assert.deepEqual(ids('csp-2026-4'), [], 'a long sentence is prose: one hit per competence stays under the threshold');
  // JSON-LD `skills` and a Notion "Votre profil" list go to `profile` too.
  const ld = importJobs(JSON.stringify({ '@context': 'https://schema.org/', '@type': 'JobPosting', title: 'Chargé de mission', datePosted: '2026-09-01',
    hiringOrganization: { name: 'Région Bretagne' }, jobLocation: { address: { addressLocality: 'Rennes', postalCode: '35000' } },
    url: 'https://exemple.gouv.fr/o/9', skills: 'Prototypage ; recherche utilisateur' }), { format: 'jsonld' }).valid;
  assert.deepEqual(createJobIndex(ld).matchOf(ld[0].id).competences.map((c) => c.competenceId).sort(), ['investigation', 'prototypage']);
  const notion = job({ id: 'mdn-1', profile: '- Animation de communauté\n- Maquette' });
  assert.deepEqual(createJobIndex([notion]).matchOf('mdn-1').competences.map((c) => c.competenceId).sort(), ['deploiement', 'prototypage']);
});
