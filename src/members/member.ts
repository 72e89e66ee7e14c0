/**
 * Members and intrapreneur profiles with their missions, using the exact espace-membre enumerations
 * (betagouv/espace-membre-next `src/models/member.ts`, `mission.ts`, `src/lib/config.ts`).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, Text } from '../shared/schema.js';
import type { CalendarDate } from '../shared/dates.js';

/** espace-membre `Domaine`. Intras are members with `domaine = "Intraprenariat"` (sic). */
export const DOMAINES = ['Animation', 'Coaching', 'Déploiement', 'Design', 'Développement', 'Intraprenariat', 'Produit', 'Autre', 'Data', 'Support', 'Attributaire'] as const;
export const DomaineSchema = z.enum(DOMAINES);
export type Domaine = z.infer<typeof DomaineSchema>;

/** Mission status: `admin` = Agent Public, `independent` = Indépendant, `service` = Société de service. */
export const MISSION_STATUSES = ['independent', 'admin', 'service'] as const;
export const MissionStatusSchema = z.enum(MISSION_STATUSES);
export type MissionStatus = z.infer<typeof MissionStatusSchema>;
/** Labels of {@link MISSION_STATUSES} (espace-membre `src/lib/config.ts`). */
export const MISSION_STATUS_LABELS: Record<MissionStatus, { fr: string; en: string }> = {
  independent: { fr: 'Indépendant', en: 'Freelancer' },
  admin: { fr: 'Agent Public', en: 'Public servant' },
  service: { fr: 'Société de service', en: 'Service company' },
};

/** espace-membre `LegalStatus` keys. */
export const LEGAL_STATUSES = ['AE', 'contractuel', 'EIRL', 'EURL', 'fonctionnaire', 'PORTAGE', 'asso', 'SA', 'SASU', 'SNC', 'salarie_agence'] as const;
export const LegalStatusSchema = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;
/** French labels of {@link LEGAL_STATUSES} (espace-membre). */
export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  AE: 'Auto-entreprise/micro-entreprise', contractuel: 'Contractuel-elle', EIRL: 'Entreprise individuelle : EI ou EIRL',
  EURL: 'EURL', fonctionnaire: 'Fonctionnaire', PORTAGE: 'Portage salarial',
  asso: "Salarié-e d'une coopérative (CAE, SCOP, Association)", SA: "Salarié-e d'une entreprise (SA, SAS, SARL)",
  SASU: 'SASU', SNC: 'SNC', salarie_agence: "Agent d'un opérateur de l'Etat (ADEME, France Travail...)",
};

/** Civil-service category and versant (FPE State, FPT territorial, FPH hospital). */
export const CategorieFPSchema = z.enum(['A+', 'A', 'B', 'C']);
export const VersantSchema = z.enum(['FPE', 'FPT', 'FPH']);

/**
 * A mission: dates `YYYY-MM-DD`, `end` absent / `null` = ongoing, and the start-up ghids it served.
 * Rule (espace-membre `missionSchema`): `end ≥ start`.
 */
export const MissionSchema = z.object({
  start: CalendarDateSchema,
  end: z.optional(z.nullable(CalendarDateSchema)),
  status: z.optional(MissionStatusSchema),
  employer: z.optional(z.string()),
  startups: z.array(z.string()),
}).check(z.refine((m) => m.end == null || m.end >= m.start, {
  path: ['end'],
  params: { code: 'end_before_start', fr: 'la fin précède le début de la mission', en: 'the mission ends before it starts' },
}));
export type Mission = z.infer<typeof MissionSchema>;

/** A certification held by a person (RS6247 or the older Numa one). */
export const HeldCertificationSchema = z.object({
  certificationId: Text(),
  sessionId: z.optional(z.string()),
  obtainedAt: CalendarDateSchema,
});

/**
 * An intrapreneur's profile (the espace-membre member, narrowed to what careers need).
 * `averageDaysPerWeek` is in days per week (0–5), espace-membre `average_nb_of_days`.
 */
export const IntrapreneurProfileSchema = z.object({
  username: Text(),
  fullname: Text(),
  domaine: DomaineSchema,
  role: z.string(),
  legalStatus: z.optional(LegalStatusSchema),
  categorieFP: z.optional(CategorieFPSchema),
  corps: z.optional(z.string()),
  versant: z.optional(VersantSchema),
  homeOrganisationId: z.optional(z.string()),
  averageDaysPerWeek: z.optional(z.number().check(z.gte(0), z.lte(5))),
  missions: z.array(MissionSchema).check(z.minLength(1)),
  competences: z.array(z.string()),
  certifications: z.array(HeldCertificationSchema),
  visibility: z.enum(['private', 'community', 'public']),
});
export type IntrapreneurProfile = z.infer<typeof IntrapreneurProfileSchema>;

/** True when a mission is active on `today`: no end, or an end on or after today (beta.gouv.fr `member.rb`). */
export function isMissionActive(mission: Pick<Mission, 'end'>, today: CalendarDate): boolean {
  return mission.end == null || mission.end >= today;
}
