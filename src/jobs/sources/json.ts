/**
 * Our own JSON format of postings: an array, or `{ "postings": [...] }` (with an optional `$schema`), each record a
 * {@link JobPosting} (JSON Schema: `dist/schemas/job-postings.schema.json`).
 */
import { wordNow } from '../../shared/issue-messages.js';
import { rejectDuplicates } from '../../shared/issues.js';
import type { IssueWriter } from '../../shared/deferred-issues.js';
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
 * are rejected (`duplicate_id`). Never throws. It is {@link parseJobPostingsStepwise} run to its end.
 */
export function parseJobPostings(doc: unknown): JobImportResult {
  return parseJobPostingsWith(wordNow, doc);
}

/**
 * {@link parseJobPostings} with the issues written by `word` (`wordNow`, or `deferIssue` in `<intra-job-feed>`:
 * decision 0064). The readers' dispatch (`importJobs`) calls it with `wordNow`, so that a bundle holding the element's
 * reader does not hold the message catalogue through {@link parseJobPostings}.
 */
export function parseJobPostingsWith(word: IssueWriter, doc: unknown): JobImportResult {
  const steps = jobPostingsInSteps(doc, 0, () => true, word);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * {@link parseJobPostings} in steps, so that a caller (`<intra-job-feed>`) can show the first cards before every
 * record is validated and validate the rest in slices (issue 8, first render of 10,000 postings). Records are
 * validated once each, in input order. The generator yields:
 * - once, when `previewSize` > 0 and that many postings are valid and accepted by `shown` (e.g. open today) before the
 *   last record: a **preview**, those postings in input order (the first record of an id only), `rejected: []`,
 *   `total` = the number of records;
 * - `undefined` after each record validated (the caller may pause there);
 * and returns the same {@link JobImportResult} as {@link parseJobPostings}.
 */
export function parseJobPostingsStepwise(doc: unknown, previewSize = 0, shown: (p: JobPosting) => boolean = () => true): Generator<JobImportResult | undefined, JobImportResult, void> {
  return jobPostingsInSteps(doc, previewSize, shown, wordNow);
}

/**
 * {@link parseJobPostingsStepwise} with the issues written by `word`: `<intra-job-feed>` passes `deferIssue`
 * (src/shared/deferred-issues.ts), so that a feed of valid postings never loads the message catalogue; rejected and
 * dropped issues are placeholders until `wordDeferredIssues()` has settled (decision 0064).
 */
export function* jobPostingsInSteps(doc: unknown, previewSize: number, shown: (p: JobPosting) => boolean, word: IssueWriter): Generator<JobImportResult | undefined, JobImportResult, void> {
  const list = postingsList(doc);
  if (!list) {
    return documentError('json', { path: '', code: 'invalid_document', fr: 'document attendu : une liste d’offres ou { "postings": [...] }', en: 'expected a list of postings or { "postings": [...] }' });
  }
  const out = new ResultBuilder('json', word);
  const preview: JobPosting[] = [];
  const previewIds = new Set<string>();
  let previewing = previewSize > 0;
  for (let index = 0; index < list.length; index++) {
    const record = list[index];
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      out.reject(index, [{ path: '', code: 'invalid_type', fr: 'offre attendue (un objet)', en: 'expected a posting (an object)' }]);
    } else {
      const before = out.valid.length;
      out.add(index, record as Record<string, unknown>, new Conversion('json'));
      if (previewing && out.valid.length > before) {
        const p = out.valid[before];
        // A repeated id is rejected later (the first record of an id is kept): the preview skips it as well.
        if (!previewIds.has(p.id) && shown(p)) preview.push(p);
        previewIds.add(p.id);
        if (preview.length >= previewSize && index < list.length - 1) {
          previewing = false;
          yield { format: 'json', valid: preview, rejected: [], dropped: [], total: list.length };
        }
      }
    }
    yield undefined;
  }
  const r = out.result();
  const unique = rejectDuplicates<JobPosting>({ valid: r.valid, rejected: r.rejected, total: r.total }, (p) => p.id, (id, firstIndex) => ({
    path: 'id', code: 'duplicate_id',
    fr: `id : identifiant « ${id} » déjà utilisé par la fiche n° ${firstIndex + 1}`, en: `id: id "${id}" already used by record #${firstIndex + 1}`,
  }));
  const rejectedIdx = new Set(unique.rejected.map((x) => x.index));
  return { ...r, valid: unique.valid, rejected: unique.rejected, dropped: r.dropped.filter((d) => !rejectedIdx.has(d.index)) };
}
