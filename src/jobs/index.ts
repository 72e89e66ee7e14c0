/** Job postings: model, adapters, de-duplication, competence matching, search, expiry and JSON-LD. See docs/jobs.md. */
export * from './posting.js';
export * from './places.js';
export * from './fields.js';
export * from './dedupe.js';
export * from './text-match.js';
export * from './lexicon.js';
export * from './search.js';
export * from './jsonld-out.js';
export { type JobDocumentError, type JobImportResult, frenchDate } from './sources/common.js';
export { parseJobPostings, parseJobPostingsStepwise, postingsList } from './sources/json.js';
export { fromJobPostingJsonLd, fromHtmlJsonLd, extractJsonLdBlocks, jobPostingNodes, htmlToText, type JsonLdOptions } from './sources/jsonld.js';
export { fromCspCsv, CSP_CSV_HEADERS, CSP_CSV_REQUIRED_HEADERS, type CspCsvHeader } from './sources/csp-csv.js';
export { fromPepExport, isPepExport, type PepOffer } from './sources/pep.js';
export { fromNotionExport, isNotionExport, notionText } from './sources/notion.js';
export { detectJobFormat, detectJsonFormat, importJobs, type ImportJobsOptions } from './sources/index.js';
