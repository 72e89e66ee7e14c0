// parseJobPostingsStepwise: the first page of postings before every record is validated (<intra-job-feed>'s first
// render of large lists, issue 8), and the same result as parseJobPostings at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOpen, parseJobPostings, parseJobPostingsStepwise, type JobImportResult, type JobPosting } from '../../src/index.js';

const TODAY = '2026-10-01' as const;
/** Invented postings; every 7th closed before TODAY, record 40 invalid (no title), record 45 repeats id job-3. */
function doc(n = 60): unknown[] {
  return Array.from({ length: n }, (_, i) => (i === 40 ? { id: 'job-40', url: 'https://example.org/40' } : {
    id: i === 45 ? 'job-3' : `job-${i}`, title: `Cheffe de projet ${i}`, employer: { label: 'Direction du numérique' },
    location: { label: 'Lyon', departement: '69' }, postedAt: '2026-09-01', closesAt: i % 7 === 0 ? '2026-09-15' : '2026-12-31',
    url: `https://example.org/offre/${i}`, source: { kind: 'manual' }, status: 'published',
  }));
}
const open = (p: JobPosting) => isOpen(p, TODAY);

function run(input: unknown, size: number, shown?: (p: JobPosting) => boolean) {
  const steps = parseJobPostingsStepwise(input, size, shown);
  const previews: { at: number; value: JobImportResult }[] = [];
  let stepsSeen = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return { previews, stepsSeen, result: s.value };
    if (s.value) previews.push({ at: stepsSeen, value: s.value });
    else stepsSeen++;
  }
}

test('one preview: the first `previewSize` postings accepted by `shown`, in input order, before the rest is validated', () => {
  const { previews, stepsSeen, result } = run(doc(), 5, open);
  assert.equal(previews.length, 1);
  const [{ at, value }] = previews;
  assert.deepEqual(value.valid.map((p) => p.id), ['job-1', 'job-2', 'job-3', 'job-4', 'job-5']);
  assert.deepEqual([value.rejected, value.dropped, value.total], [[], [], 60]);
  assert.equal(at, 5, 'the preview comes after record 6 (index 5), not after the whole list');
  assert.equal(stepsSeen, 60, 'one step per record');
  assert.deepEqual(result, parseJobPostings(doc()));
});

test('the final result is parseJobPostings: a bad record late in the list and a repeated id still reported', () => {
  const { result } = run(doc(), 3, open);
  assert.deepEqual(result.rejected.map((r) => r.index), [40, 45]);
  assert.match(result.rejected[0].issues[0].fr, /title/);
  assert.equal(result.rejected[1].issues[0].code, 'duplicate_id');
  assert.equal(result.valid.length, 58);
  assert.equal(result.total, 60);
});

test('a repeated id never shows twice in the preview; no preview without a size, or when the list ends first', () => {
  const d = doc(10);
  (d[2] as { id: string }).id = 'job-1';
  const { previews } = run(d, 3);
  assert.deepEqual(previews[0].value.valid.map((p) => p.id), ['job-0', 'job-1', 'job-3']);
  assert.equal(run(doc(10), 0).previews.length, 0);
  assert.equal(run(doc(10), 10).previews.length, 0, 'the 10th posting is the last record: no preview, the result comes next');
  assert.equal(run(doc(10), 50, open).previews.length, 0);
});

test('a document of another shape: the same document error, no preview', () => {
  const { previews, result } = run({ offres: [] }, 5);
  assert.equal(previews.length, 0);
  assert.deepEqual(result, parseJobPostings({ offres: [] }));
  assert.ok(result.error);
});
