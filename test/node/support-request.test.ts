import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validateSupportRequest, supportReference, parseSupportReference, mailtoFor, eligibilityFor, spamCheck, storedPart,
  SUPPORT_KINDS, SUPPORT_KIND_FIELDS, type SupportRequest,
} from '../../src/index.js';

const AT = '2026-03-02T10:00:00+01:00';
export function sample(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: '3f1c2a4e-8b7d-4c1e-9a2b-0d4e5f6a7b8c', kind: 'clinique_situations_difficiles',
    name: 'Camille Exemple', email: 'camille.exemple@example.org', topics: ['management_equipe'],
    message: 'Une difficulté avec mon équipe.', consent: { handling: { given: true, at: AT } }, fillTimeMs: 12000, ...over,
  };
}

test('a valid clinic request passes, fields its kind does not use are dropped', () => {
  const r = validateSupportRequest(sample({ summary: 'hors sujet', homeAdministration: 'Ministère fictif' }));
  assert.equal(r.ok, true);
  assert.equal(r.value!.summary, undefined, 'summary is not a clinic field');
  assert.equal(r.value!.homeAdministration, 'Ministère fictif');
});

test('each kind requires its own fields, with FR/EN issues naming the field and the kind', () => {
  const drh = validateSupportRequest(sample({ kind: 'saisine_drh_numerique', topics: undefined }));
  assert.equal(drh.ok, false);
  assert.deepEqual(drh.issues.map((i) => i.path).sort(), ['homeAdministration', 'summary']);
  assert.match(drh.issues[0].fr, /saisine de la DRH du numérique/);
  assert.match(drh.issues[0].en, /referral to the DRH/);
  const clinic = validateSupportRequest(sample({ topics: [] }));
  assert.deepEqual(clinic.issues.map((i) => [i.path, i.code]), [['topics', 'required']]);
  for (const kind of SUPPORT_KINDS) {
    const all = { homeAdministration: 'Ministère fictif', summary: 'Résumé.', topics: ['impact'], startup: 'Exemple', preferredContact: 'tchap' };
    const r = validateSupportRequest(sample({ kind, ...all }));
    assert.equal(r.ok, true, kind);
    const kept = Object.keys(all).filter((k) => k in r.value!).sort();
    assert.deepEqual(kept, [...SUPPORT_KIND_FIELDS[kind].required, ...SUPPORT_KIND_FIELDS[kind].optional].sort(), kind);
  }
});

test('bad e-mails, unknown kinds, missing consent, bad keys, blank and oversized texts are named errors', () => {
  for (const email of ['pas-une-adresse', 'a@b', 'a b@example.org', '<x>@example.org', `${'a'.repeat(250)}@example.org`, 42]) {
    const r = validateSupportRequest(sample({ email }));
    assert.equal(r.ok, false, String(email));
    assert.equal(r.issues[0].path, 'email');
    assert.ok(!r.issues[0].fr.includes(String(email)) || typeof email === 'number', 'the address is not echoed');
  }
  const kind = validateSupportRequest(sample({ kind: 'groupe_soutien' }));
  assert.equal(kind.issues[0].path, 'kind');
  assert.match(kind.issues[0].fr, /valeurs possibles : clinique_situations_difficiles/);
  const consent = validateSupportRequest(sample({ consent: { handling: { given: false, at: AT } } }));
  assert.deepEqual(consent.issues.map((i) => [i.path, i.code]), [['consent.handling.given', 'consent_required']]);
  assert.match(consent.issues[0].en, /consent is needed/);
  const noAt = validateSupportRequest(sample({ consent: { handling: { given: true } } }));
  assert.equal(noAt.issues[0].path, 'consent.handling.at');
  const key = validateSupportRequest(sample({ idempotencyKey: 'not-a-uuid' }));
  assert.deepEqual(key.issues.map((i) => i.code), ['uuid']);
  const blank = validateSupportRequest(sample({ message: ' \u200b ' }));
  assert.equal(blank.issues[0].code, 'blank');
  const big = validateSupportRequest(sample({ message: 'x'.repeat(5001) }));
  assert.match(big.issues[0].fr, /message : au plus 5000 caractères/);
  const dup = validateSupportRequest(sample({ topics: ['impact', 'impact'] }));
  assert.equal(dup.issues[0].code, 'duplicate');
  assert.equal(validateSupportRequest(null).ok, false);
  assert.equal(validateSupportRequest([]).ok, false);
});

test('spam checks: honeypot and fill time; stored part drops both', () => {
  const ok = validateSupportRequest(sample()).value!;
  assert.equal(spamCheck(ok), undefined);
  assert.equal(spamCheck({ ...ok, honeypot: 'http://spam' }), 'honeypot');
  assert.equal(spamCheck({ ...ok, fillTimeMs: 800 }), 'too_fast');
  const stored = storedPart({ ...ok, honeypot: '' });
  assert.ok(!('honeypot' in stored) && !('fillTimeMs' in stored));
});

test('references: R-year-0042, at least 4 digits, parsed back', () => {
  assert.equal(supportReference(2026, 42), 'R-2026-0042');
  assert.equal(supportReference(2026, 12345), 'R-2026-12345');
  assert.deepEqual(parseSupportReference('R-2026-0042'), { year: 2026, sequence: 42 });
  assert.equal(parseSupportReference('R-26-1'), undefined);
  assert.throws(() => supportReference(2026, 0), /supportReference/);
  assert.throws(() => supportReference(26, 1), RangeError);
});

test('mailto fallback: subject and labelled body in FR and EN, percent-encoded', () => {
  const req = validateSupportRequest(sample({ kind: 'saisine_drh_numerique', homeAdministration: 'Ministère fictif', summary: 'Résumé & suite', message: 'a=b?c' })).value as SupportRequest;
  const fr = mailtoFor(req, 'referents@example.org');
  assert.equal(fr.subject, 'Demande : Saisine de la DRH du numérique');
  assert.match(fr.body, /Administration d’origine : Ministère fictif/);
  assert.match(fr.body, /Résumé pour la saisine :\nRésumé & suite/);
  assert.ok(fr.href.startsWith('mailto:referents@example.org?subject=Demande%20%3A%20'));
  const params = new URL(fr.href).searchParams;
  assert.equal(params.get('body')!.replace(/\r\n/g, '\n'), fr.body);
  const en = mailtoFor(req, 'referents@example.org', 'en');
  assert.equal(en.subject, 'Request: Referral to the DRH du numérique');
  assert.match(en.body, /Home administration: Ministère fictif/);
  assert.throws(() => mailtoFor(req, 'a@b.fr?cc=x@y.fr'), RangeError);
});

test('eligibilityFor runs the one engine for the programme of the kind, with redirects', () => {
  const clinic = eligibilityFor('clinique_situations_difficiles', { domaine: 'Intraprenariat', topics: ['evolution_carriere'] }, '2026-03-02');
  assert.equal(clinic.programme, 'clinic');
  assert.equal(clinic.verdict.verdict, 'ineligible');
  const failed = clinic.verdict.verdict === 'ineligible' ? clinic.verdict.failed : [];
  assert.ok(failed.some((f) => f.redirect?.to === 'accompagnement_carriere'));
  const drh = eligibilityFor('saisine_drh_numerique', { domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'], homeAdministration: 'Ministère fictif', summary: 'Résumé.' }, '2026-03-02');
  assert.equal(drh.programme, 'hr-support');
  assert.equal(drh.verdict.verdict, 'eligible');
  const coaching = eligibilityFor('accompagnement_carriere', { domaine: 'Intraprenariat', missionEnd: null, topics: ['evolution_carriere'] }, '2026-03-02');
  assert.equal(coaching.verdict.verdict, 'eligible', 'volunteering is implied by the request');
  assert.throws(() => eligibilityFor('courrier_soutien', {}, '2026-13-01'), RangeError);
});

test('NUL characters and lone surrogates are refused in every text of a request, naming the field (PostgreSQL jsonb cannot store them)', () => {
  const texts = { name: 'Camille', message: 'Un message.', homeAdministration: 'Ministère fictif', startup: 'Startup fictive', summary: 'Un résumé.' };
  for (const field of Object.keys(texts)) {
    for (const bad of ['abc\u0000def', 'abc\ud800def', 'abc\udc00', '\ud83d']) {
      const r = validateSupportRequest(sample({ kind: 'saisine_drh_numerique', ...texts, [field]: bad }));
      assert.equal(r.ok, false, `${field} ${JSON.stringify(bad)}`);
      assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [[field, 'unstorable_character']], field);
      assert.match(r.issues[0].fr, new RegExp(`^${field} : .*caractère`));
      assert.match(r.issues[0].en, new RegExp(`^${field}: .*character`));
    }
  }
  // A surrogate pair (an emoji) is a real character: accepted.
  assert.equal(validateSupportRequest(sample({ message: 'Merci 😀 !' })).ok, true);
});

test('a request without fillTimeMs is refused as suspected spam (the element always sends it)', () => {
  const ok = validateSupportRequest(sample()).value!;
  assert.equal(spamCheck({ ...ok, fillTimeMs: undefined }), 'too_fast');
});
