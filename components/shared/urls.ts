/** URL checks shared by the elements (links set by site editors through attributes or properties). */
import { isUrlOrPath } from '../../src/shared/urls.js';

/**
 * True when `url` may become a link: the rule of `UrlOrPathSchema` (`isUrlOrPath`, src/shared/urls.ts), parsed with
 * `URL` against the page's address: an http(s) URL with a host, or a path that stays on the page's origin. Anything
 * else (`javascript:`, `JAVASCRIPT:`, `java\tscript:`, `data:`, `vbscript:`, `//host`, `/\host`, backslashes, blank,
 * white space, control characters, more than 2,048 characters) is refused. Pure apart from reading `document.baseURI`.
 */
export function isSafeHref(url: string): boolean {
  return isUrlOrPath(url, typeof document === 'undefined' ? undefined : document.baseURI);
}
