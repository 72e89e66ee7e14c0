/**
 * The stable machine code of a zod issue (`required`, `invalid_type`, `invalid_value`, `invalid_date`, a named
 * pattern's own code…) and the values it allows: everything of an {@link Issue} but its wording. Apart from the
 * message catalogue (src/shared/issue-messages.ts, loaded on demand: decision 0064), so that what page code reads in
 * `intra-error`'s `detail.rejected[].issues[]` — `code`, `path`, `allowed` — never depends on whether that catalogue
 * could be downloaded; only the FR/EN sentences do. `describeIssue` takes its codes from here.
 */
import type * as z from 'zod/mini';
import type { Issue } from './issues.js';

/**
 * The named pattern checks of the schemas (`z.regex(re, { error: '<code>' })`): that code becomes the issue's `code`
 * (the catalogue words each one; its table is typed by this list, so the two cannot drift apart).
 */
export const PATTERN_CODES = ['url_or_path', 'date_out_of_range', 'record_id', 'slug', 'lang_tag'] as const;
/** One of {@link PATTERN_CODES}. */
export type PatternCode = (typeof PATTERN_CODES)[number];

/**
 * The {@link Issue.code} of a zod issue: `required` for a missing value (zod's `invalid_type` with no input, or an
 * empty text where one character at least is needed), `invalid_date` / `invalid_datetime` / `invalid_url` for those
 * formats, a pattern's own code, a custom check's `params.code`; zod's code otherwise (`too_small`, `invalid_value`…).
 * Requires the issue to carry `input` (parse with `{ reportInput: true }`) to tell a missing value from a wrong type.
 */
export function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': return (issue as { input?: unknown }).input === undefined ? 'required' : issue.code;
    case 'too_small': return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'required' : issue.code;
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime' || issue.format === 'url') return `invalid_${issue.format}`;
      if (issue.format === 'regex' && (issue.message === 'blank' || (PATTERN_CODES as readonly string[]).includes(issue.message))) return issue.message;
      return issue.code;
    case 'custom': return ((issue.params ?? {}) as { code?: string }).code ?? 'custom';
    default: return issue.code;
  }
}

/**
 * The fields of an {@link Issue} that do not depend on the catalogue: `code`, and for `invalid_value` the values
 * the schema allows as `allowed` (never the received one, safe to log).
 */
export function issueFacts(issue: z.core.$ZodIssue): Pick<Issue, 'code' | 'allowed'> {
  const code = issueCode(issue);
  return issue.code === 'invalid_value' ? { code, allowed: issue.values.map(String) } : { code };
}
