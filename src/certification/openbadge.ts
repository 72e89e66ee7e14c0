/**
 * Open Badges 3.0 export (1EdTech OB 3.0, JSON-LD context 3.0.3 over W3C VC Data Model 2.0).
 *
 * - {@link openBadgeAchievement}: a framework (the RS6247 certification by default) as an OB3 `Achievement`, with
 *   one `ResultDescription` and one `Alignment` per active competence, and an alignment to the registry (RS6247).
 * - {@link openBadgeCredential}: a laureate's **unsigned** `OpenBadgeCredential`, with one typed `Result` per
 *   competence pointing at its `ResultDescription`. Signing (a `proof`) is left to the issuer's own tooling.
 *
 * Pure: no clock, no network. `validFrom` is the jury's decision date (`decidedAt`, midnight UTC) unless given.
 * Ids are URLs under `idBase` (default {@link DEFAULT_ID_BASE}); an issuer should pass its own.
 */
import type { ParseResult, Issue } from '../shared/issues.js';
import { activeCompetences, findCompetence, type SkillFramework } from '../skills/framework.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';
import type { CertificationApplication } from './application.js';

/** The two contexts every OB3 credential starts with, in this order (VC 2.0, then OB 3.0.3). */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;
/** Default base of the ids written in the export. Pass your own `idBase` when you publish badges. */
export const DEFAULT_ID_BASE = 'https://beta.gouv.fr/intras/openbadges';
/** Default issuer: the DINUM's beta.gouv.fr programme, which delivers RS6247. */
export const DEFAULT_ISSUER = { id: 'https://beta.gouv.fr', name: 'DINUM – programme beta.gouv.fr', url: 'https://beta.gouv.fr' } as const;

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
/** OB3 `ResultDescription`. */
export interface Ob3ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'RubricCriterionLevel' | 'PerformanceLevel';
  allowedValue?: string[];
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
  achievementType: 'Certification';
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
/** OB3 `Result`. */
export interface Ob3Result { type: ['Result']; resultDescription: string; value: string; alignment?: Ob3Alignment[] }
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
  /** Base URL of the ids (achievement, results, credential). Default {@link DEFAULT_ID_BASE}. */
  idBase?: string;
  /** Issuer profile. Default {@link DEFAULT_ISSUER}. */
  issuer?: { id: string; name: string; url?: string };
  /** Language of names and descriptions. Default `fr` (the reference wording). */
  lang?: 'fr' | 'en';
}

function profile(o: OpenBadgeOptions): Ob3Profile {
  const i = o.issuer ?? DEFAULT_ISSUER;
  return { id: i.id, type: ['Profile'], name: i.name, ...(i.url ? { url: i.url } : {}) };
}

function achievementId(fw: SkillFramework, o: OpenBadgeOptions): string {
  return `${(o.idBase ?? DEFAULT_ID_BASE).replace(/\/$/, '')}/achievements/${fw.id}/${fw.version}`;
}

/** The framework as an OB3 Achievement (without `@context`, as nested in a credential). */
export function achievementFromFramework(fw: SkillFramework = RS6247_FRAMEWORK, options: OpenBadgeOptions = {}): Ob3Achievement {
  const lang = options.lang ?? 'fr';
  const id = achievementId(fw, options);
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
  const resultDescription = competences.map((c, i): Ob3ResultDescription => ({
    id: `${id}#result-${c.id}`, type: ['ResultDescription'], name: c.label[lang],
    ...(scale.kind === 'outcome'
      ? { resultType: 'RubricCriterionLevel' as const, allowedValue: scale.values.map((v) => v.id) }
      : { resultType: 'PerformanceLevel' as const, valueMin: String(scale.min), valueMax: String(scale.max) }),
    alignment: [competenceAlignment[i]],
  }));
  const list = competences.map((c) => c.label[lang]).join(' ; ');
  return {
    id, type: ['Achievement'], achievementType: 'Certification', name: title,
    description: lang === 'fr'
      ? `${title}${fw.registry ? ` (${fw.registry.authority}, ${fw.registry.code})` : ''} : ${competences.length} compétences évaluées.`
      : `${title}${fw.registry ? ` (${fw.registry.authority}, ${fw.registry.code})` : ''}: ${competences.length} competences assessed.`,
    criteria: {
      narrative: lang === 'fr'
        ? `Dossier puis oral d’évaluation devant un jury, qui se prononce sur chaque compétence : ${list}.`
        : `A dossier, then an assessment oral before a jury that rules on each competence: ${list}.`,
    },
    ...(fw.registry ? { humanCode: fw.registry.code } : {}),
    version: fw.version, inLanguage: lang, creator: profile(options),
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
 * A laureate's unsigned OpenBadgeCredential. Refuses (issues, no throw) an application that is not `laureat`,
 * has no `decidedAt`, or evaluates an id unknown to the framework; a deprecated id is mapped to its replacement.
 */
export function openBadgeCredential(app: CertificationApplication, options: CredentialOptions = {}): ParseResult<Ob3Credential> {
  const fw = options.framework ?? RS6247_FRAMEWORK;
  const issues: Issue[] = [];
  if (app.status !== 'laureat')
    issues.push({ path: 'status', code: 'not_laureat', fr: `status : seul un dossier « laureat » donne un badge (reçu « ${app.status} »)`, en: `status: only a "laureat" application gets a badge (received "${app.status}")` });
  if (!app.decidedAt && !options.validFrom)
    issues.push({ path: 'decidedAt', code: 'required', fr: 'decidedAt : champ requis', en: 'decidedAt: required field' });
  const achievement = achievementFromFramework(fw, options);
  const result: Ob3Result[] = [];
  (app.evaluations ?? []).forEach((e, i) => {
    const found = findCompetence(fw, e.competenceId);
    if (!found.found) {
      issues.push({ path: `evaluations[${i}].competenceId`, code: 'unknown_id', fr: `evaluations[${i}].competenceId : ${found.issue.fr}`, en: `evaluations[${i}].competenceId: ${found.issue.en}` });
      return;
    }
    result.push({ type: ['Result'], resultDescription: `${achievement.id}#result-${found.competence.id}`, value: String(e.outcome) });
  });
  if (issues.length) return { ok: false, issues };
  const validFrom = options.validFrom ?? `${app.decidedAt}T00:00:00Z`;
  return {
    ok: true, issues: [],
    value: {
      '@context': [...OB3_CONTEXT],
      id: `${(options.idBase ?? DEFAULT_ID_BASE).replace(/\/$/, '')}/credentials/${encodeURIComponent(app.id)}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: achievement.name,
      issuer: profile(options),
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
