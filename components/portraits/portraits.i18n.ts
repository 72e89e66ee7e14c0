/** French and English messages of `<intra-portraits>` (typed keys: the English catalogue must have every key). */
import { plural, pluralEn, registerMessages } from '../shared/i18n.js';

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

export const portraitsEn: PortraitsMessages = {
  portraitsLoading: 'Loading portraits…',
  portraitsSearchLabel: 'Search portraits',
  portraitsSearchHint: 'Name, position, story or start-up',
  portraitsFiltersLabel: 'Filter portraits',
  portraitsArchetype: 'Path',
  portraitsAdministration: 'Administration',
  portraitsCompetence: 'RS6247 competence',
  portraitsAll: 'All',
  portraitsAllFem: 'All',
  portraitsCount: (shown: number, total: number) =>
    shown === total ? `${total} ${pluralEn(total, 'portrait', 'portraits')}` : `${shown} of ${total} ${pluralEn(total, 'portrait', 'portraits')}`,
  portraitsNoMatch: 'No portrait matches your search',
  portraitsNoMatchHint: 'Try other keywords or remove a filter.',
  portraitsReset: 'Reset filters',
  portraitsEmpty: 'No portrait published yet.',
  portraitsMore: (remaining: number) => `Show more portraits (${remaining} left)`,
  portraitsErrorTitle: 'The portraits cannot be displayed',
  portraitsRetry: 'Try again',
  portraitsSkipped: (n: number) => `${n} ${pluralEn(n, 'record', 'records')} skipped (invalid data)`,
  portraitsOpen: (name: string) => `Read ${name}’s portrait`,
  portraitsStartups: (n: number) => pluralEn(n, 'Start-up d’État:', 'Start-ups d’État:'),
  portraitsStartupLink: (name: string) => `${name} (beta.gouv.fr page)`,
  portraitsClose: 'Close',
  portraitsCareer: 'Career path',
  portraitsNarrative: 'Story',
  portraitsBefore: 'Before',
  portraitsDuring: 'During',
  portraitsAfter: 'After',
  portraitsCompetences: 'RS6247 competences used',
  portraitsSince: (d: string) => `since ${d}`,
  portraitsPublishedOn: (d: string) => `Portrait published on ${d}`,
};

registerMessages(portraitsFr, portraitsEn);
