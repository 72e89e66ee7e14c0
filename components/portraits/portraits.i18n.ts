/** French and English messages of `<intra-portraits>` (typed keys: the English catalogue, in `portraits.i18n.en.ts` and loaded on demand, must have every key). */
import { plural, registerMessages } from '../shared/i18n.js';

export const portraitsFr = {
  portraitsLoading: 'Chargement des portraits…',
  portraitsSearchLabel: 'Rechercher un portrait',
  portraitsSearchHint: 'Nom, poste, récit ou start-up',
  portraitsFiltersLabel: 'Filtrer les portraits',
  portraitsArchetype: 'Parcours',
  portraitsAdministration: 'Administration',
  portraitsCompetence: 'Compétence RS6247',
  portraitsAll: 'Tous',
  portraitsAllFem: 'Toutes',
  portraitsCount: (shown: number, total: number) =>
    shown === total ? `${total} ${plural(total, 'portrait', 'portraits')}` : `${shown} ${plural(shown, 'portrait', 'portraits')} sur ${total}`,
  portraitsNoMatch: 'Aucun portrait ne correspond à votre recherche',
  portraitsNoMatchHint: 'Essayez d’autres mots-clés ou retirez un filtre.',
  portraitsReset: 'Réinitialiser les filtres',
  portraitsEmpty: 'Aucun portrait publié pour le moment.',
  portraitsMore: (remaining: number) => `Voir plus de portraits (${remaining} ${plural(remaining, 'restant', 'restants')})`,
  portraitsErrorTitle: 'Impossible d’afficher les portraits',
  portraitsRetry: 'Réessayer',
  portraitsSkipped: (n: number) => `${n} ${plural(n, 'fiche ignorée', 'fiches ignorées')} (données invalides)`,
  portraitsPartial: (n: number) => `${n} ${plural(n, 'fiche affichée', 'fiches affichées')} sans une partie invalide`,
  portraitsOpen: (name: string) => `Lire le portrait ${/^[aeiouyàâäéèêëîïôöùûüœh]/i.test(name) ? 'd’' : 'de '}${name}`,
  portraitsStartups: (n: number) => plural(n, 'Start-up d’État\u00a0:', 'Start-ups d’État\u00a0:'),
  portraitsStartupLink: (name: string) => `${name} (fiche beta.gouv.fr)`,
  portraitsClose: 'Fermer',
  portraitsCareer: 'Parcours',
  portraitsNarrative: 'Récit',
  portraitsBefore: 'Avant',
  portraitsDuring: 'Pendant',
  portraitsAfter: 'Après',
  portraitsCompetences: 'Compétences RS6247 mobilisées',
  portraitsSince: (d: string) => `depuis ${d}`,
  portraitsPublishedOn: (d: string) => `Portrait publié le ${d}`,
};

export type PortraitsMessages = typeof portraitsFr;

registerMessages(portraitsFr, () => import('./portraits.i18n.en.js').then((m) => m.portraitsEn));
