#!/usr/bin/env node
/**
 * Deterministic generator of INVENTED intrapreneur portraits, for benchmarks of `<intra-portraits>`.
 *
 *   node scripts/gen-portraits.mjs 2400 [seed] > portraits-2400.json    → { "portraits": [...] }
 *   import { generatePortraits } from './scripts/gen-portraits.mjs';     → Portrait[]
 *
 * Every record is valid against `PortraitSchema` (src/portraits/portrait.ts) and publishable
 * (consent given, status `published`). People are invented by recombining first and last names;
 * start-ups are REAL ghids and names from the beta.gouv.fr snapshot test/fixtures/startups-v2.7.json
 * (betagouv/beta.gouv.fr @ 693fb7c4), and career dates follow each start-up's phases.
 * No dependencies; a seeded PRNG (mulberry32) makes the output identical for the same (n, seed).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const SNAPSHOT_URL = new URL('../test/fixtures/startups-v2.7.json', import.meta.url);
const LAST_DATE = '2026-06-30'; // no mission ends after this date (snapshot committed 2026-08-20)


// [first name, 'f' | 'm']: invented combinations only, diverse French first names.
const FIRST = [
  ['Élodie', 'f'], ['Maëlle', 'f'], ['Aïcha', 'f'], ['Chloé', 'f'], ['Inès', 'f'], ['Léa', 'f'], ['Noémie', 'f'], ['Zoé', 'f'],
  ['Anaïs', 'f'], ['Héloïse', 'f'], ['Fatou', 'f'], ['Yasmina', 'f'], ['Gwenaëlle', 'f'], ['Soizic', 'f'], ['Mélissa', 'f'], ['Nadège', 'f'],
  ['Linh', 'f'], ['Amandine', 'f'], ['Bérengère', 'f'], ['Rokia', 'f'], ['Océane', 'f'], ['Leïla', 'f'], ['Sandrine', 'f'], ['Priscille', 'f'],
  ['Capucine', 'f'], ['Ophélie', 'f'], ['Naïma', 'f'], ['Maud', 'f'], ['Clémentine', 'f'], ['Josiane', 'f'],
  ['Mathéo', 'm'], ['Karim', 'm'], ['Loïc', 'm'], ['Jérôme', 'm'], ['Yanis', 'm'], ['Théo', 'm'], ['Gaëtan', 'm'], ['Mamadou', 'm'],
  ['Stéphane', 'm'], ['Benoît', 'm'], ['Hervé', 'm'], ['Tuan', 'm'], ['Ronan', 'm'], ['Idriss', 'm'], ['Aurélien', 'm'], ['Joël', 'm'],
  ['Nicolas', 'm'], ['Sofiane', 'm'], ['Erwan', 'm'], ['Félicien', 'm'], ['Mehdi', 'm'], ['Armel', 'm'], ['Timothée', 'm'], ['Raphaël', 'm'],
  ['Anthony', 'm'], ['Noël', 'm'], ['Pascal', 'm'], ['Quentin', 'm'], ['Hamza', 'm'], ['Cyprien', 'm'],
];
// Surnames: checked absent from the snapshot's start-up, organisation and incubator files (test/node/portraits-data.test.ts).
const LAST = [
  'Lebrault', 'Kerneis', 'Dujardin-Saïd', 'Fauconnet', 'Mbemba', 'Chassagne', 'Rouxel', 'Benkirane', 'Tardivel', 'Piquemal',
  'Nguyen-Vallat', 'Le Bihan', 'Descamps', 'Oukacha', 'Castelnau', 'Marzin', 'Boutrais', 'Ferracci', 'Loiseleur', 'Trébuchet',
  'Hamidou', 'Quillévéré', 'Vidalenc', 'Brossard', 'Ait-Kaci', 'Lagarrigue', 'Plantier', 'Cazenave', 'Daoudi', 'Rivière-Sow',
  'Gourvennec', 'Manceau', 'Teyssier', 'Belkacem-Roy', 'Sauvageot', 'Pham', 'Lestrade', 'Moreau-Kone', 'Bouchardeau', 'Guézennec',
  'Labarthe', 'Delaunay-Traoré', 'Estienne', 'Vautrin-Haddad', 'Caillaud', 'Ribeiro', 'Kieffer', 'Morin-Dembélé', 'Achour', 'Fleuret',
  'Grangier', 'Santoni', 'Le Corre', 'Ouedraogo-Petit', 'Rocheteau', 'Villemin', 'Boisseau', 'Tran-Leclerc', 'Honoré', 'Jaouen',
];

/** Home administrations (labels as in organisations-v2.7.json, HTML entities decoded), with typical original jobs. */
const ADMINS = [
  { label: 'Direction générale des Finances publiques', short: 'DGFiP', local: 'Centre des finances publiques', jobs: [['Inspecteur des finances publiques', 'Inspectrice des finances publiques'], ['Contrôleur des finances publiques', 'Contrôleuse des finances publiques']] },
  { label: 'Direction générale de la concurrence, de la consommation et de la répression des fraudes', short: 'DGCCRF', local: 'Direction départementale de la protection des populations', jobs: [['Inspecteur de la DGCCRF', 'Inspectrice de la DGCCRF'], ['Enquêteur de la concurrence et de la consommation', 'Enquêtrice de la concurrence et de la consommation']] },
  { label: 'Ministère de la Justice', short: 'ministère de la Justice', local: 'Tribunal judiciaire', jobs: [["Directeur adjoint de SPIP", "Directrice adjointe de SPIP"], ['Greffier', 'Greffière'], ['Juriste en administration centrale', 'Juriste en administration centrale']] },
  { label: 'France travail', short: 'France Travail', local: 'Agence France Travail', jobs: [["Directeur adjoint d'agence", "Directrice adjointe d'agence"], ["Conseiller à l'emploi", "Conseillère à l'emploi"]] },
  { label: 'Ministère de la Transition Écologique', short: 'ministère de la Transition écologique', local: 'Direction départementale des territoires', jobs: [['Ingénieur des ponts, des eaux et des forêts', 'Ingénieure des ponts, des eaux et des forêts'], ["Ingénieur des travaux publics de l'État", "Ingénieure des travaux publics de l'État"]] },
  { label: 'Direction interministérielle du numérique', short: 'DINUM', local: 'Services du Premier ministre', jobs: [["Attaché d'administration", "Attachée d'administration"], ['Chargé de mission achats', 'Chargée de mission achats']] },
  { label: 'Agence Nationale de la Cohésion des Territoires', short: 'ANCT', local: 'Collectivité territoriale', jobs: [['Administrateur territorial', 'Administratrice territoriale'], ['Attaché territorial', 'Attachée territoriale']] },
  { label: "Ministère de l'Intérieur", short: "ministère de l'Intérieur", local: 'Préfecture', jobs: [["Attaché d'administration en préfecture", "Attachée d'administration en préfecture"], ['Officier de gendarmerie', 'Officière de gendarmerie']] },
  { label: 'Ministères sociaux', short: 'ministères sociaux', local: 'Agence régionale de santé', jobs: [['Inspecteur du travail', 'Inspectrice du travail'], ['Cadre de santé infirmier', 'Cadre de santé infirmière']] },
  { label: "Ministère de l'Agriculture et de la Souveraineté alimentaire", short: "ministère de l'Agriculture", local: "Direction régionale de l'alimentation, de l'agriculture et de la forêt", jobs: [["Ingénieur de l'agriculture et de l'environnement", "Ingénieure de l'agriculture et de l'environnement"], ['Inspecteur de santé publique vétérinaire', 'Inspectrice de santé publique vétérinaire']] },
  { label: 'Ministère de l’Éducation nationale et de la Jeunesse', short: "Éducation nationale", local: 'Académie', jobs: [['Professeur des écoles', 'Professeure des écoles'], ["Conseiller principal d'éducation", "Conseillère principale d'éducation"]] },
  { label: 'Direction Générale des Douanes et Droits Indirects', short: 'DGDDI', local: 'Bureau de douane', jobs: [['Contrôleur des douanes', 'Contrôleuse des douanes'], ['Inspecteur des douanes', 'Inspectrice des douanes']] },
];
const CITIES = ['Lille', 'Rennes', 'Nantes', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Dijon', 'Rouen', 'Limoges', 'Montpellier', 'Besançon', 'Orléans', 'Ajaccio', 'Pau'];
const CATEGORIES = ['horizontal', 'vertical', 'passeur', 'sortie_prive'];
const COMPETENCES = ['pitch', 'investigation', 'conception-priorisation', 'prototypage', 'test', 'deploiement', 'financement', 'cohesion-equipe'];
const OTHER_ORGS = ['Direction interministérielle du numérique', 'Agence Nationale de la Cohésion des Territoires', 'Direction interministérielle de la transformation publique', 'Incubateur des ministères sociaux', 'Fabrique numérique du ministère de l’Intérieur'];
const PRIVATE_ORGS = ['Scale-up des ressources humaines', 'Entreprise de la tech for good', 'Legaltech', 'Éditeur de logiciels pour collectivités', "Entreprise de l'économie sociale et solidaire", 'Fintech', 'Edtech'];
const TERMINAL = new Set(['abandon', 'transfere', 'abandon-investigation']);

const addDays = (iso, n) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const minIso = (a, b) => (a < b ? a : b);

let pool;
/** Start-ups usable as stories: a dated first phase, a clean name, and at least 60 days before any terminal phase. */
function startupPool() {
  if (pool) return pool;
  const snap = JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8'));
  pool = [];
  for (const s of snap.data) {
    const { name, phases } = s.attributes;
    if (!name || name !== name.trim() || name.length > 70) continue;
    const starts = phases.map((p) => p.start).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    if (!starts.length) continue;
    const first = starts[0];
    const terminals = phases.filter((p) => TERMINAL.has(p.name) && p.start).map((p) => p.start).sort();
    const terminal = terminals[0];
    if (first < '2014-01-01' || first > '2025-12-31') continue;
    if (terminal && terminal < addDays(first, 60)) continue;
    pool.push({ ghid: s.id, name, first, terminal });
  }
  pool.sort((a, b) => a.first.localeCompare(b.first) || a.ghid.localeCompare(b.ghid));
  return pool;
}

/**
 * `n` invented, valid, publishable portraits (ids `gen-00001`…), identical for the same `(n, seed)`.
 * @param {number} n
 * @param {number} [seed=42]
 * @returns {object[]} portraits (PortraitSchema)
 */
export function generatePortraits(n, seed = 42) {
  const r = mulberry32(seed);
  const int = (k) => Math.floor(r() * k);
  const pick = (arr) => arr[int(arr.length)];
  const startups = startupPool();
  const out = [];
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[i % 4];
    const [first, g] = pick(FIRST);
    const f = g === 'f';
    const last = pick(LAST);
    const adm = pick(ADMINS);
    const jobPair = pick(adm.jobs);
    const job = f ? jobPair[1] : jobPair[0];
    const city = pick(CITIES);
    const intra = f ? 'Intrapreneure' : 'Intrapreneur';

    // Start-ups in chronological order; a serial (horizontal) intrapreneur gets 2 or 3.
    const wanted = category === 'horizontal' ? 2 + int(2) : 1 + (r() < 0.25 ? 1 : 0);
    const chosen = [];
    const firstCands = category === 'horizontal' ? startups.filter((s) => s.first <= '2022-06-30') : startups;
    chosen.push(pick(firstCands));
    while (chosen.length < wanted) {
      const prev = chosen[chosen.length - 1];
      const after = addDays(prev.first, 180);
      const cands = startups.filter((s) => s.first >= after && s.first <= '2025-06-30');
      if (!cands.length) break;
      chosen.push(pick(cands.slice(0, 60)));
    }

    // Career path.
    const careerPath = [];
    const start0 = chosen[0].first;
    careerPath.push({ stage: 'avant', title: job, organisationLabel: `${adm.local} (${city})`, sector: 'public', start: addDays(start0, -(365 * (3 + int(10)) + int(200))), end: addDays(start0, -1), kind: 'metier_origine' });
    let lastEnd;
    chosen.forEach((s, k) => {
      const next = chosen[k + 1];
      let end;
      if (next) end = addDays(next.first, -1);
      else if (category === 'horizontal' && !s.terminal) end = undefined;
      else end = minIso(s.terminal ?? '9999-12-31', minIso(addDays(s.first, 365 + int(730)), LAST_DATE));
      if (s.terminal && end && end > s.terminal) end = s.terminal;
      const pos = { stage: 'pendant', title: `${intra} ${s.name}`, organisationLabel: adm.label, sector: 'public', start: s.first };
      if (end) pos.end = end;
      pos.kind = 'intrapreneur';
      pos.startupGhids = [s.ghid];
      careerPath.push(pos);
      lastEnd = end;
    });
    const after = [];
    const fig = 3 + int(10);
    const budget = (5 + int(30)) * 100;
    let headline;
    let closing;
    const lastSu = chosen[chosen.length - 1];
    if (category === 'horizontal') {
      if (lastEnd) {
        careerPath.push({ stage: 'apres', title: 'Coach', organisationLabel: 'Direction interministérielle du numérique', sector: 'public', start: addDays(lastEnd, 1 + int(60)), kind: 'coach' });
        after.push('Coach, DINUM');
        headline = 'Coach, Direction interministérielle du numérique';
      } else {
        after.push(`${intra} ${lastSu.name}`);
        headline = `${intra} ${lastSu.name}, ${adm.short}`;
      }
      closing = `${f ? 'Elle' : 'Il'} a enchaîné ${chosen.length} start-ups d'État et partage volontiers ses méthodes avec les nouveaux intras.`;
    } else if (category === 'vertical') {
      const [title, kind] = pick([['Responsable de portefeuille', 'responsable_portefeuille'], [f ? 'Cheffe de la mission numérique' : 'Chef de la mission numérique', 'chef_mission_numerique'], ["Responsable de l'incubateur", 'responsable_incubateur']]);
      careerPath.push({ stage: 'apres', title, organisationLabel: adm.label, sector: 'public', start: addDays(lastEnd, 1 + int(45)), kind });
      after.push(title);
      headline = `${title}, ${adm.short}`;
      closing = `${f ? 'Restée' : 'Resté'} dans son administration, ${f ? 'elle' : 'il'} y suit aujourd'hui ${fig} produits pour un budget d'environ ${budget}000 euros par an.`;
    } else if (category === 'passeur') {
      const org = pick(OTHER_ORGS);
      const [title, kind] = pick([['Responsable de portefeuille', 'responsable_portefeuille'], ['Coach', 'coach'], [f ? 'Cheffe de projet innovation' : 'Chef de projet innovation', 'autre']]);
      careerPath.push({ stage: 'apres', title, organisationLabel: org, sector: 'public', start: addDays(lastEnd, 15 + int(90)), kind });
      after.push(`${title}, ${org}`);
      headline = `${title}, ${org}`;
      closing = `${f ? 'Elle' : 'Il'} a ensuite rejoint une autre administration, où ${f ? 'elle' : 'il'} accompagne ${fig} équipes.`;
    } else {
      const org = pick(PRIVATE_ORGS);
      const title = pick(['Product Manager', 'Product Owner']);
      const pStart = addDays(lastEnd, 30 + int(90));
      const back = r() < 0.35;
      const pos = { stage: 'apres', title, organisationLabel: org, sector: 'prive', start: pStart, kind: 'product_manager' };
      if (back) pos.end = addDays(pStart, 300 + int(400));
      careerPath.push(pos);
      after.push(`${title} (privé)`);
      if (back) {
        careerPath.push({ stage: 'apres', title: 'Coach', organisationLabel: 'Réseau beta.gouv.fr', sector: 'public', start: addDays(pos.end, 1 + int(60)), kind: 'coach' });
        after.push('Coach beta.gouv.fr');
        headline = 'Coach, réseau beta.gouv.fr';
        closing = `Parti${f ? 'e' : ''} dans le privé comme ${title}, ${f ? 'elle' : 'il'} est revenu${f ? 'e' : ''} comme coach : je pars mais je reviens.`;
      } else {
        headline = `${title}, ${org.charAt(0).toLowerCase()}${org.slice(1)}`;
        closing = `${f ? 'Elle' : 'Il'} est aujourd'hui ${title} dans le privé et n'exclut pas de revenir.`;
      }
    }
    if (headline.length > 200) headline = headline.slice(0, 199) + '…';

    const names = chosen.map((s) => s.name);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} puis ${names[names.length - 1]}`;
    const narrative = [
      `${job} à ${city}, ${first} a rejoint le programme beta.gouv.fr en ${start0.slice(0, 4)}.`,
      `${f ? 'Elle' : 'Il'} a porté ${list}, avec une équipe de ${2 + int(5)} personnes.`,
      pick([
        `${f ? 'Elle' : 'Il'} garde de cette période le goût des entretiens avec les usagers.`,
        `${f ? 'Elle' : 'Il'} a présenté son produit en comité d'investissement tous les six mois.`,
        `${f ? 'Elle' : 'Il'} a appris à montrer un prototype avant d'écrire un cahier des charges.`,
      ]),
      closing,
    ].join(' ');

    const shuffled = [...COMPETENCES];
    for (let k = shuffled.length - 1; k > 0; k--) { const j = int(k + 1); [shuffled[k], shuffled[j]] = [shuffled[j], shuffled[k]]; }
    const comps = shuffled.slice(0, 2 + int(4)).sort((a, b) => COMPETENCES.indexOf(a) - COMPETENCES.indexOf(b));
    const consentAt = addDays('2025-09-01', int(400));
    out.push({
      id: `gen-${String(i + 1).padStart(5, '0')}`,
      displayName: `${first} ${last}`,
      headline,
      category,
      administration: adm.label,
      before: `${job}, ${adm.local.toLowerCase()} de ${city}`,
      startups: chosen.map((s) => ({ ghid: s.ghid, name: s.name })),
      after,
      narrative,
      competences: comps,
      careerPath,
      consent: { given: true, at: consentAt },
      status: 'published',
      publishedAt: addDays(consentAt, 7 + int(21)),
    });
  }
  return out;
}

const isMain = (() => {
  try { return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url)); } catch { return false; }
})();
if (isMain) {
  const n = Number.parseInt(process.argv[2] ?? '2400', 10);
  const seed = Number.parseInt(process.argv[3] ?? '42', 10);
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node scripts/gen-portraits.mjs <count> [seed] > portraits.json\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify({ portraits: generatePortraits(n, seed) }) + '\n');
}
