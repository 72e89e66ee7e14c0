/**
 * Text helpers shared by search, facets and (later) job matching: one folding function, one "blank" rule.
 * Pure, no DOM. Decision: docs/decisions/0016-text-folding-and-display-texts.md.
 */

/**
 * Apostrophe-like characters folded to the ASCII apostrophe `'` (iOS and Word type `’`; also `‚ ‛`, the modifier
 * letters `ʼ ʻ ʽ ʹ ˈ`, the saltillo `ꞌ`, the Armenian apostrophe `՚`, primes).
 */
const APOSTROPHES = /[\u2019\u2018\u201A\u201B\u02BC\u02BB\u02BD\u0060\u00B4\u2032\u2035\uFF07\u02B9\u02C8\uA78B\uA78C\u055A\u055B\u05F3]/g;
/**
 * Double-quote-like characters folded to `"` (`« » “ ” „ ‟ ‹ ›`, CJK corner brackets `「 」 『 』`, full-width and
 * primes).
 */
const QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\u2033\u2036\u301D\u301E\u301F\uFF02\u300C-\u300F\uFE41-\uFE44\uFF62\uFF63\u05F4]/g;
/**
 * Hyphens and dashes folded to `-`: U+2010 hyphen, U+2011 non-breaking hyphen, U+2012–U+2015 dashes, minus signs,
 * two- and three-em dashes U+2E3A/U+2E3B, double oblique hyphen U+2E17, hyphen with diaeresis U+2E1A, double hyphen
 * U+2E40, Armenian and Hebrew hyphens, the Katakana-Hiragana double hyphen U+30A0, vertical dashes U+FE31/U+FE32.
 */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2E3A\u2E3B\u2E17\u2E1A\u2E40\u2E5D\u058A\u05BE\u1400\u1806\u30A0\uFE31\uFE32]/g;

/**
 * Characters that take no room on screen (the one list, source form of a `u` character class): Unicode
 * Default_Ignorable_Code_Point (soft hyphen, zero-width space and joiners, bidi controls, variation selectors and their
 * supplement U+E0100–U+E01EF, tag characters U+E0000–U+E007F, invisible musical symbols U+1D173–U+1D17A, Hangul
 * fillers…), every format character (category Cf: U+2062 invisible times, U+0600 Arabic number sign…) and the object
 * replacement character U+FFFC (a placeholder, not text). {@link foldText} removes them; a text made only of them,
 * of {@link BLANK_LOOKING} characters, white space, controls and combining marks is blank ({@link hasVisibleText}).
 */
const ZERO_WIDTH_CLASS = String.raw`\p{Default_Ignorable_Code_Point}\p{Cf}\uFFFC`;
/**
 * Characters that draw nothing but take the room of a letter: Hangul fillers U+115F, U+1160, U+3164, U+FFA0 and the
 * blank Braille pattern U+2800. {@link foldText} turns them into a space (they read as one).
 */
const BLANK_LOOKING_CLASS = String.raw`\u115F\u1160\u3164\uFFA0\u2800`;
const BLANK_LOOKING = new RegExp(`[${BLANK_LOOKING_CLASS}\\u0085]`, 'gu');
/** Zero-width characters, controls that are not white space, and lone surrogates: removed by {@link foldText}. */
const INVISIBLE = new RegExp(String.raw`[${ZERO_WIDTH_CLASS}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\p{Cs}]`, 'gu');
/** Letters that Unicode does not decompose but that read as a base letter plus a mark, or a ligature. */
const LETTERS: Readonly<Record<string, string>> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ħ: 'h', ı: 'i', þ: 'th', ŀ: 'l', ς: 'σ',
};
const LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Folds a text for matching: two texts that a reader would call "the same words" fold to the same string.
 *
 * In order: blank-looking characters (Hangul fillers, blank Braille) → space; zero-width and format characters (the
 * list of the blank-text rule: zero-width space, soft hyphen, joiners, BOM, bidi controls, tag characters, variation
 * selectors, U+FFFC) and controls removed; apostrophes (`’ ‘ ‚ ʼ ꞌ ՚ \` ´ ＇`) → `'`; double quotes
 * (`« » “ ” „ ‹ › 「 」`) → `"`; hyphens and dashes (U+2010–U+2015, minus, `⸺ ⸻ ⸗ ゠ ︱`) → `-`;
 * compatibility decomposition NFKD (ligatures `ﬁ ﬂ` → `fi fl`, full-width `ＡＢＣ` → `abc`, superscripts,
 * non-breaking and thin spaces U+00A0, U+202F, U+2009… → space); lower case; combining marks removed (accents:
 * `É` → `e`); `œ æ ß ø ł đ` → `oe ae ss o l d`, Greek final sigma `ς` → `σ`; every run of white space → one space; trimmed.
 *
 * Used by the portrait search and facets (`filterPortraits`, `portraitFacetValues`); the same function must fold
 * both sides of any comparison. Examples: `foldText("d’État")` → `"d'etat"`, `foldText("Straße")` → `"strasse"`,
 * `foldText("«\u00a0ﬁn\u202f»")` → `"\" fin \""`.
 * @param text any string (not a string: `String(text)` is folded).
 * @returns the folded text (may be `""`).
 */
export function foldText(text: string): string {
  return String(text)
    .replace(BLANK_LOOKING, ' ')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .normalize('NFKD')
    // NFKD makes some: `ŉ` → `ʼn`, `﹁` → `「`.
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(LETTERS_RE, (c) => LETTERS[c])
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pattern of a visible character (flag `u`): anything but white space (JavaScript `\s`), controls (Cc), lone
 * surrogates, combining marks (category M: a text of marks only has nothing to sit on), the zero-width and format
 * characters and the blank-looking ones listed above (the same list {@link foldText} removes). A display text must
 * contain at least one (`TextSchema`). The JSON Schema carries the same set written out as ranges
 * ({@link visibleCharJsonPattern}). Decision: docs/decisions/0016-text-folding-and-display-texts.md.
 */
export const VISIBLE_CHAR_PATTERN = new RegExp(String.raw`[^\s\p{Cc}\p{Cs}\p{M}${ZERO_WIDTH_CLASS}${BLANK_LOOKING_CLASS}]`, 'u');

/** True when `text` has at least one visible character (not only spaces, zero-width spaces or other invisible ones). */
export function hasVisibleText(text: string): boolean {
  return typeof text === 'string' && VISIBLE_CHAR_PATTERN.test(text);
}

let jsonPattern: string | undefined;
const hex = (unit: number) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
/** A code point as JSON Schema regex escapes: `\uXXXX`, or a surrogate pair `\uD834\uDD73` (one code point in Unicode mode). */
const escapeCodePoint = (cp: number) => String.fromCodePoint(cp).split('').map((unit) => hex(unit.charCodeAt(0))).join('');

/**
 * {@link VISIBLE_CHAR_PATTERN} for the JSON Schema (`dist/schemas`): the same set of code points, written as one
 * negated class of `\uXXXX` ranges (no `\p{…}`, which many validators lack), computed from the runtime pattern so
 * the two cannot drift. Astral ranges are written as surrogate pairs, which ECMA-262 reads as code points in Unicode
 * mode: the pattern is meant for validators that use the `u` flag, as ajv does by default (`unicodeRegExp: true`).
 * Computed on first call (≈0.1 s: every code point is tested), then cached.
 */
export function visibleCharJsonPattern(): string {
  if (jsonPattern !== undefined) return jsonPattern;
  const ranges: string[] = [];
  let from = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const invisible = cp <= 0x10FFFF && !VISIBLE_CHAR_PATTERN.test(String.fromCodePoint(cp));
    if (invisible && from < 0) from = cp;
    else if (!invisible && from >= 0) {
      const to = cp - 1;
      ranges.push(from === to ? escapeCodePoint(from) : `${escapeCodePoint(from)}-${escapeCodePoint(to)}`);
      from = -1;
    }
  }
  jsonPattern = `[^${ranges.join('')}]`;
  return jsonPattern;
}
