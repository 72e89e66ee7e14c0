/**
 * Builds a {@link Situation} from beta.gouv.fr data: a member (espace-membre / API missions, or an
 * {@link IntrapreneurProfile}) and the start-ups' phases (`parseApiStartups(...).valid`). Facts the data does not
 * give stay absent — never guessed — so the form asks them.
 */
import { addDays, daysBetween, maxDate, minDate, type CalendarDate } from '../shared/dates.js';
import { currentPhase, reachedPhase, type Startup } from '../startups/startup.js';
import type { Domaine, LegalStatus, Mission } from '../members/member.js';
import type { Situation, StartupStatus } from './types.js';

/** The member fields read (an `IntrapreneurProfile` fits; so does an API member with `missions`). */
export interface MemberLike {
  readonly domaine?: Domaine;
  readonly legalStatus?: LegalStatus;
  readonly averageDaysPerWeek?: number;
  readonly missions: readonly Mission[];
  /** Certifications held; absent = unknown (the public API does not give them). */
  readonly certifications?: readonly { readonly certificationId: string }[];
}

/** Legal statuses that make a public agent (espace-membre `LegalStatus`; `salarie_agence` = agent of a State operator). */
export const PUBLIC_AGENT_LEGAL_STATUSES: readonly LegalStatus[] = ['fonctionnaire', 'contractuel', 'salarie_agence'];

/** What happened to a start-up: `stopped` (phase `abandon*` or latest event `end`), `transferred`, else `active`. */
export function startupStatusOf(startup: Pick<Startup, 'phases' | 'events'>): StartupStatus {
  const p = currentPhase(startup.phases)?.name;
  const events = [...(startup.events ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (p === 'abandon' || p === 'abandon-investigation' || events.at(-1)?.name === 'end') return 'stopped';
  if (p === 'transfere') return 'transferred';
  return 'active';
}

/**
 * Situation facts from beta.gouv.fr data, at `now`:
 * - `domaine`; `publicAgent`: a mission with `status = "admin"` or a public legal status (absent when neither
 *   statuses nor legal status are known);
 * - `missionStart` (earliest start), `missionEnd` (`null` when a mission has no end, else the latest end),
 *   `missionGapDays` (days not covered between them, up to `now`: none after today before a mission not started yet);
 * - `daysPerWeek` from `averageDaysPerWeek`;
 * - `reachedAcceleration`: a start-up of a mission had an `acceleration` phase overlapping that mission
 *   (absent when some start-up is unknown and none qualifies);
 * - `alreadyCertified`: any certification held (absent when the member has no `certifications` field);
 * - `startupStatus`: of the start-ups of the latest mission (`stopped` wins over `transferred` over `active`);
 * - `homeAdministration`: the employer of the latest `admin` mission.
 * `answers` (the person's own answers) override derived facts.
 */
export function situationFromBetaGouv(member: MemberLike, startups: readonly Startup[], now: CalendarDate, answers: Situation = {}): Situation {
  const s: Situation = {};
  if (member.domaine) s.domaine = member.domaine;
  const ms = [...member.missions].sort((a, b) => a.start.localeCompare(b.start));
  const admin = ms.some((m) => m.status === 'admin');
  if (admin || (member.legalStatus && PUBLIC_AGENT_LEGAL_STATUSES.includes(member.legalStatus))) s.publicAgent = true;
  else if (member.legalStatus || (ms.length > 0 && ms.every((m) => m.status !== undefined))) s.publicAgent = false;
  if (ms.length) {
    s.missionStart = ms[0].start;
    const ongoing = ms.some((m) => m.end == null);
    s.missionEnd = ongoing ? null : ms.reduce((e, m) => maxDate(e, m.end as string), ms[0].end as string);
    let gap = 0;
    let covered = ms[0].start;
    // Days without a mission count up to `now` only: before a mission that has not started yet, the days after
    // today are not gap days (the engine counts the mission until today; INVALID_MISSION_GAP would refuse them).
    const tomorrow = addDays(now, 1);
    for (const m of ms) {
      const until = minDate(m.start, tomorrow);
      if (until > covered) gap += daysBetween(covered, until) - 1;
      const end = m.end ?? '9999-12-31';
      if (end > covered) covered = end;
    }
    if (gap > 0) s.missionGapDays = gap;
  }
  if (member.averageDaysPerWeek !== undefined) s.daysPerWeek = member.averageDaysPerWeek;
  const byGhid = new Map(startups.map((st) => [st.ghid, st]));
  let reached = false;
  let unknown = false;
  for (const m of ms) for (const g of m.startups) {
    const st = byGhid.get(g);
    if (!st) { unknown = true; continue; }
    if (reachedPhase(st.phases, 'acceleration', { from: m.start, to: m.end ?? now })) reached = true;
  }
  if (reached) s.reachedAcceleration = true;
  else if (!unknown && ms.some((m) => m.startups.length > 0)) s.reachedAcceleration = false;
  if (member.certifications) s.alreadyCertified = member.certifications.length > 0;
  const latest = ms.at(-1);
  const statuses = (latest?.startups ?? []).map((g) => byGhid.get(g)).filter((x): x is Startup => !!x).map(startupStatusOf);
  if (statuses.length) s.startupStatus = statuses.includes('stopped') ? 'stopped' : statuses.includes('transferred') ? 'transferred' : 'active';
  const lastAdmin = ms.filter((m) => m.status === 'admin' && m.employer).at(-1);
  if (lastAdmin?.employer) s.homeAdministration = lastAdmin.employer;
  return { ...s, ...answers };
}
