/**
 * Support requests: what `<intra-support-request>` sends and what the reference receiver (`@betagouv/intras/receiver`)
 * stores. ONE schema, {@link SupportRequestSchema}, is used by both (domain.md §6 `SupportRequest`; the four kinds of
 * the career-support offer, doc.incubateur.net `…/accompagnement-de-carrieres-des-intras.md`, domain.md §1.4–1.5).
 *
 * Privacy: a request is written by a person, often in difficulty. It carries consent per purpose (`handling`,
 * required; `followUp`, optional), only the fields its kind needs ({@link SUPPORT_KIND_FIELDS}: other fields are
 * dropped by {@link validateSupportRequest}), and two spam-defence fields that are never stored (`honeypot`,
 * `fillTimeMs`). Decision: docs/decisions/0031-support-durability-idempotency-outbox.md.
 */
import * as z from 'zod/mini';
import { FIELD_LIMITS, InstantSchema, Text } from '../shared/schema.js';
import { describeIssue, type Issue, type Lang, type ParseResult } from '../shared/issues.js';
import { SUPPORT_TOPICS, type Bilingual, type ProgrammeId, type Situation, type SupportTopic, type Verdict, type EligibilitySettings } from '../eligibility/types.js';
import { TOPIC_LABELS } from '../eligibility/inputs.js';
import { evaluate } from '../eligibility/engine.js';
// The three support rule sets only (not `RULE_SETS`): a page with the support form does not load the certification's.
import { CLINIC_RULES, COACHING_RULES, HR_SUPPORT_RULES } from '../eligibility/support.js';
import type { CalendarDate } from '../shared/dates.js';

/**
 * The kinds of request a person can send (domain.md §6 `SupportKind`, the four that take a written request; the
 * community support group and the closing retrospective are offers the eligibility engine points to, not forms).
 */
export const SUPPORT_KINDS = ['clinique_situations_difficiles', 'courrier_soutien', 'saisine_drh_numerique', 'accompagnement_carriere'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SupportKindSchema = z.enum(SUPPORT_KINDS);

export { SUPPORT_TOPICS, type SupportTopic };
export const SupportTopicSchema = z.enum(SUPPORT_TOPICS);

/** How the person prefers to be contacted (domain.md §6 `preferredChannel`). */
export const PREFERRED_CONTACTS = ['email', 'tchap', 'visio'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];
export const PreferredContactSchema = z.enum(PREFERRED_CONTACTS);

/** Labels of the kinds: `fr` / `en` (form title) and `short` (notices: "Nouvelle demande : clinique, R-2026-0042"). */
export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, Bilingual & { readonly short: Bilingual }>> = {
  clinique_situations_difficiles: { fr: 'Clinique des situations difficiles', en: 'Difficult-situations clinic', short: { fr: 'clinique', en: 'clinic' } },
  courrier_soutien: { fr: 'Courrier de soutien', en: 'Support letter', short: { fr: 'courrier de soutien', en: 'support letter' } },
  saisine_drh_numerique: { fr: 'Saisine de la DRH du numérique', en: 'Referral to the DRH du numérique', short: { fr: 'saisine DRH', en: 'DRH referral' } },
  accompagnement_carriere: { fr: 'Accompagnement de carrière', en: 'Career coaching', short: { fr: 'accompagnement de carrière', en: 'career coaching' } },
};

/** Labels of the preferred contacts. */
export const PREFERRED_CONTACT_LABELS: Readonly<Record<PreferredContact, Bilingual>> = {
  email: { fr: 'Courriel', en: 'E-mail' },
  tchap: { fr: 'Tchap', en: 'Tchap' },
  visio: { fr: 'Visioconférence', en: 'Video call' },
};

/**
 * Length limits of the request fields, in UTF-16 code units (texts) or items (lists). `email`: 254 (RFC 5321 path
 * limit); `message` 5,000 like a portrait's narrative; `summary` 2,000 (a referral summary fits one page).
 */
export const SUPPORT_LIMITS = {
  name: FIELD_LIMITS.name,
  email: 254,
  homeAdministration: FIELD_LIMITS.title,
  startup: FIELD_LIMITS.title,
  message: 5000,
  summary: 2000,
  topics: SUPPORT_TOPICS.length,
  honeypot: 1000,
} as const;

/** The optional and kind-dependent fields of a request (the form's fields beyond `name`, `email`, `message`). */
export type SupportField = 'homeAdministration' | 'startup' | 'topics' | 'preferredContact' | 'summary';

/**
 * The fields each kind uses, beyond the always-required `name`, `email`, `message` and `consent`: `required` ones
 * must be present, `optional` ones may be; any other field is dropped by {@link validateSupportRequest} (data
 * minimisation). Source of the requirements: domain.md §6.1 rule 4 (a DRH referral needs a summary and the home
 * administration; a support letter is addressed to the home administration).
 */
export const SUPPORT_KIND_FIELDS: Readonly<Record<SupportKind, { readonly required: readonly SupportField[]; readonly optional: readonly SupportField[] }>> = {
  clinique_situations_difficiles: { required: ['topics'], optional: ['startup', 'homeAdministration', 'preferredContact'] },
  courrier_soutien: { required: ['homeAdministration'], optional: ['startup', 'topics', 'preferredContact'] },
  saisine_drh_numerique: { required: ['homeAdministration', 'summary'], optional: ['startup', 'topics', 'preferredContact'] },
  accompagnement_carriere: { required: [], optional: ['startup', 'homeAdministration', 'topics', 'preferredContact'] },
};

/** Labels of every field (error summary, mailto text, export headers). */
export const SUPPORT_FIELD_LABELS: Readonly<Record<'kind' | 'name' | 'email' | 'message' | SupportField, Bilingual>> = {
  kind: { fr: 'Type de demande', en: 'Kind of request' },
  name: { fr: 'Nom', en: 'Name' },
  email: { fr: 'Adresse électronique', en: 'E-mail address' },
  homeAdministration: { fr: 'Administration d’origine', en: 'Home administration' },
  startup: { fr: 'Start-up d’État', en: 'Start-up' },
  topics: { fr: 'Sujets', en: 'Topics' },
  message: { fr: 'Message', en: 'Message' },
  preferredContact: { fr: 'Moyen de contact préféré', en: 'Preferred contact' },
  summary: { fr: 'Résumé pour la saisine', en: 'Summary for the referral' },
};

/**
 * An e-mail address: at most 254 characters, one `@`, a dot in the domain, no space, no quote, no angle bracket
 * (the WHATWG `input type=email` rule, which is also what the element's field accepts). Issue code `email`.
 */
export const EMAIL_PATTERN = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
export const EmailSchema = z.string().check(z.maxLength(SUPPORT_LIMITS.email, { abort: true }), z.regex(EMAIL_PATTERN, { error: 'email' }));

/** A UUID (any version, lower or upper case), as made by `crypto.randomUUID()`. Issue code `uuid`. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const IdempotencyKeySchema = z.string().check(z.regex(UUID_PATTERN, { error: 'uuid' }));

const consentRequired = z.refine((v: unknown) => v === true, { params: {
  code: 'consent_required',
  fr: 'votre accord est nécessaire pour que l’équipe puisse traiter votre demande',
  en: 'your consent is needed for the team to handle your request',
} });

/**
 * Consent per purpose. `handling`: the person agrees that the team reads and handles the request (required, `given`
 * must be `true`; `at` is when it was ticked, ISO instant). `followUp`: optional, the person agrees to be contacted
 * again afterwards (the clinic's follow-up 3–4 weeks later, a satisfaction question); never pre-ticked.
 */
export const SupportConsentSchema = z.object({
  handling: z.object({ given: z.boolean().check(consentRequired), at: InstantSchema }),
  followUp: z.optional(z.object({ given: z.boolean(), at: InstantSchema })),
});
export type SupportConsent = z.infer<typeof SupportConsentSchema>;

const unique = z.refine((list: unknown) => Array.isArray(list) && new Set(list).size === list.length, { params: {
  code: 'duplicate', fr: 'un même sujet est choisi deux fois', en: 'the same topic is chosen twice',
} });

/**
 * A support request, as the element sends it (JSON; JSON Schema `dist/schemas/support-request.schema.json`).
 *
 * - `idempotencyKey`: a UUID the client makes once per request and keeps with it (resent identically on every retry;
 *   the receiver stores the request once per key).
 * - `kind`, `name`, `email`, `message`, `consent`: always required. Texts are non-blank, NFC, within
 *   {@link SUPPORT_LIMITS}. The other fields follow {@link SUPPORT_KIND_FIELDS}.
 * - `honeypot`: a field hidden from people; must be absent or empty. `fillTimeMs`: milliseconds between the form being
 *   shown and submitted, measured by the client (no clock skew). Both are checked by the receiver and never stored.
 * - `lang`: the language the person wrote in and wants answers in (`fr` default).
 *
 * Unknown fields are dropped (not errors), so an older receiver accepts a newer element's extra field.
 */
export const SupportRequestSchema = z.object({
  idempotencyKey: IdempotencyKeySchema,
  kind: SupportKindSchema,
  name: Text(SUPPORT_LIMITS.name),
  email: EmailSchema,
  homeAdministration: z.optional(Text(SUPPORT_LIMITS.homeAdministration)),
  startup: z.optional(Text(SUPPORT_LIMITS.startup)),
  topics: z.optional(z.array(SupportTopicSchema).check(z.maxLength(SUPPORT_LIMITS.topics), unique)),
  message: Text(SUPPORT_LIMITS.message),
  preferredContact: z.optional(PreferredContactSchema),
  summary: z.optional(Text(SUPPORT_LIMITS.summary)),
  consent: SupportConsentSchema,
  lang: z.optional(z.enum(['fr', 'en'])),
  honeypot: z.optional(z.string().check(z.maxLength(SUPPORT_LIMITS.honeypot))),
  fillTimeMs: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(30 * 24 * 3600 * 1000))),
});
export type SupportRequest = z.infer<typeof SupportRequestSchema>;

const KIND_NAME: Record<SupportKind, Bilingual> = {
  clinique_situations_difficiles: { fr: 'pour la clinique', en: 'for the clinic' },
  courrier_soutien: { fr: 'pour un courrier de soutien', en: 'for a support letter' },
  saisine_drh_numerique: { fr: 'pour une saisine de la DRH du numérique', en: 'for a referral to the DRH du numérique' },
  accompagnement_carriere: { fr: 'pour l’accompagnement de carrière', en: 'for career coaching' },
};

/** Issue messages of the support fields' named patterns (`email`, `uuid`), naming the field, never the value. */
function supportIssue(issue: z.core.$ZodIssue): Issue {
  if (issue.code === 'invalid_format' && issue.format === 'regex' && (issue.message === 'email' || issue.message === 'uuid')) {
    const path = issue.path.join('.');
    const [fr, en] = issue.message === 'email'
      ? ['adresse électronique invalide (attendu : nom@domaine.fr)', 'invalid e-mail address (expected: name@domain.fr)']
      : ['identifiant unique (UUID) attendu, comme crypto.randomUUID() en produit', 'expected a unique id (UUID), as made by crypto.randomUUID()'];
    return { path, code: issue.message, fr: `${path} : ${fr}`, en: `${path}: ${en}` };
  }
  return describeIssue(issue);
}

/**
 * Validates a request (never throws). On success `value` is the request with:
 * - the fields its kind does not use removed ({@link SUPPORT_KIND_FIELDS}), `topics: []` removed;
 * - the kind's required fields checked (`required` issue naming the field and the kind);
 * - texts in NFC.
 * Issues are bilingual and name the field (`email : adresse électronique invalide…`); the first issue per field comes
 * first in input order, like the element's error summary. `honeypot` / `fillTimeMs` are kept for the receiver to check
 * (see {@link spamCheck}).
 */
export function validateSupportRequest(input: unknown): ParseResult<SupportRequest> {
  const r = SupportRequestSchema.safeParse(input, { reportInput: true });
  const issues: Issue[] = r.success ? [] : r.error.issues.map(supportIssue);
  const raw = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const kind = SupportKindSchema.safeParse(raw.kind);
  if (kind.success) {
    for (const field of SUPPORT_KIND_FIELDS[kind.data].required) {
      const v = raw[field];
      const missing = v === undefined || v === null || (Array.isArray(v) && v.length === 0);
      if (missing && !issues.some((i) => i.path === field)) {
        const k = KIND_NAME[kind.data];
        issues.push(field === 'topics'
          ? { path: field, code: 'required', fr: `${field} : choisissez au moins un sujet ${k.fr}`, en: `${field}: choose at least one topic ${k.en}` }
          : { path: field, code: 'required', fr: `${field} : champ requis ${k.fr}`, en: `${field}: required ${k.en}` });
      }
    }
  }
  if (issues.length || !r.success) return { ok: false, issues };
  const value = { ...r.data } as Record<string, unknown>;
  const fields = SUPPORT_KIND_FIELDS[r.data.kind];
  const kept = new Set<string>([...fields.required, ...fields.optional]);
  for (const f of ['homeAdministration', 'startup', 'topics', 'preferredContact', 'summary'] as const) {
    if (!kept.has(f) || (f === 'topics' && Array.isArray(value.topics) && value.topics.length === 0)) delete value[f];
  }
  return { ok: true, value: value as SupportRequest, issues: [] };
}

/**
 * Minimum fill time of the form, in milliseconds (default of the receiver's `limits.minFillTimeMs`): a person reads and
 * writes for more than 3 s; a bot posting at once does not. A request **without** `fillTimeMs` is refused like a fast
 * one (`too_fast`): the element always sends it, and a bot would simply leave it out. A host delivering through its
 * own code measures it too (milliseconds from showing the form to submitting it).
 */
export const DEFAULT_MIN_FILL_TIME_MS = 3000;

/**
 * The spam checks of a valid request, without any third party: `honeypot` (a field hidden from people: must be empty)
 * and `fillTimeMs` (present and at least `minFillTimeMs`). Returns `undefined` when the request passes, else the reason.
 */
export function spamCheck(request: Pick<SupportRequest, 'honeypot' | 'fillTimeMs'>, minFillTimeMs = DEFAULT_MIN_FILL_TIME_MS): 'honeypot' | 'too_fast' | undefined {
  if (request.honeypot !== undefined && request.honeypot.trim() !== '') return 'honeypot';
  if (request.fillTimeMs === undefined || request.fillTimeMs < minFillTimeMs) return 'too_fast';
  return undefined;
}

/** What is stored of a request: everything but the spam-defence fields (`honeypot`, `fillTimeMs`). */
export type StoredSupportRequest = Omit<SupportRequest, 'honeypot' | 'fillTimeMs'>;

/** The request without its spam-defence fields (what the receiver stores and forwards). */
export function storedPart(request: SupportRequest): StoredSupportRequest {
  const { honeypot: _h, fillTimeMs: _f, ...rest } = request;
  return rest;
}

/** The format of a reference: `R-` + year + `-` + a number of at least 4 digits (`R-2026-0042`, `R-2026-12345`). */
export const SUPPORT_REFERENCE_PATTERN = /^R-(\d{4})-(\d{4,})$/;

/**
 * The reference of the `sequence`-th request (1-based) received in `year`: `R-2026-0042`. The number restarts at 1
 * each year and has at least 4 digits (more after 9,999 requests in a year).
 * @throws {RangeError} when `year` is not 1000–9999 or `sequence` not a positive safe integer (FR/EN message).
 */
export function supportReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`supportReference : année (1000–9999) et numéro (entier ≥ 1) attendus, reçu ${year}, ${sequence} / supportReference: expected a year (1000–9999) and a number (integer ≥ 1), received ${year}, ${sequence}`);
  return `R-${year}-${String(sequence).padStart(4, '0')}`;
}

/** Reads a reference (`R-2026-0042` → `{ year: 2026, sequence: 42 }`); `undefined` when it is not one. */
export function parseSupportReference(text: string): { year: number; sequence: number } | undefined {
  const m = SUPPORT_REFERENCE_PATTERN.exec(text);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : undefined;
}

/** The `mailto:` fallback: the link, and its subject and body as plain text (to show for copying). */
export interface SupportMailto {
  /** `mailto:<to>?subject=…&body=…`, percent-encoded (RFC 6068). */
  readonly href: string;
  readonly subject: string;
  readonly body: string;
}

/**
 * The `mailto:` fallback of a request (when the element has no `action`): a subject naming the kind and a body with
 * every field the kind uses, labelled, in `lang` (default: the request's `lang`, else French). The idempotency key
 * is written at the end so that a message sent twice can be recognised. Some mail clients cut links longer than about
 * 2,000 characters: show `body` for copying beside the link.
 * @throws {RangeError} when `to` is not one e-mail address.
 */
export function mailtoFor(request: SupportRequest, to: string, lang: Lang = request.lang ?? 'fr'): SupportMailto {
  if (!EmailSchema.safeParse(to).success) throw new RangeError(`mailtoFor : adresse du destinataire invalide / mailtoFor: invalid recipient address`);
  const L = (b: Bilingual) => b[lang];
  const subject = lang === 'en' ? `Request: ${L(SUPPORT_KIND_LABELS[request.kind])}` : `Demande : ${L(SUPPORT_KIND_LABELS[request.kind])}`;
  const lines: string[] = [];
  const add = (field: keyof typeof SUPPORT_FIELD_LABELS, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push(`${L(SUPPORT_FIELD_LABELS[field])}${lang === 'en' ? ':' : ' :'} ${value}`);
  };
  add('kind', L(SUPPORT_KIND_LABELS[request.kind]));
  add('name', request.name);
  add('email', request.email);
  add('homeAdministration', request.homeAdministration);
  add('startup', request.startup);
  add('topics', request.topics?.map((t) => L(TOPIC_LABELS[t])).join(', '));
  add('preferredContact', request.preferredContact && L(PREFERRED_CONTACT_LABELS[request.preferredContact]));
  if (request.summary) lines.push('', `${L(SUPPORT_FIELD_LABELS.summary)}${lang === 'en' ? ':' : ' :'}`, request.summary);
  lines.push('', `${L(SUPPORT_FIELD_LABELS.message)}${lang === 'en' ? ':' : ' :'}`, request.message, '');
  lines.push(lang === 'en'
    ? `Follow-up contact: ${request.consent.followUp?.given ? 'yes' : 'no'}`
    : `Recontact pour le suivi : ${request.consent.followUp?.given ? 'oui' : 'non'}`);
  lines.push(`${lang === 'en' ? 'Request id' : 'Identifiant de la demande'}${lang === 'en' ? ':' : ' :'} ${request.idempotencyKey}`);
  const body = lines.join('\n');
  // RFC 6068: percent-encode everything but unreserved characters; line breaks as %0D%0A.
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const href = `mailto:${enc(to).replace('%40', '@')}?subject=${enc(subject)}&body=${enc(body.replace(/\n/g, '\r\n'))}`;
  return { href, subject, body };
}

/**
 * The eligibility programme of each kind (the one engine of `src/eligibility/`): the clinic, HR support (a support
 * letter and a DRH referral are its two actions), career coaching.
 */
export const SUPPORT_KIND_PROGRAMMES: Readonly<Record<SupportKind, Exclude<ProgrammeId, 'certification'>>> = {
  clinique_situations_difficiles: 'clinic',
  courrier_soutien: 'hr-support',
  saisine_drh_numerique: 'hr-support',
  accompagnement_carriere: 'coaching',
};

/**
 * What a request (or a partly filled form) already says about the person's situation, for the eligibility engine:
 * `topics`, `homeAdministration`, `summary`; the HR action for HR kinds; `volunteer: true` for career coaching (a
 * request is the volunteering).
 */
export function situationFromRequest(request: Partial<Pick<SupportRequest, 'kind' | 'topics' | 'homeAdministration' | 'summary'>>): Situation {
  const s: Situation = {};
  if (request.topics?.length) s.topics = request.topics;
  if (request.homeAdministration) s.homeAdministration = request.homeAdministration;
  if (request.summary) s.summary = request.summary;
  if (request.kind === 'courrier_soutien' || request.kind === 'saisine_drh_numerique') s.hrAction = request.kind;
  if (request.kind === 'accompagnement_carriere') s.volunteer = true;
  return s;
}

/** The rule set of each support programme. */
const SUPPORT_RULE_SETS = { clinic: CLINIC_RULES, coaching: COACHING_RULES, 'hr-support': HR_SUPPORT_RULES } as const;

/** The programme a kind maps to and the engine's verdict on the situation. */
export interface SupportEligibility {
  readonly programme: ProgrammeId;
  readonly verdict: Verdict;
}

/**
 * Runs the eligibility engine (`evaluate`, src/eligibility/engine.ts — the same rules as `<intra-eligibility>`) for
 * the programme of `kind` on what is known: `situation` (answers, e.g. from beta.gouv.fr data) completed with what
 * the kind implies ({@link situationFromRequest}: the HR action, volunteering). The verdict's `redirect`s name a
 * better-fitting programme (the clinic for team management, coaching for career questions…).
 * @throws {RangeError} when `now` is not a supported `YYYY-MM-DD` date (see `assertNow`).
 */
export function eligibilityFor(kind: SupportKind, situation: Situation, now: CalendarDate, settings?: EligibilitySettings): SupportEligibility {
  const programme = SUPPORT_KIND_PROGRAMMES[kind];
  const implied = situationFromRequest({ kind });
  const verdict = evaluate(SUPPORT_RULE_SETS[programme], { ...implied, ...situation, ...(implied.hrAction ? { hrAction: implied.hrAction } : {}) }, now, settings);
  return { programme, verdict };
}
