/**
 * The inputs of the engine as questions: type, French/English label, choices. A form (`<intra-eligibility>`)
 * renders one {@link QuestionGroup} at a time with {@link questionsFor} and only the inputs still missing.
 * Also the zod/mini schema of a {@link Situation}, for prefill data coming from JSON.
 */
import * as z from 'zod/mini';
import { DOMAINES, DomaineSchema, type Domaine } from '../members/member.js';
import { CalendarDateSchema } from '../shared/schema.js';
import { parseWith, type ParseResult } from '../shared/issues.js';
import {
  HR_ACTIONS, STARTUP_STATUSES, SUPPORT_TOPICS,
  type Bilingual, type HrAction, type InputKey, type Situation, type StartupStatus, type SupportTopic,
} from './types.js';

/** How a form should ask an input. `date-or-ongoing`: a date, or "still ongoing" (stored as `null`). */
export type InputType = 'boolean' | 'choice' | 'multi-choice' | 'date' | 'date-or-ongoing' | 'number' | 'text';

/** A choice of a `choice` / `multi-choice` input. */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: Bilingual;
}

/** The static description of an input. */
export interface InputSpec {
  readonly key: InputKey;
  readonly type: InputType;
  readonly label: Bilingual;
  readonly help?: Bilingual;
  /** For `choice` / `multi-choice`. `targetSession` choices depend on `now`: use {@link questionsFor}. */
  readonly choices?: readonly Choice[];
  /** For `number`: bounds, step and unit. */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly unit?: Bilingual;
  /** For `date-or-ongoing`: label of the "ongoing" option. */
  readonly ongoingLabel?: Bilingual;
  /** Never asked: derived from beta.gouv.fr data only. */
  readonly derivedOnly?: boolean;
}

const DOMAINE_EN: Record<Domaine, string> = {
  Animation: 'Community', Coaching: 'Coaching', Déploiement: 'Deployment', Design: 'Design',
  Développement: 'Development', Intraprenariat: 'Intrapreneurship', Produit: 'Product', Autre: 'Other',
  Data: 'Data', Support: 'Support', Attributaire: 'Contractor',
};
const DOMAINE_FR: Partial<Record<Domaine, string>> = { Intraprenariat: 'Intraprenariat (intrapreneur·e)' };

/** Labels of the support topics. */
export const TOPIC_LABELS: Record<SupportTopic, Bilingual> = {
  management_equipe: { fr: "Management d'équipe, posture de manager", en: 'Team management, posture as a manager' },
  evolution_carriere: { fr: 'Évolution de carrière, mobilité', en: 'Career development, mobility' },
  probleme_rh_administration: { fr: 'Problème RH avec mon administration', en: 'HR problem with my administration' },
  transparence_horizontalite: { fr: 'Transparence et horizontalité', en: 'Transparency and horizontality' },
  relations_culture_inclusion: { fr: 'Relations, culture et inclusion', en: 'Relationships, culture and inclusion' },
  partenariat_administration: { fr: "Partenariat avec l'administration", en: 'Partnership with the administration' },
  impact: { fr: 'Impact', en: 'Impact' },
  manque_de_sens: { fr: 'Manque de sens', en: 'Lack of meaning' },
};
/** Labels of the start-up statuses. */
export const STARTUP_STATUS_LABELS: Record<StartupStatus, Bilingual> = {
  active: { fr: 'Toujours en cours', en: 'Still running' },
  stopped: { fr: 'Arrêtée', en: 'Stopped' },
  transferred: { fr: 'Transférée à une autre organisation', en: 'Transferred to another organisation' },
  merged: { fr: 'Fusionnée avec un autre produit', en: 'Merged with another product' },
};
/** Labels of the HR actions. */
export const HR_ACTION_LABELS: Record<HrAction, Bilingual> = {
  courrier_soutien: { fr: 'Un courrier de soutien', en: 'A support letter' },
  saisine_drh_numerique: { fr: 'Une saisine de la DRH du numérique', en: 'A referral to the DRH du numérique' },
};

function choices<V extends string>(labels: Record<V, Bilingual>): Choice<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

/** Every input, by key. */
export const INPUTS: { readonly [K in InputKey]-?: InputSpec & { key: K } } = {
  domaine: {
    key: 'domaine', type: 'choice',
    label: { fr: 'Quel est votre domaine dans la communauté beta.gouv.fr ?', en: 'What is your domain in the beta.gouv.fr community?' },
    help: { fr: 'Tel que renseigné dans l’espace membre.', en: 'As set in the member space (espace membre).' },
    choices: DOMAINES.map((d) => ({ value: d, label: { fr: DOMAINE_FR[d] ?? d, en: DOMAINE_EN[d] } })),
  },
  publicAgent: {
    key: 'publicAgent', type: 'boolean',
    label: { fr: 'Êtes-vous agent public (fonctionnaire ou contractuel d’un organisme public) ?', en: 'Are you a public agent (civil servant or contract agent of a public body)?' },
  },
  missionStart: {
    key: 'missionStart', type: 'date',
    label: { fr: 'Date de début de votre mission d’intrapreneur·e', en: 'Start date of your intrapreneur mission' },
  },
  missionEnd: {
    key: 'missionEnd', type: 'date-or-ongoing',
    label: { fr: 'Date de fin de votre mission d’intrapreneur·e', en: 'End date of your intrapreneur mission' },
    ongoingLabel: { fr: 'Ma mission est en cours, sans date de fin', en: 'My mission is ongoing, with no end date' },
  },
  missionGapDays: {
    key: 'missionGapDays', type: 'number', min: 0, step: 1, unit: { fr: 'jours', en: 'days' }, derivedOnly: true,
    label: { fr: 'Jours sans mission entre le début et la fin', en: 'Days without a mission between start and end' },
  },
  daysPerWeek: {
    key: 'daysPerWeek', type: 'number', min: 0, max: 5, step: 0.5, unit: { fr: 'jours par semaine', en: 'days per week' },
    label: { fr: 'Combien de jours par semaine consacrez-vous (ou consacriez-vous) à la start-up ?', en: 'How many days a week do (or did) you work on the start-up?' },
  },
  reachedAcceleration: {
    key: 'reachedAcceleration', type: 'boolean',
    label: { fr: 'Votre start-up a-t-elle été en phase d’accélération pendant votre mission ?', en: 'Was your start-up in the acceleration phase during your mission?' },
  },
  alreadyCertified: {
    key: 'alreadyCertified', type: 'boolean',
    label: { fr: 'Avez-vous déjà obtenu cette certification (ou l’ancienne certification Numa) ?', en: 'Do you already hold this certification (or the former Numa one)?' },
  },
  targetSession: {
    key: 'targetSession', type: 'choice',
    label: { fr: 'À quelle session souhaitez-vous candidater ?', en: 'Which session do you want to apply to?' },
  },
  volunteer: {
    key: 'volunteer', type: 'boolean',
    label: { fr: 'Souhaitez-vous être accompagné·e individuellement dans votre évolution de carrière ?', en: 'Do you want individual support for your career development?' },
  },
  topics: {
    key: 'topics', type: 'multi-choice', choices: choices(TOPIC_LABELS),
    label: { fr: 'Sur quoi porte votre demande ?', en: 'What is your request about?' },
  },
  startupStatus: {
    key: 'startupStatus', type: 'choice', choices: choices(STARTUP_STATUS_LABELS),
    label: { fr: 'Où en est votre start-up ?', en: 'What is the status of your start-up?' },
  },
  hrAction: {
    key: 'hrAction', type: 'choice', choices: choices(HR_ACTION_LABELS),
    label: { fr: 'Quel soutien demandez-vous ?', en: 'What support do you ask for?' },
  },
  homeAdministration: {
    key: 'homeAdministration', type: 'text',
    label: { fr: 'Votre administration d’origine', en: 'Your home administration' },
  },
  summary: {
    key: 'summary', type: 'text',
    label: { fr: 'Résumé de la situation', en: 'Summary of the situation' },
    help: { fr: 'Quelques phrases ; la demande reste strictement confidentielle.', en: 'A few sentences; the request stays strictly confidential.' },
  },
};

/** zod/mini schema of a {@link Situation} (prefill data). Unknown keys are dropped. */
export const SituationSchema = z.object({
  domaine: z.optional(DomaineSchema),
  publicAgent: z.optional(z.boolean()),
  missionStart: z.optional(CalendarDateSchema),
  missionEnd: z.optional(z.nullable(CalendarDateSchema)),
  missionGapDays: z.optional(z.int().check(z.gte(0))),
  daysPerWeek: z.optional(z.number().check(z.gte(0), z.lte(5))),
  reachedAcceleration: z.optional(z.boolean()),
  alreadyCertified: z.optional(z.boolean()),
  targetSession: z.optional(z.string().check(z.regex(/^\d{4}-[a-z]+$/))),
  volunteer: z.optional(z.boolean()),
  topics: z.optional(z.array(z.enum(SUPPORT_TOPICS))),
  startupStatus: z.optional(z.enum(STARTUP_STATUSES)),
  hrAction: z.optional(z.enum(HR_ACTIONS)),
  homeAdministration: z.optional(z.string()),
  summary: z.optional(z.string()),
});

/** Parses prefill data into a {@link Situation}; never throws; issues are bilingual and name the field. */
export function parseSituation(input: unknown): ParseResult<Situation> {
  return parseWith(SituationSchema, input) as ParseResult<Situation>;
}

/** True when `key` is answered in `s`: not absent, not an empty / blank string, not an empty list. */
export function isAnswered(s: Situation, key: InputKey): boolean {
  const v = s[key];
  if (v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** The text of an answered value, using the input's choice labels (`true` → oui / yes). */
export function valueText(key: InputKey, value: unknown): Bilingual {
  if (typeof value === 'boolean') return value ? { fr: 'oui', en: 'yes' } : { fr: 'non', en: 'no' };
  if (value === null) return { fr: 'en cours', en: 'ongoing' };
  const spec: InputSpec = INPUTS[key];
  const find = (v: unknown) => spec.choices?.find((c) => c.value === v)?.label ?? { fr: String(v), en: String(v) };
  if (Array.isArray(value)) {
    const labels = value.map(find);
    return { fr: labels.map((l) => l.fr).join(', '), en: labels.map((l) => l.en).join(', ') };
  }
  return find(value);
}
