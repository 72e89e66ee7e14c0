/**
 * The inputs of the engine as questions: type, French/English label, choices. A form (`<intra-eligibility>`)
 * renders one {@link QuestionGroup} at a time with {@link questionsFor} and only the inputs still missing.
 * Also the zod/mini schema of a {@link Situation}, for prefill data coming from JSON.
 */
import * as z from 'zod/mini';
import { DOMAINES, DomaineSchema, type Domaine } from '../members/member.js';
import { CalendarDateSchema } from '../shared/schema.js';
import { SessionIdSchema } from '../certification/session.js';
import { daysBetween, isCalendarDate, minDate, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, type CalendarDate } from '../shared/dates.js';
import { formatDate, formatNumber, yesNo } from './format.js';
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
  /** For `text`: the maximum length (characters), also enforced by {@link SituationSchema}. */
  readonly maxLength?: number;
  /** For `number`: bounds, step and unit. */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly unit?: Bilingual;
  /** For `date-or-ongoing`: label of the "ongoing" option. */
  readonly ongoingLabel?: Bilingual;
  /** Never asked: derived from beta.gouv.fr data only. */
  readonly derivedOnly?: boolean;
  /** For `number`: only whole numbers no smaller than `min` are of the input's type (`missionGapDays`). */
  readonly integer?: boolean;
}

const DOMAINE_EN: Record<Domaine, string> = {
  Animation: 'Community', Coaching: 'Coaching', Déploiement: 'Deployment', Design: 'Design',
  Développement: 'Development', Intraprenariat: 'Intrapreneurship', Produit: 'Product', Autre: 'Other',
  Data: 'Data', Support: 'Support', Attributaire: 'Contractor',
};
const DOMAINE_FR: Partial<Record<Domaine, string>> = { Intraprenariat: 'Intraprenariat (intrapreneur·e)' };

/** Labels of the support topics. */
export const TOPIC_LABELS: Record<SupportTopic, Bilingual> = {
  management_equipe: { fr: 'Management d’équipe, posture de manager', en: 'Team management, posture as a manager' },
  evolution_carriere: { fr: 'Évolution de carrière, mobilité', en: 'Career development, mobility' },
  probleme_rh_administration: { fr: 'Problème RH avec mon administration', en: 'HR problem with my administration' },
  transparence_horizontalite: { fr: 'Transparence et horizontalité', en: 'Transparency and horizontality' },
  relations_culture_inclusion: { fr: 'Relations, culture et inclusion', en: 'Relationships, culture and inclusion' },
  partenariat_administration: { fr: 'Partenariat avec l’administration', en: 'Partnership with the administration' },
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
    // "Autre" last: an "other" choice closes the list (espace-membre's order puts it mid-list).
    choices: [...DOMAINES.filter((d) => d !== 'Autre'), 'Autre' as const].map((d) => ({ value: d, label: { fr: DOMAINE_FR[d] ?? d, en: DOMAINE_EN[d] } })),
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
    key: 'missionGapDays', type: 'number', min: 0, step: 1, integer: true, unit: { fr: 'jours', en: 'days' }, derivedOnly: true,
    label: { fr: 'Jours sans mission entre le début et la fin', en: 'Days without a mission between start and end' },
  },
  daysPerWeek: {
    key: 'daysPerWeek', type: 'number', min: 0.5, max: 5, step: 0.5, unit: { fr: 'jours par semaine', en: 'days per week' },
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
    key: 'homeAdministration', type: 'text', maxLength: 200,
    label: { fr: 'Votre administration d’origine', en: 'Your home administration' },
  },
  summary: {
    key: 'summary', type: 'text', maxLength: 2000,
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
  daysPerWeek: z.optional(z.number().check(z.gt(0), z.lte(5))),
  reachedAcceleration: z.optional(z.boolean()),
  alreadyCertified: z.optional(z.boolean()),
  targetSession: z.optional(SessionIdSchema),
  volunteer: z.optional(z.boolean()),
  topics: z.optional(z.array(z.enum(SUPPORT_TOPICS))),
  startupStatus: z.optional(z.enum(STARTUP_STATUSES)),
  hrAction: z.optional(z.enum(HR_ACTIONS)),
  homeAdministration: z.optional(z.string().check(z.maxLength(200))),
  summary: z.optional(z.string().check(z.maxLength(2000))),
});

/** Parses prefill data into a {@link Situation}; never throws; issues are bilingual and name the field. */
export function parseSituation(input: unknown): ParseResult<Situation> {
  return parseWith(SituationSchema, input) as ParseResult<Situation>;
}

/**
 * True when `key` is answered in `s`: not absent, not `null` (except `missionEnd`, where `null` means "ongoing"),
 * not an empty / blank string, not an empty list. A value of the wrong type is "answered" here; {@link evaluate}
 * then fails it as `INVALID_ANSWER` (see {@link isOfInputType}, decision 0007).
 */
export function isAnswered(s: Situation, key: InputKey): boolean {
  return isAnswerValue(key, s[key]);
}

/** {@link isAnswered} for a value already read: `value` answers input `key`. */
export function isAnswerValue(key: InputKey, v: unknown): boolean {
  if (v === undefined) return false;
  if (v === null) return key === 'missionEnd';
  if (typeof v === 'string') {
    const c = v.charCodeAt(0); // a visible ASCII first character: answered, without trimming (issue 10)
    return (c > 32 && c < 127) || v.trim() !== '';
  }
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/**
 * True when `value` is of the type of input `key` (its {@link InputSpec}): a boolean for `boolean`; one of the
 * choices for `choice` (any string for `targetSession`, whose unknown ids `SESSION_OPEN` explains); a list of
 * choices for `multi-choice`; a real `YYYY-MM-DD` date of 1900–2100 for `date` (or `null` for `date-or-ongoing`; the
 * library's date range, decision 0017, so no date computed from it leaves four-digit years); a number that
 * is not `NaN` for `number` (a whole number ≥ `min` when `integer`); a string for `text`. Ranges of the right type
 * (0 days a week, a start after today) are {@link INPUT_CHECKS}' business, not this one's.
 */
export function isOfInputType(key: InputKey, value: unknown): boolean {
  const spec: InputSpec = INPUTS[key];
  switch (spec.type) {
    case 'boolean': return typeof value === 'boolean';
    case 'choice': return inChoices(spec, value);
    case 'multi-choice': {
      if (!Array.isArray(value)) return false;
      for (const v of value) if (!inChoices(spec, v)) return false;
      return true;
    }
    case 'date': return isLibraryDate(value);
    case 'date-or-ongoing': return value === null || isLibraryDate(value);
    case 'number': return typeof value === 'number' && !Number.isNaN(value)
      && (!spec.integer || (Number.isInteger(value) && value >= (spec.min ?? -Infinity)));
    case 'text': return typeof value === 'string';
  }
}

/** One of the spec's choices, or any string when it has none (`targetSession`). No closure: called per answer. */
function inChoices(spec: InputSpec, v: unknown): boolean {
  const cs = spec.choices;
  if (!cs) return typeof v === 'string';
  for (let i = 0; i < cs.length; i++) if (cs[i].value === v) return true;
  return false;
}

/** A real `YYYY-MM-DD` date within the library's date range (1900–2100, decision 0017), as `CalendarDateSchema`. */
function isLibraryDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  // The same test with character codes (issue 10: it runs for every date answer of every evaluation): ASCII digits
  // `YYYY-MM-DD`, a year of the library's range, a month 1–12 and a day of that month.
  const y = digits(value, 0, 4); const m = digits(value, 5, 2); const d = digits(value, 8, 2);
  if (y < 0 || m < 0 || d < 0 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  return y >= MIN_CALENDAR_YEAR && y <= MAX_CALENDAR_YEAR && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || isCalendarDate(value));
}
/** The number written with `n` ASCII digits from `at`, or -1 if one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let r = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    r = r * 10 + c;
  }
  return r;
}

/** What {@link isOfInputType} expects for `key`, as text (messages of `INVALID_ANSWER`). */
export function expectedType(key: InputKey): Bilingual {
  const spec: InputSpec = INPUTS[key];
  switch (spec.type) {
    case 'boolean': return { fr: 'oui ou non (true / false)', en: 'yes or no (true / false)' };
    case 'choice': return spec.choices ? { fr: 'une des valeurs de INPUTS.' + key + '.choices', en: 'one of the values of INPUTS.' + key + '.choices' } : { fr: 'un texte', en: 'a text' };
    case 'multi-choice': return { fr: 'une liste de valeurs de INPUTS.' + key + '.choices', en: 'a list of values of INPUTS.' + key + '.choices' };
    case 'date': return { fr: `une date réelle au format AAAA-MM-JJ, de ${MIN_CALENDAR_YEAR} à ${MAX_CALENDAR_YEAR}`, en: `a real date, YYYY-MM-DD, from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}` };
    case 'date-or-ongoing': return { fr: `une date réelle au format AAAA-MM-JJ, de ${MIN_CALENDAR_YEAR} à ${MAX_CALENDAR_YEAR}, ou null (en cours)`, en: `a real date, YYYY-MM-DD, from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}, or null (ongoing)` };
    case 'number': return spec.integer ? { fr: `un nombre entier d’au moins ${spec.min ?? 0}`, en: `a whole number of at least ${spec.min ?? 0}` } : { fr: 'un nombre', en: 'a number' };
    case 'text': return { fr: 'un texte', en: 'a text' };
  }
}

/** A value as short text for a message (never more than 60 characters). */
export function shownValue(value: unknown, lang: 'fr' | 'en'): string {
  if (typeof value === 'string') return lang === 'fr' ? `« ${value.slice(0, 50)} »` : `"${value.slice(0, 50)}"`;
  if (typeof value !== 'object' || value === null) return String(value);
  try { return (JSON.stringify(value) ?? String(value)).slice(0, 60); } catch { return Object.prototype.toString.call(value); }
}

/** The text of an answered value, using the input's choice labels (`true` → oui / yes). */
export function valueText(key: InputKey, value: unknown): Bilingual {
  if (typeof value === 'boolean') return yesNo(value);
  if (value === null) return { fr: 'en cours', en: 'ongoing' };
  const spec: InputSpec = INPUTS[key];
  const find = (v: unknown) => spec.choices?.find((c) => c.value === v)?.label ?? { fr: String(v), en: String(v) };
  if (Array.isArray(value)) {
    const labels = value.map(find);
    return { fr: labels.map((l) => l.fr).join(', '), en: labels.map((l) => l.en).join(', ') };
  }
  return find(value);
}

/** A failed {@link InputCheck}: the person's value and what is wrong with it. */
export interface InputProblem {
  readonly value: unknown;
  readonly valueText: Bilingual;
  readonly message: Bilingual;
  /** What to answer instead. */
  readonly fix: Bilingual;
  /** The accepted values (raw), for the criterion's `threshold`. */
  readonly expected: unknown;
}

/**
 * A check of answered inputs that no rule can meaningfully evaluate when it fails (a value out of range, dates in
 * the wrong order). It applies to a rule set that asks every input it reads. When it fails, the verdict is
 * `ineligible` with a failed criterion of code `code` (a `set_input` fix: "answer this instead"), and the rules and
 * hints reading an `invalidates` input are not evaluated (neither met nor missing) — an invalid answer is never
 * taken as valid (e.g. 0 days a week as "part-time"). A passing check is not listed among the met criteria.
 */
export interface InputCheck {
  readonly code: string;
  readonly label: Bilingual;
  readonly reads: readonly InputKey[];
  readonly invalidates: readonly InputKey[];
  readonly thresholdText: Bilingual;
  readonly test: (s: Situation, now: CalendarDate) => InputProblem | undefined;
}

/** The input checks: `INVALID_DAYS_PER_WEEK`, `INVALID_MISSION_START`, `INVALID_MISSION_END`, `INVALID_MISSION_GAP`. */
export const INPUT_CHECKS: readonly InputCheck[] = [
  {
    code: 'INVALID_DAYS_PER_WEEK', reads: ['daysPerWeek'], invalidates: ['daysPerWeek'],
    label: { fr: 'Un nombre de jours par semaine valide', en: 'A valid number of days per week' },
    thresholdText: { fr: 'plus de 0 et au plus 5 jours par semaine', en: 'more than 0 and at most 5 days per week' },
    test: (s) => {
      const d = s.daysPerWeek;
      if (typeof d === 'number' && Number.isFinite(d) && d > 0 && d <= 5) return undefined;
      const t = typeof d === 'number' && Number.isFinite(d) ? formatNumber(d) : { fr: String(d), en: String(d) };
      return {
        value: d, expected: { gt: 0, lte: 5 }, valueText: { fr: `${t.fr} j/semaine`, en: `${t.en} days/week` },
        message: { fr: `Le nombre de jours par semaine doit être supérieur à 0 et au plus égal à 5 (réponse : ${t.fr}).`, en: `The number of days per week must be more than 0 and at most 5 (answer: ${t.en}).` },
        fix: { fr: 'Indiquez le nombre de jours par semaine consacrés à la start-up, entre 0,5 et 5.', en: 'Give the number of days per week spent on the start-up, between 0.5 and 5.' },
      };
    },
  },
  {
    code: 'INVALID_MISSION_START', reads: ['missionStart'], invalidates: ['missionStart'],
    label: { fr: 'Une mission déjà commencée', en: 'A mission that has started' },
    thresholdText: { fr: 'date de début au plus tard aujourd’hui', en: 'start date today at the latest' },
    test: (s, now) => {
      const start = s.missionStart as CalendarDate;
      if (start <= now) return undefined;
      const a = formatDate(start); const n = formatDate(now);
      return {
        value: start, expected: { lte: now }, valueText: { fr: `début le ${a.fr}`, en: `starts on ${a.en}` },
        message: { fr: `La date de début de mission (${a.fr}) est postérieure à aujourd’hui (${n.fr}) : une mission qui n’a pas commencé ne peut pas encore être prise en compte.`, en: `The mission start date (${a.en}) is after today (${n.en}): a mission that has not started cannot be counted yet.` },
        fix: { fr: 'Indiquez la date à laquelle votre mission a commencé ; si elle n’a pas encore commencé, refaites le test une fois qu’elle aura débuté.', en: 'Give the date your mission started; if it has not started yet, check again once it has.' },
      };
    },
  },
  {
    code: 'INVALID_MISSION_END', reads: ['missionStart', 'missionEnd'], invalidates: ['missionStart', 'missionEnd'],
    label: { fr: 'Une fin de mission après son début', en: 'A mission end after its start' },
    thresholdText: { fr: 'date de fin postérieure ou égale à la date de début', en: 'end date on or after the start date' },
    test: (s) => {
      const start = s.missionStart as CalendarDate; const end = s.missionEnd;
      if (end === null || end === undefined || end >= start) return undefined;
      const a = formatDate(start); const b = formatDate(end);
      return {
        value: { missionStart: start, missionEnd: end }, expected: { gte: start },
        valueText: { fr: `du ${a.fr} au ${b.fr}`, en: `from ${a.en} to ${b.en}` },
        message: { fr: `La date de fin de mission (${b.fr}) précède la date de début (${a.fr}).`, en: `The mission end date (${b.en}) is before the start date (${a.en}).` },
        fix: { fr: 'Corrigez les dates de début et de fin de votre mission.', en: 'Correct the start and end dates of your mission.' },
      };
    },
  },
  {
    code: 'INVALID_MISSION_GAP', reads: ['missionGapDays'], invalidates: ['missionGapDays'],
    label: { fr: 'Des jours sans mission moins nombreux que les jours de la mission', en: 'Fewer days without a mission than days of the mission' },
    thresholdText: { fr: 'au plus le nombre de jours entre le début de la mission et sa fin (ou aujourd’hui)', en: 'at most the number of days from the mission start to its end (or today)' },
    test: (s, now) => {
      const gap = s.missionGapDays as number;
      // The days counted: from the start to the end, or to today for a mission still running (or whose end is not
      // given yet); a gap of them all leaves at least the first day. Days after today are never counted. Start not
      // given (or after today): the earliest accepted start, 1 January 1900, so the check never waits for it.
      const start = isCalendarDate(s.missionStart) && s.missionStart <= now ? s.missionStart : `${MIN_CALENDAR_YEAR}-01-01`;
      const until = isCalendarDate(s.missionEnd) && s.missionEnd >= start ? minDate(s.missionEnd, now) : now;
      const limit = Math.max(0, daysBetween(start, until));
      if (gap <= limit) return undefined;
      const g = formatNumber(gap); const l = formatNumber(limit);
      return {
        value: gap, expected: { lte: limit }, valueText: { fr: `${g.fr} jours sans mission`, en: `${g.en} days without a mission` },
        message: { fr: `Le nombre de jours sans mission (${g.fr}) dépasse la durée de la mission jusqu’ici (${l.fr} jours depuis le début) : la réponse n’est pas valide.`, en: `The number of days without a mission (${g.en}) exceeds the mission so far (${l.en} days since its start): the answer is not valid.` },
        fix: { fr: `Indiquez le nombre de jours sans mission entre le début et la fin de votre mission (au plus ${l.fr}).`, en: `Give the number of days without a mission between the start and the end of your mission (at most ${l.en}).` },
      };
    },
  },
];
