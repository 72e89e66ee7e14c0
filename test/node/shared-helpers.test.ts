/** One implementation per rule: the shared date assertion, the first session year, the URL and session-id schemas. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import { assertCalendarDate } from '../../src/shared/dates.js';
import { assertCalendarDate as fromSession } from '../../src/certification/session.js';
import { evaluate, RULE_SETS } from '../../src/eligibility/index.js';

test('assertCalendarDate: one implementation, exported from shared/dates, certification/session and the package', () => {
  assert.equal(fromSession, assertCalendarDate);
  assert.equal(api.assertCalendarDate, assertCalendarDate);
  assert.doesNotThrow(() => assertCalendarDate('2024-02-29'));
  assert.throws(() => assertCalendarDate('2023-02-29', 'date'), (e: unknown) => e instanceof RangeError && /^date : date invalide « 2023-02-29 ».*AAAA-MM-JJ.* \/ date: invalid date "2023-02-29".*YYYY-MM-DD/.test(e.message));
});

test('evaluate: a bad `now` is a RangeError naming `now`, in French and English', () => {
  assert.throws(() => evaluate(RULE_SETS.certification, {}, '10/11/2026'), (e: unknown) => e instanceof RangeError && /^now : date invalide « 10\/11\/2026 ».* \/ now: invalid date/.test(e.message));
});

test('HttpUrlSchema: one http(s) rule for frameworks, dossier urls and the CLI', async () => {
  const { HttpUrlSchema } = await import('../../src/shared/schema.js');
  const fw = await import('../../src/skills/framework.js');
  const { DossierItemSchema } = await import('../../src/certification/dossier.js');
  assert.equal(fw.HttpUrlSchema, HttpUrlSchema);
  for (const [url, ok] of [['https://beta.gouv.fr/x', true], ['http://localhost:8000', true], ['ftp://x', false], ['https://a b', false], ['https://', false], ['//host/x', false]] as const) {
    assert.equal(HttpUrlSchema.safeParse(url).success, ok, url);
    assert.equal(DossierItemSchema.safeParse({ kind: 'lien_site', url }).success, ok, url);
  }
});

test('SessionIdSchema: one session-id rule for sessions, eligibility situations and applications', async () => {
  const { SessionIdSchema, CertificationSessionSchema } = await import('../../src/certification/session.js');
  const { parseSituation } = await import('../../src/eligibility/index.js');
  assert.equal(api.SessionIdSchema, SessionIdSchema);
  for (const [id, ok] of [['2026-novembre', true], ['2026-mai', true], ['26-mai', false], ['2026-Mai', false], ['2026-', false], ['2026-mai ', false]] as const) {
    assert.equal(SessionIdSchema.safeParse(id).success, ok, id);
    assert.equal(parseSituation({ targetSession: id }).ok, ok, id);
    assert.equal(CertificationSessionSchema.safeParse({ id, season: 'mai', year: 2026, applicationOpens: '2026-05-04', applicationCloses: '2026-05-29' }).success, ok, id);
  }
});

test('one issuer name: the Open Badge default issuer is the certification’s issuer', async () => {
  assert.equal(api.DEFAULT_ISSUER.name, api.RS6247_CERTIFICATION.issuer.name);
  assert.equal(api.DEFAULT_ISSUER.url, api.RS6247_CERTIFICATION.issuer.url);
  assert.equal(api.DEFAULT_ISSUER.name, 'DINUM (programme beta.gouv.fr)');
});

test('CLI: a broken application against another framework without issuer is still a usage error (exit 2) first', async () => {
  const { run } = await import('../../src/cli/run.js');
  const fx = (p: string) => new URL(`../fixtures/${p}`, import.meta.url).pathname;
  let out = ''; let err = '';
  const code = await run(['export', 'openbadge', fx('certification/application-broken.json'), '--framework', fx('skills/framework-incubateur-exemple.json')], (s) => { out += s; }, (s) => { err += s; });
  assert.equal(code, 2, out + err);
  assert.match(err, /^erreur : le référentiel « incubateur-exemple-produit » n’est pas RS6247 : précisez l’émetteur avec --issuer-id/m);
});
