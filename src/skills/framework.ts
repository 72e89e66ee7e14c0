/**
 * Skill frameworks as typed, versioned data that any incubator can fill (issue 3; domain.md §1.2–1.3, §6).
 *
 * A framework file is plain JSON (JSON Schema: `dist/schemas/skill-framework.schema.json`, generated from
 * {@link SkillFrameworkSchema}). Shape, in short:
 * ```
 * { id, title{fr,en}, version (semver), sourceUrl, registry?{authority, code, url?},
 *   levelScale: {kind:"ordinal", min, max, labels?} | {kind:"outcome", values[{id,label,passing}]},
 *   groups?[{id,label}], competences[{id, label{fr,en}, description?{fr,en}, code?, group?, parentId?,
 *   deprecated?{since, reason?}, replacedBy?[id]}], history[{version, date, competenceIds[]}] (one entry for `version`),
 *   criteria?{fr,en}, achievementType?, crosswalks?[...] }
 * ```
 * Evolution rule (checked by the schema itself and by {@link checkEvolution}): a competence id that appeared in a
 * released version never disappears; to retire it, keep it in `competences` with `deprecated` and `replacedBy`
 * (its replacements, or `[]` to retire it without successor). Lookups of a deprecated id resolve to its replacement
 * and return a warning **value** ({@link findCompetence}); a retired id is found, with a warning and no replacement.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, HttpUrlSchema, Text } from '../shared/schema.js';
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

/** An absolute http(s) URL (defined in shared/schema.ts; re-exported here for existing imports). */
export { HttpUrlSchema };

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
  /**
   * Ids that replace this (deprecated) competence: several when it was split, `[]` when it is retired without
   * successor. Required on a deprecated competence that was released (listed in `history`).
   */
  replacedBy: z.optional(z.array(CompetenceIdSchema)),
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
  const groups = new Map<string, number>();
  (fw.groups ?? []).forEach((g, i) => {
    if (groups.has(g.id)) custom(ctx, ['groups', i, 'id'], g.id, 'duplicate_id', `groupe « ${g.id} » en double (déjà en position ${groups.get(g.id)})`, `duplicate group "${g.id}" (already at position ${groups.get(g.id)})`);
    else groups.set(g.id, i);
  });
  fw.competences.forEach((c, i) => {
    if (c.parentId === c.id)
      custom(ctx, ['competences', i, 'parentId'], c.parentId, 'self_reference', `« ${c.id} » est sa propre compétence parente`, `"${c.id}" is its own parent competence`);
    else if (c.parentId !== undefined && !ids.has(c.parentId))
      custom(ctx, ['competences', i, 'parentId'], c.parentId, 'unknown_id', `compétence parente « ${c.parentId} » introuvable`, `parent competence "${c.parentId}" not found`);
    else if (c.parentId !== undefined) {
      // Walk up the parents: coming back to `c` is a cycle (reported on each competence of the loop).
      const chain = [c.id];
      let p: string | undefined = c.parentId;
      while (p !== undefined && !chain.includes(p) && ids.has(p)) { chain.push(p); p = fw.competences[ids.get(p)!].parentId; }
      if (p === c.id) {
        const loop = [...chain, c.id].map((x) => `« ${x} »`).join(' → ');
        custom(ctx, ['competences', i, 'parentId'], c.parentId, 'parent_cycle', `boucle de compétences parentes : ${loop}`, `loop of parent competences: ${loop.replace(/« | »/g, '"')}`);
      }
    }
    if (c.group !== undefined && fw.groups && !groups.has(c.group))
      custom(ctx, ['competences', i, 'group'], c.group, 'unknown_id', `groupe « ${c.group} » absent de groups`, `group "${c.group}" not in groups`);
    c.replacedBy?.forEach((r, j) => {
      if (r === c.id)
        custom(ctx, ['competences', i, 'replacedBy', j], r, 'self_reference', `« ${r} » se remplace elle-même`, `"${r}" replaces itself`);
      else if (!ids.has(r))
        custom(ctx, ['competences', i, 'replacedBy', j], r, 'unknown_id', `compétence de remplacement « ${r} » introuvable`, `replacement competence "${r}" not found`);
    });
    if (c.replacedBy && !c.deprecated)
      custom(ctx, ['competences', i, 'deprecated'], undefined, 'required', 'champ requis quand replacedBy est renseigné', 'required when replacedBy is set');
    if (c.deprecated && compareSemver(c.deprecated.since, fw.version) > 0)
      custom(ctx, ['competences', i, 'deprecated', 'since'], c.deprecated.since, 'future_deprecation', `version ${c.deprecated.since} postérieure à la version du fichier ${fw.version}`, `version ${c.deprecated.since} is later than the file's version ${fw.version}`);
  });
  const needReplacement = new Map<number, string>();
  (fw.history ?? []).forEach((rel, h) => {
    if (compareSemver(rel.version, fw.version) > 0)
      custom(ctx, ['history', h, 'version'], rel.version, 'future_release', `version publiée ${rel.version} postérieure à la version du fichier ${fw.version}`, `released version ${rel.version} is later than the file's version ${fw.version}`);
    rel.competenceIds.forEach((id, k) => {
      const i = ids.get(id);
      if (i === undefined)
        custom(ctx, ['history', h, 'competenceIds', k], id, 'id_removed', `la compétence « ${id} » de la version ${rel.version} a disparu : gardez-la avec deprecated et replacedBy`, `competence "${id}" of version ${rel.version} disappeared: keep it with deprecated and replacedBy`);
      else if (fw.competences[i].deprecated && !fw.competences[i].replacedBy && !needReplacement.has(i))
        needReplacement.set(i, rel.version);
    });
  });
  // Once per competence (the first release that listed it), in file order.
  [...needReplacement].sort((a, b) => a[0] - b[0]).forEach(([i, version]) => {
    const id = fw.competences[i].id;
    custom(ctx, ['competences', i, 'replacedBy'], undefined, 'replacement_required',
      `champ requis : « ${id} » a été publiée (version ${version}) puis dépréciée ; indiquez ses remplaçantes, ou replacedBy: [] pour la retirer sans successeur`,
      `required: "${id}" was released (version ${version}) then deprecated; list its replacements, or replacedBy: [] to retire it without successor`);
  });
  // (Skipped when `version` itself is invalid: that is already reported.)
  if (SemverSchema.safeParse(fw.version).success && !(fw.history ?? []).some((rel) => rel.version === fw.version))
    custom(ctx, ['history'], fw.history, 'release_not_recorded', `aucune entrée pour la version ${fw.version} du fichier : ajoutez { "version": "${fw.version}", "date", "competenceIds" }`, `no entry for the file's version ${fw.version}: add { "version": "${fw.version}", "date", "competenceIds" }`);
  (fw.crosswalks ?? []).forEach((cw, w) => {
    if (cw.framework.id !== fw.id)
      custom(ctx, ['crosswalks', w, 'framework', 'id'], cw.framework.id, 'framework_mismatch', `le référentiel « ${cw.framework.id} » n'est pas ce fichier (« ${fw.id} »)`, `framework "${cw.framework.id}" is not this file ("${fw.id}")`);
    cw.rows.forEach((row, r) => {
      if (row.competenceId !== undefined && !ids.has(row.competenceId))
        custom(ctx, ['crosswalks', w, 'rows', r, 'competenceId'], row.competenceId, 'unknown_id', `compétence « ${row.competenceId} » introuvable`, `competence "${row.competenceId}" not found`);
    });
  });
  const scale = fw.levelScale;
  if (scale.kind === 'ordinal') {
    if (scale.max <= scale.min)
      custom(ctx, ['levelScale', 'max'], scale.max, 'too_small', `doit être > min (${scale.min})`, `must be > min (${scale.min})`);
    else scale.labels?.forEach((l, k) => {
      if (l.level < scale.min || l.level > scale.max)
        custom(ctx, ['levelScale', 'labels', k, 'level'], l.level, 'out_of_range', `niveau ${l.level} hors de l’échelle : entre ${scale.min} et ${scale.max} attendu`, `level ${l.level} outside the scale: expected between ${scale.min} and ${scale.max}`);
    });
  } else {
    const seen = new Map<string, number>();
    scale.values.forEach((v, k) => {
      if (seen.has(v.id)) custom(ctx, ['levelScale', 'values', k, 'id'], v.id, 'duplicate_id', `valeur « ${v.id} » en double (déjà en position ${seen.get(v.id)})`, `duplicate value "${v.id}" (already at position ${seen.get(v.id)})`);
      else seen.set(v.id, k);
    });
    if (!scale.values.some((v) => v.passing))
      custom(ctx, ['levelScale', 'values'], undefined, 'no_passing_value', 'aucune valeur ne vaut réussite : au moins une valeur doit avoir "passing": true', 'no value counts as a pass: at least one value needs "passing": true');
    else {
      const k = scale.values.findIndex((v, n) => v.passing && scale.values.slice(0, n).some((w) => !w.passing));
      if (k >= 0)
        custom(ctx, ['levelScale', 'values', k, 'passing'], true, 'scale_order', `valeur « ${scale.values[k].id} » qui vaut réussite après une valeur qui ne la vaut pas : listez les valeurs de la plus haute à la plus basse`, `passing value "${scale.values[k].id}" after a non-passing one: list the values from the highest to the lowest`);
    }
  }
}

/**
 * OB3 `achievementType` values (1EdTech OB 3.0 AchievementType enumeration), or an extension `ext:Name`.
 */
export const OB3_ACHIEVEMENT_TYPES = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge',
  'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency',
  'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment',
  'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate',
  'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;
export const AchievementTypeSchema = z.string().check(z.regex(new RegExp(`^(${OB3_ACHIEVEMENT_TYPES.join('|')}|ext:[A-Za-z0-9._-]+)$`)));

const FrameworkShape = z.object({
  /** Optional JSON Schema reference for editors (`…/skill-framework.schema.json`). */
  $schema: z.optional(z.string()),
  id: CompetenceIdSchema,
  title: LocalizedTextSchema,
  version: SemverSchema,
  sourceUrl: HttpUrlSchema,
  registry: z.optional(RegistryRefSchema),
  levelScale: LevelScaleSchema,
  /** How the achievement is earned, for the Open Badges export (`criteria.narrative`). */
  criteria: z.optional(LocalizedTextSchema),
  /** OB3 `achievementType` of the export (`Certification`, `Badge`, `ext:…`). Default: `Achievement` (RS6247: `Certification`). */
  achievementType: z.optional(AchievementTypeSchema),
  groups: z.optional(z.array(CompetenceGroupSchema)),
  competences: z.array(CompetenceSchema).check(z.minLength(1)),
  history: z.optional(z.array(ReleaseSchema)),
  crosswalks: z.optional(z.array(CrosswalkSchema)),
});

/** A skill framework (see the module doc for the shape and the evolution rule). */
// `/*@__PURE__*/`: a method call on a schema is not a zod builder call (rollup.config.mjs `pureZodSchemas`), so without
// the mark every bundle that imports this module for a function (`findCompetence`…) kept the whole schema.
export const SkillFrameworkSchema = /*@__PURE__*/ FrameworkShape.check(z.superRefine((fw, ctx) => frameworkRules(fw, ctx as Ctx)));
export type SkillFramework = z.infer<typeof SkillFrameworkSchema>;
/** What a framework file may contain before defaults (same as {@link SkillFramework}: no defaults). */
export type SkillFrameworkInput = z.input<typeof SkillFrameworkSchema>;

/** Validates a framework file's content. Never throws; issues are bilingual with JSON paths. */
export function parseSkillFramework(input: unknown): ParseResult<SkillFramework> {
  const r = parseWith(SkillFrameworkSchema, input);
  return r.ok ? r : { ok: false, issues: r.issues.map(explainFormat) };
}

/** Known keys, read from the schemas when first needed (not at import: a bundle that never calls it drops the schemas). */
let knownKeys: { top: Set<string>; competence: Set<string> } | undefined;

/**
 * Keys the schema does not know, at the top level and in `competences[]`: the parser ignores them (they are dropped
 * from the value), so they are often typos (`competenses`). Returned as warnings (code `unknown_key`), never errors.
 */
export function unknownFrameworkKeys(input: unknown): Issue[] {
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObj(input)) return [];
  knownKeys ??= { top: new Set(Object.keys(FrameworkShape.def.shape)), competence: new Set(Object.keys(CompetenceSchema.def.shape)) };
  const { top: TOP_KEYS, competence: COMPETENCE_KEYS } = knownKeys;
  const warn = (at: string, key: string): Issue => ({
    path: at ? `${at}.${key}` : key, code: 'unknown_key',
    fr: `${at ? `${at} : ` : ''}champ inconnu « ${key} » (ignoré)`, en: `${at ? `${at}: ` : ''}unknown field "${key}" (ignored)`,
  });
  const out = Object.keys(input).filter((k) => !TOP_KEYS.has(k)).map((k) => warn('', k));
  if (Array.isArray(input.competences))
    input.competences.forEach((c, i) => { if (isObj(c)) for (const k of Object.keys(c)) if (!COMPETENCE_KEYS.has(k)) out.push(warn(`competences[${i}]`, k)); });
  return out;
}

/** Formats of a framework file, explained (zod only says "invalid format"). */
const FORMATS: [RegExp, string, string][] = [
  [/(^|\.)(id|parentId|group)$|(competenceIds|replacedBy)\[\d+\]$/, 'identifiant en minuscules, chiffres et tirets attendu (ex. « cohesion-equipe »)', 'lowercase id with digits and hyphens expected (e.g. "cohesion-equipe")'],
  [/(^|\.)(version|since)$/, 'version semver attendue (ex. « 1.0.0 »)', 'semver version expected (e.g. "1.0.0")'],
  [/(^|\.)(sourceUrl|url)$/, 'adresse web http(s) attendue', 'http(s) URL expected'],
  [/^achievementType$/, `type OB3 attendu (${OB3_ACHIEVEMENT_TYPES.slice(0, 4).join(', ')}, …, ou « ext:MonType »)`, `OB3 type expected (${OB3_ACHIEVEMENT_TYPES.slice(0, 4).join(', ')}, …, or "ext:MyType")`],
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
 * Returns the problems (empty = safe to release); paths point into `next`. Unlike the file's own `history` check,
 * this compares two files, so it also catches an id removed from both `competences` and `history`
 * (`intras validate next.json --previous released.json`).
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
      out.push({ path: `competences[${i}].replacedBy`, code: 'replacement_required', fr: `competences[${i}].replacedBy : champ requis pour déprécier « ${c.id} » (ses remplaçantes, ou [] pour la retirer sans successeur)`, en: `competences[${i}].replacedBy: required to deprecate "${c.id}" (its replacements, or [] to retire it without successor)` });
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
    /**
     * The competence to use: the requested one, or its (first) active replacement. For an id retired without
     * successor (`replacedBy: []`), the retired competence itself (check `warning`).
     */
    readonly competence: Competence;
    /**
     * Every active competence the id resolves to: one, several when it was split, none (`[]`) when it was retired
     * without successor.
     */
    readonly competences: readonly Competence[];
    /** Set when `id` is deprecated (replaced or retired); `warning.replacedBy` is `[]` for a retired id. */
    readonly warning?: DeprecationWarning;
  }
  | { readonly found: false; readonly issue: Issue };

/**
 * Looks a competence up by id. A deprecated id resolves (transitively) to its active replacement(s), with a
 * {@link DeprecationWarning} value; an id retired without successor (`replacedBy: []`) is still `found: true`, with
 * a warning, `competence` = the retired one and `competences: []`. An unknown id gives `found: false` and a
 * bilingual issue.
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
    fr: replacedBy.length ? `la compétence « ${id} » est dépréciée depuis la version ${start.deprecated.since} ; remplacée par ${to}` : `la compétence « ${id} » est retirée depuis la version ${start.deprecated.since}, sans remplacement`,
    en: replacedBy.length ? `competence "${id}" is deprecated since version ${start.deprecated.since}; replaced by ${replacedBy.map((r) => `"${r}"`).join(', ')}` : `competence "${id}" is retired since version ${start.deprecated.since}, with no replacement`,
  };
  return { found: true, competence: resolved[0] ?? start, competences: resolved, warning };
}

/** The active (non-deprecated) competences, in file order. */
export function activeCompetences(framework: Pick<SkillFramework, 'competences'>): Competence[] {
  return framework.competences.filter((c) => !c.deprecated);
}
