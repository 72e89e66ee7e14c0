/**
 * Adapters for the public beta.gouv.fr API v2.7 (`https://beta.gouv.fr/api/v2.7/…`, OpenAPI `api/swagger.json`,
 * betagouv/beta.gouv.fr Liquid templates) → the library's typed model.
 *
 * Faithful to the real quirks (domain.md §3, shared/data/README.md):
 * - `startups.json` is JSON:API-like (`data[].attributes`, `relationships.incubators`, `included[]`);
 *   a missing phase `end` is the **empty string** `""` there (absent in `incubators.json`): both become `undefined`.
 * - Strings went through Liquid `| escape`: `&#39;`, `&amp;`, `&#x2F;`… are decoded.
 * - `link` may carry trailing spaces: trimmed. Empty optional strings become `undefined`.
 * - Phase names are the 8 espace-membre codes; an unknown one rejects that record only.
 * - Incubators may be hidden (`sgmas`: listed in `incubators.json` without `title`, absent from `included`).
 * Every adapter is a list parser: each record is validated on its own, bad ones are reported with index and reason.
 */
import * as z from 'zod/mini';
import { PhaseNameSchema, StartupEventNameSchema, type Startup, type Phase } from '../startups/startup.js';
import type { Organisation, Incubator } from '../organisations/organisation.js';
import { DomaineSchema, MissionStatusSchema, type Domaine, type Mission } from '../members/member.js';
import { parseList, withIndexes, type ListResult, type Issue } from '../shared/issues.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references that Liquid's `escape` (and the source files) produce. */
export function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** `""` / whitespace-only → `undefined`; otherwise decoded and trimmed. */
function opt(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = decodeHtmlEntities(s).trim();
  return t === '' ? undefined : t;
}

const ApiDate = z.iso.date();
/** A v2.7 date that may be `""` (missing), as the startups.json template prints it. */
const ApiOptionalDate = z.optional(z.union([z.literal(''), ApiDate, z.null()]));

const ApiPhaseSchema = z.object({ name: PhaseNameSchema, start: ApiDate, end: ApiOptionalDate, comment: z.optional(z.string()) });
const ApiEventSchema = z.object({ name: StartupEventNameSchema, date: ApiDate, comment: z.optional(z.string()) });
const ApiRef = z.object({ type: z.string(), id: z.string() });

/** One record of `startups.json` `data[]` (JSON:API-like resource object of type `startup`). */
export const ApiStartupRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.literal('startup'),
  attributes: z.object({
    name: z.string().check(z.minLength(1)),
    pitch: z.optional(z.string()),
    link: z.optional(z.string()),
    repository: z.optional(z.string()),
    stats_url: z.optional(z.string()),
    events: z.optional(z.array(ApiEventSchema)),
    phases: z.array(ApiPhaseSchema),
    sponsors: z.optional(z.array(z.string())),
    thematiques: z.optional(z.array(z.string())),
  }),
  relationships: z.optional(z.object({
    incubator: z.optional(z.object({ data: z.nullable(ApiRef) })),
    incubators: z.optional(z.object({ data: z.array(ApiRef) })),
  })),
});
export type ApiStartupRecord = z.infer<typeof ApiStartupRecordSchema>;

function toPhase(p: z.infer<typeof ApiPhaseSchema>): Phase {
  const end = p.end ? p.end : undefined;
  const comment = opt(p.comment);
  return { name: p.name, start: p.start, ...(end ? { end } : {}), ...(comment ? { comment } : {}) };
}

/** Maps one validated v2.7 start-up record to a {@link Startup}. */
export function startupFromApi(r: ApiStartupRecord): Startup {
  const a = r.attributes;
  const rel = r.relationships;
  const incubatorIds = rel?.incubators?.data.length
    ? rel.incubators.data.map((d) => d.id)
    : rel?.incubator?.data ? [rel.incubator.data.id] : [];
  const link = opt(a.link);
  const repository = opt(a.repository);
  return {
    ghid: r.id,
    name: decodeHtmlEntities(a.name),
    pitch: decodeHtmlEntities(a.pitch ?? ''),
    incubatorIds,
    sponsorIds: a.sponsors ?? [],
    phases: a.phases.map(toPhase),
    events: (a.events ?? []).map((e) => ({ name: e.name, date: e.date, ...(opt(e.comment) ? { comment: opt(e.comment) } : {}) })),
    thematiques: a.thematiques ?? [],
    ...(link ? { link } : {}),
    ...(repository ? { repository } : {}),
  };
}

/** Result of {@link parseApiStartups}: start-ups, the incubators of `included[]`, and what could not be read. */
export interface ApiStartupsResult extends ListResult<Startup> {
  /** Incubators from `included[]` (id → title). Hidden incubators referenced by start-ups are not there. */
  readonly incubatorTitles: ReadonlyMap<string, string>;
  /** Incubator ids referenced by start-ups but absent from `included[]` (e.g. the hidden `sgmas`). */
  readonly unresolvedIncubators: readonly string[];
}

function documentIssue(fr: string, en: string): Issue {
  return { path: '', code: 'invalid_document', fr, en };
}

/**
 * Parses `GET /api/v2.7/startups.json` (`{ links, data: [...], included: [...] }`). Never throws:
 * each `data[]` record is validated on its own, the invalid ones are listed in `rejected` with their index and issues.
 */
export function parseApiStartups(doc: unknown): ApiStartupsResult {
  const data = (doc as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) {
    return { valid: [], total: 0, incubatorTitles: new Map(), unresolvedIncubators: [],
      rejected: [{ index: -1, issues: [documentIssue('document startups.json attendu : { "data": [...] }', 'expected a startups.json document: { "data": [...] }')] }] };
  }
  const list = parseList(ApiStartupRecordSchema, data);
  const valid = list.valid.map(startupFromApi);
  const titles = new Map<string, string>();
  const included = (doc as { included?: unknown }).included;
  if (Array.isArray(included)) {
    for (const inc of included) {
      const i = inc as { id?: unknown; type?: unknown; attributes?: { title?: unknown } };
      if (i?.type === 'incubator' && typeof i.id === 'string') titles.set(i.id, typeof i.attributes?.title === 'string' ? decodeHtmlEntities(i.attributes.title) : i.id);
    }
  }
  const unresolved = new Set<string>();
  for (const s of valid) for (const id of s.incubatorIds) if (!titles.has(id)) unresolved.add(id);
  return { ...list, valid, incubatorTitles: titles, unresolvedIncubators: [...unresolved].sort() };
}

/** One record of `organisations.json`. */
export const ApiOrganisationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  acronym: z.optional(z.string()),
  domaine_ministeriel: z.optional(z.string()),
  type: z.optional(z.string()),
});

/** Parses `GET /api/v2.7/organisations.json` (an array). Entities decoded, `""` acronyms dropped. */
export function parseApiOrganisations(doc: unknown): ListResult<Organisation> {
  const list = parseList(ApiOrganisationSchema, doc);
  return {
    ...list,
    valid: list.valid.map((o) => {
      const acronym = opt(o.acronym); const dm = opt(o.domaine_ministeriel); const type = opt(o.type);
      return { id: o.id, name: decodeHtmlEntities(o.name), ...(acronym ? { acronym } : {}), ...(dm ? { domaineMinisteriel: dm } : {}), ...(type ? { type } : {}) };
    }),
  };
}

/** One value of `incubators.json` (object keyed by incubator id). */
export const ApiIncubatorSchema = z.object({
  title: z.optional(z.string()),
  owner: z.optional(z.nullable(z.string())),
  website: z.optional(z.nullable(z.string())),
  github: z.optional(z.nullable(z.string())),
  /** Absent for an incubator without products (`menj` in the snapshot). */
  startups: z.optional(z.array(z.object({ id: z.string(), name: z.optional(z.string()), phases: z.optional(z.array(ApiPhaseSchema)) }))),
});

/**
 * Parses `GET /api/v2.7/incubators.json` (an object keyed by incubator id). An incubator without `title` is
 * `hidden` (e.g. `sgmas`). Rejections carry the incubator id and its position among the keys.
 */
export function parseApiIncubators(doc: unknown): ListResult<Incubator> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return { valid: [], total: 0, rejected: [{ index: -1, issues: [documentIssue('document incubators.json attendu : un objet { "<id>": {...} }', 'expected an incubators.json document: an object { "<id>": {...} }')] }] };
  }
  const entries = Object.entries(doc as Record<string, unknown>);
  const list = parseList(ApiIncubatorSchema, entries.map(([, v]) => v));
  const valid: Incubator[] = withIndexes(list).map(({ index, value: v }) => {
    const title = opt(v.title);
    return {
      id: entries[index][0], hidden: title === undefined,
      ...(title ? { title } : {}),
      ...(v.website != null ? { website: opt(v.website) ?? null } : {}),
      ...(v.github != null ? { github: opt(v.github) ?? null } : {}),
      ...(opt(v.owner ?? undefined) ? { owner: opt(v.owner ?? undefined) } : {}),
      startupGhids: (v.startups ?? []).map((s) => s.id),
    };
  });
  return { ...list, valid, rejected: list.rejected.map((r) => ({ ...r, id: entries[r.index]?.[0] })) };
}

/** One mission of `authors.json` (`end` may be `""` or absent when ongoing; `startups` may be absent). */
const ApiMissionSchema = z.object({
  start: ApiDate,
  end: ApiOptionalDate,
  status: z.optional(z.union([MissionStatusSchema, z.literal('')])),
  employer: z.optional(z.nullable(z.string())),
  startups: z.optional(z.array(z.string())),
});

/** One record of `GET /api/v2.7/authors.json` (a plain array of members). */
export const ApiAuthorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  fullname: z.string().check(z.minLength(1)),
  role: z.optional(z.string()),
  domaine: DomaineSchema,
  link: z.optional(z.nullable(z.string())),
  missions: z.array(ApiMissionSchema),
  competences: z.optional(z.array(z.string())),
  startups: z.optional(z.array(z.string())),
  previously: z.optional(z.array(z.string())),
});

/**
 * A member as the public API gives it: espace-membre username (`id`), name, role, `Domaine`, missions (dates
 * `YYYY-MM-DD`, `end` absent = ongoing) with their start-up ghids. Usable as the `member` of
 * `situationFromBetaGouv` (eligibility). Personal data: keep it out of logs and URLs.
 */
export interface ApiAuthor {
  readonly username: string;
  readonly fullname: string;
  readonly role: string;
  readonly domaine: Domaine;
  readonly missions: Mission[];
  readonly competences: string[];
  readonly startups: string[];
  readonly previously: string[];
}

/**
 * Parses `GET /api/v2.7/authors.json` (an array). Never throws; each member is validated on its own. A mission
 * `end` of `""` becomes absent (ongoing); a mission without `startups` falls back to the member's `startups` when the
 * member has exactly one mission (the site's own rule for old files), else `[]`. An end before the start rejects
 * that member with the path `missions[i].end`.
 */
export function parseApiAuthors(doc: unknown): ListResult<ApiAuthor> {
  const list = parseList(ApiAuthorSchema, doc);
  const valid: ApiAuthor[] = [];
  const rejected = [...list.rejected];
  for (const { index, value: a } of withIndexes(list)) {
    const bad = a.missions.findIndex((m) => m.end && m.end < m.start);
    if (bad >= 0) {
      rejected.push({ index, id: a.id, issues: [{ path: `missions[${bad}].end`, code: 'end_before_start',
        fr: `missions[${bad}].end : la fin précède le début de la mission`, en: `missions[${bad}].end: the mission ends before it starts` }] });
      continue;
    }
    valid.push({
      username: a.id,
      fullname: decodeHtmlEntities(a.fullname),
      role: decodeHtmlEntities(a.role ?? ''),
      domaine: a.domaine,
      missions: a.missions.map((m) => ({
        start: m.start,
        ...(m.end ? { end: m.end } : {}),
        ...(m.status ? { status: m.status } : {}),
        ...(opt(m.employer ?? undefined) ? { employer: opt(m.employer ?? undefined) } : {}),
        startups: m.startups ?? (a.missions.length === 1 ? a.startups ?? [] : []),
      })),
      competences: a.competences ?? [],
      startups: a.startups ?? [],
      previously: a.previously ?? [],
    });
  }
  rejected.sort((x, y) => x.index - y.index);
  return { valid, rejected, total: list.total };
}
