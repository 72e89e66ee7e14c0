/**
 * What `intras validate` does, without the command-line layer: read a JSON file, detect its kind, validate it
 * with the library's parsers, and word the result in French (default) or English. Never throws.
 */
import * as z from 'zod/mini';
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { unknownKeys, type Issue, type Lang } from '../shared/issues.js';
import { escapeControls } from './terminal.js';
import type { SkillFramework } from '../skills/framework.js';
import { parsePortraits, PortraitSchema } from '../portraits/portrait.js';
import { parseSkillFramework, SkillFrameworkSchema } from '../skills/framework.js';
import { CertificationSessionSchema, parseSessions } from '../certification/session.js';
import { CertificationApplicationSchema, parseCertificationApplication } from '../certification/application.js';
import { JobPostingSchema } from '../jobs/posting.js';
import { parseJobPostings } from '../jobs/sources/json.js';

/** Kinds of documents `intras validate` knows. */
export const DOCUMENT_KINDS = ['skill-framework', 'portraits', 'certification-sessions', 'certification-application', 'job-postings'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Names of the kinds, singular, for messages. */
export const KIND_LABELS: Record<DocumentKind, { fr: string; en: string }> = {
  'skill-framework': { fr: 'référentiel de compétences', en: 'skill framework' },
  portraits: { fr: 'portraits', en: 'portraits' },
  'certification-sessions': { fr: 'sessions de certification', en: 'certification sessions' },
  'certification-application': { fr: 'candidature à la certification', en: 'certification application' },
  'job-postings': { fr: 'offres d’emploi', en: 'job postings' },
};

/** Identity of an opened file (device and inode, after following symlinks): two paths name the same file iff equal. */
export interface FileIdentity { readonly dev: bigint; readonly ino: bigint }

/** Same file? Device and inode, so hard links and symlinks to one file compare equal, whatever their paths. */
export const sameIdentity = (a: FileIdentity, b: FileIdentity) => a.dev === b.dev && a.ino === b.ino;

/** Reading result: the parsed JSON and the file's identity, or a bilingual reason (unreadable file, invalid JSON). */
export type ReadResult = { ok: true; value: unknown; file: FileIdentity } | { ok: false; fr: string; en: string };

/** Default largest input file, in bytes: 50 MiB (RS6247's framework is 12 KB; 5,000 portraits about 10 MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** `n` bytes in MiB for messages (`50`, `0.5`). */
export const mebibytes = (n: number) => String(n / 1024 / 1024);

/** Largest `--max-size`, in MiB. */
export const MAX_SIZE_LIMIT_MIB = 4096;

/**
 * The `--max-size <MiB>` value of every command (decision 0015): a decimal number of MiB (`0.5`, `100`), over 0 and at
 * most {@link MAX_SIZE_LIMIT_MIB}, that leaves at least one byte. Returns the limit in bytes, or the FR/EN message
 * (without `erreur :`) saying the accepted range and what is wrong with `value` (not a number, no byte, too big).
 */
export function parseMaxSize(value: string): { ok: true; bytes: number } | { ok: false; fr: string; en: string } {
  const mib = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  const bytes = Math.floor(mib * 1024 * 1024);
  if (mib <= MAX_SIZE_LIMIT_MIB && bytes >= 1) return { ok: true, bytes };
  const why = Number.isNaN(mib) ? { fr: 'pas un nombre décimal positif', en: 'not a positive decimal number' }
    : mib > MAX_SIZE_LIMIT_MIB ? { fr: `plus de ${MAX_SIZE_LIMIT_MIB}`, en: `over ${MAX_SIZE_LIMIT_MIB}` }
    : { fr: 'aucun fichier ne pourrait être lu', en: 'no file could be read' };
  const shown = escapeControls(value);
  return {
    ok: false,
    fr: `--max-size attend une taille en Mio plus grande que 0 (au moins 1 octet) et au plus ${MAX_SIZE_LIMIT_MIB}, par exemple 0.5 ou 100 ; reçu « ${shown} » : ${why.fr}`,
    en: `--max-size takes a size in MiB greater than 0 (at least 1 byte) and at most ${MAX_SIZE_LIMIT_MIB}, for example 0.5 or 100; received "${shown}": ${why.en}`,
  };
}

/** A size limit for messages: `50 Mio` / `50 MiB` when a whole number of KiB, else in bytes (`104 octets`, `1 octet`). */
export function sizeText(n: number): { fr: string; en: string } {
  return n % 1024 === 0 ? { fr: `${mebibytes(n)} Mio`, en: `${mebibytes(n)} MiB` } : { fr: `${n} octet${n > 1 ? 's' : ''}`, en: `${n} byte${n === 1 ? '' : 's'}` };
}

/** What a path that is not a regular file is (after following symlinks), for messages. */
function notRegular(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }) {
  if (st.isDirectory()) return { fr: 'c’est un dossier', en: 'it is a directory' };
  const what = st.isFIFO() ? { fr: 'un tube nommé (FIFO)', en: 'a named pipe (FIFO)' }
    : st.isCharacterDevice() ? { fr: 'un périphérique caractère', en: 'a character device' }
      : st.isBlockDevice() ? { fr: 'un périphérique bloc', en: 'a block device' }
        : st.isSocket() ? { fr: 'une socket', en: 'a socket' } : { fr: 'un fichier spécial', en: 'a special file' };
  return { fr: `ce n’est pas un fichier ordinaire mais ${what.fr}`, en: `not a regular file but ${what.en}` };
}

/** A file read by {@link readRegularFile}: its bytes and identity, or a refusal naming it (French and English). */
export type FileRead = { ok: true; bytes: Buffer; file: FileIdentity } | { ok: false; fr: string; en: string };

/**
 * Reads a file's bytes. Never throws; never blocks on a named pipe; never reads more than `maxBytes` + 1 bytes. The
 * path is opened once (`O_NONBLOCK`, so opening a FIFO returns at once) and the opened descriptor is checked with
 * `fstat` (no check-then-open race): only a regular file is read (symlinks are followed), and one larger than
 * `maxBytes` (default {@link DEFAULT_MAX_BYTES}) is refused before reading; the size is checked again while reading,
 * for a file that grows. Refusals name the file, in French and English. Used by every command that reads a file.
 */
export function readRegularFile(path: string, { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {}): FileRead {
  const cannot = (why: { fr: string; en: string }): FileRead => ({ ok: false, fr: `impossible de lire « ${path} » : ${why.fr}`, en: `cannot read "${path}": ${why.en}` });
  const tooLarge = () => cannot({
    fr: `fichier trop gros (plus de ${sizeText(maxBytes).fr} ; --max-size <Mio> change la limite)`,
    en: `file too large (over ${sizeText(maxBytes).en}; --max-size <MiB> changes the limit)`,
  });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return cannot(code === 'ENOENT' ? { fr: 'fichier introuvable', en: 'file not found' }
      : code === 'EISDIR' ? { fr: 'c’est un dossier', en: 'it is a directory' }
        : code === 'EACCES' || code === 'EPERM' ? { fr: 'accès refusé', en: 'permission denied' }
          : code === 'ENXIO' ? { fr: 'ce n’est pas un fichier ordinaire mais une socket', en: 'not a regular file but a socket' }
            : code === 'ELOOP' ? { fr: 'boucle de liens symboliques', en: 'symbolic link loop' } : { fr: `erreur ${code}`, en: `error ${code}` });
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    if (!st.isFile()) return cannot(notRegular(st));
    if (st.size > BigInt(maxBytes)) return tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge();
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total), file: { dev: st.dev, ino: st.ino } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return cannot(code === 'EISDIR' ? { fr: 'c’est un dossier', en: 'it is a directory' } : { fr: `erreur ${code}`, en: `error ${code}` });
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a JSON file ({@link readRegularFile}, then `JSON.parse` without a BOM). Never throws. */
export function readJsonFile(path: string, options: { maxBytes?: number } = {}): ReadResult {
  const read = readRegularFile(path, options);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, '')), file: read.file };
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
    // Our job postings JSON (docs/jobs.md; the other job formats are read by `intras jobs import`).
    if ('postedAt' in sample || ('employer' in sample && 'url' in sample)) return 'job-postings';
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.competences) && ('levelScale' in doc || 'version' in doc)) return 'skill-framework';
  if (Array.isArray(doc.portraits)) return 'portraits';
  if (Array.isArray(doc.sessions)) return 'certification-sessions';
  if (Array.isArray(doc.postings)) return 'job-postings';
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
    const warnings = unknownKeys(kind === 'skill-framework' ? SkillFrameworkSchema : CertificationApplicationSchema, doc);
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
  const r = kind === 'portraits' ? parsePortraits(doc) : kind === 'job-postings' ? parseJobPostings(doc) : parseSessions(doc);
  const key = kind === 'portraits' ? 'portraits' : kind === 'job-postings' ? 'postings' : 'sessions';
  const wrapper = isObject(doc) ? key : '';
  // Parts the element drops from a kept portrait (an invalid optional part) are errors of the file all the same.
  const issues = [...r.rejected, ...(r.dropped ?? [])].sort((a, b) => a.index - b.index)
    .flatMap((rec) => rec.issues.map((i) => prefixed(i, rec.index < 0 ? '' : `${wrapper}[${rec.index}]`)));
  const records = plural(r.valid.length, ['enregistrement valide', 'enregistrements valides'], ['valid record', 'valid records']);
  // Misspelt optional fields are dropped by the schema: say so (warnings, the exit code stays 0).
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc[key]) ? (doc[key] as unknown[]) : [];
  const recordSchema = kind === 'portraits' ? PortraitSchema : kind === 'job-postings' ? JobPostingSchema : CertificationSessionSchema;
  const wrapperKeys: Issue[] = isObject(doc) && Array.isArray(doc[key])
    ? unknownKeys(z.object({ $schema: z.optional(z.string()), [key]: z.array(z.unknown()) }), doc) : [];
  const warnings = [...wrapperKeys, ...list.flatMap((rec, i) => unknownKeys(recordSchema, rec, `${wrapper}[${i}]`))];
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

/** The identity of the file at `path` (symlinks followed), or `undefined` when there is none yet. */
export function identityOf(path: string): FileIdentity | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return { dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` to `path` unless `path` is one of `inputs` (same device and inode: a hard link or a symlink to an input
 * counts). The file is opened without truncation, checked on the opened descriptor, then truncated: no window
 * where a check passes and another file is clobbered. Returns the identity of the input it refused to overwrite,
 * `undefined` once written; throws the system error (`EISDIR`, `EACCES`…) otherwise.
 */
export function writeOutput(path: string, text: string, inputs: readonly FileIdentity[]): FileIdentity | undefined {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    const st = fstatSync(fd, { bigint: true });
    const target = { dev: st.dev, ino: st.ino };
    if (inputs.some((i) => sameIdentity(i, target))) return target;
    if (st.isFile()) ftruncateSync(fd, 0);
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    return undefined;
  } finally {
    closeSync(fd);
  }
}
