// Sample support requests, shared by the domain tests (support-*.test.ts) and the receiver integration tests
// (test/integration/support-helpers.ts re-exports them). No database here: importing this file loads no PGlite.
import { randomUUID } from 'node:crypto';

export const AT = '2026-03-02T10:00:00+01:00';

/** A valid request body (a clinic request by an invented person), with `over` merged in. */
export function requestBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(), kind: 'clinique_situations_difficiles',
    name: 'Camille Exemple', email: 'camille.exemple@example.org', topics: ['management_equipe'],
    message: 'Une difficulté avec mon équipe, en toute confidentialité.', consent: { handling: { given: true, at: AT } },
    fillTimeMs: 12_000, ...over,
  };
}
