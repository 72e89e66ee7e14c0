/**
 * The RS6247 framework as data: "Concevoir un service public numérique au sein de l’État" (France compétences,
 * Répertoire spécifique RS6247), its 8 competences and its crosswalks. Sources: see `rs6247.SOURCE.md` beside
 * this file. French labels are the exact labels of the certification page (curly apostrophe kept in competence 8);
 * English labels and all descriptions are our own wording. Crosswalk rows are our judgement unless said otherwise.
 *
 * Kept as a TypeScript module (not a .json import) so the npm build needs no JSON plugin; the build also writes it
 * as `dist/data/rs6247.framework.json` for people who do not use TypeScript.
 */
import type { SkillFrameworkInput } from '../framework.js';

const RMFP_FICHE = {
  title: 'Fiche RMFP « Intrapreneuse/Intrapreneur » (doc.incubateur.net-communaute, .gitbook/assets, blob 330410f)',
  url: 'https://github.com/betagouv/doc.incubateur.net-communaute',
};

/** RS6247 framework, version 1.0.0 (first release of this data in `@betagouv/intras`). */
export const RS6247_FRAMEWORK_DATA = {
  id: 'rs6247',
  title: { fr: 'Concevoir un service public numérique au sein de l’État', en: 'Designing a public digital service within the French State' },
  version: '1.0.0',
  sourceUrl: 'https://www.francecompetences.fr/recherche/rs/6247/',
  registry: { authority: 'France compétences', code: 'RS6247', url: 'https://www.francecompetences.fr/recherche/rs/6247/' },
  levelScale: {
    kind: 'outcome',
    values: [
      { id: 'acquise', label: { fr: 'Acquise', en: 'Acquired' }, passing: true },
      { id: 'a_consolider', label: { fr: 'À consolider', en: 'To be strengthened' }, passing: false },
      { id: 'non_acquise', label: { fr: 'Non acquise', en: 'Not acquired' }, passing: false },
    ],
  },
  competences: [
    {
      id: 'pitch', code: 'C1',
      label: { fr: 'Pitch', en: 'Pitch' },
      description: {
        fr: 'Présenter oralement le service et sa démarche centrée sur les usagers pour obtenir l’adhésion des décideurs ou des financeurs.',
        en: 'Present the service and its user-centred approach orally to win the support of decision-makers or funders.',
      },
    },
    {
      id: 'investigation', code: 'C2',
      label: { fr: 'Investigation du problème que ta Startup cherche à résoudre', en: 'Investigating the problem your start-up aims to solve' },
      description: {
        fr: 'Conduire et analyser des entretiens avec des usagers pour comprendre leurs besoins, puis en déduire des pistes d’amélioration.',
        en: 'Run and analyse user interviews to understand needs and behaviours, then derive improvements or features.',
      },
    },
    {
      id: 'conception-priorisation', code: 'C3',
      label: { fr: 'Conception/Priorisation', en: 'Design and prioritisation' },
      description: {
        fr: 'Proposer à l’équipe des fonctionnalités qui répondent aux besoins observés et les classer selon leur impact et leur coût.',
        en: 'Propose features that meet the observed needs and rank them by expected impact against effort.',
      },
    },
    {
      id: 'prototypage', code: 'C4',
      label: { fr: 'Prototypage', en: 'Prototyping' },
      description: {
        fr: 'Participer à la fabrication du produit minimum viable et du parcours usager afin de les tester tôt.',
        en: 'Help build the minimum viable product and the user journey so they can be tested early.',
      },
    },
    {
      id: 'test', code: 'C5',
      label: { fr: 'Test', en: 'Testing' },
      description: {
        fr: 'Concevoir et mener un protocole de test de l’intérêt et de l’ergonomie du service, puis en tirer des décisions.',
        en: 'Design and run a test protocol on the service’s appeal and usability, then act on the results.',
      },
    },
    {
      id: 'deploiement', code: 'C6',
      label: { fr: 'Déploiement', en: 'Deployment' },
      description: {
        fr: 'Définir comment conquérir les premiers usagers puis élargir l’audience pour rendre le service viable en 12 à 24 mois.',
        en: 'Plan how to win the first users and then grow the audience so the service is viable within 12 to 24 months.',
      },
    },
    {
      id: 'financement', code: 'C7',
      label: { fr: 'Financement', en: 'Funding' },
      description: {
        fr: 'Trouver des financements, bâtir un budget prévisionnel et suivre l’impact du service.',
        en: 'Secure funding, build a forecast budget and track the service’s impact.',
      },
    },
    {
      id: 'cohesion-equipe', code: 'C8',
      label: { fr: 'Mettre en place et maintenir une cohésion d’équipe', en: 'Building and sustaining team cohesion' },
      description: {
        fr: 'Former puis faire vivre une équipe soudée, efficace et attentive au bien-être de chacun.',
        en: 'Form and sustain a close-knit team that is effective and attentive to everyone’s well-being.',
      },
    },
  ],
  history: [
    { version: '1.0.0', date: '2026-11-29', competenceIds: ['pitch', 'investigation', 'conception-priorisation', 'prototypage', 'test', 'deploiement', 'financement', 'cohesion-equipe'] },
  ],
  crosswalks: [
    {
      id: 'rs6247-ecf-rmfp',
      framework: { id: 'rs6247', version: '1.0.0' },
      target: { scheme: 'e-CF', version: 'e-CF tel que cité par la fiche RMFP Intrapreneur.se (version de la norme non précisée)', title: 'European e-Competence Framework — compétences SIC de la fiche RMFP' },
      source: { ...RMFP_FICHE, note: 'Codes, libellés et niveaux recopiés de la fiche ; le rattachement à chaque compétence RS6247 est notre jugement, non officiel.' },
      rows: [
        { competenceId: 'pitch', relation: 'related', code: 'E.4', label: 'Gestion de la relation avec le commanditaire / le métier', level: 4 },
        { competenceId: 'investigation', relation: 'broader', code: 'D.11', label: 'Identification des besoins', level: 4 },
        { competenceId: 'conception-priorisation', relation: 'related', code: 'A.6', label: 'Conception des applications', level: 3 },
        { competenceId: 'conception-priorisation', relation: 'related', code: 'A.1', label: 'Système d’information et alignement stratégique métier', level: 4 },
        { competenceId: 'prototypage', relation: 'related', code: 'A.8', label: 'Innovation', level: 4, note: 'La fiche écrit « A.8 Innovation » ; dans l’e-CF 3.0, « Innovating » porte le code A.9. Code conservé tel qu’écrit.' },
        { competenceId: 'test', relation: 'related', code: 'B.3', label: 'Tests', level: 3, note: 'B.3 vise les tests logiciels ; la compétence RS6247 vise les tests auprès des usagers.' },
        { competenceId: 'deploiement', relation: 'related', code: 'E.6', label: 'Gestion des changements métiers', level: 3 },
        { competenceId: 'deploiement', relation: 'related', code: 'E.5', label: 'Amélioration des processus', level: 3 },
        { competenceId: 'financement', relation: 'related', code: 'E.2', label: 'Gestion des projets et du portefeuille de projets', level: 4 },
        { competenceId: 'financement', relation: 'related', code: 'E.3', label: 'Gestion des risques', level: 3 },
        { competenceId: 'cohesion-equipe', relation: 'related', code: 'D.9', label: 'Développement du personnel', level: 3 },
      ],
    },
    {
      id: 'rs6247-rmfp-passerelles',
      framework: { id: 'rs6247', version: '1.0.0' },
      target: { scheme: 'RMFP', version: 'Fiche Intrapreneur.se, blob 330410f (lue le 2026-11-29)', title: 'Métiers proches et passerelles professionnelles de la fiche RMFP' },
      source: { ...RMFP_FICHE, note: 'Intitulés recopiés de la fiche ; lignes au niveau du référentiel entier (la fiche ne relie pas les passerelles à une compétence).' },
      rows: [
        { relation: 'related', label: 'Chef de produit' },
        { relation: 'related', label: 'Chef de projet digital' },
        { relation: 'related', label: 'Chargé (e) de déploiement' },
        { relation: 'related', label: 'Responsable de portefeuille produit' },
        { relation: 'related', label: 'Coach produit' },
        { relation: 'related', label: 'Directrice/Directeur de projet Métier' },
        { relation: 'related', label: 'Directrice/Directeur de l’innovation ou du numérique' },
      ],
    },
    {
      id: 'rs6247-rome4',
      framework: { id: 'rs6247', version: '1.0.0' },
      target: { scheme: 'ROME4', version: 'ROME 4.0 (codes à vérifier dans le référentiel en vigueur)', title: 'Répertoire opérationnel des métiers et des emplois (France Travail)' },
      source: { title: 'domain.md §5.2 (exemples de codes, libellés ROME v3)', note: 'Codes opaques, non vérifiés contre le référentiel courant ; rattachement de notre jugement.' },
      rows: [
        { relation: 'related', code: 'K1404', label: 'Mise en œuvre et pilotage de la politique des pouvoirs publics' },
        { relation: 'related', code: 'K1401', label: 'Conception et pilotage de la politique des pouvoirs publics' },
        { relation: 'related', code: 'M1806', label: 'Conseil et maîtrise d’ouvrage en systèmes d’information' },
        { competenceId: 'deploiement', relation: 'related', code: 'M1402', label: 'Conseil en organisation et management d’entreprise' },
      ],
    },
  ],
} satisfies SkillFrameworkInput;
