/** French and English messages of `<intra-job-feed>` (typed keys: the English catalogue, in `job-feed.i18n.en.ts` and loaded on demand, must have every key). */
import { plural, registerMessages } from '../shared/i18n.js';

export const jobFeedFr = {
  jobsLoading: 'Chargement des offres…',
  jobsFiltersLabel: 'Filtrer les offres',
  jobsSearchLabel: 'Rechercher une offre',
  jobsSearchHint: 'Intitulé, employeur, lieu, missions ou compétences',
  jobsSort: 'Trier par',
  jobsSortRelevance: 'Pertinence',
  jobsSortNewest: 'Plus récentes',
  jobsSortClosing: 'Clôture la plus proche',
  jobsAll: 'Tous',
  jobsAllFem: 'Toutes',
  jobsVersant: 'Versant',
  jobsCategorie: 'Catégorie',
  jobsOpenTo: 'Ouvert aux',
  jobsRemote: 'Télétravail',
  jobsDepartement: 'Département',
  jobsRegion: 'Région',
  jobsFamily: 'Famille de métiers',
  jobsCompetence: 'Compétence RS6247',
  jobsCount: (shown: number, total: number) =>
    shown === total ? `${total} ${plural(total, 'offre ouverte', 'offres ouvertes')}` : `${shown} ${plural(shown, 'offre', 'offres')} sur ${total}`,
  jobsCountWithExpired: (shown: number, total: number) =>
    shown === total ? `${total} ${plural(total, 'offre', 'offres')}` : `${shown} ${plural(shown, 'offre', 'offres')} sur ${total}`,
  jobsNoMatch: 'Aucune offre ne correspond à votre recherche',
  jobsNoMatchHint: 'Essayez d’autres mots-clés ou retirez un filtre.',
  jobsReset: 'Réinitialiser les filtres',
  jobsEmpty: 'Aucune offre publiée pour le moment.',
  jobsNoneOpen: 'Aucune offre ouverte pour le moment : toutes les offres publiées sont clôturées.',
  jobsMore: (remaining: number) => `Voir plus d’offres (${remaining} ${plural(remaining, 'restante', 'restantes')})`,
  jobsErrorTitle: 'Impossible d’afficher les offres',
  jobsRetry: 'Réessayer',
  jobsSkipped: (n: number) => `${n} ${plural(n, 'offre ignorée', 'offres ignorées')} (données invalides)`,
  jobsPartial: (n: number) => `${n} ${plural(n, 'offre affichée', 'offres affichées')} sans une partie invalide`,
  jobsBadNow: (value: string, min: string, max: string) => `L’attribut now « ${value} » n’est pas une date valide entre le ${min} et le ${max} (format AAAA-MM-JJ).`,
  jobsBadToday: (value: string, min: string, max: string) => `La date du jour (${value}) est hors de la plage prise en charge, du ${min} au ${max} : vérifiez l’horloge de l’appareil.`,
  jobsClosesToday: 'Clôture aujourd’hui',
  jobsClosesTomorrow: 'Clôture demain',
  jobsClosesIn: (days: number) => `Clôture dans ${days} jours`,
  jobsClosesOn: (date: string) => `Clôture le ${date}`,
  jobsClosed: 'Clôturée',
  jobsFilled: 'Pourvue',
  jobsNotYet: 'Publication à venir',
  jobsPostedOn: (date: string) => `Publiée le ${date}`,
  jobsNewTab: '(nouvel onglet)',
  jobsWhy: 'Pourquoi cette offre\u00a0?',
  jobsWhyFor: (title: string) => `Pourquoi cette offre\u00a0? ${title}`,
  jobsCompetencesLabel: 'Compétences RS6247 reconnues',
  jobsEmployer: 'Employeur',
  jobsPlace: 'Lieu',
  jobsCategorieValue: (c: string) => `Catégorie ${c}`,
};

export type JobFeedMessages = typeof jobFeedFr;

registerMessages(jobFeedFr, () => import('./job-feed.i18n.en.js').then((m) => m.jobFeedEn));

/** Labels of the posting fields' values, FR / EN (the domain's `JOB_LABELS` are French only). */
export const JOB_VALUE_LABELS = {
  versant: {
    FPE: { fr: 'Fonction publique de l’État', en: 'State civil service' },
    FPT: { fr: 'Fonction publique territoriale', en: 'Local government civil service' },
    FPH: { fr: 'Fonction publique hospitalière', en: 'Hospital civil service' },
  },
  openTo: {
    titulaires: { fr: 'Titulaires', en: 'Civil servants' },
    contractuels: { fr: 'Contractuels', en: 'Contract staff' },
    both: { fr: 'Titulaires et contractuels', en: 'Civil servants and contract staff' },
  },
  contractKind: {
    statutory: { fr: 'Emploi de titulaire', en: 'Civil-servant post' }, permanent: { fr: 'CDI', en: 'Permanent contract' },
    'fixed-term': { fr: 'CDD', en: 'Fixed-term contract' }, apprenticeship: { fr: 'Apprentissage', en: 'Apprenticeship' },
    internship: { fr: 'Stage', en: 'Internship' }, volunteer: { fr: 'Volontariat', en: 'Volunteering' },
    freelance: { fr: 'Indépendant', en: 'Freelance' }, other: { fr: 'Autre contrat', en: 'Other contract' },
  },
  remote: {
    none: { fr: 'Sans télétravail', en: 'On site' }, partial: { fr: 'Télétravail partiel', en: 'Partly remote' }, full: { fr: 'Télétravail complet', en: 'Fully remote' },
  },
} as const;
