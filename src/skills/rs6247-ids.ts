/**
 * Stable ids of the 8 competences of the RS6247 certification
 * "Concevoir un service public numérique au sein de l'État" (France compétences RS6247,
 * doc.incubateur.net certification page). The full framework (labels, descriptions, crosswalks) lives in
 * `src/skills/`; these ids are what other records (portraits, evaluations) point to.
 */
import * as z from 'zod/mini';

/** The 8 RS6247 competence ids, in the order of the certification page. */
export const RS6247_COMPETENCE_IDS = [
  'pitch', 'investigation', 'conception-priorisation', 'prototypage', 'test', 'deploiement', 'financement', 'cohesion-equipe',
] as const;
export const Rs6247CompetenceIdSchema = z.enum(RS6247_COMPETENCE_IDS);
export type Rs6247CompetenceId = z.infer<typeof Rs6247CompetenceIdSchema>;

/** Short labels for UI chips and filters. `fr` is the exact label of the certification page (curly apostrophe kept). */
export const RS6247_SHORT_LABELS: Record<Rs6247CompetenceId, { fr: string; en: string }> = {
  pitch: { fr: 'Pitch', en: 'Pitch' },
  investigation: { fr: 'Investigation du problème', en: 'Problem investigation' },
  'conception-priorisation': { fr: 'Conception/Priorisation', en: 'Design and prioritisation' },
  prototypage: { fr: 'Prototypage', en: 'Prototyping' },
  test: { fr: 'Test', en: 'Testing' },
  deploiement: { fr: 'Déploiement', en: 'Deployment' },
  financement: { fr: 'Financement', en: 'Funding' },
  'cohesion-equipe': { fr: 'Cohésion d’équipe', en: 'Team cohesion' },
};
