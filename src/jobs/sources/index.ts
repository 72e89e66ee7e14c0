/**
 * One entry point for every job source: {@link detectJobFormat} (from the content type and the first bytes) and
 * {@link importJobs} (text → postings, with the rejected records and document errors). Used by `<intra-job-feed>`
 * (`src` attribute) and by `intras jobs import`.
 */
import { JOB_FORMATS, type JobFormat } from '../fields.js';
import { documentError, type JobImportResult } from './common.js';
import { fromCspCsv } from './csp-csv.js';
import { fromHtmlJsonLd, fromJobPostingJsonLd, jobPostingNodes } from './jsonld.js';
import { parseJobPostingsWith } from './json.js';
import { wordNow } from '../../shared/issue-messages.js';
import { fromNotionExport, isNotionExport } from './notion.js';
import { fromPepExport, isPepExport } from './pep.js';

export { JOB_FORMATS, type JobFormat };

/** The format of a parsed JSON document: Notion list, PEP export, JSON-LD (JobPosting nodes), else our JSON. */
export function detectJsonFormat(doc: unknown): JobFormat {
  if (isNotionExport(doc)) return 'notion';
  if (isPepExport(doc)) return 'pep';
  if (jobPostingNodes(doc).length > 0) return 'jsonld';
  return 'json';
}

/**
 * Guesses the format of a job file: from `contentType` when it is decisive (`text/csv` → `csp-csv`,
 * `application/ld+json` and `text/html` → `jsonld`), else from the first characters (BOM and spaces skipped):
 * `<` → an HTML page (`jsonld`), `{` or `[` → JSON, told apart by its shape ({@link detectJsonFormat}; invalid JSON →
 * `json`), a first line with `;` → `csp-csv`. `undefined` when nothing fits.
 */
export function detectJobFormat(text: string, contentType?: string): JobFormat | undefined {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/csv') return 'csp-csv';
  if (type === 'application/ld+json' || type === 'text/html' || type === 'application/xhtml+xml') return 'jsonld';
  const start = String(text).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'jsonld';
  if (start.startsWith('{') || start.startsWith('[')) {
    try { return detectJsonFormat(JSON.parse(start)); } catch { return 'json'; }
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(';') ? 'csp-csv' : undefined;
}

/** Options of {@link importJobs}. */
export interface ImportJobsOptions {
  /** Force the format instead of detecting it (`csv` is accepted for `csp-csv`). */
  readonly format?: JobFormat | 'csv';
  /** Content type of the response or file, used by detection. */
  readonly contentType?: string;
  /** Address the text was read from: base of relative JSON-LD `url`s and `source.url` of JSON-LD postings. */
  readonly pageUrl?: string;
}

/** `position N` of a JSON.parse message → 1-based line and column of `text`. */
function jsonPosition(text: string, message: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return { line, column: Number(m[1]) - before.lastIndexOf('\n') };
}

/**
 * Reads job postings from a text in any supported format ({@link JOB_FORMATS}): detects the format (or takes
 * `options.format`), parses, maps and validates each record. Invalid JSON, an unknown format, a CSV with another
 * separator, a missing header or a broken quote come back as `error` (bilingual, with line and column); bad records as
 * `rejected`. Never throws.
 */
export function importJobs(text: string, options: ImportJobsOptions = {}): JobImportResult {
  const source = String(text).replace(/^\uFEFF/, '');
  const format: JobFormat | undefined = options.format === 'csv' ? 'csp-csv' : options.format ?? detectJobFormat(source, options.contentType);
  if (!format) {
    return documentError('json', { path: '', code: 'unknown_format', fr: 'format non reconnu : JSON, JSON-LD, page HTML ou CSV « ; » attendu', en: 'unknown format: JSON, JSON-LD, HTML page or ";" CSV expected' });
  }
  if (format === 'csp-csv') return fromCspCsv(source);
  const trimmed = source.trimStart();
  if (format === 'jsonld' && trimmed.startsWith('<')) return fromHtmlJsonLd(source, { pageUrl: options.pageUrl });
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (e) {
    const message = (e as Error).message;
    const at = jsonPosition(source, message);
    return documentError(format, {
      path: '', code: 'invalid_json', ...(at ? { line: at.line, column: String(at.column) } : {}),
      fr: `JSON invalide${at ? ` (ligne ${at.line}, colonne ${at.column})` : ''} : ${message}`,
      en: `invalid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${message}`,
    });
  }
  switch (format) {
    case 'pep': return fromPepExport(doc);
    case 'notion': return fromNotionExport(doc);
    case 'jsonld': return fromJobPostingJsonLd(doc, { pageUrl: options.pageUrl });
    default: return parseJobPostingsWith(wordNow, doc);
  }
}
