/**
 * The readers of every job format but our JSON (issue 8, element size): the Choisir le service public CSV (papaparse),
 * JSON-LD and HTML pages, the Place de l'emploi public and metiers-numeriques Notion exports, and format detection
 * from a text. `<intra-job-feed>` imports this module only for data that needs it (a `src` or a value that is not our
 * JSON; see `parseJobInput`), so a page fed with our JSON never downloads it (a chunk of the CDN build).
 */
import type { JobImportResult } from '../../src/jobs/sources/common.js';
import { importJobs } from '../../src/jobs/sources/index.js';
import { fromJobPostingJsonLd } from '../../src/jobs/sources/jsonld.js';
import { fromNotionExport } from '../../src/jobs/sources/notion.js';
import { fromPepExport } from '../../src/jobs/sources/pep.js';

export { importJobs };

/** A parsed JSON value of another shape than our JSON, read by its adapter. */
export function fromJsonDocument(doc: unknown, kind: 'pep' | 'notion' | 'jsonld', pageUrl: string): JobImportResult {
  return kind === 'pep' ? fromPepExport(doc) : kind === 'notion' ? fromNotionExport(doc) : fromJobPostingJsonLd(doc, { pageUrl });
}
