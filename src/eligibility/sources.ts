/**
 * Sources of the rules: doc.incubateur.net pages (repository `betagouv/doc.incubateur.net-communaute`, read at
 * 2ba8e2b, 2026-08-21, see domain.md §1.3–1.5) and the espace-membre model (domain.md §2.2).
 * URLs follow the GitBook layout `https://doc.incubateur.net/communaute/<path without .md / README.md>`.
 * Every path is checked against the upstream file list (test/fixtures/eligibility/upstream-files.json, with its
 * SOURCE note) by test/node/eligibility-sources.test.ts.
 *
 * Each programme's module holds its own sources (certification.ts, support.ts: a page loads only its programme's,
 * programmes.ts); `SOURCES` gathers them all.
 */
import { CERTIFICATION_PAGE, CERTIFICATION_SOURCES } from './certification.js';
import { CAREERS_PAGE, CLINIC_PAGE, STOP_PAGE, SUPPORT_SOURCES } from './support.js';
import type { Source } from './types.js';

export { CERTIFICATION_PAGE, CAREERS_PAGE, CLINIC_PAGE, STOP_PAGE };

/** Every source of the rules, by key (`SOURCES.certEligibility`). */
export const SOURCES = { ...CERTIFICATION_SOURCES, ...SUPPORT_SOURCES } satisfies Record<string, Source>;
