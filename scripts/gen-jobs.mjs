// Generated job postings (our JSON) for `npm run bench`: seeded, deterministic, invented texts in the register of
// civil-service offers; closing dates spread around `today` so that most are open.
import { mulberry32 } from './prng.mjs';

const TITLES = ['Cheffe / Chef de projet numérique', 'Data scientist', 'Gestionnaire de paie', 'Designer UX', 'Chargé(e) de déploiement',
  'Développeuse / Développeur', 'Responsable budgétaire', 'Coach agile', 'Agent d’accueil', 'Product Owner', 'Juriste', 'Architecte SI'];
const WORDS = 'piloter le déploiement accompagner les usagers recherche utilisateur prototypes tests budget marchés publics équipe pluridisciplinaire conduite du changement données ouvertes sécurité réseau paie accueil'.split(' ');
const PLACES = [['Paris (75)', '75', 'Île-de-France'], ['Bordeaux', '33', 'Nouvelle-Aquitaine'], ['Lille', '59', 'Hauts-de-France'], ['Lyon', '69', 'Auvergne-Rhône-Alpes'], ['Rennes', '35', 'Bretagne']];

/** `n` postings with `today` (YYYY-MM-DD) as the reference date. */
export function generateJobs(n, seed = 7, today = '2026-10-01') {
  const r = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const text = (k) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const t0 = Date.parse(`${today}T00:00:00Z`);
  const day = (offset) => new Date(t0 + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const [label, departement, region] = pick(PLACES);
    return {
      id: `gen-${i}`, title: `${pick(TITLES)} ${i}`, employer: { label: `Direction ${i % 97}` },
      versant: pick(['FPE', 'FPT', 'FPH']), categorie: pick(['A+', 'A', 'B', 'C']), openTo: pick(['both', 'titulaires', 'contractuels']),
      location: { label, departement, region }, remote: pick(['none', 'partial', 'full']),
      postedAt: day(-Math.floor(r() * 60)), closesAt: day(Math.floor(r() * 90) - 10),
      url: `https://place-emploi-public.gouv.fr/offre-emploi/gen-${i}/`, description: `${text(30)}. ${text(30)}.`,
      source: { kind: 'manual' }, status: 'published',
    };
  });
}
