// isApplicationError: a runtime guard AND a type-level test (this file must type-check: `npx tsc -p tsconfig.json`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  APPLICATION_ERROR_CODES, DomainError, isApplicationError, parseCertificationApplication, recordLetter, transition,
  type ApplicationError, type ApplicationStatus, type DossierItemKind,
} from '../../src/index.js';

const submitted = parseCertificationApplication(JSON.parse(readFileSync(new URL('../fixtures/certification/application-submitted.json', import.meta.url), 'utf8'))).value!;
const caught = (f: () => unknown): unknown => { try { f(); } catch (e) { return e; } return undefined; };

test('isApplicationError(e, code) narrows info to that code’s shape', () => {
  const e = caught(() => transition({ ...submitted, dossier: [] }, 'complete', '2026-11-20'));
  assert.ok(isApplicationError(e, 'dossier_incomplete'));
  const missing: readonly DossierItemKind[] = e.info.missing; // typed, no cast
  assert.equal(missing.length, 6);
  assert.equal(isApplicationError(e, 'invalid_transition'), false);
  // @ts-expect-error: misspelled code
  assert.equal(isApplicationError(e, 'dossier_incomplet'), false);
});

test('isApplicationError(e) without code: the union, discriminated by code', () => {
  const e = caught(() => transition(submitted, 'laureat', '2026-11-20'));
  assert.ok(isApplicationError(e));
  if (e.code === 'invalid_transition') {
    const from: ApplicationStatus = e.info.from;
    const allowed: readonly ApplicationStatus[] = e.info.allowed;
    assert.equal(from, 'submitted');
    assert.deepEqual(allowed, ['complete', 'withdrawn']);
    // @ts-expect-error: `missing` belongs to dossier_incomplete, not invalid_transition
    void e.info.missing;
  } else assert.fail(e.code);
  const letter = caught(() => recordLetter(submitted, { sentAt: '2027-01-12', recipients: ['DRH'] }));
  assert.ok(isApplicationError(letter, 'letter_not_laureat'));
  const status: ApplicationStatus = letter.info.status;
  assert.equal(status, 'submitted');
});

test('isApplicationError is false for other errors, other DomainError codes, and non-errors', () => {
  assert.equal(isApplicationError(new Error('x')), false);
  assert.equal(isApplicationError(new DomainError('issuer_required', 'x', {})), false);
  assert.equal(isApplicationError(undefined), false);
  assert.deepEqual([...APPLICATION_ERROR_CODES].sort(), ['dossier_incomplete', 'evaluations_incomplete', 'interview_date_required', 'invalid_transition', 'letter_not_laureat']);
  const typed: ApplicationError<'evaluations_incomplete'> = new DomainError('evaluations_incomplete', 'x', { missing: ['pitch'] });
  assert.ok(isApplicationError(typed, 'evaluations_incomplete'));
});

test('transition with an invalid `now` → RangeError (FR/EN), before anything else', () => {
  for (const now of ['not-a-date', '2026-02-30', '2026-11-20T10:00:00Z']) {
    assert.throws(() => transition(submitted, 'complete', now), (e: unknown) => e instanceof RangeError && e.message.includes(now) && /AAAA-MM-JJ.*YYYY-MM-DD/.test(e.message));
  }
});
