/**
 * Which strings may become a link or an image address (`UrlOrPathSchema`, `isSafeHref` of the elements, the CLI).
 * Parsed with the WHATWG `URL` parser, the one browsers use, rather than pattern-matched: browsers read `\` as `/`,
 * drop tabs and new lines inside a scheme (`java\tscript:`) and ignore case, so a pattern that looks right
 * (`no //host`) lets `/\evil.example/x.png` through. Decision: docs/decisions/0018-urls-parsed-not-matched.md.
 */

/** Base used to resolve relative values in pure domain code (no page): a reserved, never-resolved origin. */
export const DUMMY_BASE_URL = 'https://intras.invalid/';
/** Longest accepted URL or path, in UTF-16 code units. */
export const MAX_URL_LENGTH = 2048;

/** ASCII control characters, white space (tab, new line, NBSP…) and backslashes: refused anywhere in a URL or path. */
const FORBIDDEN = /[\s\u0000-\u001F\u007F-\u009F\\]/;
/** A scheme at the start (`https:`, `javascript:`, `c:`): the value is absolute. */
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * JSON Schema `pattern` form of {@link isUrlOrPath} (case-insensitive without flags): an http(s) URL with a host and no
 * user info, a root-relative path (`/x`, not `//host` nor `/\host`) or a relative path that does not start with a
 * scheme; no white space, control character nor backslash anywhere. The runtime check parses the value as well.
 */
export const URL_OR_PATH_PATTERN = /^(?:[hH][tT][tT][pP][sS]?:\/\/(?:\[[0-9a-fA-F:.]+\]|[^\s\u0000-\u001F\u007F-\u009F\\/?#@\[\]:]+)(?::[0-9]*)?(?:[/?#][^\s\u0000-\u001F\u007F-\u009F\\]*)?|(?:\/(?![/\\])|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\s\u0000-\u001F\u007F-\u009F\\/])[^\s\u0000-\u001F\u007F-\u009F\\]*)$/;

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
 * than {@link MAX_URL_LENGTH} characters; not a string. `%5C` stays a harmless encoded byte in a path. Pure.
 * @param base the page address in a browser (`document.baseURI`); default {@link DUMMY_BASE_URL}. A base that is not
 *   http(s) (`about:blank`, `file:`) is replaced by the dummy one.
 */
export function isUrlOrPath(value: unknown, base?: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH || FORBIDDEN.test(value)) return false;
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
