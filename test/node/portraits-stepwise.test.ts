/**
 * Issue 10 (gallery first render): `parsePortraitsStepwise` yields a preview of the first displayable portraits before
 * validating the rest. The preview must be exactly the start of the final displayable list (consent gate, repeated
 * ids: first valid record kept, consent withdrawal wins), and the final result that of `parsePortraits`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePortraits, parsePortraitsStepwise, isPublishable, type Portrait } from '../../src/index.js';

const base = {
  displayName: 'Élodie Marchal', headline: 'Responsable de portefeuille', category: 'passeur',
  before: 'Juriste', startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Coach'],
  narrative: 'Récit.', consent: { given: true, at: '2025-01-10' }, status: 'published',
};

/** A small deterministic generator (no Math.random: failures must replay). */
function lcg(seed: number) { let s = seed; return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31; }

function list(seed: number, n: number): unknown[] {
  const rnd = lcg(seed);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const id = `p-${Math.floor(rnd() * n * 0.7)}`; // ~30 % repeated ids
    const r = rnd();
    if (r < 0.08) out.push({ ...base, id, status: 'draft' });
    else if (r < 0.14) out.push({ ...base, id, consent: { given: false } });
    else if (r < 0.2) out.push({ ...base, id, category: 'nope' }); // invalid
    else if (r < 0.24) out.push({ ...base, id, status: 'draft', category: 'nope' }); // invalid, withdraws
    else if (r < 0.27) out.push({ ...base, id, photoUrl: 'javascript:x', photoAlt: 'x' }); // dropped part
    else if (r < 0.29) out.push(null);
    else out.push({ ...base, id });
  }
  return out;
}

function run(input: unknown, previewSize: number): { preview?: Portrait[]; result: ReturnType<typeof parsePortraits>; steps: number } {
  const g = parsePortraitsStepwise(input, previewSize);
  let preview: Portrait[] | undefined;
  let steps = 0;
  for (;;) {
    const s = g.next();
    if (s.done) return { preview, result: s.value, steps };
    if (s.value) { assert.equal(preview, undefined, 'one preview only'); preview = s.value.valid; }
    steps++;
  }
}

describe('parsePortraitsStepwise (issue 10, gallery first render)', () => {
  for (let seed = 1; seed <= 40; seed++) {
    test(`seed ${seed}: the preview is the start of the final displayable list; the result equals parsePortraits`, () => {
      const input = list(seed, 120);
      const size = 1 + (seed % 30);
      const { preview, result } = run({ portraits: input }, size);
      assert.deepEqual(result, parsePortraits(input));
      const published = result.valid.filter(isPublishable);
      if (published.length === 0) { assert.equal(preview, undefined); return; }
      assert.ok(preview, 'a preview when something is displayable');
      assert.ok(preview.length <= size);
      assert.deepEqual(preview, published.slice(0, preview.length));
      // Short only when the whole list is displayable in fewer cards than asked.
      if (preview.length < size) assert.equal(preview.length, published.length);
    });
  }

  test('consent withdrawal late in the list hides the person from the preview too', () => {
    const input = [{ ...base, id: 'a' }, { ...base, id: 'b' }, ...Array.from({ length: 50 }, (_, i) => ({ ...base, id: `x-${i}` })), { ...base, id: 'a', consent: { given: false } }];
    const { preview, result } = run(input, 3);
    assert.deepEqual(preview!.map((p) => p.id), ['b', 'x-0', 'x-1']);
    assert.equal(result.rejected.find((r) => r.index === 0)?.issues[0].code, 'consent_withdrawn');
  });

  test('no preview when not asked; one step per record after the preview', () => {
    const input = list(7, 60);
    assert.equal(run(input, 0).preview, undefined);
    assert.equal(run(input, 0).steps, 60);
    assert.equal(run('nope', 5).result.rejected[0].index, -1);
  });
});
