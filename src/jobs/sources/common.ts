/**
 * Shared pieces of the job adapters: the import result type, conversions of the values sources write (French dates,
 * decimal commas, "Catégorie A (cadre)", "Emploi ouvert aux titulaires et aux contractuels"…), and the last step that
 * checks a candidate posting and names the source field in every message. Pure, no DOM.
 */
import { isCalendarDate, isInCalendarRange } from '../../shared/dates.js';
import type { Issue } from '../../shared/issues.js';
import type { IssueWriter } from '../../shared/deferred-issues.js';
import { foldText, hasVisibleText } from '../../shared/text.js';
import { checkJobPostingWith, type Categorie, type JobPosting, type JobRecordReport, type OpenTo, type Remote, type Versant } from '../posting.js';
import { sourceFieldName, type JobFormat } from '../fields.js';
import { DEPARTEMENTS, departementFromText, regionByName } from '../places.js';

/** A problem with the whole document (nothing could be read): bilingual, with the line and column when known. */
export interface JobDocumentError extends Issue {
  /** 1-based line of the file. */
  readonly line?: number;
  /** Column name (CSV header) or 1-based column number. */
  readonly column?: string;
}

/**
 * What an adapter returns: the valid postings (input order), the rejected records (0-based `index`, 1-based `line`
 * for CSV, id, bilingual issues naming the field), the records kept without an invalid optional part (`dropped`), and
 * `error` when the document itself could not be read (then `valid` is empty). Never thrown.
 */
export interface JobImportResult {
  readonly format: JobFormat;
  readonly valid: JobPosting[];
  readonly rejected: JobRecordReport[];
  readonly dropped: JobRecordReport[];
  /** Records read (valid + rejected). */
  readonly total: number;
  readonly error?: JobDocumentError;
}

/** An import result for a document that could not be read at all. */
export function documentError(format: JobFormat, error: JobDocumentError): JobImportResult {
  return { format, valid: [], rejected: [], dropped: [], total: 0, error };
}

/** Problems met while converting one source record: `fatal` ones reject it, `dropped` ones remove an optional part. */
export class Conversion {
  readonly fatal: Issue[] = [];
  readonly dropped: Issue[] = [];
  constructor(readonly format: JobFormat) {}
  /** Reports a value of source field `source` that could not be converted for model field `path`. */
  problem(path: string, source: string, required: boolean, code: string, fr: string, en: string): undefined {
    // `source` (the column or field as written in the file) is also kept apart, for the element's console warning.
    const issue: Issue = required
      ? { path, code, fr: `${path} : ${fr} (source : « ${source} »)`, en: `${path}: ${en} (source: "${source}")`, source }
      : { path, code, fr: `${path} : ${fr} (source : « ${source} ») (partie ignorée : ${path})`, en: `${path}: ${en} (source: "${source}") (part dropped: ${path})`, source };
    (required ? this.fatal : this.dropped).push(issue);
    return undefined;
  }
  /** `value` as a `YYYY-MM-DD` date from `dd/mm/yyyy[ HH:MM[:SS]]` (or ISO); blank → `undefined`; invalid → reported. */
  frDate(value: unknown, path: string, source: string, required: boolean): string | undefined {
    const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
    if (text === '') {
      if (required) this.problem(path, source, true, 'required', 'date requise', 'date required');
      return undefined;
    }
    const iso = frenchDate(text);
    if (iso === PLACEHOLDER_NO_END) return undefined;
    if (iso && isInCalendarRange(iso)) return iso;
    return this.problem(path, source, required, 'invalid_date',
      `date invalide « ${text.slice(0, 40)} » (jj/mm/aaaa attendu, années 1900 à 2100)`, `invalid date "${text.slice(0, 40)}" (dd/mm/yyyy expected, years 1900 to 2100)`);
  }
}

/** `31/12/9999`: Choisir le service public's placeholder for "no end date" (docs/jobs.md, CSP CSV). */
const PLACEHOLDER_NO_END = 'none';

/**
 * `dd/mm/yyyy`, `d/m/yyyy`, `dd/mm/yyyy HH:MM:SS` (PEP), `dd-mm-yyyy` or an ISO date / date-time → `YYYY-MM-DD`
 * (the date as written, no time-zone shift); `31/12/9999` → `"none"`; anything else → `undefined`.
 */
export function frenchDate(text: string): string | undefined {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  const date = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  if (date === '9999-12-31') return PLACEHOLDER_NO_END;
  return date && isCalendarDate(date) ? date : undefined;
}

/** A number written with a decimal comma or point (`"48,8640493"`); blank or not a number → `undefined`. */
export function decimalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*-?\d+(?:[.,]\d+)?\s*$/.test(value)) return undefined;
  return Number(value.trim().replace(',', '.'));
}

/** A trimmed text with `\r\n` → `\n`, or `undefined` when blank / not a string. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.replace(/\r\n?/g, '\n').trim();
  return hasVisibleText(t) ? t : undefined;
}

/** Non-blank texts joined by a blank line, or `undefined`. */
export function joinTexts(...parts: unknown[]): string | undefined {
  const kept = parts.map(text).filter((p): p is string => p !== undefined);
  return kept.length ? kept.join('\n\n') : undefined;
}

/** `Catégorie A+ (Encadrement supérieur)`, `Catégorie A (cadre)`, `A`, `cat. B` → `A+`, `A`, `B`; else `undefined`. */
export function parseCategorie(value: unknown): Categorie | undefined {
  const t = foldText(String(value ?? '')).replace(/^(?:categorie|cat\.?)\s*/, '');
  const m = /^(a\+|a|b|c)(?![a-z])/.exec(t);
  return m ? (m[1].toUpperCase() as Categorie) : undefined;
}

/** `Fonction publique de l'Etat`, `FPE`, `État` → `FPE`; territoriale → `FPT`; hospitalière → `FPH`; else `undefined`. */
export function parseVersant(value: unknown): Versant | undefined {
  const t = foldText(String(value ?? ''));
  if (/\bfpe\b|\betat\b/.test(t)) return 'FPE';
  if (/\bfpt\b|territorial/.test(t)) return 'FPT';
  if (/\bfph\b|hospitali/.test(t)) return 'FPH';
  return undefined;
}

/**
 * Who may apply, from a sentence or a list: `Emploi ouvert aux titulaires et aux contractuels` → `both`,
 * `Emploi ouvert uniquement aux contractuels` → `contractuels`, `Emploi réservé aux titulaires` / `Fonctionnaire`
 * → `titulaires`; `undefined` when neither is named.
 */
export function parseOpenTo(value: unknown): OpenTo | undefined {
  const t = foldText(Array.isArray(value) ? value.join(' ') : String(value ?? ''));
  const only = /(?:uniquement|seulement|exclusivement|reserve[e]?s?)\s+aux\s+(titulaires|fonctionnaires|contractuels)|(titulaires|fonctionnaires|contractuels)\s+uniquement/.exec(t);
  if (only) return /contractuel/.test(only[1] ?? only[2]) ? 'contractuels' : 'titulaires';
  const tit = /titulaire|fonctionnaire/.test(t);
  const con = /contractuel/.test(t);
  return tit && con ? 'both' : tit ? 'titulaires' : con ? 'contractuels' : undefined;
}

/** `Non`, `Aucun` → `none`; `Total`, `100 %`, `complet` → `full`; `Oui`, `Partiel`, `2 jours`, `possible` → `partial`. */
export function parseRemote(value: unknown): Remote | undefined {
  const t = foldText(String(value ?? ''));
  if (!t) return undefined;
  if (/^(?:non|aucun|pas de|impossible|sans)\b|non eligible|non autorise/.test(t)) return 'none';
  if (/total|complet|100 ?%|integral/.test(t)) return 'full';
  if (/^oui\b|partiel|possible|jours?|autorise|eligible|envisageable/.test(t)) return 'partial';
  return undefined;
}

/** FNV-1a 32-bit hash of `s`, 8 hex digits: short stable ids for records without one. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `prefix-<value>` with every character outside `[A-Za-z0-9_.:-]` replaced by `-`, at most 100 characters. */
export function recordId(prefix: string, value: string): string {
  return `${prefix}-${value.trim().replace(/[^A-Za-z0-9_.:-]+/g, '-')}`.slice(0, 100);
}

/**
 * A location from what a source wrote: `label` shown; département from `departementText` (or the label); région
 * from the département (official name), else from `regionText`.
 */
export function location(label: string | undefined, departementText: string | undefined, regionText?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const departement = departementFromText(departementText ?? '') ?? departementFromText(label ?? '');
  const region = (departement ? DEPARTEMENTS.get(departement)?.region : undefined) ?? (regionText ? regionByName(regionText) : undefined);
  return { label: label ?? regionText, ...(departement ? { departement } : {}), ...(region ? { region } : {}), ...extra };
}

/** Removes `undefined` values at any depth of plain objects (so optional fields stay absent). */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const deep = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? compact(v as Record<string, unknown>) : v);
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined).map(([k, v]) => [k, deep(v)])) as T;
}

/** Collects records: checks each candidate (conversion problems first) and builds the {@link JobImportResult}. */
export class ResultBuilder {
  readonly valid: JobPosting[] = [];
  readonly rejected: JobRecordReport[] = [];
  readonly dropped: JobRecordReport[] = [];
  total = 0;
  /** `word`: how issues are worded (`wordNow` from src/shared/issue-messages.ts, or `deferIssue`: decision 0064). */
  constructor(readonly format: JobFormat, readonly word: IssueWriter) {}
  add(index: number, candidate: Record<string, unknown>, conv: Conversion, extra: { line?: number; id?: string } = {}): void {
    this.total++;
    const id = extra.id ?? (typeof candidate.id === 'string' ? candidate.id : undefined);
    const meta = { index, ...(extra.line !== undefined ? { line: extra.line } : {}), ...(id ? { id } : {}) };
    if (conv.fatal.length) { this.rejected.push({ ...meta, issues: conv.fatal }); return; }
    const r = checkJobPostingWith(this.word, compact(candidate), (path) => sourceFieldName(this.format, path));
    if (!r.ok) { this.rejected.push({ ...meta, issues: r.issues }); return; }
    this.valid.push(r.value);
    const dropped = [...conv.dropped, ...r.dropped];
    if (dropped.length) this.dropped.push({ ...meta, issues: dropped });
  }
  reject(index: number, issues: Issue[], extra: { line?: number; id?: string } = {}): void {
    this.total++;
    this.rejected.push({ index, ...(extra.line !== undefined ? { line: extra.line } : {}), ...(extra.id ? { id: extra.id } : {}), issues });
  }
  result(): JobImportResult {
    return { format: this.format, valid: this.valid, rejected: this.rejected, dropped: this.dropped, total: this.total };
  }
}
