/** URL checks shared by the elements (links set by site editors through attributes or properties). */
import { URL_OR_PATH_PATTERN } from '../../src/shared/schema.js';

/**
 * True when `url` may become a link: an http(s) URL, a root-relative path (`/x`, not `//host`) or a relative path
 * — the rule of `UrlOrPathSchema` (src/shared/schema.ts), same pattern and same 2048-character limit. Anything
 * else (`javascript:`, `data:`, `vbscript:`, `//host`, blank, leading whitespace) is refused. Pure.
 */
export function isSafeHref(url: string): boolean {
  return typeof url === 'string' && url.length > 0 && url.length <= 2048 && URL_OR_PATH_PATTERN.test(url);
}
