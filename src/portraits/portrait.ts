/**
 * Portraits of intrapreneurs: the records behind `<intra-portraits>` (doc.incubateur.net
 * "Galerie de portraits d'intrapreneurs beta.gouv.fr", four path archetypes).
 *
 * Privacy: portraits are about real people, so every portrait carries `consent` and `status`;
 * {@link isPublishable} is the only gate to display, and the element enforces it whatever its input says.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, FIELD_LIMITS as L, LangTagSchema, Text, UrlOrPathSchema } from '../shared/schema.js';
import { CAREER_ARCHETYPES, CareerArchetypeSchema, PositionSchema, type CareerArchetype } from '../careers/career.js';
import { Rs6247CompetenceIdSchema } from '../skills/rs6247-ids.js';
import type { ListResult, Issue, RejectedRecord } from '../shared/issues.js';
import { wordNow } from '../shared/issue-messages.js';
import type { IssueWriter } from '../shared/deferred-issues.js';
import { foldText } from '../shared/text.js';

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
export const PortraitStartupSchema = z.object({ ghid: Text(L.id), name: Text(L.title) });

/**
 * A portrait (JSON format a site editor serves; JSON Schema: `dist/schemas/portraits.schema.json`).
 * Required: `id`, `displayName`, `headline`, `category`, `before`, `startups`, `after`, `narrative`,
 * `consent`, `status`. `competences` are RS6247 competence ids. `photoUrl` needs `photoAlt` to be
 * meaningful (an empty `photoAlt` marks the photo decorative). Texts are non-blank and stored in NFC; every text and
 * list has a limit (`FIELD_LIMITS`, src/shared/schema.ts; README's portrait table); dates are within 1900–2100.
 * {@link parsePortraits} drops an invalid optional part ({@link PORTRAIT_OPTIONAL_PARTS}) instead of the portrait.
 */
export const PortraitSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'record_id' }), z.maxLength(L.id)),
  personId: z.optional(Text(L.id)),
  displayName: Text(L.name),
  headline: Text(L.title),
  category: PortraitCategorySchema,
  administration: z.optional(Text(L.title)),
  before: Text(L.shortText),
  startups: z.array(PortraitStartupSchema).check(z.maxLength(L.list)),
  after: z.array(Text(L.shortText)).check(z.maxLength(L.list)),
  narrative: Text(L.narrative),
  photoUrl: z.optional(UrlOrPathSchema),
  photoAlt: z.optional(z.string().check(z.maxLength(L.shortText), z.normalize('NFC'))),
  links: z.optional(z.array(UrlOrPathSchema).check(z.maxLength(L.list))),
  competences: z.optional(z.array(Rs6247CompetenceIdSchema).check(z.maxLength(L.competences))),
  careerPath: z.optional(z.array(PositionSchema).check(z.maxLength(L.positions))),
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
 * The optional parts of a portrait: when one is invalid, {@link parsePortraits} keeps the portrait without it and
 * reports it. Lists (`links`, `competences`, `careerPath`) lose only their invalid entries (the whole list when the
 * list itself is invalid, e.g. too long); `photoUrl` and `photoAlt` go together (a photo without its description, or a
 * description of no photo, is not kept); the others are single fields. Everything else is required: an invalid
 * `id`, name, texts, `startups`, `after`, `category`, `consent` or `status` still rejects the portrait (consent and
 * status are the privacy gate, never guessed). Decision: docs/decisions/0019-portraits-partial-records-and-consent.md.
 */
export const PORTRAIT_OPTIONAL_PARTS = ['personId', 'administration', 'photoUrl', 'photoAlt', 'links', 'competences', 'careerPath', 'publishedAt'] as const;
const LIST_PARTS = new Set<string>(['links', 'competences', 'careerPath']);
const PART_GROUPS: Readonly<Record<string, readonly string[]>> = { photoUrl: ['photoUrl', 'photoAlt'], photoAlt: ['photoUrl', 'photoAlt'] };

/** The `dropped` list of a record with nothing dropped (shared, never mutated: no allocation per record). */
const NO_ISSUES: Issue[] = [];

type RecordOutcome = { ok: true; value: Portrait; dropped: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Parses one portrait; an invalid optional part is removed (and reported) rather than rejecting the portrait. `word`
 * writes each issue (at once, or later).
 */
function parsePortraitRecord(record: unknown, word: IssueWriter): RecordOutcome {
  const first = PortraitSchema.safeParse(record, { reportInput: true });
  if (first.success) return { ok: true, value: first.data, dropped: NO_ISSUES };
  const issues = first.error.issues;
  const optional = (path: readonly PropertyKey[]) => (PORTRAIT_OPTIONAL_PARTS as readonly PropertyKey[]).includes(path[0]);
  if (!record || typeof record !== 'object' || Array.isArray(record) || !issues.every((i) => optional(i.path))) {
    return { ok: false, issues: issues.map((i) => word(i)) };
  }
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  const entries = new Map<string, Set<number>>();
  for (const { path } of issues) {
    const key = String(path[0]);
    if (LIST_PARTS.has(key) && typeof path[1] === 'number' && Array.isArray(copy[key])) {
      if (!entries.has(key)) entries.set(key, new Set());
      entries.get(key)!.add(path[1]);
    } else {
      for (const k of PART_GROUPS[key] ?? [key]) delete copy[k];
    }
  }
  for (const [key, bad] of entries) {
    if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).filter((_, i) => !bad.has(i));
  }
  const second = PortraitSchema.safeParse(copy, { reportInput: true });
  if (!second.success) return { ok: false, issues: issues.map((i) => word(i)) };
  const dropped = issues.map((i) => {
    const key = String(i.path[0]);
    const part = LIST_PARTS.has(key) && typeof i.path[1] === 'number' ? `${key}[${i.path[1]}]` : (PART_GROUPS[key] ?? [key]).join(' + ');
    return word(i, (issue) => ({ ...issue, fr: `${issue.fr} (partie ignorée : ${part})`, en: `${issue.en} (part dropped: ${part})` }));
  });
  return { ok: true, value: second.data, dropped };
}

/** A record lacking consent or not `published`, read from the raw input (even when it is otherwise invalid). */
function withdrawsConsent(record: unknown): boolean {
  const r = record as { consent?: { given?: unknown }; status?: unknown } | null;
  return !(r?.consent?.given === true && r.status === 'published');
}

/** A {@link ListResult} of portraits, plus the portraits kept without an invalid optional part. */
export interface PortraitsResult extends ListResult<Portrait> {
  /**
   * Portraits kept (they are in `valid`) after dropping invalid optional parts ({@link PORTRAIT_OPTIONAL_PARTS}):
   * input index, id, and one issue per dropped part (path, code, FR/EN message ending in "partie ignorée : …").
   */
  readonly dropped: RejectedRecord[];
}

/**
 * Unwraps a portraits document (array or `{ portraits: [...] }`) and validates each record on its own.
 * Invalid records are rejected with index, id and bilingual issues; the valid ones are kept in order. An invalid
 * optional part (a misspelt position in `careerPath`, a bad `photoUrl`…) is dropped and reported in `dropped`; the
 * portrait stays. Ids are unique: a later record with the same id is rejected (`duplicate_id`), **except that
 * consent withdrawal wins**: when any record of a repeated id lacks consent or is not `published` (even an otherwise
 * invalid one), no record of that id is publishable: a kept published one moves to `rejected` (`consent_withdrawn`).
 * A document of another shape gives one rejection at index -1. Never throws.
 */
export function parsePortraits(input: unknown): PortraitsResult {
  const steps = parsePortraitsStepwise(input);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** The list of a portraits document (array or `{ portraits: [...] }`), or `undefined` for another shape. */
function portraitList(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  return input && typeof input === 'object' && Array.isArray((input as { portraits?: unknown }).portraits)
    ? (input as { portraits: unknown[] }).portraits : undefined;
}

/** The raw `id` of a record when it is a string (read before validation). */
function rawId(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * {@link parsePortraits} in steps, so that a caller can show the first cards before every record is validated and
 * validate the rest in slices (the gallery's first render, issue 10). The generator yields:
 * - once, when `previewSize` > 0 and at least one portrait is displayable: a **preview**, the first `previewSize`
 *   displayable portraits (valid, consent given and `published`, not hidden by the repeated-id rules) in input order,
 *   with `rejected: []`. It is exactly the start of the final result's displayable portraits: before validating, one
 *   cheap pass over the raw records counts each id and notes whether any of its records withdraws consent, so
 *   "consent withdrawal wins" holds for the preview too;
 * - `undefined` after each record validated (the caller may pause there);
 * and returns the same {@link PortraitsResult} as {@link parsePortraits} (which is this generator run to its end).
 * Every record is validated once.
 */
export function parsePortraitsStepwise(input: unknown, previewSize = 0): Generator<ListResult<Portrait> | undefined, PortraitsResult, void> {
  return portraitsInSteps(input, previewSize, wordNow);
}

/**
 * {@link parsePortraitsStepwise} with the issues written by `word`: the gallery passes `deferIssue`
 * (src/shared/deferred-issues.ts), so that a page of valid portraits never loads the message catalogue; the rejected
 * and dropped issues are then placeholders until `wordDeferredIssues()` has settled (decision 0064).
 */
export function* portraitsInSteps(input: unknown, previewSize: number, word: IssueWriter): Generator<ListResult<Portrait> | undefined, PortraitsResult, void> {
  const list = portraitList(input);
  if (!list) {
    const issue: Issue = {
      path: '', code: 'invalid_document',
      fr: 'document attendu : une liste de portraits ou { "portraits": [...] }',
      en: 'expected a list of portraits or { "portraits": [...] }',
    };
    return { valid: [], rejected: [{ index: -1, issues: [issue] }], total: 0, dropped: [] };
  }
  const n = list.length;
  // One pass over the raw records: how many records share each id, and the first one (by index) withdrawing consent.
  const idCount = new Map<string, number>();
  const firstWithdrawal = new Map<string, number>();
  for (let index = 0; index < n; index++) {
    const id = rawId(list[index]);
    if (id === undefined) continue;
    idCount.set(id, (idCount.get(id) ?? 0) + 1);
    if (!firstWithdrawal.has(id) && withdrawsConsent(list[index])) firstWithdrawal.set(id, index);
  }
  /** The record withdrawing consent for a repeated id, or `undefined` (a single record is judged on its own). */
  const withdrawnBy = (id: string): number | undefined => (idCount.get(id)! > 1 ? firstWithdrawal.get(id) : undefined);

  const outcomes: RecordOutcome[] = new Array(n);
  let next = 0;
  if (previewSize > 0) {
    const preview: Portrait[] = [];
    const shownIds = new Set<string>();
    while (next < n && preview.length < previewSize) {
      const r = (outcomes[next] = parsePortraitRecord(list[next], word));
      next++;
      if (!r.ok) continue;
      const p = r.value;
      // The first valid record of an id is the one kept; a repeated id with a withdrawal is never shown.
      if (isPublishable(p) && !shownIds.has(p.id) && withdrawnBy(p.id) === undefined) preview.push(p);
      shownIds.add(p.id);
    }
    if (preview.length > 0) yield { valid: preview, rejected: [], total: n };
  }
  for (; next < n; next++) {
    outcomes[next] = parsePortraitRecord(list[next], word);
    yield undefined;
  }

  // Ids must be unique (deep links, focus return and the search index use them): later duplicates are rejected;
  // consent withdrawal wins over a published record of the same id, whichever comes first.
  const valid: Portrait[] = [];
  const rejected: RejectedRecord[] = [];
  const dropped: RejectedRecord[] = [];
  const firstValid = new Map<string, number>();
  for (let index = 0; index < n; index++) {
    const r = outcomes[index];
    if (!r.ok) {
      const id = rawId(list[index]);
      rejected.push(id ? { index, id, issues: r.issues } : { index, issues: r.issues });
      continue;
    }
    const p = r.value;
    const first = firstValid.get(p.id);
    if (first !== undefined) {
      rejected.push({
        index, id: p.id,
        issues: [{
          path: 'id', code: 'duplicate_id',
          // Record numbers for people are 1-based ("fiche n° 1" is the first record; JSON paths stay 0-based).
          fr: `id : identifiant « ${p.id} » déjà utilisé par la fiche n° ${first + 1}`, en: `id: id "${p.id}" already used by record #${first + 1}`,
        }],
      });
      continue;
    }
    firstValid.set(p.id, index);
    const w = withdrawnBy(p.id);
    if (w !== undefined && isPublishable(p)) {
      rejected.push({
        index, id: p.id,
        issues: [{
          path: 'consent', code: 'consent_withdrawn',
          fr: `consent : la fiche n° ${w} (même id « ${p.id} ») retire le consentement ou n’est pas publiée : ce portrait est masqué`,
          en: `consent: record #${w} (same id "${p.id}") withdraws consent or is not published: this portrait is hidden`,
        }],
      });
      continue;
    }
    valid.push(p);
    if (r.dropped.length) dropped.push({ index, id: p.id, issues: r.dropped });
  }
  return { valid, rejected, total: n, dropped };
}

/**
 * The consent gate: a portrait may be shown only when consent is given **and** its status is `published`.
 * Enforced by `<intra-portraits>` whatever its input says.
 */
export function isPublishable(p: Pick<Portrait, 'consent' | 'status'>): boolean {
  return p.consent.given === true && p.status === 'published';
}

export { foldText };

/** Folded text searched for a portrait: name, headline, narrative, start-up names and ghids. */
export function portraitSearchText(p: Portrait): string {
  return foldText([p.displayName, p.headline, p.narrative, ...p.startups.flatMap((s) => [s.name, s.ghid])].join('\n'));
}

/** Filter criteria of the gallery. Empty strings / undefined mean "no filter". */
export interface PortraitFilter {
  /** Free-text query, folded with {@link foldText} (accents, case, apostrophes…); every word must match. */
  q?: string;
  category?: PortraitCategory | '';
  /** Administration; compared folded, so any variant of a facet entry (`France travail`) selects the whole entry. */
  administration?: string;
  competence?: string;
}

/**
 * Portraits matching `filter`, input order kept. `index` (optional) holds precomputed
 * {@link portraitSearchText} values by portrait id, so a keystroke does not refold every narrative.
 */
export function filterPortraits(portraits: readonly Portrait[], filter: PortraitFilter, index?: ReadonlyMap<string, string>): Portrait[] {
  const words = foldText(filter.q ?? '').split(/\s+/).filter(Boolean);
  const administration = filter.administration ? foldText(filter.administration) : '';
  return portraits.filter((p) => {
    if (filter.category && p.category !== filter.category) return false;
    if (administration && foldText(p.administration ?? '') !== administration) return false;
    if (filter.competence && !(p.competences ?? []).includes(filter.competence as never)) return false;
    if (words.length) {
      const text = index?.get(p.id) ?? portraitSearchText(p);
      return words.every((w) => text.includes(w));
    }
    return true;
  });
}

/** One entry of a text facet: the folded `key`, a display `label` and how many items carry it. */
export interface FacetValue {
  /** {@link foldText} of the values grouped in this entry. */
  readonly key: string;
  /** The most frequent spelling among them; on a tie, the first seen. */
  readonly label: string;
  /** Number of items with a value in this entry. */
  readonly count: number;
}

/**
 * The values of a text facet, grouped by {@link foldText}: "France travail", "France Travail" and
 * "France\u00a0Travail" are one entry. Items whose value is missing or folds to `""` are left out. Sorted by label
 * (French collation). `value` reads the facet's text from an item (e.g. `(p) => p.administration`).
 */
export function portraitFacetValues<T>(items: readonly T[], value: (item: T) => string | undefined): FacetValue[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const item of items) {
    const v = value(item);
    if (!v) continue;
    const key = foldText(v);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, spellings: new Map() }));
    g.count++;
    g.spellings.set(v, (g.spellings.get(v) ?? 0) + 1);
  }
  const out: FacetValue[] = [];
  for (const [key, g] of groups) {
    let label = '';
    let best = 0;
    for (const [spelling, n] of g.spellings) if (n > best) { label = spelling; best = n; }
    out.push({ key, label, count: g.count });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** A letter that starts a word: any letter but a modifier letter (Lm: `ʼ`, `ʻ`, `ˈ`). */
const LETTER = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]/u;
/**
 * A word whose first letter is a grapheme by itself: an upper-, lower- or title-case letter followed by the end of the
 * word or by a letter of those cases, a digit or punctuation, none of which ever joins the grapheme before it (UAX #29:
 * not Extend, SpacingMark, ZWJ nor Hangul). Read directly: `Intl.Segmenter`'s first use costs ~13 ms (~50 ms at
 * Lighthouse's 4× CPU) in the gallery's first render (issue 10, demo page; test/node/initials-fast-path.test.ts).
 */
const PLAIN_FIRST = /^[\p{Lu}\p{Ll}\p{Lt}](?=$|[\p{Lu}\p{Ll}\p{Lt}\p{Nd}\p{P}])/u;
let graphemes: Intl.Segmenter | undefined;

/**
 * Up to two initials for an avatar: the first letter of the first and of the last word that has letters, each one
 * whole grapheme (user-perceived character), upper-cased: "Élodie Martin-Roux" → "ÉM" (also when the name arrives
 * decomposed, NFD), "👩‍💻 Alice" → "A", "« Nadia » Ferrand" → "NF". Always at most one letter per word:
 * - the name is read in NFKC first, so a ligature or a styled letter gives its plain first letter ("ﬁona ﬂynn" → "FF",
 *   "𝐀lice" → "A", full-width "ｅｌｏｄｉｅ" → "E", "ǆemal" → "D");
 * - a letter whose upper case is several letters (`ß` → `SS`, `ᾳ` → `ΑΙ`) is kept as written ("ß straße" → "ßS");
 * - modifier letters (category Lm: `ʼ` U+02BC, `ʻ`, `ˈ`, used as apostrophes) are skipped ("ʼAli ʼOmar" → "AO").
 * Words without such a letter (emoji, digits, punctuation) are skipped; `""` when the name has none at all (the
 * element then shows a neutral avatar). Uses `Intl.Segmenter` (every current browser and Node ≥ 16), code points
 * otherwise.
 */
export function initials(displayName: string): string {
  const split = (word: string): string[] => {
    if (graphemes === undefined && typeof Intl !== 'undefined' && 'Segmenter' in Intl) graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return graphemes ? Array.from(graphemes.segment(word), (g) => g.segment) : Array.from(word);
  };
  const letters = String(displayName).normalize('NFKC').split(/\s+/u)
    .map((word) => PLAIN_FIRST.exec(word)?.[0] ?? split(word).find((g) => LETTER.test(g)))
    .filter((g): g is string => g !== undefined);
  if (!letters.length) return '';
  const upper = (g: string) => {
    const u = g.toLocaleUpperCase('fr').normalize('NFC');
    return u.length === 1 || split(u).length === 1 ? u : g;
  };
  return upper(letters[0]) + (letters.length > 1 ? upper(letters[letters.length - 1]) : '');
}
