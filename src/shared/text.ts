/**
 * Text helpers shared by search, facets and (later) job matching: one folding function, one "blank" rule.
 * Pure, no DOM. Decision: docs/decisions/0016-text-folding-and-display-texts.md.
 */

/** Apostrophe-like characters folded to the ASCII apostrophe `'` (iOS and Word type `’`). */
const APOSTROPHES = /[\u2019\u2018\u201B\u02BC\u02BB\u02BD\u0060\u00B4\u2032\u2035\uFF07\u02B9\u02C8]/g;
/** Double-quote-like characters folded to `"` (`« » “ ” „ ‟ ‹ ›`, full-width and primes). */
const QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\u2033\u2036\u301D\u301E\uFF02]/g;
/** Hyphens and dashes folded to `-` (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012–U+2015 dashes, minus signs). */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
/**
 * Invisible characters removed before folding: soft hyphen, zero-width space / joiners, word joiner, BOM, bidi and
 * other format controls (Unicode category Cf), variation selectors.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g;
/** Letters that Unicode does not decompose but that read as a base letter plus a mark, or a ligature. */
const LETTERS: Readonly<Record<string, string>> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ħ: 'h', ı: 'i', þ: 'th', ŀ: 'l',
};
const LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Folds a text for matching: two texts that a reader would call "the same words" fold to the same string.
 *
 * In order: apostrophes (`’ ‘ ʼ \` ´ ＇`) → `'`; double quotes (`« » “ ” „ ‹ ›`) → `"`; hyphens and dashes
 * (U+2010–U+2015, minus) → `-`; invisible characters (zero-width space, soft hyphen, joiners, BOM) removed;
 * compatibility decomposition NFKD (ligatures `ﬁ ﬂ` → `fi fl`, full-width `ＡＢＣ` → `abc`, superscripts,
 * non-breaking and thin spaces U+00A0, U+202F, U+2009… → space); lower case; combining marks removed (accents:
 * `É` → `e`); `œ æ ß ø ł đ` → `oe ae ss o l d`; every run of white space → one space; trimmed.
 *
 * Used by the portrait search and facets (`filterPortraits`, `portraitFacetValues`); the same function must fold
 * both sides of any comparison. Examples: `foldText("d’État")` → `"d'etat"`, `foldText("Straße")` → `"strasse"`,
 * `foldText("«\u00a0ﬁn\u202f»")` → `"\" fin \""`.
 * @param text any string (not a string: `String(text)` is folded).
 * @returns the folded text (may be `""`).
 */
export function foldText(text: string): string {
  return String(text)
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(LETTERS_RE, (c) => LETTERS[c])
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pattern of a visible character: anything but white space (JavaScript `\s`, which includes U+00A0, U+2000–U+200A,
 * U+202F, U+3000, U+FEFF) and the invisible format characters above, Hangul fillers and the blank Braille pattern.
 * A display text must contain at least one (`TextSchema`); written without the `u` flag so the same source works as
 * a JSON Schema `pattern`.
 */
export const VISIBLE_CHAR_PATTERN = /[^\s\u0000-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

/** True when `text` has at least one visible character (not only spaces, zero-width spaces or other invisible ones). */
export function hasVisibleText(text: string): boolean {
  return typeof text === 'string' && VISIBLE_CHAR_PATTERN.test(text);
}
