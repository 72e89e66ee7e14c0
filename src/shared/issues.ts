/**
 * Validation results and bilingual (French / English) error messages.
 *
 * Invalid input is a value, not an exception (design.md §3): parsers return a {@link ParseResult};
 * list parsers keep the valid records and report each invalid one with its index, JSON path and message.
 * zod's own messages are never shown: `describeIssue` (src/shared/issue-messages.ts) maps each zod issue to a French and an English
 * sentence that names the field (`competences[3].label.fr : texte requis`). The library never calls `z.config()`.
 */

// The wording of issues (issue-messages.ts), the parsers that word at once (parse.ts: parseWith, parseList), JSON paths (issue-path.ts) and unknown fields (unknown-keys.ts) are
// modules of their own, which the elements load only when a record fails validation (decision 0064); they are
// re-exported here, so that this module stays the one to import.
export { describeIssue } from './issue-messages.js';
export { parseList, parseWith } from './parse.js';
export { formatPath } from './issue-path.js';
export { onlyRecords, unknownKeys } from './unknown-keys.js';

/** A supported UI / message language. French is the default everywhere. */
export type Lang = 'fr' | 'en';

/** One validation problem, in both languages, with the JSON path of the field (`startups[0].ghid`). */
export interface Issue {
  /** JSON path of the field, e.g. `phases[2].start`; `""` for the record itself. */
  readonly path: string;
  /** Stable machine code (`required`, `invalid_type`, `invalid_value`, `invalid_date`, `too_small`, …). */
  readonly code: string;
  /** French message, naming the field. */
  readonly fr: string;
  /** English message, naming the field. */
  readonly en: string;
  /** For `invalid_value`: the values the schema allows (never the received one), safe to log. */
  readonly allowed?: readonly string[];
  /** The field as the source file names it (a CSV column such as `Date de première publication`), safe to log. */
  readonly source?: string;
}

/** Result of parsing one value: either `ok` with the typed value, or the list of issues. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly value?: undefined; readonly issues: readonly Issue[] };

/** A record of a list that failed validation: its position in the input, its id when readable, and why. */
export interface RejectedRecord {
  /** 0-based index of the record in the input list. */
  readonly index: number;
  /** The record's `id` (or `ghid`) when the input had a string one, to help find it. */
  readonly id?: string;
  /** Every issue found in that record (paths are relative to the record). */
  readonly issues: readonly Issue[];
}

/** Result of parsing a list: the valid records (input order kept) and the rejected ones. Never throws. */
export interface ListResult<T> {
  readonly valid: T[];
  readonly rejected: RejectedRecord[];
  /** Number of records read (valid + rejected). */
  readonly total: number;
  /**
   * Records kept in `valid` after an invalid optional part was dropped (parsers that allow it, e.g. portraits):
   * input index, id and one issue per dropped part. Absent or empty when nothing was dropped.
   */
  readonly dropped?: readonly RejectedRecord[];
}

/**
 * The valid records of a {@link parseList} result with their index in the input list (parseList keeps input order,
 * so the valid records fill the indexes that were not rejected).
 */
export function withIndexes<T>(result: ListResult<T>): Array<{ readonly index: number; readonly value: T }> {
  const rejected = new Set(result.rejected.map((r) => r.index));
  const out: Array<{ index: number; value: T }> = [];
  for (let index = 0, k = 0; index < result.total && k < result.valid.length; index++) {
    if (!rejected.has(index)) out.push({ index, value: result.valid[k++] });
  }
  return out;
}

/**
 * Keeps the first record of each `key` and rejects the later ones with `issue(key, firstIndex)`; rejections stay
 * sorted by index. Used where ids must be unique (portraits' deep links, session ids).
 */
export function rejectDuplicates<T>(result: ListResult<T>, key: (record: T) => string, issue: (key: string, firstIndex: number) => Issue): ListResult<T> {
  const first = new Map<string, number>();
  const valid: T[] = [];
  const rejected = [...result.rejected];
  for (const { index, value } of withIndexes(result)) {
    const k = key(value);
    const seen = first.get(k);
    if (seen === undefined) { first.set(k, index); valid.push(value); } else rejected.push({ index, id: k, issues: [issue(k, seen)] });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { valid, rejected, total: result.total };
}

/**
 * Domain error: a snake_case `code` and a typed `info`. Thrown only for programming errors
 * (an impossible state transition, say); bad input data is reported as {@link Issue}s instead.
 */
export class DomainError<C extends string = string, I = unknown> extends Error {
  readonly code: C;
  readonly info: I;
  constructor(code: C, message: string, info: I) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.info = info;
  }
}

/** Type guard for {@link DomainError}, optionally of one `code`. */
export function isDomainError<C extends string>(e: unknown, code?: C): e is DomainError<C> {
  return e instanceof DomainError && (code === undefined || e.code === code);
}
