/**
 * What `intras validate` does, without the command-line layer: read a JSON file, detect its kind, validate it
 * with the library's parsers, and word the result in French (default) or English. Never throws.
 */
import { readFileSync } from 'node:fs';
import { unknownKeys, type Issue, type Lang } from '../shared/issues.js';
import type { SkillFramework } from '../skills/framework.js';
import { parsePortraits, PortraitSchema } from '../portraits/portrait.js';
import { parseSkillFramework, unknownFrameworkKeys } from '../skills/framework.js';
import { parseSessions } from '../certification/session.js';
import { parseCertificationApplication } from '../certification/application.js';

/** Kinds of documents `intras validate` knows. */
export const DOCUMENT_KINDS = ['skill-framework', 'portraits', 'certification-sessions', 'certification-application'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Names of the kinds, singular, for messages. */
export const KIND_LABELS: Record<DocumentKind, { fr: string; en: string }> = {
  'skill-framework': { fr: 'référentiel de compétences', en: 'skill framework' },
  portraits: { fr: 'portraits', en: 'portraits' },
  'certification-sessions': { fr: 'sessions de certification', en: 'certification sessions' },
  'certification-application': { fr: 'candidature à la certification', en: 'certification application' },
};

/** Reading result: the parsed JSON, or a bilingual reason (unreadable file, invalid JSON). */
export type ReadResult = { ok: true; value: unknown } | { ok: false; fr: string; en: string };

/** Reads and parses a JSON file. Never throws. */
export function readJsonFile(path: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const why = code === 'ENOENT' ? { fr: 'fichier introuvable', en: 'file not found' }
      : code === 'EISDIR' ? { fr: 'c’est un dossier', en: 'it is a directory' }
        : code === 'EACCES' ? { fr: 'accès refusé', en: 'permission denied' } : { fr: `erreur ${code}`, en: `error ${code}` };
    return { ok: false, fr: `impossible de lire « ${path} » : ${why.fr}`, en: `cannot read "${path}": ${why.en}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const detail = (e as Error).message;
    return { ok: false, fr: `JSON invalide dans « ${path} » (${detail})`, en: `invalid JSON in "${path}" (${detail})` };
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Guesses the kind of a document from its shape (or its `$schema`). `undefined` when unknown. */
export function detectKind(doc: unknown): DocumentKind | undefined {
  if (isObject(doc) && typeof doc.$schema === 'string') {
    const hit = DOCUMENT_KINDS.find((k) => (doc.$schema as string).endsWith(`${k === 'portraits' ? 'portraits' : k}.schema.json`));
    if (hit) return hit;
  }
  const sample = Array.isArray(doc) ? doc.find(isObject) : undefined;
  if (sample) {
    if ('applicationOpens' in sample || 'season' in sample) return 'certification-sessions';
    if ('displayName' in sample || 'narrative' in sample || 'consent' in sample) return 'portraits';
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.competences) && ('levelScale' in doc || 'version' in doc)) return 'skill-framework';
  if (Array.isArray(doc.portraits)) return 'portraits';
  if (Array.isArray(doc.sessions)) return 'certification-sessions';
  if ('sessionId' in doc || ('candidateId' in doc && 'dossier' in doc)) return 'certification-application';
  if (Array.isArray(doc.competences)) return 'skill-framework';
  return undefined;
}

/** Outcome of validating one document. */
export interface ValidationReport {
  readonly kind?: DocumentKind;
  readonly ok: boolean;
  /** Every problem, with JSON paths from the document's root. */
  readonly issues: readonly Issue[];
  /** Things that do not make the document invalid (unknown keys of a framework, ignored). */
  readonly warnings?: readonly Issue[];
  /** One-line summary in each language. */
  readonly summary: { readonly fr: string; readonly en: string };
}

/** `n` with its noun in each language: `plural(2, ['erreur', 'erreurs'], ['error', 'errors'])` → `2 erreurs` / `2 errors`. */
const plural = (n: number, fr: [string, string], en: [string, string]) => ({ fr: `${n} ${n > 1 ? fr[1] : fr[0]}`, en: `${n} ${n === 1 ? en[0] : en[1]}` });
const ERRORS: [[string, string], [string, string]] = [['erreur', 'erreurs'], ['error', 'errors']];

function prefixed(issue: Issue, prefix: string): Issue {
  if (!prefix) return issue;
  const path = issue.path ? (issue.path.startsWith('[') ? `${prefix}${issue.path}` : `${prefix}.${issue.path}`) : prefix;
  const strip = (m: string, sep: string) => (issue.path && m.startsWith(`${issue.path}${sep}`) ? m.slice(issue.path.length + sep.length) : m);
  return { ...issue, path, fr: `${path} : ${strip(issue.fr, ' : ')}`, en: `${path}: ${strip(issue.en, ': ')}` };
}

/**
 * Validates `doc` as `kind` (detected when not given). An application's evaluation values are checked against
 * `framework`'s level scale (default RS6247).
 */
export function validateDocument(doc: unknown, file: string, kind: DocumentKind | undefined = detectKind(doc), framework?: SkillFramework): ValidationReport {
  if (!kind) {
    const list = DOCUMENT_KINDS.join(', ');
    const issue: Issue = { path: '', code: 'unknown_kind', fr: `type de document non reconnu (attendu : ${list})`, en: `unrecognised document kind (expected: ${list})` };
    return { ok: false, issues: [issue], summary: { fr: `✗ ${file} : type de document non reconnu`, en: `✗ ${file}: unrecognised document kind` } };
  }
  const label = KIND_LABELS[kind];
  if (kind === 'skill-framework' || kind === 'certification-application') {
    const r = kind === 'skill-framework' ? parseSkillFramework(doc) : parseCertificationApplication(doc, framework ? { framework } : {});
    const warnings = kind === 'skill-framework' ? unknownFrameworkKeys(doc) : [];
    if (r.ok) {
      const count = kind === 'skill-framework' && isObject(doc) && Array.isArray(doc.competences)
        ? plural(doc.competences.length, ['compétence', 'compétences'], ['competence', 'competences']) : undefined;
      const warned = warnings.length ? plural(warnings.length, ['avertissement', 'avertissements'], ['warning', 'warnings']) : undefined;
      const parts = [count, warned].filter((x) => x !== undefined);
      const detail = parts.length ? { fr: ` (${parts.map((x) => x.fr).join(', ')})`, en: ` (${parts.map((x) => x.en).join(', ')})` } : { fr: '', en: '' };
      return {
        kind, ok: true, issues: [], warnings,
        summary: { fr: `✓ ${file} : ${label.fr} valide${detail.fr}`, en: `✓ ${file}: valid ${label.en}${detail.en}` },
      };
    }
    const n = plural(r.issues.length, ...ERRORS);
    return { kind, ok: false, issues: r.issues, warnings, summary: { fr: `✗ ${file} : ${label.fr} invalide, ${n.fr}`, en: `✗ ${file}: invalid ${label.en}, ${n.en}` } };
  }
  const r = kind === 'portraits' ? parsePortraits(doc) : parseSessions(doc);
  const key = kind === 'portraits' ? 'portraits' : 'sessions';
  const wrapper = isObject(doc) ? key : '';
  // Parts the element drops from a kept portrait (an invalid optional part) are errors of the file all the same.
  const issues = [...r.rejected, ...(r.dropped ?? [])].sort((a, b) => a.index - b.index)
    .flatMap((rec) => rec.issues.map((i) => prefixed(i, rec.index < 0 ? '' : `${wrapper}[${rec.index}]`)));
  const records = plural(r.valid.length, ['enregistrement valide', 'enregistrements valides'], ['valid record', 'valid records']);
  // Misspelt optional fields are dropped by the schema: say so (warnings, the exit code stays 0).
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc[key]) ? (doc[key] as unknown[]) : [];
  const warnings = kind === 'portraits' ? list.flatMap((rec, i) => unknownKeys(PortraitSchema, rec, `${wrapper}[${i}]`)) : [];
  if (issues.length === 0) {
    const warned = warnings.length ? plural(warnings.length, ['avertissement', 'avertissements'], ['warning', 'warnings']) : undefined;
    return { kind, ok: true, issues, warnings, summary: { fr: `✓ ${file} : ${label.fr} valides (${records.fr}${warned ? `, ${warned.fr}` : ''})`, en: `✓ ${file}: valid ${label.en} (${records.en}${warned ? `, ${warned.en}` : ''})` } };
  }
  const n = plural(issues.length, ...ERRORS);
  const rej = plural(r.rejected.filter((x) => x.index >= 0).length, ['enregistrement rejeté', 'enregistrements rejetés'], ['rejected record', 'rejected records']);
  return {
    kind, ok: false, issues, warnings,
    summary: { fr: `✗ ${file} : ${label.fr} invalides, ${n.fr} (${records.fr}, ${rej.fr})`, en: `✗ ${file}: invalid ${label.en}, ${n.en} (${records.en}, ${rej.en})` },
  };
}

/** The report as printable lines (issues, then warnings, indented; then the summary), in `lang`. */
export function formatReport(report: ValidationReport, lang: Lang): string[] {
  const warn = lang === 'en' ? 'warning: ' : 'avertissement : ';
  return [...report.issues.map((i) => `  ${i[lang]}`), ...(report.warnings ?? []).map((w) => `  ${warn}${w[lang]}`), report.summary[lang]];
}
