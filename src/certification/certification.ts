/**
 * The RS6247 certification itself (domain.md §1.3, §6 `Certification`): title and its variants, registry,
 * issuer, competences (ids of the RS6247 framework), dossier requirements and process steps.
 * Source: `test/fixtures/certification/certification-rs6247.json` (+ its SOURCE note).
 */
import { RS6247_COMPETENCE_IDS } from '../skills/rs6247-ids.js';
import { DOSSIER_ITEM_KINDS } from './dossier.js';

/** One step of the certification process, with its delay or duration as written in the doc. */
export interface ProcessStep {
  readonly step: number;
  readonly label: { readonly fr: string; readonly en: string };
  /** Delay from registration as written ("Jour 1", "~Jour 40"), when the doc gives one. */
  readonly delay?: string;
  /** Duration range, unit in the key (hours or minutes). */
  readonly durationHours?: { readonly min: number; readonly max: number };
  readonly durationMinutes?: { readonly min: number; readonly max: number };
}

/** The RS6247 certification. */
export const RS6247_CERTIFICATION = {
  id: 'intra-rs6247',
  title: 'Concevoir un service public numérique au sein de l’État',
  titleEn: 'Designing a public digital service within the French State',
  aliases: ['Concevoir un service numérique public', 'Méthodologies d’entrepreneuriat appliquées aux projets numériques : compétences attestées'],
  registry: { authority: 'France compétences', kind: 'RS', number: '6247', code: 'RS6247', url: 'https://www.francecompetences.fr/recherche/rs/6247/' },
  previousRegistry: { code: 'RS3536', title: 'Méthodologies d’entrepreneuriat appliquées aux projets d’innovation' },
  issuer: { name: 'DINUM (programme beta.gouv.fr)', url: 'https://beta.gouv.fr' },
  frameworkId: 'rs6247',
  competenceIds: RS6247_COMPETENCE_IDS,
  dossierRequirements: DOSSIER_ITEM_KINDS,
  fundedBy: 'beta.gouv.fr',
  /** Number of revision videos offered to candidates (made by Numa). */
  revisionVideos: 12,
  steps: [
    { step: 1, label: { fr: 'Inscription', en: 'Registration' }, delay: 'Jour 1' },
    { step: 2, label: { fr: 'Complétion du dossier', en: 'Completing the dossier' }, durationHours: { min: 4, max: 5 } },
    { step: 3, label: { fr: 'Prise de rendez-vous', en: 'Booking the oral' } },
    { step: 4, label: { fr: 'Oral d’évaluation', en: 'Assessment oral' }, durationMinutes: { min: 60, max: 90 } },
    { step: 5, label: { fr: 'Résultat', en: 'Result' }, delay: 'quelques jours après l’oral' },
    { step: 6, label: { fr: 'Courrier à l’administration', en: 'Letter to the administration' }, delay: '~Jour 40' },
  ] satisfies readonly ProcessStep[],
} as const;
