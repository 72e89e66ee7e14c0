/**
 * Portraits of intrapreneurs: the records behind `<intra-portraits>` (doc.incubateur.net
 * "Galerie de portraits d'intrapreneurs beta.gouv.fr", four path archetypes).
 *
 * Privacy: portraits are about real people, so every portrait carries `consent` and `status`;
 * {@link isPublishable} is the only gate to display, and the element enforces it whatever its input says.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, LangTagSchema, Text, UrlOrPathSchema } from '../shared/schema.js';
import { CAREER_ARCHETYPES, CareerArchetypeSchema, PositionSchema, type CareerArchetype } from '../careers/career.js';
import { Rs6247CompetenceIdSchema } from '../skills/rs6247-ids.js';
import { parseList, rejectDuplicates, type ListResult, type Issue } from '../shared/issues.js';

/** The four path archetypes of the portrait gallery (same values as {@link CAREER_ARCHETYPES}). */
export const PORTRAIT_CATEGORIES = CAREER_ARCHETYPES;
export const PortraitCategorySchema = CareerArchetypeSchema;
export type PortraitCategory = CareerArchetype;

/** Headings of the archetypes: French from the doc page, English our translation. */
export const PORTRAIT_CATEGORY_LABELS: Record<PortraitCategory, { fr: string; en: string; frLong: string; enLong: string }> = {
  horizontal: { fr: 'Parcours horizontal', en: 'Horizontal path', frLong: 'Les parcours horizontaux – Les serial intrapreneurs', enLong: 'Horizontal paths – serial intrapreneurs' },
  vertical: { fr: 'Parcours vertical', en: 'Vertical path', frLong: 'Les parcours verticaux – Monter dans son administration', enLong: 'Vertical paths – moving up in one’s administration' },
  passeur: { fr: 'Passeur', en: 'Bridge-builder', frLong: "Les passeurs – D'une administration à l'autre", enLong: 'Bridge-builders – from one administration to another' },
  sortie_prive: { fr: 'Sortie dans le privé', en: 'Private sector', frLong: 'Les sorties dans le privé – Je pars mais je reviens', enLong: 'Moves to the private sector – leaving, maybe coming back' },
};

/** Publication status of a portrait. Only `published` portraits are ever shown. */
export const PortraitStatusSchema = z.enum(['draft', 'published', 'archived']);
export type PortraitStatus = z.infer<typeof PortraitStatusSchema>;

/** The person's consent to publication: `given`, and the calendar date it was given (`at`, `YYYY-MM-DD`). */
export const ConsentSchema = z.object({ given: z.boolean(), at: z.optional(CalendarDateSchema) });
export type Consent = z.infer<typeof ConsentSchema>;

/** A start-up reference inside a portrait: the beta.gouv.fr `ghid` and its display name. */
export const PortraitStartupSchema = z.object({ ghid: Text(), name: Text() });

/**
 * A portrait (JSON format a site editor serves; JSON Schema: `dist/schemas/portraits.schema.json`).
 * Required: `id`, `displayName`, `headline`, `category`, `before`, `startups`, `after`, `narrative`,
 * `consent`, `status`. `competences` are RS6247 competence ids. `photoUrl` needs `photoAlt` to be
 * meaningful (an empty `photoAlt` marks the photo decorative).
 */
export const PortraitSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'record_id' }), z.maxLength(100)),
  personId: z.optional(z.string()),
  displayName: Text().check(z.maxLength(120)),
  headline: Text().check(z.maxLength(200)),
  category: PortraitCategorySchema,
  administration: z.optional(Text().check(z.maxLength(200))),
  before: Text().check(z.maxLength(300)),
  startups: z.array(PortraitStartupSchema).check(z.maxLength(20)),
  after: z.array(Text().check(z.maxLength(300))).check(z.maxLength(20)),
  narrative: Text().check(z.maxLength(5000)),
  photoUrl: z.optional(UrlOrPathSchema),
  photoAlt: z.optional(z.string().check(z.maxLength(300))),
  links: z.optional(z.array(UrlOrPathSchema).check(z.maxLength(20))),
  competences: z.optional(z.array(Rs6247CompetenceIdSchema)),
  careerPath: z.optional(z.array(PositionSchema)),
  consent: ConsentSchema,
  status: PortraitStatusSchema,
  publishedAt: z.optional(CalendarDateSchema),
  /**
   * Language of the record's texts (narrative, headline, titles…), a BCP 47 tag (`fr`, `en`, `fr-CA`); default: the
   * element's `data-lang`, else `fr`. Marked up as `lang` so screen readers pronounce it in that language.
   */
  lang: z.optional(LangTagSchema),
});
export type Portrait = z.infer<typeof PortraitSchema>;

/** What a site editor serves: an array of portraits, or `{ "portraits": [...] }`. */
export const PortraitsDocumentSchema = z.union([z.array(PortraitSchema), z.object({ portraits: z.array(PortraitSchema) })]);

/**
 * Unwraps a portraits document (array or `{ portraits: [...] }`) and validates each record on its own.
 * Invalid records are rejected with index, id and bilingual issues; the valid ones are kept in order.
 * A document of another shape gives one rejection at index -1.
 */
export function parsePortraits(input: unknown): ListResult<Portrait> {
  const list = Array.isArray(input) ? input
    : input && typeof input === 'object' && Array.isArray((input as { portraits?: unknown }).portraits)
      ? (input as { portraits: unknown[] }).portraits
      : undefined;
  if (!list) {
    const issue: Issue = {
      path: '', code: 'invalid_document',
      fr: 'document attendu : une liste de portraits ou { "portraits": [...] }',
      en: 'expected a list of portraits or { "portraits": [...] }',
    };
    return { valid: [], rejected: [{ index: -1, issues: [issue] }], total: 0 };
  }
  // Ids must be unique (deep links, focus return and the search index use them): later duplicates are rejected.
  return rejectDuplicates(parseList(PortraitSchema, list), (p) => p.id, (id, first) => ({
    path: 'id', code: 'duplicate_id',
    // Record numbers for people are 1-based ("fiche n° 1" is the first record; JSON paths stay 0-based).
    fr: `id : identifiant « ${id} » déjà utilisé par la fiche n° ${first + 1}`, en: `id: id "${id}" already used by record #${first + 1}`,
  }));
}

/**
 * The consent gate: a portrait may be shown only when consent is given **and** its status is `published`.
 * Enforced by `<intra-portraits>` whatever its input says.
 */
export function isPublishable(p: Pick<Portrait, 'consent' | 'status'>): boolean {
  return p.consent.given === true && p.status === 'published';
}

/** Lowercases and strips diacritics for accent- and case-insensitive search ("Élodie" → "elodie", "œ" → "oe"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').toLowerCase();
}

/** Folded text searched for a portrait: name, headline, narrative, start-up names and ghids. */
export function portraitSearchText(p: Portrait): string {
  return foldText([p.displayName, p.headline, p.narrative, ...p.startups.flatMap((s) => [s.name, s.ghid])].join('\n'));
}

/** Filter criteria of the gallery. Empty strings / undefined mean "no filter". */
export interface PortraitFilter {
  /** Free-text query, accent- and case-insensitive; every word must match. */
  q?: string;
  category?: PortraitCategory | '';
  administration?: string;
  competence?: string;
}

/**
 * Portraits matching `filter`, input order kept. `index` (optional) holds precomputed
 * {@link portraitSearchText} values by portrait id, so a keystroke does not refold every narrative.
 */
export function filterPortraits(portraits: readonly Portrait[], filter: PortraitFilter, index?: ReadonlyMap<string, string>): Portrait[] {
  const words = foldText(filter.q ?? '').split(/\s+/).filter(Boolean);
  return portraits.filter((p) => {
    if (filter.category && p.category !== filter.category) return false;
    if (filter.administration && p.administration !== filter.administration) return false;
    if (filter.competence && !(p.competences ?? []).includes(filter.competence as never)) return false;
    if (words.length) {
      const text = index?.get(p.id) ?? portraitSearchText(p);
      return words.every((w) => text.includes(w));
    }
    return true;
  });
}

const LETTER = /^\p{L}/u;
let graphemes: Intl.Segmenter | undefined;

/**
 * Up to two initials for an avatar: the first letter of the first and of the last word that has letters, each a
 * whole grapheme (user-perceived character) of the NFC text, upper-cased: "Élodie Martin-Roux" → "ÉM" (also when
 * the name arrives decomposed, NFD), "👩‍💻 Alice" → "A", "« Nadia » Ferrand" → "NF". Words without letters (emoji,
 * digits, punctuation) are skipped; `""` when the name has no letter at all (the element then shows a neutral
 * avatar). Uses `Intl.Segmenter` (every current browser and Node ≥ 16), code points otherwise.
 */
export function initials(displayName: string): string {
  if (graphemes === undefined && typeof Intl !== 'undefined' && 'Segmenter' in Intl) graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const split = (word: string): string[] => (graphemes ? Array.from(graphemes.segment(word), (g) => g.segment) : Array.from(word));
  const letters = displayName.normalize('NFC').split(/\s+/u)
    .map((word) => split(word).find((g) => LETTER.test(g)))
    .filter((g): g is string => g !== undefined);
  if (!letters.length) return '';
  const upper = (g: string) => g.toLocaleUpperCase('fr').normalize('NFC');
  return upper(letters[0]) + (letters.length > 1 ? upper(letters[letters.length - 1]) : '');
}
