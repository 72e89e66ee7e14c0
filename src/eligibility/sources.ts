/**
 * Sources of the rules: doc.incubateur.net pages (repository `betagouv/doc.incubateur.net-communaute`, read at
 * 2ba8e2b, 2026-08-21, see domain.md §1.3–1.5) and the espace-membre model (domain.md §2.2).
 * URLs follow the GitBook layout `https://doc.incubateur.net/communaute/<path without .md / README.md>`.
 * Every path is checked against the upstream file list (test/fixtures/eligibility/upstream-files.json, with its
 * SOURCE note) by test/node/eligibility-sources.test.ts.
 */
import type { Source } from './types.js';

const DOC = 'https://doc.incubateur.net/communaute/';
const DOC_REPO = 'betagouv/doc.incubateur.net-communaute';
const INTRA = 'travailler-chez-beta.gouv.fr/les-differents-metiers/intrapreneur/';

function page(path: string, title: string, section: string): Source {
  const url = DOC + path.replace(/\/README\.md$/, '').replace(/\.md$/, '');
  return { title, url, repo: DOC_REPO, path, section };
}

/** Certification page: eligibility (4 conditions + the "two sessions after leaving" rule) and calendar. */
export const CERTIFICATION_PAGE = `${INTRA}certification-des-intrapreneurs/README.md`;
/** Career-support page (hidden page): the four pillars. */
export const CAREERS_PAGE = `${INTRA}accompagnement-de-carrieres-des-intras.md`;
/**
 * Difficult-situations clinic: its current place in the upstream repository (it used to sit under
 * `travailler-chez-beta.gouv.fr/vie-quotidienne-et-bien-etre/gerer-des-situations-comliquees/`, sic, the path
 * domain.md §1.5 quotes without its prefix). Headings: "Pourquoi ce programme ?" (team management only, career
 * questions excluded), "Public concerné" (intras only; others → the community support group).
 */
export const CLINIC_PAGE = 'solliciter-et-contribuer-a-la-communaute/je-sollicite-de-laide-transverse/coaching-rh-clinique-des-situations-difficiles.md';
/** When a product stops: career support for intras. */
export const STOP_PAGE = 'gerer-son-produit/la-vie-du-produit/arret.md';

export const SOURCES = {
  certEligibility: page(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Éligibilité'),
  certLeaving: page(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Éligibilité — après le départ de la communauté (deux sessions)'),
  certCalendar: page(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Calendrier — une session tous les 6 mois'),
  careers: page(CAREERS_PAGE, 'Accompagnement de carrières des intras', 'Accompagnement individuel (volontaires)'),
  careersHr: page(CAREERS_PAGE, 'Accompagnement de carrières des intras', 'Aider les intras en difficulté RH : courriers de soutien, saisine de la DRH du numérique'),
  stop: page(STOP_PAGE, 'L’arrêt d’un produit', 'Accompagnement des intras'),
  clinic: page(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Pourquoi ce programme ?'),
  clinicAudience: page(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Public concerné'),
  // The closing retrospective is domain.md §1.5's special case; the stored version of the page has no such heading.
  clinicRetro: page(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Rétrospective de clôture'),
  missionModel: {
    title: 'espace-membre : modèle Mission (status « admin » = Agent Public)',
    url: 'https://github.com/betagouv/espace-membre-next/blob/main/src/models/mission.ts',
    repo: 'betagouv/espace-membre-next',
    path: 'src/models/mission.ts',
    section: 'missionSchema.status',
  },
} satisfies Record<string, Source>;
