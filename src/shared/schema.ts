/**
 * Small zod/mini building blocks shared by every domain schema: display texts, calendar dates, URLs, ids, and the
 * field limits. Each rule is written once here and shows in the generated JSON Schema (`dist/schemas`) where JSON
 * Schema can say it (lengths, patterns); parsing-only rules (NFC, URL parsing, end after start) are runtime checks.
 */
import * as z from 'zod/mini';
import { CALENDAR_YEAR_PATTERN } from './dates.js';
import { VISIBLE_CHAR_PATTERN } from './text.js';
import { MAX_URL_LENGTH, URL_OR_PATH_PATTERN, isHttpUrl, isUrlOrPath } from './urls.js';

export { URL_OR_PATH_PATTERN };

/**
 * Length limits of the portrait and career-path fields, in Unicode code points for texts (as written in the file,
 * before NFC; zod's `maxLength`, ajv's `maxLength` and JSON Schema's "characters" all count code points: `😀` is 1,
 * `e` + U+0301 is 2) and in items for lists.
 * Chosen to hold any real entry with room to spare while keeping one card and one dialog light to render
 * (docs/decisions/0017-field-limits-and-date-range.md); listed in the README's portrait table.
 */
export const FIELD_LIMITS = {
  /** Record ids, `personId`, start-up ghids, organisation ids, position ids. */
  id: 100,
  /** `displayName`. */
  name: 120,
  /** Titles and labels: `headline`, `administration`, `startups[].name`, position `title` and `organisationLabel`, ref labels. */
  title: 200,
  /** Short texts: `before`, `after[]`, `photoAlt`. */
  shortText: 300,
  /** `narrative`. */
  narrative: 5000,
  /** `photoUrl`, `links[]`. */
  url: MAX_URL_LENGTH,
  /** External job codes (`refs[].code`). */
  code: 50,
  /** `startups`, `after`, `links`, a position's `startupGhids`. */
  list: 20,
  /** `careerPath` (positions of one portrait) and `CareerPath.positions`. */
  positions: 50,
  /** A position's `refs`. */
  refs: 10,
  /** `competences` (RS6247 has 8). */
  competences: 8,
} as const;

/**
 * Characters a stored text may not hold (flag `u`): U+0000 and lone surrogates (`\uD800`–`\uDFFF` not part of a pair;
 * a pair such as an emoji is one code point and matches nothing here). PostgreSQL refuses both (SQLSTATE 22P05 in
 * `jsonb`, 22021 in `text`).
 */
export const UNSTORABLE_CHAR_PATTERN = /[\u0000\p{Cs}]/u;

/**
 * A display text: at least one visible character (not only spaces, zero-width spaces or other invisible
 * characters, combining marks: issue `blank`; the rule of `hasVisibleText`, src/shared/text.ts), normalised to Unicode
 * NFC (so `E` + combining acute is stored as `É`). `""` gives "texte requis". `max`, when given, is a length limit
 * in code points of the text as written, checked before NFC so that the JSON Schema's `maxLength` says the same.
 * A text holding U+0000 or a lone surrogate (half of a UTF-16 pair: not a character, no UTF-8 form) is refused first
 * (issue `unstorable_character`, {@link UNSTORABLE_CHAR_PATTERN}): PostgreSQL's `jsonb` and `text` refuse both, files
 * and terminals mangle them, and no person types them. A runtime check only (not in the generated JSON Schema).
 */
export const Text = (max?: number) => z.string().check(
  z.minLength(1, { abort: true }),
  z.refine((s: string) => !UNSTORABLE_CHAR_PATTERN.test(s), { abort: true, params: {
    code: 'unstorable_character',
    fr: 'caractère non autorisé : caractère nul (U+0000) ou demi-caractère UTF-16 isolé (texte mal copié ?)',
    en: 'character not allowed: NUL (U+0000) or a lone UTF-16 surrogate (badly copied text?)',
  } }),
  z.regex(VISIBLE_CHAR_PATTERN, { error: 'blank' }),
  ...(max === undefined ? [] : [z.maxLength(max)]),
  z.normalize('NFC'),
);
/**
 * A calendar date `YYYY-MM-DD` (validated, leap years included) within the accepted years
 * `MIN_CALENDAR_YEAR`–`MAX_CALENDAR_YEAR` (1900–2100, src/shared/dates.ts): issue `date_out_of_range` otherwise.
 */
export const CalendarDateSchema = z.iso.date({ abort: true }).check(z.regex(CALENDAR_YEAR_PATTERN, { error: 'date_out_of_range' }));
/** An instant: ISO 8601 date-time with offset (`2026-06-18T10:00:00+02:00`). */
export const InstantSchema = z.iso.datetime({ offset: true });
/**
 * An absolute http(s) URL with a host (the one rule of the schemas and the CLI), parsed with `URL`: no white space,
 * control character, backslash or user info (`isHttpUrl`, src/shared/urls.ts).
 */
export const HttpUrlSchema = z.string().check(
  z.regex(/^[hH][tT][tT][pP][sS]?:\/\/[^\s\\]+$/, { abort: true }),
  z.refine(isHttpUrl, { params: {
    code: 'invalid_format',
    fr: 'adresse http(s) attendue, avec un hôte, sans espace, « \\ » ni identifiants',
    en: 'expected an http(s) URL with a host, without spaces, "\\" or credentials',
  } }),
);
/** A stable lowercase slug id (`pitch`, `cohesion-equipe`, `p-vertical-1`). */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'slug' }));
/**
 * An http(s) URL, a root-relative path (`/photos/a.svg`) or a relative path (`data/p.json`, `./a.svg`), at most
 * 2,048 code points, checked by parsing (`isUrlOrPath`, src/shared/urls.ts): other schemes (`javascript:`, `data:`…),
 * other hosts written as paths (`//host/x`, `/\host/x`), white space, control characters and backslashes are
 * rejected (issue `url_or_path`). The JSON Schema carries the equivalent pattern.
 */
export const UrlOrPathSchema = z.string().check(
  z.minLength(1, { abort: true }),
  z.maxLength(MAX_URL_LENGTH, { abort: true }),
  z.regex(URL_OR_PATH_PATTERN, { error: 'url_or_path', abort: true }),
  z.refine((s) => isUrlOrPath(s), { params: { code: 'url_or_path' } }),
);

/**
 * The pattern of a language tag (BCP 47, the usual subset): a 2–3 letter language, then optional subtags of 2–8
 * letters or digits (`fr`, `en-GB`, `fr-CA`, `zh-Hant-TW`). Shared with the elements' `data-lang` check.
 */
export const LANG_TAG_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** A language tag (`fr`, `en-GB`), at most 35 characters. */
export const LangTagSchema = z.string().check(z.maxLength(35), z.regex(LANG_TAG_PATTERN, { error: 'lang_tag' }));
