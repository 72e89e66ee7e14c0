/**
 * Career paths: positions before, during and after the intrapreneur mission (domain.md §6).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, FIELD_LIMITS as L, Text } from '../shared/schema.js';

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
  code: z.optional(z.string().check(z.maxLength(L.code))),
  label: Text(L.title),
});
export type ExternalRef = z.infer<typeof ExternalRefSchema>;

/**
 * One position in a career path. Dates `YYYY-MM-DD` within 1900–2100 (a year-only history can use `YYYY-01-01`);
 * `end` absent or `null` = current position; `end` before `start` is refused (issue `end_before_start` on `end`).
 * `startupGhids` links the intrapreneur positions to beta.gouv.fr. Limits: `FIELD_LIMITS` (src/shared/schema.ts).
 */
export const PositionSchema = z.object({
  id: z.optional(Text(L.id)),
  stage: CareerStageSchema,
  title: Text(L.title),
  organisationId: z.optional(Text(L.id)),
  organisationLabel: Text(L.title),
  sector: z.enum(['public', 'prive', 'associatif']),
  start: z.optional(CalendarDateSchema),
  end: z.optional(z.nullable(CalendarDateSchema)),
  kind: z.optional(PositionKindSchema),
  refs: z.optional(z.array(ExternalRefSchema).check(z.maxLength(L.refs))),
  startupGhids: z.optional(z.array(Text(L.id)).check(z.maxLength(L.list))),
}).check(z.superRefine((p, ctx) => {
  if (p.start && p.end && p.end < p.start) {
    ctx.issues.push({
      code: 'custom', path: ['end'], input: p.end,
      params: {
        code: 'end_before_start',
        fr: `la fin (${p.end}) précède le début (start : ${p.start})`,
        en: `ends (${p.end}) before it starts (start: ${p.start})`,
      },
    });
  }
}));
export type Position = z.infer<typeof PositionSchema>;

/**
 * The four path archetypes of the portrait gallery (doc.incubateur.net "Galerie de portraits d'intrapreneurs"):
 * serial intrapreneurs, promotion inside the home administration, moves to another administration, private sector.
 */
export const CAREER_ARCHETYPES = ['horizontal', 'vertical', 'passeur', 'sortie_prive'] as const;
export const CareerArchetypeSchema = z.enum(CAREER_ARCHETYPES);
export type CareerArchetype = z.infer<typeof CareerArchetypeSchema>;

/**
 * A person's career path: positions before, during and after the intrapreneur mission (1 to 50), with the
 * person's espace-membre username and, optionally, the archetype it illustrates.
 */
export const CareerPathSchema = z.object({
  personId: Text(L.id),
  positions: z.array(PositionSchema).check(z.minLength(1), z.maxLength(L.positions)),
  archetype: z.optional(CareerArchetypeSchema),
});
export type CareerPath = z.infer<typeof CareerPathSchema>;

/** Order of {@link CAREER_STAGES} used by {@link sortPositions}. */
const STAGE_ORDER: Record<CareerStage, number> = { avant: 0, pendant: 1, apres: 2 };

/** Positions in timeline order: by stage (avant → pendant → après), then by start date. Does not mutate. */
export function sortPositions<P extends Pick<Position, 'stage' | 'start'>>(positions: readonly P[]): P[] {
  return [...positions].sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || (a.start ?? '').localeCompare(b.start ?? ''));
}

/** Positions grouped by stage, each group in timeline order: `{ avant: [...], pendant: [...], apres: [...] }`. */
export function positionsByStage<P extends Pick<Position, 'stage' | 'start'>>(positions: readonly P[]): Record<CareerStage, P[]> {
  const out: Record<CareerStage, P[]> = { avant: [], pendant: [], apres: [] };
  for (const p of sortPositions(positions)) out[p.stage].push(p);
  return out;
}

/** Start-up ghids of the positions held during the mission (`pendant`), in order, without duplicates. */
export function careerStartupGhids(positions: readonly Pick<Position, 'stage' | 'start' | 'startupGhids'>[]): string[] {
  return [...new Set(sortPositions(positions).filter((p) => p.stage === 'pendant').flatMap((p) => p.startupGhids ?? []))];
}
