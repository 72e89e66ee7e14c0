/**
 * Career paths: positions before, during and after the intrapreneur mission (domain.md §6).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, Text } from '../shared/schema.js';

/** Stage of a position relative to the beta.gouv.fr mission. */
export const CAREER_STAGES = ['avant', 'pendant', 'apres'] as const;
export const CareerStageSchema = z.enum(CAREER_STAGES);
export type CareerStage = z.infer<typeof CareerStageSchema>;

/** Kind of position (for filters and timelines). */
export const POSITION_KINDS = ['metier_origine', 'intrapreneur', 'responsable_portefeuille', 'responsable_incubateur', 'coach', 'chef_mission_numerique', 'product_manager', 'autre'] as const;
export const PositionKindSchema = z.enum(POSITION_KINDS);
export type PositionKind = z.infer<typeof PositionKindSchema>;

/** An external job reference with an opaque code (RIME, RMFP, ROME 4.0, e-CF, RS). */
export const ExternalRefSchema = z.object({
  scheme: z.enum(['RIME', 'RMFP', 'ROME4', 'e-CF', 'RS']),
  code: z.optional(z.string()),
  label: Text(),
});
export type ExternalRef = z.infer<typeof ExternalRefSchema>;

/**
 * One position in a career path. Dates `YYYY-MM-DD` (a year-only history can use `YYYY-01-01`);
 * `end` absent = current position. `startupGhids` links the intrapreneur positions to beta.gouv.fr.
 */
export const PositionSchema = z.object({
  id: z.optional(z.string()),
  stage: CareerStageSchema,
  title: Text(),
  organisationId: z.optional(z.string()),
  organisationLabel: Text(),
  sector: z.enum(['public', 'prive', 'associatif']),
  start: z.optional(CalendarDateSchema),
  end: z.optional(z.nullable(CalendarDateSchema)),
  kind: z.optional(PositionKindSchema),
  refs: z.optional(z.array(ExternalRefSchema)),
  startupGhids: z.optional(z.array(z.string())),
});
export type Position = z.infer<typeof PositionSchema>;

/** Order of {@link CAREER_STAGES} used by {@link sortPositions}. */
const STAGE_ORDER: Record<CareerStage, number> = { avant: 0, pendant: 1, apres: 2 };

/** Positions in timeline order: by stage (avant → pendant → après), then by start date. Does not mutate. */
export function sortPositions<P extends Pick<Position, 'stage' | 'start'>>(positions: readonly P[]): P[] {
  return [...positions].sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || (a.start ?? '').localeCompare(b.start ?? ''));
}
