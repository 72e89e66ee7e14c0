/** Small zod/mini building blocks shared by every domain schema. */
import * as z from 'zod/mini';

/** Non-empty trimmed-agnostic text (`""` is rejected with "texte requis"). */
export const Text = () => z.string().check(z.minLength(1));
/** A calendar date `YYYY-MM-DD` (validated, leap years included). */
export const CalendarDateSchema = z.iso.date();
/** An instant: ISO 8601 date-time with offset (`2026-06-18T10:00:00+02:00`). */
export const InstantSchema = z.iso.datetime({ offset: true });
/** An absolute http(s) URL: `http://` or `https://` then no whitespace (the one rule of the schemas and the CLI). */
export const HttpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s]+$/));
/** A stable lowercase slug id (`pitch`, `cohesion-equipe`, `p-vertical-1`). */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'slug' }));
/**
 * The pattern of {@link UrlOrPathSchema}, shared with the elements' link checks (`components/shared/urls.ts`):
 * an http(s) URL with a host, a root-relative path (`/x`, not `//host`) or a relative path starting with a word
 * character, `.`, `~`, `%` or `-`; no whitespace anywhere. Any other scheme (`javascript:`, `data:`, `vbscript:`…)
 * and protocol-relative URLs are rejected. Case-insensitive. Length limits are checked by the schema, not here.
 */
export const URL_OR_PATH_PATTERN = /^(?:https?:\/\/[^\s/]+|\/(?!\/)|(?![a-z][a-z0-9+.-]*:)[\w.~%-])[^\s]*$/i;
/**
 * An http(s) URL, a root-relative path (`/photos/a.svg`) or a relative path (`data/p.json`, `./a.svg`).
 * Other schemes (`javascript:`, `data:`…) and protocol-relative URLs (`//host/x`) are rejected.
 */
export const UrlOrPathSchema = z.string().check(
  z.minLength(1),
  z.maxLength(2048),
  z.regex(URL_OR_PATH_PATTERN, { error: 'url_or_path' }),
);

/**
 * The pattern of a language tag (BCP 47, the usual subset): a 2–3 letter language, then optional subtags of 2–8
 * letters or digits (`fr`, `en-GB`, `fr-CA`, `zh-Hant-TW`). Shared with the elements' `data-lang` check.
 */
export const LANG_TAG_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** A language tag (`fr`, `en-GB`), at most 35 characters. */
export const LangTagSchema = z.string().check(z.maxLength(35), z.regex(LANG_TAG_PATTERN, { error: 'lang_tag' }));
