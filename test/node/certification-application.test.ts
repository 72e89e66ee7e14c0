import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  APPLICATION_STATUSES, APPLICATION_TRANSITIONS, DOSSIER_ITEM_KINDS, DOSSIER_ITEMS, RS6247_CERTIFICATION, RS6247_COMPETENCE_IDS,
  canTransition, checkDossier, isDomainError, outcomeCounts, parseCertificationApplication, recordLetter, transition,
  checkEvaluations, parseSkillFramework,
  type ApplicationStatus, type CertificationApplication, type DossierItem,
} from '../../src/index.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/certification/${path}`, import.meta.url), 'utf8'));
const source = fixture('certification-rs6247.json') as { canonical_title: string; dossier_items: string[]; process_steps: { step: number; label: string }[] };
const submitted = parseCertificationApplication(fixture('application-submitted.json')).value!;
const laureat = parseCertificationApplication(fixture('application-laureat.json')).value!;
const norm = (s: string) => s.replace(/[’']/g, '\'');

// ---- certification constants vs the source snapshot ----
test('RS6247 certification: canonical title, registry, 8 competences, 6 dossier items, 6 steps as in the source', () => {
  assert.equal(RS6247_CERTIFICATION.title, source.canonical_title);
  assert.equal(RS6247_CERTIFICATION.registry.code, 'RS6247');
  assert.deepEqual([...RS6247_CERTIFICATION.competenceIds], [...RS6247_COMPETENCE_IDS]);
  assert.equal(RS6247_CERTIFICATION.dossierRequirements.length, source.dossier_items.length);
  assert.deepEqual(RS6247_CERTIFICATION.steps.map((s) => norm(s.label.fr)), source.process_steps.map((s) => norm(s.label)));
  assert.deepEqual(DOSSIER_ITEMS.lien_site.fr.replace('’', '\''), source.dossier_items[0].replace('’', '\''));
});

// ---- dossier completeness ----
const fullDossier: DossierItem[] = submitted.dossier;
test('a dossier with the 6 items (links with their URL) is complete', () => {
  assert.deepEqual(checkDossier(fullDossier), { complete: true, missing: [], issues: [] });
});
for (const kind of DOSSIER_ITEM_KINDS) {
  test(`dossier without "${kind}": incomplete, the missing item is named in French and English`, () => {
    const r = checkDossier(fullDossier.filter((i) => i.kind !== kind));
    assert.equal(r.complete, false);
    assert.deepEqual(r.missing, [kind]);
    assert.equal(r.issues[0].code, 'missing_item');
    assert.ok(r.issues[0].fr.includes(DOSSIER_ITEMS[kind].fr) && r.issues[0].fr.startsWith('dossier : pièce manquante'));
    assert.ok(r.issues[0].en.includes(DOSSIER_ITEMS[kind].en));
  });
}
test('a link item without its URL does not count (missing_url), others do without one', () => {
  const r = checkDossier(fullDossier.map((i) => (i.kind === 'lien_fiche_produit' ? { kind: i.kind } : i)));
  assert.deepEqual(r.missing, ['lien_fiche_produit']);
  assert.equal(r.issues[0].code, 'missing_url');
  assert.match(r.issues[0].fr, /adresse manquante pour « Lien de la fiche produit »/);
});
test('an empty dossier names all 6 items, in the order of the certification page', () => {
  assert.deepEqual(checkDossier([]).missing, [...DOSSIER_ITEM_KINDS]);
});

// ---- state machine ----
const evaluations = RS6247_COMPETENCE_IDS.map((competenceId) => ({ competenceId, outcome: 'acquise' as const }));
/** An application in state `status`, with what that state implies. */
function inState(status: ApplicationStatus): CertificationApplication {
  const base: CertificationApplication = { ...submitted, status };
  if (['interview_scheduled', 'evaluated', 'laureat', 'non_laureat'].includes(status)) base.interviewAt = '2026-12-08T10:00:00+01:00';
  if (['evaluated', 'laureat', 'non_laureat'].includes(status)) base.evaluations = evaluations;
  if (['laureat', 'non_laureat'].includes(status)) base.decidedAt = '2027-01-20';
  assert.equal(parseCertificationApplication(base).ok, true, `fixture in state ${status} is valid`);
  return base;
}
const INPUT = { interviewAt: '2026-12-08T10:00:00+01:00', evaluations };

const ALLOWED = APPLICATION_STATUSES.flatMap((from) => APPLICATION_TRANSITIONS[from].map((to) => [from, to] as const));
test('the transition table: 10 allowed moves, terminal states have none', () => {
  assert.equal(ALLOWED.length, 10);
  for (const t of ['laureat', 'non_laureat', 'withdrawn'] as const) assert.deepEqual(APPLICATION_TRANSITIONS[t], []);
});
for (const [from, to] of ALLOWED) {
  test(`allowed: ${from} → ${to}`, () => {
    const app = inState(from);
    const next = transition(app, to, '2027-01-20', INPUT);
    assert.equal(next.status, to);
    assert.deepEqual(next.history?.at(-1), { status: to, at: '2027-01-20' });
    assert.equal(app.status, from, 'the input is not changed');
    assert.equal(parseCertificationApplication(next).ok, true, 'the result is a valid application');
    if (to === 'laureat' || to === 'non_laureat') assert.equal(next.decidedAt, '2027-01-20');
  });
}

const FORBIDDEN: [ApplicationStatus, ApplicationStatus][] = [
  ['draft', 'complete'], ['draft', 'laureat'], ['draft', 'draft'], ['submitted', 'evaluated'], ['submitted', 'draft'],
  ['complete', 'laureat'], ['complete', 'submitted'], ['interview_scheduled', 'complete'], ['interview_scheduled', 'laureat'],
  ['evaluated', 'withdrawn'], ['evaluated', 'interview_scheduled'], ['laureat', 'non_laureat'], ['laureat', 'withdrawn'],
  ['non_laureat', 'laureat'], ['withdrawn', 'draft'], ['withdrawn', 'submitted'],
];
for (const [from, to] of FORBIDDEN) {
  test(`forbidden: ${from} → ${to} throws DomainError invalid_transition`, () => {
    assert.equal(canTransition(from, to), false);
    assert.throws(() => transition(inState(from), to, '2027-01-20', INPUT), (e: unknown) => {
      assert.ok(isDomainError(e, 'invalid_transition'));
      assert.deepEqual(e.info, { from, to, allowed: APPLICATION_TRANSITIONS[from] });
      assert.match(e.message, new RegExp(`transition impossible : ${from} → ${to} / impossible transition: ${from} → ${to}`));
      return true;
    });
  });
}

const GUARDS: { name: string; from: ApplicationStatus; to: ApplicationStatus; app?: (a: CertificationApplication) => CertificationApplication; input: object; code: string; info: unknown }[] = [
  { name: 'complete needs a complete dossier', from: 'submitted', to: 'complete', app: (a) => ({ ...a, dossier: a.dossier.filter((i) => i.kind !== 'tableau_investissement') }), input: {}, code: 'dossier_incomplete', info: { missing: ['tableau_investissement'] } },
  { name: 'interview_scheduled needs the oral date', from: 'complete', to: 'interview_scheduled', input: {}, code: 'interview_date_required', info: { status: 'complete' } },
  { name: 'evaluated needs all 8 outcomes', from: 'interview_scheduled', to: 'evaluated', input: { evaluations: evaluations.slice(0, 7) }, code: 'evaluations_incomplete', info: { missing: ['cohesion-equipe'] } },
  { name: 'evaluated against another framework’s ids', from: 'interview_scheduled', to: 'evaluated', input: { evaluations, competenceIds: ['pitch', 'securite'] }, code: 'evaluations_incomplete', info: { missing: ['securite'] } },
];
for (const g of GUARDS) {
  test(`guard: ${g.name} (${g.code})`, () => {
    const app = g.app ? g.app(inState(g.from)) : inState(g.from);
    assert.throws(() => transition(app, g.to, '2026-12-01', g.input), (e: unknown) => {
      assert.ok(isDomainError(e, g.code));
      assert.deepEqual(e.info, g.info);
      return true;
    });
  });
}

test('a whole path draft → laureat, then the letter to the administration (date, recipients)', () => {
  let app = inState('draft');
  app = transition(app, 'submitted', '2026-11-10');
  app = transition(app, 'complete', '2026-11-20');
  app = transition(app, 'interview_scheduled', '2026-11-25', { interviewAt: '2026-12-08T10:00:00+01:00', jury: [{ role: 'coach_certificateur', name: 'Lina Ferrand' }] });
  app = transition(app, 'evaluated', '2026-12-08', { evaluations });
  app = transition(app, 'laureat', '2026-12-15');
  app = recordLetter(app, { sentAt: '2027-01-12', recipients: ['DRH'] });
  assert.deepEqual(app.history?.map((h) => h.status), ['submitted', 'complete', 'interview_scheduled', 'evaluated', 'laureat']);
  assert.deepEqual(app.letterToAdministration, { sentAt: '2027-01-12', recipients: ['DRH'] });
  assert.equal(parseCertificationApplication(app).ok, true);
});

test('no letter for a non-laureate: DomainError letter_not_laureat', () => {
  assert.throws(() => recordLetter(inState('non_laureat'), { sentAt: '2027-01-12', recipients: ['DRH'] }), (e: unknown) => isDomainError(e, 'letter_not_laureat'));
});

// ---- schema ----
test('the laureate fixture (domain.md §7) parses; outcomes 7 acquise, 1 à consolider', () => {
  assert.equal(laureat.status, 'laureat');
  assert.deepEqual(outcomeCounts(laureat.evaluations!), { acquise: 7, a_consolider: 1, non_acquise: 0 });
});

const SCHEMA_ROWS: { name: string; change: (a: any) => void; path: string; code: string }[] = [
  { name: 'laureat without decidedAt', change: (a) => { delete a.decidedAt; }, path: 'decidedAt', code: 'required' },
  { name: 'letter for a non-laureate', change: (a) => { a.status = 'non_laureat'; }, path: 'letterToAdministration', code: 'letter_not_laureat' },
  { name: 'same competence evaluated twice', change: (a) => { a.evaluations[7].competenceId = 'pitch'; }, path: 'evaluations[7].competenceId', code: 'duplicate_id' },
  { name: 'unknown outcome', change: (a) => { a.evaluations[0].outcome = 'valide'; }, path: 'evaluations[0].outcome', code: 'invalid_value' },
  { name: 'a level where RS6247 expects an outcome', change: (a) => { a.evaluations[1].outcome = 3; }, path: 'evaluations[1].outcome', code: 'invalid_type' },
  { name: 'a decimal outcome', change: (a) => { a.evaluations[1].outcome = 2.5; }, path: 'evaluations[1].outcome', code: 'invalid_type' },
  { name: 'a boolean outcome', change: (a) => { a.evaluations[1].outcome = true; }, path: 'evaluations[1].outcome', code: 'invalid_type' },
  { name: 'letter without recipients', change: (a) => { a.letterToAdministration.recipients = []; }, path: 'letterToAdministration.recipients', code: 'too_small' },
  { name: 'interview time without offset', change: (a) => { a.interviewAt = '2026-06-18T10:00:00'; }, path: 'interviewAt', code: 'invalid_datetime' },
  { name: 'evaluated without interviewAt', change: (a) => { a.status = 'evaluated'; delete a.interviewAt; delete a.letterToAdministration; }, path: 'interviewAt', code: 'required' },
];
for (const row of SCHEMA_ROWS) {
  test(`application schema rejects: ${row.name} → ${row.path}`, () => {
    const a = structuredClone(fixture('application-laureat.json'));
    row.change(a);
    const r = parseCertificationApplication(a);
    assert.equal(r.ok, false);
    const hit = r.issues.find((i) => i.path === row.path);
    assert.ok(hit, JSON.stringify(r.issues));
    assert.equal(hit.code, row.code);
  });
}

test('the RS6247 outcome message lists the allowed values (FR/EN)', () => {
  const a = structuredClone(fixture('application-laureat.json'));
  a.evaluations[0].outcome = 'valide';
  const hit = parseCertificationApplication(a).issues.find((i) => i.path === 'evaluations[0].outcome')!;
  assert.equal(hit.fr, 'evaluations[0].outcome : valeur inattendue « valide » ; valeurs possibles : acquise, a_consolider, non_acquise');
  assert.equal(hit.en, 'evaluations[0].outcome: unexpected value "valide"; allowed: acquise, a_consolider, non_acquise');
});

// ---- applications for an ordinal framework (levels) ----
const ordinal = parseSkillFramework(JSON.parse(readFileSync(new URL('../fixtures/skills/framework-incubateur-exemple.json', import.meta.url), 'utf8'))).value!;
const levelApp = () => {
  const a = structuredClone(fixture('application-laureat.json'));
  a.evaluations = [{ competenceId: 'vision-produit', outcome: 4 }, { competenceId: 'recherche-utilisateur', outcome: 3 }];
  return a;
};
test('an application recording levels (integers) parses against an ordinal framework', () => {
  const r = parseCertificationApplication(levelApp(), { framework: ordinal });
  assert.deepEqual(r.issues, []);
  assert.equal(r.value?.evaluations?.[0].outcome, 4);
});
test('the same application against RS6247 (the default) names each level as the wrong type', () => {
  const r = parseCertificationApplication(levelApp());
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [['evaluations[0].outcome', 'invalid_type'], ['evaluations[1].outcome', 'invalid_type']]);
  assert.match(r.issues[0].fr, /^evaluations\[0\]\.outcome : valeur attendue parmi acquise, a_consolider, non_acquise, reçu 4$/);
});

const LEVEL_ROWS: { name: string; outcome: unknown; code?: string; fr?: RegExp; en?: RegExp }[] = [
  { name: 'min level', outcome: 1 },
  { name: 'max level', outcome: 5 },
  { name: 'level above max', outcome: 6, code: 'out_of_range', fr: /^evaluations\[0\]\.outcome : niveau 6 hors de l’échelle : entre 1 et 5 attendu$/, en: /^evaluations\[0\]\.outcome: level 6 outside the scale: expected between 1 and 5$/ },
  { name: 'level 0', outcome: 0, code: 'out_of_range' },
  { name: 'an outcome id on an ordinal scale', outcome: 'acquise', code: 'invalid_type', fr: /niveau entier entre 1 et 5 attendu, reçu « acquise »/ },
];
for (const row of LEVEL_ROWS) {
  test(`checkEvaluations on the 1–5 scale: ${row.name} → ${row.code ?? 'ok'}`, () => {
    const issues = checkEvaluations([{ outcome: row.outcome }], ordinal);
    assert.deepEqual(issues.map((i) => i.code), row.code ? [row.code] : []);
    if (row.fr) assert.match(issues[0].fr, row.fr);
    if (row.en) assert.match(issues[0].en, row.en);
  });
}
