/**
 * Crosswalks: correspondences between the competences of a framework and another scheme (e-CF codes and levels
 * of the RMFP fiche, RMFP "passerelles" jobs, ROME 4.0 codes, …), stored as data.
 *
 * A {@link CrosswalkSchema} groups rows that share a target scheme, version and source; {@link crosswalkRows}
 * flattens it so that **each row** carries its relation, target scheme and version, and source.
 * Relations read like SKOS mapping properties, from the framework's competence to the target:
 * `exact` (same thing), `broader` (the target is broader), `narrower` (the target is narrower), `related`.
 * Target codes are opaque strings: their format is not validated (domain.md §5, open question 5).
 */
import * as z from 'zod/mini';
import { Text } from '../shared/schema.js';

export const CROSSWALK_RELATIONS = ['exact', 'broader', 'narrower', 'related'] as const;
export const CrosswalkRelationSchema = z.enum(CROSSWALK_RELATIONS);
export type CrosswalkRelation = z.infer<typeof CrosswalkRelationSchema>;

/** Where a correspondence comes from: a document title, an optional URL, and a note (e.g. "our judgement"). */
export const CrosswalkSourceSchema = z.object({ title: Text(), url: z.optional(z.string().check(z.regex(/^https?:\/\//))), note: z.optional(Text()) });
export type CrosswalkSource = z.infer<typeof CrosswalkSourceSchema>;

/** The target scheme of a crosswalk: name (`e-CF`, `RMFP`, `ROME4`, …) and its version as an opaque string. */
export const CrosswalkTargetSchema = z.object({ scheme: Text(), version: Text(), title: z.optional(Text()) });

/**
 * One correspondence. `competenceId` absent = the row concerns the whole framework (e.g. a certification → a job).
 * `code` is the target's opaque code (`E.4`, `K1404`); `level` its proficiency level when the scheme has one (e-CF 1–5).
 */
export const CrosswalkRowSchema = z.object({
  competenceId: z.optional(z.string()),
  relation: CrosswalkRelationSchema,
  code: z.optional(Text()),
  label: Text(),
  level: z.optional(z.int()),
  note: z.optional(Text()),
});
export type CrosswalkRow = z.infer<typeof CrosswalkRowSchema>;

/** A set of rows towards one target scheme/version, from one source. */
export const CrosswalkSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  framework: z.object({ id: Text(), version: Text() }),
  target: CrosswalkTargetSchema,
  source: CrosswalkSourceSchema,
  rows: z.array(CrosswalkRowSchema).check(z.minLength(1)),
});
export type Crosswalk = z.infer<typeof CrosswalkSchema>;

/** A crosswalk row with everything it needs to stand alone. */
export interface QualifiedCrosswalkRow extends CrosswalkRow {
  readonly crosswalkId: string;
  readonly framework: { readonly id: string; readonly version: string };
  readonly scheme: string;
  readonly schemeVersion: string;
  readonly source: CrosswalkSource;
}

/** Flattens crosswalks into self-contained rows (relation, target scheme and version, source on each). */
export function crosswalkRows(crosswalks: readonly Crosswalk[]): QualifiedCrosswalkRow[] {
  return crosswalks.flatMap((cw) => cw.rows.map((row) => ({
    ...row, crosswalkId: cw.id, framework: cw.framework, scheme: cw.target.scheme, schemeVersion: cw.target.version, source: cw.source,
  })));
}

/**
 * Rows for one competence id (and, with `includeFramework`, the whole-framework rows too), optionally for one scheme.
 */
export function crosswalkFor(crosswalks: readonly Crosswalk[], competenceId: string, options: { scheme?: string; includeFramework?: boolean } = {}): QualifiedCrosswalkRow[] {
  return crosswalkRows(crosswalks).filter((r) =>
    (r.competenceId === competenceId || (options.includeFramework === true && r.competenceId === undefined))
    && (options.scheme === undefined || r.scheme === options.scheme));
}
