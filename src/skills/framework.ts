/**
 * Skill frameworks as typed, versioned data that any incubator can fill (issue 3; domain.md §1.2–1.3, §6).
 *
 * A framework file is plain JSON (JSON Schema: `dist/schemas/skill-framework.schema.json`, generated from
 * {@link SkillFrameworkSchema}). Shape, in short:
 * ```
 * { id, title{fr,en}, version (semver), sourceUrl, registry?{authority, code, url?},
 *   levelScale: {kind:"ordinal", min, max, labels?} | {kind:"outcome", values[{id,label,passing}]},
 *   groups?[{id,label}], competences[{id, label{fr,en}, description?{fr,en}, code?, group?, parentId?,
 *   deprecated?{since, reason?}, replacedBy?[id]}], history?[{version, date, competenceIds[]}], crosswalks?[...] }
 * ```
 * Evolution rule (checked by the schema itself and by {@link checkEvolution}): a competence id that appeared in a
 * released version never disappears; to retire it, keep it in `competences` with `deprecated` and `replacedBy`.
 * Lookups of a deprecated id resolve to its replacement and return a warning **value** ({@link findCompetence}).
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, Text } from '../shared/schema.js';
import { parseWith, type Issue, type ParseResult } from '../shared/issues.js';
import { CrosswalkSchema } from './crosswalk.js';

/** A text in French (required, the reference wording) and English (required, our translation). */
export const LocalizedTextSchema = z.object({ fr: Text(), en: Text() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A stable competence id: lowercase letters, digits and single hyphens (`pitch`, `cohesion-equipe`). */
export const CompetenceIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
export type CompetenceId = z.infer<typeof CompetenceIdSchema>;

/** A semantic version `MAJOR.MINOR.PATCH` (optional pre-release / build suffix), e.g. `1.0.0`. */
export const SemverSchema = z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/));

/** An absolute http(s) URL. */
export const HttpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s]+$/));

/**
 * Ordinal level scale, like the e-CF proficiency levels 1–5: integers `min`…`max`, optional label per level.
 */
export const OrdinalScaleSchema = z.object({
  kind: z.literal('ordinal'),
  min: z.int().check(z.gte(0)),
  max: z.int().check(z.gte(1)),
  labels: z.optional(z.array(z.object({ level: z.int(), label: LocalizedTextSchema }))),
});
/**
 * Outcome scale, like the RS6247 jury outcomes: named values (`acquise`, `a_consolider`, `non_acquise`);
 * `passing` tells whether the value counts as the competence being held.
 */
export const OutcomeScaleSchema = z.object({
  kind: z.literal('outcome'),
  values: z.array(z.object({ id: z.string().check(z.regex(/^[a-z0-9_-]+$/)), label: LocalizedTextSchema, passing: z.boolean() })).check(z.minLength(2)),
});
export const LevelScaleSchema = z.discriminatedUnion('kind', [OrdinalScaleSchema, OutcomeScaleSchema]);
export type LevelScale = z.infer<typeof LevelScaleSchema>;

/** Where the framework is registered (France compétences RS6247, RMFP, …). `code` is opaque. */
export const RegistryRefSchema = z.object({ authority: Text(), code: Text(), url: z.optional(HttpUrlSchema) });
export type RegistryRef = z.infer<typeof RegistryRefSchema>;

/** Deprecation of a competence: the framework `since` version (semver) and an optional reason. */
export const DeprecationSchema = z.object({ since: SemverSchema, reason: z.optional(LocalizedTextSchema) });

/** One competence of a framework. `id` is stable forever; `code` is the registry's own code when there is one. */
export const CompetenceSchema = z.object({
  id: CompetenceIdSchema,
  code: z.optional(Text()),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  group: z.optional(CompetenceIdSchema),
  parentId: z.optional(CompetenceIdSchema),
  deprecated: z.optional(DeprecationSchema),
  /** Ids that replace this (deprecated) competence; several when it was split. */
  replacedBy: z.optional(z.array(CompetenceIdSchema).check(z.minLength(1))),
});
export type Competence = z.infer<typeof CompetenceSchema>;

/** A group of competences (optional structure for display). */
export const CompetenceGroupSchema = z.object({ id: CompetenceIdSchema, label: LocalizedTextSchema });

/** A released version of the framework and the competence ids it contained (the evolution record). */
export const ReleaseSchema = z.object({ version: SemverSchema, date: CalendarDateSchema, competenceIds: z.array(CompetenceIdSchema).check(z.minLength(1)) });
export type Release = z.infer<typeof ReleaseSchema>;

type Ctx = { issues: unknown[] };
function custom(ctx: Ctx, path: PropertyKey[], input: unknown, code: string, fr: string, en: string): void {
  ctx.issues.push({ code: 'custom', path, input, message: en, params: { code, fr, en } });
}

/** Cross-field rules of a framework file, each reported at the JSON path of the offending field. */
function frameworkRules(fw: z.output<typeof FrameworkShape>, ctx: Ctx): void {
  const ids = new Map<string, number>();
  fw.competences.forEach((c, i) => {
    if (ids.has(c.id)) custom(ctx, ['competences', i, 'id'], c.id, 'duplicate_id', `identifiant « ${c.id} » en double (déjà en position ${ids.get(c.id)})`, `duplicate id "${c.id}" (already at position ${ids.get(c.id)})`);
    else ids.set(c.id, i);
  });
  const groups = new Set((fw.groups ?? []).map((g) => g.id));
  fw.competences.forEach((c, i) => {
    if (c.parentId !== undefined && (!ids.has(c.parentId) || c.parentId === c.id))
      custom(ctx, ['competences', i, 'parentId'], c.parentId, 'unknown_id', `compétence parente « ${c.parentId} » introuvable`, `parent competence "${c.parentId}" not found`);
    if (c.group !== undefined && fw.groups && !groups.has(c.group))
      custom(ctx, ['competences', i, 'group'], c.group, 'unknown_id', `groupe « ${c.group} » absent de groups`, `group "${c.group}" not in groups`);
    c.replacedBy?.forEach((r, j) => {
      if (!ids.has(r) || r === c.id)
        custom(ctx, ['competences', i, 'replacedBy', j], r, 'unknown_id', `compétence de remplacement « ${r} » introuvable`, `replacement competence "${r}" not found`);
    });
    if (c.replacedBy && !c.deprecated)
      custom(ctx, ['competences', i, 'deprecated'], undefined, 'required', 'champ requis quand replacedBy est renseigné', 'required when replacedBy is set');
  });
  (fw.history ?? []).forEach((rel, h) => {
    if (compareSemver(rel.version, fw.version) > 0)
      custom(ctx, ['history', h, 'version'], rel.version, 'future_release', `version publiée ${rel.version} postérieure à la version du fichier ${fw.version}`, `released version ${rel.version} is later than the file's version ${fw.version}`);
    rel.competenceIds.forEach((id, k) => {
      const i = ids.get(id);
      if (i === undefined)
        custom(ctx, ['history', h, 'competenceIds', k], id, 'id_removed', `la compétence « ${id} » de la version ${rel.version} a disparu : gardez-la avec deprecated et replacedBy`, `competence "${id}" of version ${rel.version} disappeared: keep it with deprecated and replacedBy`);
      else if (fw.competences[i].deprecated && !fw.competences[i].replacedBy)
        custom(ctx, ['competences', i, 'replacedBy'], undefined, 'replacement_required', `champ requis : « ${id} » a été publiée (version ${rel.version}) puis dépréciée`, `required: "${id}" was released (version ${rel.version}) then deprecated`);
    });
  });
  (fw.crosswalks ?? []).forEach((cw, w) => {
    if (cw.framework.id !== fw.id)
      custom(ctx, ['crosswalks', w, 'framework', 'id'], cw.framework.id, 'framework_mismatch', `le référentiel « ${cw.framework.id} » n'est pas ce fichier (« ${fw.id} »)`, `framework "${cw.framework.id}" is not this file ("${fw.id}")`);
    cw.rows.forEach((row, r) => {
      if (row.competenceId !== undefined && !ids.has(row.competenceId))
        custom(ctx, ['crosswalks', w, 'rows', r, 'competenceId'], row.competenceId, 'unknown_id', `compétence « ${row.competenceId} » introuvable`, `competence "${row.competenceId}" not found`);
    });
  });
  if (fw.levelScale.kind === 'ordinal' && fw.levelScale.max <= fw.levelScale.min)
    custom(ctx, ['levelScale', 'max'], fw.levelScale.max, 'too_small', `doit être > min (${fw.levelScale.min})`, `must be > min (${fw.levelScale.min})`);
}

const FrameworkShape = z.object({
  /** Optional JSON Schema reference for editors (`…/skill-framework.schema.json`). */
  $schema: z.optional(z.string()),
  id: CompetenceIdSchema,
  title: LocalizedTextSchema,
  version: SemverSchema,
  sourceUrl: HttpUrlSchema,
  registry: z.optional(RegistryRefSchema),
  levelScale: LevelScaleSchema,
  groups: z.optional(z.array(CompetenceGroupSchema)),
  competences: z.array(CompetenceSchema).check(z.minLength(1)),
  history: z.optional(z.array(ReleaseSchema)),
  crosswalks: z.optional(z.array(CrosswalkSchema)),
});

/** A skill framework (see the module doc for the shape and the evolution rule). */
export const SkillFrameworkSchema = FrameworkShape.check(z.superRefine((fw, ctx) => frameworkRules(fw, ctx as Ctx)));
export type SkillFramework = z.infer<typeof SkillFrameworkSchema>;
/** What a framework file may contain before defaults (same as {@link SkillFramework}: no defaults). */
export type SkillFrameworkInput = z.input<typeof SkillFrameworkSchema>;

/** Validates a framework file's content. Never throws; issues are bilingual with JSON paths. */
export function parseSkillFramework(input: unknown): ParseResult<SkillFramework> {
  const r = parseWith(SkillFrameworkSchema, input);
  return r.ok ? r : { ok: false, issues: r.issues.map(explainFormat) };
}

/** Formats of a framework file, explained (zod only says "invalid format"). */
const FORMATS: [RegExp, string, string][] = [
  [/(^|\.)(id|parentId|group)$|(competenceIds|replacedBy)\[\d+\]$/, 'identifiant en minuscules, chiffres et tirets attendu (ex. « cohesion-equipe »)', 'lowercase id with digits and hyphens expected (e.g. "cohesion-equipe")'],
  [/(^|\.)(version|since)$/, 'version semver attendue (ex. « 1.0.0 »)', 'semver version expected (e.g. "1.0.0")'],
  [/(^|\.)(sourceUrl|url)$/, 'adresse web http(s) attendue', 'http(s) URL expected'],
];
function explainFormat(issue: Issue): Issue {
  if (issue.code !== 'invalid_format') return issue;
  const hit = FORMATS.find(([re]) => re.test(issue.path));
  if (!hit) return issue;
  const got = /« (.*) »$/.exec(issue.fr)?.[1];
  return { ...issue, fr: `${issue.path} : ${hit[1]}${got === undefined ? '' : `, reçu « ${got} »`}`, en: `${issue.path}: ${hit[2]}${got === undefined ? '' : `, received "${got}"`}` };
}

/** Compares two semver strings by MAJOR.MINOR.PATCH (−1, 0, 1); a pre-release sorts before its release. */
export function compareSemver(a: string, b: string): number {
  const split = (v: string) => { const [core, pre] = v.split('+')[0].split(/-(.*)/s); return { n: core.split('.').map(Number), pre }; };
  const x = split(a), y = split(b);
  for (let i = 0; i < 3; i++) if (x.n[i] !== y.n[i]) return x.n[i] < y.n[i] ? -1 : 1;
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * The evolution guarantee between a released framework and its next version: every competence id of `previous`
 * is still in `next`, and when `next` deprecates it, it says by what (`replacedBy`). Also checks the version grows.
 * Returns the problems (empty = safe to release); paths point into `next`.
 */
export function checkEvolution(previous: SkillFramework, next: SkillFramework): Issue[] {
  const out: Issue[] = [];
  if (previous.id !== next.id)
    out.push({ path: 'id', code: 'framework_mismatch', fr: `id : « ${next.id} » n'est pas le référentiel « ${previous.id} »`, en: `id: "${next.id}" is not framework "${previous.id}"` });
  if (compareSemver(next.version, previous.version) <= 0)
    out.push({ path: 'version', code: 'version_not_increased', fr: `version : ${next.version} doit être postérieure à ${previous.version}`, en: `version: ${next.version} must be later than ${previous.version}` });
  const index = new Map(next.competences.map((c, i) => [c.id, i]));
  for (const c of previous.competences) {
    const i = index.get(c.id);
    if (i === undefined) {
      out.push({ path: 'competences', code: 'id_removed', fr: `competences : la compétence « ${c.id} » (version ${previous.version}) a disparu sans replacedBy`, en: `competences: competence "${c.id}" (version ${previous.version}) disappeared without replacedBy` });
    } else if (next.competences[i].deprecated && !next.competences[i].replacedBy) {
      out.push({ path: `competences[${i}].replacedBy`, code: 'replacement_required', fr: `competences[${i}].replacedBy : champ requis pour déprécier « ${c.id} »`, en: `competences[${i}].replacedBy: required to deprecate "${c.id}"` });
    }
  }
  return out;
}

/** Warning value returned when a lookup used a deprecated id (never printed by the library). */
export interface DeprecationWarning {
  readonly code: 'deprecated_id';
  /** The id that was asked for. */
  readonly deprecatedId: string;
  /** Framework version since which it is deprecated. */
  readonly since: string;
  /** Active ids it resolved to (empty when deprecated without replacement). */
  readonly replacedBy: readonly string[];
  readonly fr: string;
  readonly en: string;
}

/** Result of {@link findCompetence}. */
export type CompetenceLookup =
  | {
    readonly found: true;
    /** The competence to use: the requested one, or its (first) active replacement. */
    readonly competence: Competence;
    /** Every active competence the id resolves to (one, or several when it was split). */
    readonly competences: readonly Competence[];
    readonly warning?: DeprecationWarning;
  }
  | { readonly found: false; readonly issue: Issue };

/**
 * Looks a competence up by id. A deprecated id resolves (transitively) to its active replacement(s), with a
 * {@link DeprecationWarning} value; an unknown id gives `found: false` and a bilingual issue.
 */
export function findCompetence(framework: Pick<SkillFramework, 'competences' | 'id'>, id: string): CompetenceLookup {
  const byId = new Map(framework.competences.map((c) => [c.id, c]));
  const start = byId.get(id);
  if (!start)
    return { found: false, issue: { path: '', code: 'unknown_id', fr: `compétence « ${id} » inconnue dans le référentiel « ${framework.id} »`, en: `unknown competence "${id}" in framework "${framework.id}"` } };
  if (!start.deprecated) return { found: true, competence: start, competences: [start] };
  const resolved: Competence[] = [];
  const seen = new Set<string>();
  const walk = (c: Competence): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    if (!c.deprecated) { resolved.push(c); return; }
    for (const r of c.replacedBy ?? []) { const next = byId.get(r); if (next) walk(next); }
  };
  walk(start);
  const replacedBy = resolved.map((c) => c.id);
  const to = replacedBy.length ? replacedBy.map((r) => `« ${r} »`).join(', ') : '';
  const warning: DeprecationWarning = {
    code: 'deprecated_id', deprecatedId: id, since: start.deprecated.since, replacedBy,
    fr: replacedBy.length ? `la compétence « ${id} » est dépréciée depuis la version ${start.deprecated.since} ; remplacée par ${to}` : `la compétence « ${id} » est dépréciée depuis la version ${start.deprecated.since}, sans remplacement`,
    en: replacedBy.length ? `competence "${id}" is deprecated since version ${start.deprecated.since}; replaced by ${replacedBy.map((r) => `"${r}"`).join(', ')}` : `competence "${id}" is deprecated since version ${start.deprecated.since}, with no replacement`,
  };
  return { found: true, competence: resolved[0] ?? start, competences: resolved.length ? resolved : [start], warning };
}

/** The active (non-deprecated) competences, in file order. */
export function activeCompetences(framework: Pick<SkillFramework, 'competences'>): Competence[] {
  return framework.competences.filter((c) => !c.deprecated);
}
