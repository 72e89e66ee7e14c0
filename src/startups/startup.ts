/**
 * Start-ups d'État, their phases and events, with the enumerations of espace-membre
 * (betagouv/espace-membre-next `src/models/startup.ts`, `PHASES_ORDERED_LIST`, `PHASE_READABLE_NAME`)
 * and the active-phase rule of the beta.gouv.fr site (`lib/models/startup.rb`, `ACTIVE_PHASES`).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, Text } from '../shared/schema.js';
import type { CalendarDate } from '../shared/dates.js';

/** The 8 phase codes of espace-membre, in `PHASES_ORDERED_LIST` order. */
export const PHASE_NAMES = [
  'investigation', 'construction', 'acceleration', 'consolidation',
  'opere', 'transfere', 'abandon-investigation', 'abandon',
] as const;
/** A phase code of a start-up d'État. */
export const PhaseNameSchema = z.enum(PHASE_NAMES);
export type PhaseName = z.infer<typeof PhaseNameSchema>;

/** Readable phase names, French (espace-membre `PHASE_READABLE_NAME`) and English. */
export const PHASE_LABELS: Record<PhaseName, { fr: string; en: string }> = {
  investigation: { fr: 'En investigation', en: 'Investigation' },
  construction: { fr: 'En construction', en: 'Construction' },
  acceleration: { fr: 'En accélération', en: 'Acceleration' },
  consolidation: { fr: 'En consolidation', en: 'Consolidation' },
  opere: { fr: 'Opéré au sein du réseau', en: 'Operated within the network' },
  transfere: { fr: 'Transféré', en: 'Transferred' },
  'abandon-investigation': { fr: 'Investigation non concluante', en: 'Inconclusive investigation' },
  abandon: { fr: 'Arrêté', en: 'Stopped' },
};

/** Phases in which a start-up is active (beta.gouv.fr `ACTIVE_PHASES`); the others are terminal. */
export const ACTIVE_PHASES: readonly PhaseName[] = ['investigation', 'construction', 'acceleration', 'consolidation', 'opere'];

/** A phase: `{ name, start, end? }`. `end` absent or `null` means "still running". Dates `YYYY-MM-DD`. */
export const PhaseSchema = z.object({
  name: PhaseNameSchema,
  start: CalendarDateSchema,
  end: z.optional(z.nullable(CalendarDateSchema)),
  comment: z.optional(z.string()),
});
export type Phase = z.infer<typeof PhaseSchema>;

/** Event codes of espace-membre `StartupEvent`. */
export const STARTUP_EVENT_NAMES = ['product_launch', 'committee', 'fast', 'national_impact', 'eig', 'other', 'end'] as const;
export const StartupEventNameSchema = z.enum(STARTUP_EVENT_NAMES);
export type StartupEventName = z.infer<typeof StartupEventNameSchema>;

/** A dated event in a start-up's life (launch, committee, end…). */
export const StartupEventSchema = z.object({
  name: StartupEventNameSchema,
  date: CalendarDateSchema,
  comment: z.optional(z.string()),
});
export type StartupEvent = z.infer<typeof StartupEventSchema>;

/**
 * A start-up d'État in the library's model. `ghid` is the public slug (`https://beta.gouv.fr/startups/<ghid>.html`).
 * `incubatorIds` is the source of truth for co-incubation; `sponsorIds` are organisation ids.
 */
export const StartupSchema = z.object({
  ghid: Text(),
  name: Text(),
  pitch: z.string(),
  incubatorIds: z.array(z.string()),
  sponsorIds: z.array(z.string()),
  phases: z.array(PhaseSchema),
  events: z.optional(z.array(StartupEventSchema)),
  thematiques: z.optional(z.array(z.string())),
  link: z.optional(z.string()),
  repository: z.optional(z.string()),
});
export type Startup = z.infer<typeof StartupSchema>;

/** Public page of a start-up on beta.gouv.fr. */
export function startupUrl(ghid: string): string {
  return `https://beta.gouv.fr/startups/${encodeURIComponent(ghid)}.html`;
}

/** The current phase: the phase with the latest `start` (espace-membre `current_phase`); `undefined` when none. */
export function currentPhase(phases: readonly Phase[]): Phase | undefined {
  let latest: Phase | undefined;
  for (const p of phases) if (!latest || p.start >= latest.start) latest = p;
  return latest;
}

/** True when the current phase is one of {@link ACTIVE_PHASES}. A start-up with no phase is not active. */
export function isActive(startup: Pick<Startup, 'phases'>): boolean {
  const p = currentPhase(startup.phases);
  return p !== undefined && ACTIVE_PHASES.includes(p.name);
}

/**
 * True when the start-up was in phase `name` at some point overlapping `[from, to]` (inclusive, `YYYY-MM-DD`;
 * omit either bound for an open window). A phase without `end` runs until the next phase starts, or is ongoing.
 * Used by the RS6247 rule "the start-up went through acceleration during the mission".
 */
export function reachedPhase(phases: readonly Phase[], name: PhaseName, window: { from?: CalendarDate; to?: CalendarDate } = {}): boolean {
  const sorted = [...phases].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return sorted.some((p, i) => {
    if (p.name !== name) return false;
    const end = p.end ?? sorted[i + 1]?.start ?? undefined;
    if (window.to !== undefined && p.start > window.to) return false;
    if (window.from !== undefined && end !== undefined && end < window.from) return false;
    return true;
  });
}
