/**
 * Unknown fields of a document (`unknownKeys`), for warnings: its own module (re-exported by src/shared/issues.ts),
 * which the elements load only when a record was rejected or trimmed (decision 0064).
 */
import * as z from 'zod/mini';
import type { Issue } from './issues.js';

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
