/**
 * Our own JSON format of postings: an array, or `{ "postings": [...] }` (with an optional `$schema`), each record a
 * {@link JobPosting} (JSON Schema: `dist/schemas/job-postings.schema.json`).
 */
import { rejectDuplicates } from '../../shared/issues.js';
import type { JobPosting } from '../posting.js';
import { ResultBuilder, Conversion, documentError, type JobImportResult } from './common.js';

/** The list of records of our JSON document, or `undefined` when `doc` has another shape. */
export function postingsList(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  const d = doc as { postings?: unknown } | null;
  return d && typeof d === 'object' && Array.isArray(d.postings) ? d.postings : undefined;
}

/**
 * Validates a postings document record by record: invalid records are rejected (0-based index, id, bilingual issues
 * naming the field), an invalid optional part is dropped and reported in `dropped`, later records repeating an id
 * are rejected (`duplicate_id`). Never throws.
 */
export function parseJobPostings(doc: unknown): JobImportResult {
  const list = postingsList(doc);
  if (!list) {
    return documentError('json', { path: '', code: 'invalid_document', fr: 'document attendu : une liste d’offres ou { "postings": [...] }', en: 'expected a list of postings or { "postings": [...] }' });
  }
  const out = new ResultBuilder('json');
  list.forEach((record, index) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      out.reject(index, [{ path: '', code: 'invalid_type', fr: 'offre attendue (un objet)', en: 'expected a posting (an object)' }]);
    } else out.add(index, record as Record<string, unknown>, new Conversion('json'));
  });
  const r = out.result();
  const unique = rejectDuplicates<JobPosting>({ valid: r.valid, rejected: r.rejected, total: r.total }, (p) => p.id, (id, firstIndex) => ({
    path: 'id', code: 'duplicate_id',
    fr: `id : identifiant « ${id} » déjà utilisé par la fiche n° ${firstIndex + 1}`, en: `id: id "${id}" already used by record #${firstIndex + 1}`,
  }));
  const rejectedIdx = new Set(unique.rejected.map((x) => x.index));
  return { ...r, valid: unique.valid, rejected: unique.rejected, dropped: r.dropped.filter((d) => !rejectedIdx.has(d.index)) };
}
