/**
 * Validation results and bilingual (French / English) error messages.
 *
 * Invalid input is a value, not an exception (design.md §3): parsers return a {@link ParseResult};
 * list parsers keep the valid records and report each invalid one with its index, JSON path and message.
 * zod's own messages are never shown: {@link describeIssue} maps each zod issue to a French and an English
 * sentence that names the field (`competences[3].label.fr : texte requis`). The library never calls `z.config()`.
 */
import * as z from 'zod/mini';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, impossibleDate } from './dates.js';

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

/** Formats a zod path as a JSON path: `["competences", 3, "label", "fr"]` → `competences[3].label.fr`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_FR: Record<string, string> = {
  string: 'un texte', number: 'un nombre', int: 'un entier', boolean: 'un booléen (true / false)',
  array: 'une liste', object: 'un objet', date: 'une date', null: 'null',
};
const TYPE_EN: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean (true / false)',
  array: 'a list', object: 'an object', date: 'a date', null: 'null',
};

/**
 * Messages of the named pattern checks (`z.regex(re, { error: '<code>' })` in the schemas): the code becomes the
 * issue's `code` and these sentences its French and English text.
 */
const REGEX_MESSAGES: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  url_or_path: {
    fr: 'adresse http(s) ou chemin du site attendu (pas de « javascript: », « data: », « //hôte », « \\ », d’espace ni de caractère de contrôle)',
    en: 'expected an http(s) URL or a site path (no "javascript:", "data:", "//host", "\\", spaces or control characters)',
  },
  date_out_of_range: {
    fr: `date hors de la plage acceptée (années ${MIN_CALENDAR_YEAR} à ${MAX_CALENDAR_YEAR}, format AAAA-MM-JJ)`,
    en: `date outside the accepted range (years ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}, YYYY-MM-DD)`,
  },
  record_id: { fr: 'identifiant attendu : lettres, chiffres, « - » et « _ »', en: 'expected an id: letters, digits, "-" and "_"' },
  slug: { fr: 'identifiant en minuscules attendu (lettres, chiffres, « . », « - », « _ »)', en: 'expected a lowercase id (letters, digits, ".", "-", "_")' },
  lang_tag: { fr: 'code de langue attendu (« fr », « en », « fr-CA »…)', en: 'expected a language tag ("fr", "en", "fr-CA"…)' },
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Turns one zod issue into a bilingual {@link Issue}. `prefix` is prepended to the path (a list's index).
 * Requires the issue to carry `input` (parse with `{ reportInput: true }`) for the "received" part.
 */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Issue {
  const path = formatPath([...prefix, ...issue.path]);
  const at = (fr: string, en: string, code: string): Issue => ({
    path, code,
    fr: path ? `${path} : ${fr}` : fr,
    en: path ? `${path}: ${en}` : en,
  });
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return at('champ requis', 'required field', 'required');
      const exp = String(issue.expected);
      return at(`type attendu : ${TYPE_FR[exp] ?? exp}, reçu ${received(input)}`,
        `expected ${TYPE_EN[exp] ?? exp}, received ${received(input)}`, 'invalid_type');
    }
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return at('texte requis', 'text required', 'required');
      if (issue.origin === 'array')
        return at(`au moins ${issue.minimum} élément(s) requis`, `at least ${issue.minimum} item(s) required`, 'too_small');
      if (issue.origin === 'string')
        return at(`au moins ${issue.minimum} caractères`, `at least ${issue.minimum} characters`, 'too_small');
      return at(`doit être ≥ ${issue.minimum}`, `must be ≥ ${issue.minimum}`, 'too_small');
    }
    case 'too_big': {
      if (issue.origin === 'string')
        return at(`au plus ${issue.maximum} caractères`, `at most ${issue.maximum} characters`, 'too_big');
      if (issue.origin === 'array')
        return at(`au plus ${issue.maximum} élément(s)`, `at most ${issue.maximum} item(s)`, 'too_big');
      return at(`doit être ≤ ${issue.maximum}`, `must be ≤ ${issue.maximum}`, 'too_big');
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => shown(v)).join(', ');
      const got = input === undefined ? '' : ` « ${shown(input)} »`;
      return { ...at(`valeur inattendue${got} ; valeurs possibles : ${allowed}`,
        `unexpected value${input === undefined ? '' : ` "${shown(input)}"`}; allowed: ${allowed}`, 'invalid_value'), allowed: issue.values.map(String) };
    }
    case 'invalid_format': {
      if (issue.format === 'date') {
        // Well formed but not in the calendar (`2026-02-30`): say which day does not exist, not "expected format".
        const impossible = impossibleDate(input);
        if (impossible) return at(impossible.fr, impossible.en, 'invalid_date');
        return at(`date attendue au format AAAA-MM-JJ, reçu « ${shown(input)} »`,
          `expected a date as YYYY-MM-DD, received "${shown(input)}"`, 'invalid_date');
      }
      if (issue.format === 'datetime')
        return at(`date et heure ISO 8601 attendues, reçu « ${shown(input)} »`,
          `expected an ISO 8601 date-time, received "${shown(input)}"`, 'invalid_datetime');
      if (issue.format === 'url')
        return at(`adresse web (URL) invalide « ${shown(input)} »`, `invalid URL "${shown(input)}"`, 'invalid_url');
      if (issue.format === 'regex') {
        // The value of a blank text is invisible: name the problem, not the value.
        if (issue.message === 'blank')
          return at('texte vide : seulement des espaces ou des caractères invisibles', 'blank text: only spaces or invisible characters', 'blank');
        const known = REGEX_MESSAGES[issue.message];
        if (known) return at(`${known.fr}, reçu « ${shown(input)} »`, `${known.en}, received "${shown(input)}"`, issue.message);
        return at(`format invalide « ${shown(input)} »`, `invalid format "${shown(input)}"`, 'invalid_format');
      }
      return at(`format ${issue.format} invalide`, `invalid ${issue.format} format`, 'invalid_format');
    }
    case 'unrecognized_keys':
      return at(`champ(s) inconnu(s) : ${issue.keys.join(', ')}`, `unknown field(s): ${issue.keys.join(', ')}`, 'unrecognized_keys');
    case 'invalid_union':
      return at('aucune des formes attendues ne correspond', 'matches none of the expected shapes', 'invalid_union');
    case 'custom': {
      const params = (issue.params ?? {}) as { fr?: string; en?: string; code?: string };
      // A parsing check that refines a named pattern (`url_or_path`) words its issue like the pattern does.
      const known = params.code && !params.fr ? REGEX_MESSAGES[params.code] : undefined;
      if (known) return at(`${known.fr}, reçu « ${shown(input)} »`, `${known.en}, received "${shown(input)}"`, params.code!);
      return at(params.fr ?? issue.message, params.en ?? issue.message, params.code ?? 'custom');
    }
    default:
      return at('valeur invalide', 'invalid value', issue.code);
  }
}

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

/**
 * A shallow copy of a list document that keeps only the records at `indexes` (0-based) and puts `null` in place of
 * the others, indexes unchanged; the document is an array of records or an object whose array properties hold them
 * (other values and `input` itself untouched). For {@link unknownKeys} on a few rejected records of a large document:
 * the same paths, without parsing every valid record again through the document's union (issue 10, demo page:
 * ~30 ms at 4× CPU for 49 portraits; test/node/unknown-keys-records.test.ts).
 */
export function onlyRecords(input: unknown, indexes: ReadonlySet<number>): unknown {
  const keep = (list: readonly unknown[]) => list.map((x, i) => (indexes.has(i) ? x : null));
  if (Array.isArray(input)) return keep(input);
  if (typeof input !== 'object' || input === null) return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? keep(v) : v]));
}

/**
 * Fields of `input` that `schema` does not know, as warnings (`code: "unknown_key"`): zod objects drop them
 * silently, so a misspelt optional field (`"photo"` for `photoUrl`) would go unnoticed. Walks objects, arrays,
 * records, optional / nullable wrappers and checks at every depth; through a union, walks the one option the input
 * matches (by parsing, then by array / object shape), none when that is ambiguous. Keys are looked up as own
 * properties only, so keys named like `Object.prototype` members (`constructor`, `toString`, `__proto__`, which
 * `JSON.parse` keeps as an own key) are unknown keys like any other. `prefix` is the JSON path of `input`.
 */
export function unknownKeys(schema: z.ZodMiniType, input: unknown, prefix = ''): Issue[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  switch (def.type) {
    case 'optional': case 'nullable': case 'nonoptional': case 'default': case 'prefault': case 'readonly': case 'catch':
      return unknownKeys(def.innerType as z.ZodMiniType, input, prefix);
    case 'pipe':
      return unknownKeys(def.in as z.ZodMiniType, input, prefix);
    case 'array':
      return Array.isArray(input) ? input.flatMap((x, i) => unknownKeys(def.element as z.ZodMiniType, x, `${prefix}[${i}]`)) : [];
    case 'record':
      return isObject(input) ? Object.entries(input).flatMap(([key, value]) => unknownKeys(def.valueType as z.ZodMiniType, value, at(key))) : [];
    case 'union': {
      const options = def.options as z.ZodMiniType[];
      const parsing = options.filter((o) => z.safeParse(o, input).success);
      const container = (o: z.ZodMiniType): string => {
        const d = (o as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
        return d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly' ? container(d.innerType as z.ZodMiniType)
          : d.type === 'pipe' ? container(d.in as z.ZodMiniType) : d.type;
      };
      const shaped = options.filter((o) => container(o) === (Array.isArray(input) ? 'array' : isObject(input) ? 'object' : ''));
      const only = parsing.length === 1 ? parsing[0] : parsing.length === 0 && shaped.length === 1 ? shaped[0] : undefined;
      return only ? unknownKeys(only, input, prefix) : [];
    }
    case 'object': {
      if (!isObject(input)) return [];
      const shape = def.shape as Record<string, z.ZodMiniType>;
      const out: Issue[] = [];
      for (const [key, value] of Object.entries(input)) {
        if (!Object.hasOwn(shape, key)) {
          out.push({ path: at(key), code: 'unknown_key', fr: `${prefix ? `${prefix} : ` : ''}champ inconnu « ${key} » (ignoré)`, en: `${prefix ? `${prefix}: ` : ''}unknown field "${key}" (ignored)` });
        } else out.push(...unknownKeys(shape[key], value, at(key)));
      }
      return out;
    }
    default:
      return [];
  }
}

