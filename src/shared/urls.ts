/**
 * Which strings may become a link or an image address (`UrlOrPathSchema`, `isSafeHref` of the elements, the CLI).
 * Parsed with the WHATWG `URL` parser, the one browsers use, rather than pattern-matched: browsers read `\` as `/`,
 * drop tabs and new lines inside a scheme (`java\tscript:`) and ignore case, so a pattern that looks right
 * (`no //host`) lets `/\evil.example/x.png` through. Decision: docs/decisions/0018-urls-parsed-not-matched.md.
 */

/** Base used to resolve relative values in pure domain code (no page): a reserved, never-resolved origin. */
export const DUMMY_BASE_URL = 'https://intras.invalid/';
/** Longest accepted URL or path, in Unicode code points (the unit of every text limit: decision 0017). */
export const MAX_URL_LENGTH = 2048;

/** Number of Unicode code points of `s` (a lone surrogate counts as one). */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** ASCII control characters, white space (tab, new line, NBSP…) and backslashes: refused anywhere in a URL or path. */
const FORBIDDEN = /[\s\u0000-\u001F\u007F-\u009F\\]/;
/** A scheme at the start (`https:`, `javascript:`, `c:`): the value is absolute. */
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

const H = '[0-9a-fA-F]{1,4}';
const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const V4 = `${V4_PART}(?:\\.${V4_PART}){3}`;
/** `a` groups of hex digits joined by `:` (`a` ≥ 1), or nothing. */
const groups = (a: number) => (a === 0 ? '' : a === 1 ? H : `${H}(?::${H}){${a - 1}}`);
/**
 * An IPv6 address as the WHATWG URL parser accepts it inside `[…]`: eight groups, or fewer around one `::`, the last
 * two groups possibly an IPv4 address without leading zeros (`::ffff:192.0.2.1`).
 */
const IPV6 = [
  `(?:${H}:){7}${H}`, `(?:${H}:){6}${V4}`,
  ...Array.from({ length: 8 }, (_, a) => `${groups(a)}::${a === 7 ? '' : `(?:${H}(?::${H}){0,${6 - a}})?`}`),
  ...Array.from({ length: 6 }, (_, a) => `${groups(a)}::(?:${H}:){0,${5 - a}}${V4}`),
].join('|');
/** A port as the URL parser accepts it: empty, or 0–65535 (leading zeros allowed). */
const PORT = '(?::(?:0*(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4}))?)?';
/**
 * The characters of a host name as written: not the URL parser's forbidden host code points (white space, `# / : < > ?
 * @ [ \ ] ^ |`), no control character, and no `%` (percent-encoding in a host name is refused, decoded or not).
 */
const HOST = '[^\\s\\u0000-\\u001F\\u007F-\\u009F\\\\/?#@\\[\\]:%<>^|]+';
const NO_SPACE = '[^\\s\\u0000-\\u001F\\u007F-\\u009F\\\\]';

/**
 * JSON Schema `pattern` form of {@link isUrlOrPath} (case-insensitive without flags): an http(s) URL with a host and no
 * user info, a root-relative path (`/x`, not `//host` nor `/\host`) or a relative path that does not start with a
 * scheme; no white space, control character nor backslash anywhere. The host is a valid IPv6 literal or a name
 * without forbidden characters nor `%`; a port is at most 65535. The runtime applies this pattern, then parses the
 * value with `URL` (what only parsing can tell, such as an invalid international name: decision 0018).
 */
export const URL_OR_PATH_PATTERN = new RegExp(`^(?:[hH][tT][tT][pP][sS]?://(?:\\[(?:${IPV6})\\]|${HOST})${PORT}(?:[/?#]${NO_SPACE}*)?`
  + `|(?:/(?![/\\\\])|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\\s\\u0000-\\u001F\\u007F-\\u009F\\\\/])${NO_SPACE}*)$`);

function safeBase(base: string | undefined): URL {
  try {
    const url = new URL(base ?? DUMMY_BASE_URL);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch { /* fall through */ }
  return new URL(DUMMY_BASE_URL);
}

/**
 * True when `value` may be used as a link or image address:
 * - an absolute `http://` or `https://` URL with a host and without user info (`https://a@evil.example` is refused);
 * - or a relative value (`/photos/a.svg`, `data/p.json`, `./a.svg`, `?q=1`) that, resolved against `base`, stays on
 *   `base`'s origin (`//evil.example/x`, `///evil.example` are refused).
 * Refused anywhere: white space, control characters (a tab inside `java\tscript:`), backslashes (`/\evil.example`,
 * read as `//evil.example` by browsers); any other scheme (`javascript:`, `JAVASCRIPT:`, `data:`, `mailto:`); more
 * than {@link MAX_URL_LENGTH} code points; not a string; what {@link URL_OR_PATH_PATTERN} refuses (a port over 65535,
 * a host with `%`, `<`, `^`…, an invalid IPv6 literal). `%5C` stays a harmless encoded byte in a path. Pure.
 * @param base the page address in a browser (`document.baseURI`); default {@link DUMMY_BASE_URL}. A base that is not
 *   http(s) (`about:blank`, `file:`) is replaced by the dummy one.
 */
export function isUrlOrPath(value: unknown, base?: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || FORBIDDEN.test(value) || codePoints(value) > MAX_URL_LENGTH) return false;
  if (!URL_OR_PATH_PATTERN.test(value)) return false;
  let url: URL;
  if (SCHEME.test(value)) {
    try { url = new URL(value); } catch { return false; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    // `http:/x`, `https:x` and `https:///x` parse (the parser mends the slashes): require `//` then the host, as written.
    if (value.slice(url.protocol.length, url.protocol.length + 2) !== '//' || value[url.protocol.length + 2] === '/') return false;
    return url.hostname !== '' && url.username === '' && url.password === '';
  }
  const origin = safeBase(base);
  try { url = new URL(value, origin); } catch { return false; }
  return url.origin === origin.origin && url.username === '' && url.password === '';
}

/**
 * True when `value` is an absolute `http://` or `https://` URL with a host, parsed like {@link isUrlOrPath}
 * (no white space, control character, backslash or user info). Pure.
 */
export function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && SCHEME.test(value) && isUrlOrPath(value);
}
