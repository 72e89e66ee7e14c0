/**
 * schema.org JobPosting JSON-LD for search engines, following Google's JobPosting structured-data guidelines
 * (developers.google.com/search/docs/appearance/structured-data/job-posting): required `title`, `description`,
 * `datePosted`, `hiringOrganization`, `jobLocation` (or `jobLocationType: TELECOMMUTE` with
 * `applicantLocationRequirements`); `validThrough` whenever the posting closes; `employmentType`, `identifier`,
 * `directApply`. Google penalises pages that keep expired postings marked up, so {@link toJobPostingJsonLd} returns
 * `null` for any posting that is not open on `today` (expired, filled, draft, not yet posted).
 */
import { closingDate, DEFAULT_OPEN_DAYS, isOpen, JOB_LABELS, type JobPosting } from './posting.js';
import { JOB_FORMAT_LABELS } from './fields.js';
import type { CalendarDate } from '../shared/dates.js';

/** schema.org `employmentType` values of a posting (`FULL_TIME`, `PART_TIME`, `CONTRACTOR`, `TEMPORARY`, `INTERN`, `VOLUNTEER`, `OTHER`). */
export function employmentTypes(p: Pick<JobPosting, 'workingTime' | 'contractKind'>): string[] {
  const out: string[] = [];
  if (p.workingTime === 'full-time') out.push('FULL_TIME');
  if (p.workingTime === 'part-time') out.push('PART_TIME');
  const byKind: Partial<Record<NonNullable<JobPosting['contractKind']>, string>> = { freelance: 'CONTRACTOR', 'fixed-term': 'TEMPORARY', internship: 'INTERN', volunteer: 'VOLUNTEER', other: 'OTHER' };
  const k = p.contractKind ? byKind[p.contractKind] : undefined;
  if (k) out.push(k);
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (s: string) => s.split(/\n{2,}/).map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`).join('');

/** The `description` of the markup: description and profile as escaped HTML paragraphs, else a summary of the fields. */
export function jsonLdDescription(p: JobPosting): string {
  const parts = [p.description, p.profile ? `Profil recherché\n${p.profile}` : undefined].filter((x): x is string => !!x);
  if (parts.length) return parts.map(html).join('');
  const facts = [p.metierReference?.label, p.categorie ? `Catégorie ${p.categorie}` : undefined, p.versant ? JOB_LABELS.versant[p.versant] : undefined, p.openTo ? `Ouvert aux ${JOB_LABELS.openTo[p.openTo].toLowerCase()}` : undefined];
  return html([`${p.title} — ${p.employer.label}, ${p.location.label}.`, facts.filter(Boolean).join(' · ')].filter(Boolean).join('\n\n'));
}

/**
 * The schema.org JobPosting JSON-LD object of `posting`, or `null` when it is not open on `today` (`YYYY-MM-DD`,
 * a parameter; see {@link isOpen}). `validThrough` is always set: `closesAt`, else `postedAt` + `openDays`
 * ({@link closingDate}). Texts go into JSON values only; use {@link jsonLdScriptText} to write it in a page.
 * @throws {RangeError} when `today` is not a real `YYYY-MM-DD` date, or `openDays` not a whole number from 1 to 3650.
 */
export function toJobPostingJsonLd(posting: JobPosting, today: CalendarDate, openDays: number = DEFAULT_OPEN_DAYS): Record<string, unknown> | null {
  if (!isOpen(posting, today, openDays)) return null;
  const p = posting;
  const telecommute = p.remote === 'full';
  const address = {
    '@type': 'PostalAddress',
    addressLocality: p.location.city ?? p.location.label,
    ...(p.location.address ? { streetAddress: p.location.address } : {}),
    ...(p.location.region ? { addressRegion: p.location.region } : {}),
    addressCountry: 'FR',
  };
  const types = employmentTypes(p);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: p.title,
    description: jsonLdDescription(p),
    datePosted: p.postedAt,
    validThrough: `${closingDate(p, openDays)}T23:59:59`,
    ...(p.startsAt ? { jobStartDate: p.startsAt } : {}),
    hiringOrganization: {
      '@type': 'Organization', name: p.employer.label,
      ...(p.employer.parentLabel ? { parentOrganization: { '@type': 'Organization', name: p.employer.parentLabel } } : {}),
    },
    jobLocation: { '@type': 'Place', address, ...(p.location.geo ? { geo: { '@type': 'GeoCoordinates', ...p.location.geo } } : {}) },
    ...(telecommute ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'FR' } } : {}),
    ...(types.length ? { employmentType: types.length === 1 ? types[0] : types } : {}),
    ...(p.source.reference ? { identifier: { '@type': 'PropertyValue', name: JOB_FORMAT_LABELS[p.source.kind === 'csp' ? 'csp-csv' : p.source.kind === 'mdn' ? 'notion' : p.source.kind === 'manual' ? 'json' : p.source.kind].fr, value: p.source.reference } } : {}),
    ...(p.metierReference ? { occupationalCategory: p.metierReference.label } : {}),
    url: p.url,
    directApply: false,
  };
}

/**
 * `value` as the text of a `<script type="application/ld+json">` element: JSON with `<`, `>`, `&`, U+2028 and U+2029
 * escaped as `\uXXXX`, so no text of a posting can close the script element (`</script>`) or start a comment.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
