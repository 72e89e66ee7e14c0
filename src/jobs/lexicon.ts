/**
 * The vocabulary that links job postings to the RS6247 competences and to the RMFP "passerelles" jobs.
 *
 * - Competence terms: our own judgement (not official), written from each competence's description
 *   (src/skills/data/rs6247.ts) and the words French public-sector job ads use for the same activity; plus the e-CF
 *   labels that the RMFP fiche's crosswalk (`rs6247-ecf-rmfp`) ties to each competence. `weight` 1 = specific,
 *   0.5 = common words that only count with others.
 * - Passerelles: the labels of the `rs6247-rmfp-passerelles` crosswalk (RMFP fiche « Intrapreneuse/Intrapreneur »),
 *   plus common spellings of the same jobs. A posting whose title or reference job names one is a likely next post.
 * Terms are matched as phrases after {@link searchTokens} (folded, stop words out, plural/feminine stemmed).
 */
import { crosswalkRows } from '../skills/crosswalk.js';
import type { Rs6247CompetenceId } from '../skills/rs6247-ids.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';

/** A term of the lexicon: the text shown in explanations, and its weight. */
export interface LexiconTerm { readonly term: string; readonly weight: number }

const own: Record<Rs6247CompetenceId, (string | [string, number])[]> = {
  pitch: ['pitch', 'convaincre', 'plaidoyer', 'porter le projet', 'présenter aux décideurs', 'valoriser le projet', 'sponsor', 'relation avec les métiers', ['parties prenantes', 0.5], ['présentation', 0.5], ['communication', 0.5]],
  investigation: ['recherche utilisateur', 'entretien utilisateur', 'entretiens avec les usagers', 'besoin des usagers', 'besoins utilisateurs', 'analyse des besoins', 'expérience utilisateur', 'immersion', 'terrain', 'ux', 'design', 'designer', 'enquête', 'parcours usager', ['usager', 0.5], ['besoin', 0.5]],
  'conception-priorisation': ['priorisation', 'prioriser', 'backlog', 'feuille de route', 'roadmap', 'product owner', 'user story', 'spécifications fonctionnelles', 'arbitrage', 'fonctionnalités', 'conception', 'cahier des charges', ['maîtrise d’ouvrage', 0.5]],
  prototypage: ['prototype', 'prototypage', 'maquette', 'mvp', 'produit minimum viable', 'agile', 'itératif', 'sprint', 'wireframe', 'low code', 'no code', 'innovation', ['développement', 0.5]],
  test: ['test utilisateur', 'tests utilisateurs', 'test d’usage', 'ergonomie', 'accessibilité', 'recette', 'retours utilisateurs', 'mesure d’impact', 'testeur', ['test', 0.5], ['qualité', 0.5]],
  deploiement: ['déploiement', 'déployer', 'conduite du changement', 'accompagnement au changement', 'adoption', 'généralisation', 'passage à l’échelle', 'essaimage', 'formation des utilisateurs', 'animation de communauté', ['accompagnement', 0.5]],
  financement: ['financement', 'appel à projets', 'subvention', 'business model', 'modèle économique', 'plan de financement', 'levée de fonds', ['budget', 0.5], ['budgétaire', 0.5], ['marchés publics', 0.5], ['indicateurs', 0.5], ['coûts', 0.5], ['impact', 0.5], ['pilotage', 0.5]],
  'cohesion-equipe': ['cohésion', 'animation d’équipe', 'animer une équipe', 'coaching', 'bien-être', 'esprit d’équipe', 'équipe pluridisciplinaire', ['coach', 0.5], ['management', 0.5], ['manager', 0.5], ['encadrement', 0.5], ['encadrer', 0.5], ['recrutement', 0.5], ['équipe', 0.5]],
};

/** Competence terms, by RS6247 competence id (own terms, then the crosswalk's e-CF labels at weight 1). */
export const COMPETENCE_TERMS: Readonly<Record<Rs6247CompetenceId, readonly LexiconTerm[]>> = Object.fromEntries(
  (Object.keys(own) as Rs6247CompetenceId[]).map((id) => {
    const terms: LexiconTerm[] = own[id].map((t) => (Array.isArray(t) ? { term: t[0], weight: t[1] } : { term: t, weight: 1 }));
    for (const row of crosswalkRows(RS6247_FRAMEWORK.crosswalks ?? [])) {
      if (row.scheme === 'e-CF' && row.competenceId === id) terms.push({ term: row.label, weight: 1 });
    }
    return [id, terms];
  }),
) as Record<Rs6247CompetenceId, LexiconTerm[]>;

/** A passerelle job: its label in the crosswalk and the spellings that name it. */
export interface Passerelle { readonly label: string; readonly terms: readonly string[] }

const aliases: Record<string, string[]> = {
  'Chef de produit': ['product manager', 'responsable produit', 'product owner'],
  'Chef de projet digital': ['chef de projet numérique', 'cheffe de projet numérique', 'chef de projet innovation', 'chef de projet transformation numérique'],
  'Responsable de portefeuille produit': ['responsable de portefeuille de produits', 'portefeuille de produits numériques'],
  'Coach produit': ['coach agile', 'coach produit'],
  'Directrice/Directeur de l’innovation ou du numérique': ['directeur de l’innovation', 'directeur du numérique', 'chief digital officer', 'responsable de l’innovation', 'responsable du numérique', 'mission innovation', 'laboratoire d’innovation'],
  'Directrice/Directeur de projet Métier': ['directeur de projet métier', 'directeur de projets'],
  'Chargé (e) de déploiement': ['chargé de déploiement', 'chargé du déploiement'],
};

/** The RMFP passerelles of the RS6247 crosswalk, with their spellings. */
export const PASSERELLES: readonly Passerelle[] = crosswalkRows(RS6247_FRAMEWORK.crosswalks ?? [])
  .filter((r) => r.crosswalkId === 'rs6247-rmfp-passerelles')
  .map((r) => ({ label: r.label, terms: [r.label, ...(aliases[r.label] ?? [])] }));
