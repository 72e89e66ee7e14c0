// Job adapters on the real PEP and Notion snapshots, the invented CSP CSV (documented headers), JSON-LD and our JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  importJobs, detectJobFormat, fromCspCsv, CSP_CSV_HEADERS, CSP_CSV_REQUIRED_HEADERS, extractJsonLdBlocks, fromHtmlJsonLd, fromJobPostingJsonLd,
  parseJobPostings, departementFromText, JOB_FIELD_SOURCES, JobPostingSchema,
} from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/jobs/${name}`, import.meta.url), 'utf8');

test('PEP export (real, 154 offers): all read, exact fields of offer 694497, decimal-comma coordinates, categories', () => {
  const r = importJobs(fixture('pep-offres-2021-09.json'));
  assert.equal(r.format, 'pep');
  assert.equal(r.total, 154);
  assert.equal(r.valid.length, 154);
  assert.deepEqual(r.rejected, []);
  const p = r.valid.find((x) => x.id === 'pep-694497')!;
  assert.equal(p.title, 'DGCCRF-Réglementation RH, déontologie, contentieux, discipline H/F');
  assert.equal(p.employer.label, 'Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)');
  assert.equal(p.employer.parentLabel, 'Ministères Economiques et Financiers');
  assert.deepEqual([p.versant, p.categorie, p.openTo, p.postedAt, p.closesAt, p.startsAt], ['FPE', 'A', 'both', '2021-08-27', '2021-12-24', '2021-09-01']);
  assert.deepEqual([p.location.label, p.location.departement, p.location.region], ['Paris (75)', '75', 'Île-de-France']);
  assert.equal(p.url, 'https://place-emploi-public.gouv.fr/offre-emploi/MEF_2021-4760/');
  assert.deepEqual(p.metierReference, { scheme: 'RMFP', label: 'Rédactrice/ Rédacteur juridique' });
  assert.deepEqual(p.source, { kind: 'pep', reference: 'MEF_2021-4760', url: p.url });
  const geo = r.valid.filter((x) => x.location.geo);
  assert.equal(geo.length, 73);
  assert.ok(geo.every((x) => x.location.geo!.latitude > -90 && x.location.geo!.latitude < 90));
  const count = (f: (x: typeof p) => unknown) => r.valid.reduce((m, x) => m.set(String(f(x)), (m.get(String(f(x))) ?? 0) + 1), new Map<string, number>());
  assert.deepEqual(Object.fromEntries(count((x) => x.categorie)), { A: 69, C: 34, B: 34, undefined: 14, 'A+': 3 });
  assert.deepEqual(Object.fromEntries(count((x) => x.openTo)), { both: 100, contractuels: 41, undefined: 13 });
  assert.equal(r.valid.filter((x) => x.location.departement).length, 153);
  assert.equal(r.valid.find((x) => x.id === 'pep-707128')!.location.departement, '67', 'département read from the address when the field is empty');
  assert.equal(r.valid.find((x) => x.id === 'pep-696950')!.location.departement, '75', '"4 place Jussieu - 75005 PARIS"');
});

test('metiers-numeriques Notion export (real, 17 pages): 16 postings, the spontaneous-application page rejected naming « Ministère »', () => {
  const r = importJobs(fixture('metiers-numeriques-notion-2021-10.json'));
  assert.equal(r.format, 'notion');
  assert.equal(r.total, 17);
  assert.equal(r.valid.length, 16);
  assert.equal(r.rejected.length, 1);
  assert.equal(r.rejected[0].index, 16);
  assert.equal(r.rejected[0].issues[0].fr, 'employer.label : champ requis (source : « Ministère »)');
  assert.equal(r.rejected[0].issues[0].en, 'employer.label: required field (source: "Ministère")');
  const p = r.valid[0];
  assert.equal(p.id, 'mdn-acd471f0-2db5-4685-bdb7-eeaba1f03875');
  assert.equal(p.title, 'Data scientist F/H');
  assert.deepEqual([p.versant, p.openTo, p.postedAt, p.closesAt, p.location.departement], ['FPE', 'both', '2021-09-21', '2021-10-30', '75']);
  assert.equal(p.url, 'https://place-emploi-public.gouv.fr/offre-emploi/dne-sn3---data-scientist-fh-reference-2021-705199/');
  const cdd = r.valid.find((x) => x.title === 'Designer UX/UI')!;
  assert.deepEqual([cdd.contractKind, cdd.contractDuration, cdd.categorie], ['fixed-term', 'CDD 3 ans renouvelable', 'A']);
  assert.equal(r.valid.find((x) => x.title.startsWith('Ingénieur Cyberdéfense'))!.location.departement, '78', '"Maisons Lafitte (78600)"');
  assert.equal(r.valid.filter((x) => x.closesAt).length, 2);
});

test('CSP CSV (invented from the documented headers): BOM, ";", multi-line quoted cell, dd/mm/yyyy, 31/12/9999, line numbers', () => {
  const text = fixture('csp-offres-invented.csv');
  assert.equal(text.charCodeAt(0), 0xfeff);
  assert.equal(detectJobFormat(text), 'csp-csv');
  const r = importJobs(text);
  assert.equal(r.error, undefined);
  assert.equal(r.total, 5);
  assert.deepEqual(r.valid.map((p) => p.id), ['csp-2026-1234567', 'csp-2026-7654321', 'csp-2026-0000004', 'csp-2026-0000005']);
  const [a, b] = r.valid;
  assert.equal(a.profile!.split('\n')[1], '« Recherche utilisateur » et prototypes rapides');
  assert.deepEqual([a.versant, a.categorie, a.openTo, a.contractKind, a.workingTime, a.remote, a.postedAt, a.closesAt, a.startsAt],
    ['FPE', 'A', 'both', 'statutory', 'full-time', 'partial', '2026-09-01', '2026-10-15', '2026-11-01']);
  assert.deepEqual(a.location, { label: 'Gironde (33)', departement: '33', region: 'Nouvelle-Aquitaine', address: '14 rue des Exemples 33000 Bordeaux' });
  assert.equal(a.url, 'https://choisirleservicepublic.gouv.fr/offre-emploi/?query=2026-1234567');
  assert.equal(b.closesAt, undefined, '31/12/9999 = no end date');
  assert.deepEqual([b.openTo, b.contractKind, b.contractDuration, b.remote], ['contractuels', 'fixed-term', '3 ans', 'none']);
  assert.equal(r.rejected.length, 1);
  assert.equal(r.rejected[0].line, 6, 'row 3 starts on line 6 (row 1 spans lines 2–4)');
  assert.equal(r.rejected[0].issues[0].fr, 'postedAt : date invalide « 32/09/2026 » (jj/mm/aaaa attendu, années 1900 à 2100) (source : « Date de première publication »)');
  assert.equal(r.dropped.length, 1);
  assert.equal(r.dropped[0].line, 8);
  assert.match(r.dropped[0].issues[0].fr, /closesAt : date invalide « 99\/99\/2026 ».*partie ignorée : closesAt/);
});

test('CSP CSV errors name the line and column: wrong separator, missing required header, broken quote', () => {
  const header = CSP_CSV_HEADERS.join(';');
  const comma = fromCspCsv(CSP_CSV_HEADERS.join(',') + '\n1,2\n');
  assert.equal(comma.error?.code, 'wrong_separator');
  assert.equal(comma.error?.line, 1);
  assert.equal(comma.error?.fr, 'ligne 1 : séparateur « , » trouvé, « ; » attendu (export Choisir le service public)');
  const missing = fromCspCsv(CSP_CSV_HEADERS.filter((h) => h !== 'Date de première publication').join(';') + '\n');
  assert.equal(missing.error?.code, 'missing_header');
  assert.equal(missing.error?.column, 'Date de première publication');
  assert.match(missing.error!.en, /^line 1: required column "Date de première publication" missing/);
  const cells = (over: Record<string, string>) => CSP_CSV_HEADERS.map((h) => over[h] ?? '').join(';');
  const ok = cells({ 'Référence': 'R1', 'Intitulé du poste': 'Poste', 'Employeur': 'E', 'Localisation du poste': 'Nord (59)', 'Date de première publication': '01/02/2026' });
  const broken = `${header}\n${ok}\n${ok.replace('R1', 'R2')}\nR3;"Poste cassé;E;\nR4;x\n`;
  const r = fromCspCsv(broken);
  assert.equal(r.error?.code, 'broken_quote');
  assert.equal(r.error?.line, 4);
  assert.equal(r.error?.column, 'Intitulé du poste');
  assert.equal(r.error?.fr, 'ligne 4, colonne « Intitulé du poste » : guillemet non refermé (ou suivi d’autre chose que « ; ») ; le reste du fichier n’est pas lu');
  assert.deepEqual(r.valid.map((p) => p.id), ['csp-R1', 'csp-R2'], 'rows before the broken quote are kept');
  const short = fromCspCsv(`${header}\n${ok}\nR9;court\n`);
  assert.equal(short.rejected[0].line, 3);
  assert.equal(short.rejected[0].issues[0].fr, `ligne 3 : 2 colonne(s) au lieu de ${CSP_CSV_HEADERS.length}`);
});

const posting = { '@context': 'https://schema.org/', '@type': 'JobPosting', title: 'Coach produit', datePosted: '2026-09-01', validThrough: '2026-10-01T23:59:59+02:00', description: '<p>Accompagner les équipes&nbsp;: <b>tests utilisateurs</b></p><ul><li>Prototypes</li></ul>', hiringOrganization: { '@type': 'Organization', name: 'Incubateur Exemple' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lyon', postalCode: '69003', addressCountry: 'FR' } }, employmentType: ['FULL_TIME', 'CONTRACTOR'], identifier: { '@type': 'PropertyValue', name: 'Exemple', value: 'EX-42' }, url: '/offres/42' };

test('JSON-LD: single object, array, @graph, ItemList, and <script type="application/ld+json"> blocks of a page', () => {
  const one = fromJobPostingJsonLd(posting, { pageUrl: 'https://exemple.gouv.fr/recrutement' });
  assert.equal(one.valid.length, 1);
  const p = one.valid[0];
  assert.deepEqual([p.id, p.title, p.employer.label, p.postedAt, p.closesAt, p.url, p.location.departement, p.location.region, p.workingTime, p.contractKind],
    ['jsonld-EX-42', 'Coach produit', 'Incubateur Exemple', '2026-09-01', '2026-10-01', 'https://exemple.gouv.fr/offres/42', '69', 'Auvergne-Rhône-Alpes', 'full-time', 'freelance']);
  assert.equal(p.description, 'Accompagner les équipes\u00a0: tests utilisateurs\n- Prototypes');
  const other = { ...posting, identifier: undefined, title: 'Product owner', url: 'https://exemple.gouv.fr/offres/43' };
  const page = { pageUrl: 'https://exemple.gouv.fr/recrutement' };
  assert.equal(fromJobPostingJsonLd([posting, other], page).valid.length, 2);
  assert.equal(fromJobPostingJsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, posting, other] }, page).valid.length, 2);
  assert.equal(fromJobPostingJsonLd({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: posting }, { '@type': 'ListItem', position: 2, item: other }] }, page).valid.length, 2);
  assert.match(fromJobPostingJsonLd(posting).rejected[0].issues[0].fr, /^url : .*« \/offres\/42 »/, 'a relative url needs the page address');
  assert.equal(fromJobPostingJsonLd({ '@type': 'WebPage' }).error?.code, 'no_job_posting');
  const html = `<!doctype html><html><head><!-- <script type="application/ld+json">{"@type":"JobPosting"}</script> -->
    <script type='application/LD+JSON'>${JSON.stringify(posting)}</script><script>var x = "</div>";</script>
    <SCRIPT TYPE=application/ld+json>{ broken</SCRIPT><script type="application/ld+json">${JSON.stringify({ '@graph': [other] })}</script></head></html>`;
  assert.equal(extractJsonLdBlocks(html).length, 3, 'the commented-out block is skipped');
  assert.equal(detectJobFormat(html), 'jsonld');
  const r = fromHtmlJsonLd(html, { pageUrl: 'https://exemple.gouv.fr/recrutement' });
  assert.deepEqual(r.valid.map((x) => x.title), ['Coach produit', 'Product owner']);
  assert.equal(r.rejected.length, 1);
  assert.match(r.rejected[0].issues[0].fr, /^bloc JSON-LD n° 2 : JSON invalide/);
  const evil = fromJobPostingJsonLd({ ...posting, url: 'javascript:alert(1)' });
  assert.equal(evil.valid.length, 0, 'javascript: URLs are refused');
  assert.match(evil.rejected[0].issues[0].fr, /^url : /);
});

test('our JSON: array or { postings }, optional parts dropped, duplicate ids rejected with 1-based record numbers', () => {
  const base = { id: 'job-001', title: 'Cheffe de projet', employer: { label: 'DGFiP' }, location: { label: 'Gironde (33)', departement: '33' }, postedAt: '2026-09-01', url: 'https://exemple.gouv.fr/o/1', source: { kind: 'manual' }, status: 'published' };
  assert.equal(detectJobFormat(JSON.stringify({ postings: [base] })), 'json');
  const r = parseJobPostings({ postings: [base, { ...base, id: 'job-002', closesAt: '2026-02-30', categorie: 'Z' }, { ...base, id: 'job-001' }, { ...base, id: 'job-004', url: 'data:text/html,x' }, { ...base, id: 'job-005', title: '\u200b ' }, { ...base, id: 'job-006', postedAt: '0201-05-01' }] });
  assert.deepEqual(r.valid.map((p) => p.id), ['job-001', 'job-002']);
  assert.equal(r.valid[1].closesAt, undefined);
  assert.deepEqual(r.dropped[0].issues.map((i) => i.path).sort(), ['categorie', 'closesAt']);
  assert.deepEqual(r.rejected.map((x) => [x.index, x.issues[0].path, x.issues[0].code]), [[2, 'id', 'duplicate_id'], [3, 'url', 'invalid_format'], [4, 'title', 'blank'], [5, 'postedAt', 'date_out_of_range']]);
  assert.equal(r.rejected[0].issues[0].fr, 'id : identifiant « job-001 » déjà utilisé par la fiche n° 1');
  assert.equal(importJobs('{ "postings": [ }').error?.code, 'invalid_json');
  assert.match(importJobs('{\n "postings": 1 "b"}').error!.fr, /^JSON invalide \(ligne 2, colonne 16\)/);
  assert.equal(importJobs('plain text').error?.code, 'unknown_format');
});

test('places: every way the sources write a département', () => {
  assert.deepEqual(['Paris (75)', 'Corrèze (19 )', 'Guyane (973)', '61-65 rue Dutot 75015 Paris', '20 avenue de Ségur - 75 007 Paris', 'Maisons Lafitte (78600)', 'Rennes/Saint-Jacques de la Lande - 35', 'Saint-Jacques-de-la-Lande (Ille-Et-Vilaine)', "Cote d'Or (21)", 'Paris 7ème', 'LORIENT'].map(departementFromText),
    ['75', '19', '973', '75', '75', '78', '35', '35', '21', '75', undefined]);
});

test('the field mapping table names only fields of the model', () => {
  const shape = (JobPostingSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
  for (const row of JOB_FIELD_SOURCES) assert.ok(row.field.split('.')[0] in shape, row.field);
  assert.deepEqual(Object.keys(shape).filter((k) => !JOB_FIELD_SOURCES.some((r) => r.field.split('.')[0] === k)), []);
});

test('docs/jobs.md lists the exact CSP CSV headers (order, required) and accepted cell values, in step with the code', () => {
  const doc = readFileSync(new URL('../../docs/jobs.md', import.meta.url), 'utf8');
  const between = (name: string) => {
    const m = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(doc);
    assert.ok(m, `docs/jobs.md has the ${name} table`);
    return m[1].split('\n').filter((l) => /^\| /.test(l) && !/^\| (#|Column|---)/.test(l))
      .map((l) => l.slice(2, -2).split(' | ').map((c) => c.trim().replace(/^`|`$/g, '')));
  };
  const headers = between('csp-headers');
  assert.deepEqual(headers.map((r) => r[1]), [...CSP_CSV_HEADERS], 'every header, exact spelling, documented order');
  assert.deepEqual(headers.filter((r) => r[2] === 'yes').map((r) => r[1]), [...CSP_CSV_REQUIRED_HEADERS]);
  const values = between('csp-values');
  assert.ok(values.length >= 20);
  const base: Record<string, string> = { 'Référence': '2026-1', 'Intitulé du poste': 'Chargée de mission', 'Employeur': 'Préfecture du Cher', 'Localisation du poste': 'Cher (18)', 'Date de première publication': '01/09/2026' };
  for (const [column, cell, expected] of values) {
    assert.ok((CSP_CSV_HEADERS as readonly string[]).includes(column), column);
    const row = { ...base, [column]: cell };
    const text = [CSP_CSV_HEADERS.join(';'), CSP_CSV_HEADERS.map((h) => `"${(row[h] ?? '').replace(/"/g, '""')}"`).join(';')].join('\n');
    const p = importJobs(text, { format: 'csp-csv' }).valid[0] as unknown as Record<string, unknown>;
    const [field, value] = expected.split(' = ');
    const got = field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], p);
    assert.equal(got === undefined ? '—' : String(got), value, `${column} « ${cell} » → ${expected}`);
  }
});
