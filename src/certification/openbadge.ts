/**
 * Open Badges 3.0 export (1EdTech OB 3.0, JSON-LD context 3.0.3 over W3C VC Data Model 2.0).
 *
 * - {@link openBadgeAchievement}: a framework (the RS6247 certification by default) as an OB3 `Achievement`, with
 *   one `ResultDescription` and one `Alignment` per active competence, and an alignment to the registry (RS6247).
 * - {@link openBadgeCredential}: a laureate's **unsigned** `OpenBadgeCredential`, with one typed `Result` per
 *   competence pointing at its `ResultDescription`. Signing (a `proof`) is left to the issuer's own tooling.
 *
 * Pure: no clock, no network. `validFrom` is the jury's decision date (`decidedAt`, midnight UTC) unless given.
 * Ids are URLs under `idBase`. The defaults ({@link DEFAULT_ID_BASE}, {@link DEFAULT_ISSUER}, the jury narrative,
 * `achievementType: "Certification"`) apply **only to RS6247**: for any other framework, `issuer` and `idBase` are
 * required (else a typed {@link OpenBadgeError} `issuer_required`), and the narrative / type come from the framework
 * file (`criteria`, `achievementType`) or neutral defaults (`Achievement`).
 *
 * Level scales: an outcome scale becomes a rubric (`resultType: "RubricCriterionLevel"`, one `RubricCriterionLevel`
 * per value, `requiredLevel` = the lowest passing value, values being listed from the highest to the lowest) and
 * each `Result` carries `achievedLevel`; an ordinal scale becomes `PerformanceLevel` with `valueMin`/`valueMax` and
 * each `Result` carries `value` (the level, as a string).
 */
import { DomainError, type ParseResult, type Issue } from '../shared/issues.js';
import { activeCompetences, findCompetence, type Competence, type SkillFramework } from '../skills/framework.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';
import { checkEvaluations, type CertificationApplication } from './application.js';
import { RS6247_CERTIFICATION } from './certification.js';

/** The two contexts every OB3 credential starts with, in this order (VC 2.0, then OB 3.0.3). */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;
/** Default base of the ids written in the export. Pass your own `idBase` when you publish badges. */
export const DEFAULT_ID_BASE = 'https://beta.gouv.fr/intras/openbadges';
/** Default issuer: the DINUM's beta.gouv.fr programme, which delivers RS6247 (name and url: `RS6247_CERTIFICATION.issuer`). */
export const DEFAULT_ISSUER = { id: RS6247_CERTIFICATION.issuer.url, name: RS6247_CERTIFICATION.issuer.name, url: RS6247_CERTIFICATION.issuer.url } as const;

/** OB3 `Alignment`. */
export interface Ob3Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
  targetType?: string;
}
/** OB3 `RubricCriterionLevel`: one value of an outcome scale. */
export interface Ob3RubricCriterionLevel { id: string; type: ['RubricCriterionLevel']; name: string; description?: string }
/** OB3 `ResultDescription`. */
export interface Ob3ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'RubricCriterionLevel' | 'PerformanceLevel';
  /** Outcome scales: the levels, from the highest to the lowest. */
  rubricCriterionLevel?: Ob3RubricCriterionLevel[];
  /** Outcome scales: id of the lowest passing level. */
  requiredLevel?: string;
  /** Ordinal scales: lowest and highest level. */
  valueMin?: string;
  valueMax?: string;
  alignment: Ob3Alignment[];
}
/** OB3 `Profile` (issuer / creator). */
export interface Ob3Profile { id: string; type: ['Profile']; name: string; url?: string }
/** OB3 `Achievement`. */
export interface Ob3Achievement {
  id: string;
  type: ['Achievement'];
  /** OB3 AchievementType (`Certification` for RS6247, else the framework's `achievementType`, default `Achievement`). */
  achievementType: string;
  name: string;
  description: string;
  criteria: { narrative: string };
  humanCode?: string;
  version: string;
  inLanguage: string;
  creator: Ob3Profile;
  alignment: Ob3Alignment[];
  resultDescription: Ob3ResultDescription[];
}
/** A standalone OB3 Achievement document (with its `@context`). */
export type Ob3AchievementDocument = { '@context': string[] } & Ob3Achievement;
/** OB3 `Result`: `achievedLevel` (a rubric level id) for an outcome scale, `value` (the level) for an ordinal one. */
export interface Ob3Result { type: ['Result']; resultDescription: string; achievedLevel?: string; value?: string; alignment?: Ob3Alignment[] }
/** An unsigned OB3 `OpenBadgeCredential`. */
export interface Ob3Credential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: Ob3Profile;
  validFrom: string;
  awardedDate: string;
  credentialSubject: {
    id?: string;
    type: ['AchievementSubject'];
    identifier?: { type: 'IdentityObject'; hashed: false; identityHash: string; identityType: 'userName' }[];
    achievement: Ob3Achievement;
    result: Ob3Result[];
  };
}

/** Options of the export. */
export interface OpenBadgeOptions {
  /** Base URL of the ids (achievement, results, credential). Default {@link DEFAULT_ID_BASE} for RS6247 only; required otherwise. */
  idBase?: string;
  /** Issuer profile (`id`: a URL or DID). Default {@link DEFAULT_ISSUER} for RS6247 only; required otherwise. */
  issuer?: { id: string; name: string; url?: string };
  /** Language of names and descriptions. Default `fr` (the reference wording). */
  lang?: 'fr' | 'en';
}

/** Codes of the errors the export throws (wrong options: a programming error, not bad data), with their `info`. */
export type OpenBadgeErrorInfo = {
  issuer_required: { frameworkId: string; missing: readonly ('issuer' | 'idBase')[] };
};
export type OpenBadgeErrorCode = keyof OpenBadgeErrorInfo;
/** Typed error of the Open Badges export. */
export type OpenBadgeError<C extends OpenBadgeErrorCode = OpenBadgeErrorCode> = C extends OpenBadgeErrorCode ? DomainError<C, OpenBadgeErrorInfo[C]> : never;
/** Type guard for {@link OpenBadgeError}, optionally of one `code`; narrows `info`. */
export function isOpenBadgeError<C extends OpenBadgeErrorCode = OpenBadgeErrorCode>(e: unknown, code?: C): e is OpenBadgeError<C> {
  return e instanceof DomainError && (code === undefined ? e.code === 'issuer_required' : e.code === code);
}

/** True for the RS6247 framework, the only one the DINUM defaults apply to. */
function isRs6247(fw: SkillFramework): boolean {
  return fw.id === RS6247_FRAMEWORK.id;
}

/**
 * Issuer and id base used for `fw`: the options, else the DINUM defaults for RS6247 only. The CLI calls it to check
 * its options before reading an application.
 * @throws {OpenBadgeError} `issuer_required` for a framework other than RS6247 without `issuer` and `idBase`.
 */
export function resolveIssuer(fw: SkillFramework, o: OpenBadgeOptions): { issuer: NonNullable<OpenBadgeOptions['issuer']>; idBase: string } {
  if (isRs6247(fw)) return { issuer: o.issuer ?? DEFAULT_ISSUER, idBase: o.idBase ?? DEFAULT_ID_BASE };
  const missing = [...(o.issuer ? [] : ['issuer' as const]), ...(o.idBase ? [] : ['idBase' as const])];
  if (missing.length)
    throw new DomainError('issuer_required', `référentiel « ${fw.id} » : précisez l’émetteur et la base des identifiants (${missing.join(', ')}) ; les valeurs par défaut (DINUM) ne valent que pour RS6247 / framework "${fw.id}": pass the issuer and the id base (${missing.join(', ')}); the defaults (DINUM) only apply to RS6247`, { frameworkId: fw.id, missing } satisfies OpenBadgeErrorInfo['issuer_required']);
  return { issuer: o.issuer!, idBase: o.idBase! };
}

function profile(issuer: NonNullable<OpenBadgeOptions['issuer']>): Ob3Profile {
  return { id: issuer.id, type: ['Profile'], name: issuer.name, ...(issuer.url ? { url: issuer.url } : {}) };
}

function achievementId(fw: SkillFramework, idBase: string): string {
  return `${idBase.replace(/\/$/, '')}/achievements/${fw.id}/${fw.version}`;
}

/** Id of the rubric level `valueId` of a ResultDescription (`…#result-pitch.acquise`: `.` never occurs in competence ids). */
function levelId(resultDescriptionId: string, valueId: string): string {
  return `${resultDescriptionId}.${valueId}`;
}

/**
 * The framework as an OB3 Achievement (without `@context`, as nested in a credential).
 * @throws {OpenBadgeError} `issuer_required` for a framework other than RS6247 without `issuer` and `idBase`.
 */
export function achievementFromFramework(fw: SkillFramework = RS6247_FRAMEWORK, options: OpenBadgeOptions = {}): Ob3Achievement {
  const lang = options.lang ?? 'fr';
  const { issuer, idBase } = resolveIssuer(fw, options);
  const id = achievementId(fw, idBase);
  const competences = activeCompetences(fw);
  const title = fw.title[lang];
  const competenceAlignment = competences.map((c): Ob3Alignment => ({
    type: ['Alignment'], targetName: c.label[lang], targetUrl: `${fw.sourceUrl}#${c.id}`,
    ...(c.description ? { targetDescription: c.description[lang] } : {}),
    targetFramework: `${title} (${fw.version})`, targetCode: c.id, targetType: 'ceasn:Competency',
  }));
  const registry: Ob3Alignment[] = fw.registry?.url ? [{
    type: ['Alignment'], targetName: title, targetUrl: fw.registry.url, targetFramework: fw.registry.authority,
    targetCode: fw.registry.code, targetType: 'ext:Registry',
  }] : [];
  const scale = fw.levelScale;
  const resultDescription = competences.map((c, i): Ob3ResultDescription => {
    const rd = `${id}#result-${c.id}`;
    const lowestPassing = scale.kind === 'outcome' ? scale.values.filter((v) => v.passing).at(-1) : undefined;
    return {
      id: rd, type: ['ResultDescription'], name: c.label[lang],
      ...(scale.kind === 'outcome'
        ? {
          resultType: 'RubricCriterionLevel' as const,
          rubricCriterionLevel: scale.values.map((v): Ob3RubricCriterionLevel => ({ id: levelId(rd, v.id), type: ['RubricCriterionLevel'], name: v.label[lang] })),
          ...(lowestPassing ? { requiredLevel: levelId(rd, lowestPassing.id) } : {}),
        }
        : { resultType: 'PerformanceLevel' as const, valueMin: String(scale.min), valueMax: String(scale.max) }),
      alignment: [competenceAlignment[i]],
    };
  });
  const list = competences.map((c) => c.label[lang]).join(lang === 'fr' ? ' ; ' : '; ');
  const narrative = fw.criteria?.[lang] ?? (isRs6247(fw)
    ? (lang === 'fr'
      ? `Dossier puis oral d’évaluation devant un jury, qui se prononce sur chaque compétence : ${list}.`
      : `A dossier, then an assessment oral before a jury that rules on each competence: ${list}.`)
    : (lang === 'fr' ? `Chaque compétence est évaluée : ${list}.` : `Each competence is assessed: ${list}.`));
  return {
    id, type: ['Achievement'], achievementType: fw.achievementType ?? (isRs6247(fw) ? 'Certification' : 'Achievement'), name: title,
    description: lang === 'fr'
      ? `${title}${fw.registry ? ` (${fw.registry.authority}, ${fw.registry.code})` : ''} : ${competences.length} compétences évaluées.`
      : `${title}${fw.registry ? ` (${fw.registry.authority}, ${fw.registry.code})` : ''}: ${competences.length} competences assessed.`,
    criteria: { narrative },
    ...(fw.registry ? { humanCode: fw.registry.code } : {}),
    version: fw.version, inLanguage: lang, creator: profile(issuer),
    alignment: [...registry, ...competenceAlignment], resultDescription,
  };
}

/** The framework as a standalone OB3 Achievement JSON-LD document. */
export function openBadgeAchievement(fw: SkillFramework = RS6247_FRAMEWORK, options: OpenBadgeOptions = {}): Ob3AchievementDocument {
  return { '@context': [...OB3_CONTEXT], ...achievementFromFramework(fw, options) };
}

/** Options of {@link openBadgeCredential}. */
export interface CredentialOptions extends OpenBadgeOptions {
  /** Framework the evaluations refer to. Default: RS6247. */
  framework?: SkillFramework;
  /** Instant the credential is valid from (ISO 8601). Default: `decidedAt` at 00:00 UTC. */
  validFrom?: string;
  /** Subject id (a DID or URL). Default: none, the candidate's `candidateId` goes in `identifier` (userName). */
  subjectId?: string;
}

/**
 * A laureate's unsigned OpenBadgeCredential. Refuses (issues, no throw) an application that is not `laureat`, has no
 * `decidedAt`, evaluates an id unknown to the framework or retired without successor, records a value that is not on
 * the framework's scale, evaluates a competence twice, or leaves an active competence of the framework unevaluated
 * (`evaluations_incomplete`, naming the ids). A deprecated id counts for its replacement(s): one `Result` per
 * replacement when it was split, with the same value.
 * @throws {OpenBadgeError} `issuer_required` for a framework other than RS6247 without `issuer` and `idBase`.
 */
export function openBadgeCredential(app: CertificationApplication, options: CredentialOptions = {}): ParseResult<Ob3Credential> {
  const fw = options.framework ?? RS6247_FRAMEWORK;
  const { issuer, idBase } = resolveIssuer(fw, options);
  const issues: Issue[] = [];
  if (app.status !== 'laureat')
    issues.push({ path: 'status', code: 'not_laureat', fr: `status : seul un dossier « laureat » donne un badge (reçu « ${app.status} »)`, en: `status: only a "laureat" application gets a badge (received "${app.status}")` });
  if (!app.decidedAt && !options.validFrom)
    issues.push({ path: 'decidedAt', code: 'required', fr: 'decidedAt : champ requis', en: 'decidedAt: required field' });
  const evaluations = app.evaluations ?? [];
  issues.push(...checkEvaluations(evaluations, fw));
  const achievement = achievementFromFramework(fw, { ...options, issuer, idBase });
  const byCompetence = new Map<string, { result: Ob3Result; from: number }>();
  evaluations.forEach((e, i) => {
    const path = `evaluations[${i}].competenceId`;
    const found = findCompetence(fw, e.competenceId);
    if (!found.found) {
      issues.push({ path, code: 'unknown_id', fr: `${path} : ${found.issue.fr}`, en: `${path}: ${found.issue.en}` });
      return;
    }
    if (found.competences.length === 0) {
      issues.push({ path, code: 'retired_id', fr: `${path} : ${found.warning!.fr} ; elle ne figure pas dans le badge`, en: `${path}: ${found.warning!.en}; it is not part of the badge` });
      return;
    }
    found.competences.forEach((c: Competence) => {
      const before = byCompetence.get(c.id);
      if (before) {
        const via = (k: number) => evaluations[k].competenceId === c.id ? 'directement' : `via « ${evaluations[k].competenceId} »`;
        const viaEn = (k: number) => evaluations[k].competenceId === c.id ? 'directly' : `through "${evaluations[k].competenceId}"`;
        issues.push({ path, code: 'duplicate_id', fr: `${path} : compétence « ${c.id} » évaluée deux fois (evaluations[${before.from}] ${via(before.from)}, ici ${via(i)})`, en: `${path}: competence "${c.id}" evaluated twice (evaluations[${before.from}] ${viaEn(before.from)}, here ${viaEn(i)})` });
        return;
      }
      const rd = `${achievement.id}#result-${c.id}`;
      byCompetence.set(c.id, {
        from: i,
        result: { type: ['Result'], resultDescription: rd, ...(fw.levelScale.kind === 'outcome' ? { achievedLevel: levelId(rd, String(e.outcome)) } : { value: String(e.outcome) }) },
      });
    });
  });
  const missing = activeCompetences(fw).map((c) => c.id).filter((id) => !byCompetence.has(id));
  if (missing.length)
    issues.push({ path: 'evaluations', code: 'evaluations_incomplete', fr: `evaluations : compétences non évaluées : ${missing.join(', ')}`, en: `evaluations: competences not evaluated: ${missing.join(', ')}` });
  if (issues.length) return { ok: false, issues };
  // Results in the order of the evaluations (a split id gives its replacements in replacedBy order).
  const result = [...byCompetence.values()].map((x) => x.result);
  const validFrom = options.validFrom ?? `${app.decidedAt}T00:00:00Z`;
  return {
    ok: true, issues: [],
    value: {
      '@context': [...OB3_CONTEXT],
      id: `${idBase.replace(/\/$/, '')}/credentials/${encodeURIComponent(app.id)}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: achievement.name,
      issuer: profile(issuer),
      validFrom,
      awardedDate: validFrom,
      credentialSubject: {
        ...(options.subjectId ? { id: options.subjectId } : { identifier: [{ type: 'IdentityObject', hashed: false, identityHash: app.candidateId, identityType: 'userName' }] }),
        type: ['AchievementSubject'],
        achievement,
        result,
      },
    },
  };
}
