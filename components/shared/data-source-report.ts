/**
 * The console report of rejected and trimmed records (components/shared/data-source.ts): what each rejected field
 * expects and the record's unknown field names (`unknownKeys`). Rare path: the data pipeline imports this module only
 * for a load with a rejected or trimmed record (issue 10, part 3; decision 0064), so a page of valid records never
 * downloads it.
 */
import type * as z from 'zod/mini';
import type { Issue, ListResult, RejectedRecord } from '../../src/shared/issues.js';
import { onlyRecords, unknownKeys } from '../../src/shared/unknown-keys.js';

/** What a rejected field expects, for the console: path, code and the format or allowed values (never the value). */
function issueHint(i: Issue): string {
  const head = `${i.path || '(fiche / record)'} [${i.code}]${i.source ? ` (source : « ${i.source} »)` : ''}`;
  if (i.code === 'invalid_date') return `${head} date réelle au format AAAA-MM-JJ / a real date, YYYY-MM-DD`;
  if (i.code === 'invalid_datetime') return `${head} format AAAA-MM-JJTHH:MM:SS+01:00 / YYYY-MM-DDTHH:MM:SS+01:00`;
  if (i.allowed?.length) return `${head} valeurs possibles / allowed: ${i.allowed.join(', ')}`;
  return head;
}

/** Unknown field paths (relative to the record) of the rejected and trimmed records of `result`, by record index. */
export function unknownFields<T>(schema: z.ZodMiniType | undefined, input: unknown, result: ListResult<T>): Map<number, readonly string[]> {
  const out = new Map<number, string[]>();
  const wanted = new Set([...result.rejected, ...(result.dropped ?? [])].map((r) => r.index).filter((i) => i >= 0));
  if (!schema || wanted.size === 0) return out;
  for (const issue of unknownKeys(schema, onlyRecords(input, wanted))) { // the rejected records only (issue 10: ~30 ms at 4× CPU)
    // `[3].careerPath[0].titre` or `portraits[3].nom`: the record's index, then the path inside the record.
    const m = /^(?:[A-Za-z_$][\w$]*)?\[(\d+)\]\.?(.*)$/.exec(issue.path);
    if (!m || !wanted.has(Number(m[1]))) continue;
    const index = Number(m[1]);
    out.set(index, [...(out.get(index) ?? []), m[2]]);
  }
  return out;
}

/**
 * For site editors who do not listen to events, one console warning: each rejected record by its 1-based number
 * ("fiche n° 3", as people count), the field path, the error code and what the field expects (`AAAA-MM-JJ` for a
 * date, the allowed values of an enum) and the record's unknown field names (`champ inconnu / unknown field:
 * careerPath[0].titre`, often the misspelling behind a "required" issue), then the command that prints every
 * message. Never the record's values nor its id (an id may be a person's username): the full messages are in the
 * `intra-error` event and the CLI.
 */
export function warnRejected(tag: string, rejected: readonly RejectedRecord[], title: string, unknownByIndex: ReadonlyMap<number, readonly string[]>, checkCommand: string | undefined): void {
  const records = rejected.filter((r) => r.index >= 0);
  const unknown = (index: number) => (unknownByIndex.get(index) ?? []).map((path) => `champ inconnu / unknown field: ${path}`);
  // A CSV row is named by its line in the file (`line`, 1-based, set by the job adapters), as the CLI does.
  const at = (r: RejectedRecord & { line?: number }) => (typeof r.line === 'number' ? `ligne ${r.line} / line ${r.line}` : `fiche n° ${r.index + 1} / record #${r.index + 1}`);
  const where = records.slice(0, 20).map((r) => `  ${at(r)}: ${[...r.issues.map(issueHint), ...unknown(r.index)].join(' ; ')}`);
  console.warn(`<${tag}> ${title} — détails dans l’événement intra-error / details in the intra-error event:\n${where.join('\n')}`
    + `${records.length > 20 ? `\n  … +${records.length - 20}` : ''}`
    + `\nVérifiez le fichier / check the file: ${checkCommand ?? 'npx -p @betagouv/intras intras validate <fichier.json>'}`);
}
