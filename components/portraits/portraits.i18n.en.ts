/** English messages of `<intra-portraits>`, loaded only when an element's language resolves to English (components/shared/i18n.ts). */
import { pluralEn } from '../shared/i18n.js';
import type { PortraitsMessages } from './portraits.i18n.js';

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
  portraitsPartial: (n: number) => `${n} ${pluralEn(n, 'record', 'records')} shown without an invalid part`,
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
