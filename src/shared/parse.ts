/**
 * The parsers that word their issues at once (`parseWith`, `parseList`), with the message catalogue
 * (issue-messages.ts). Re-exported by src/shared/issues.ts; apart from the catalogue so that the elements' on-demand
 * import of the catalogue holds only the wording (decision 0064).
 */
import type * as z from 'zod/mini';
import { describeIssue, received } from './issue-messages.js';
import type { ListResult, ParseResult, RejectedRecord } from './issues.js';

/** Parses `input` with `schema`; never throws. Issues are bilingual and name the field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data, issues: [] };
  return { ok: false, issues: r.error.issues.map((i) => describeIssue(i)) };
}

/**
 * Parses a list record by record: one bad record never hides the good ones. Input order is kept.
 * A non-array input gives zero valid records and one rejection at index -1.
 */
export function parseList<S extends z.ZodMiniType>(schema: S, input: unknown): ListResult<z.output<S>> {
  if (!Array.isArray(input)) {
    return {
      valid: [], total: 0,
      rejected: [{ index: -1, issues: [{ path: '', code: 'invalid_type', fr: `une liste est attendue, reçu ${received(input)}`, en: `expected a list, received ${received(input)}` }] }],
    };
  }
  const valid: z.output<S>[] = [];
  const rejected: RejectedRecord[] = [];
  input.forEach((record, index) => {
    const r = schema.safeParse(record, { reportInput: true });
    if (r.success) valid.push(r.data);
    else {
      const raw = record as { id?: unknown; ghid?: unknown } | null;
      const id = typeof raw?.id === 'string' ? raw.id : typeof raw?.ghid === 'string' ? raw.ghid : undefined;
      rejected.push({ index, ...(id ? { id } : {}), issues: r.error.issues.map((i) => describeIssue(i)) });
    }
  });
  return { valid, rejected, total: input.length };
}
