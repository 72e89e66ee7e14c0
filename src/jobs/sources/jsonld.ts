/**
 * schema.org JobPosting JSON-LD (https://schema.org/JobPosting; Google's JobPosting structured data): a single
 * object, an array, a `@graph`, an `ItemList` of `ListItem`s, or the `<script type="application/ld+json">` blocks of
 * an HTML page ({@link extractJsonLdBlocks}, a small scanner: no DOM, no script run). Mapping: docs/jobs.md.
 */
import { wordNow } from '../../shared/issue-messages.js';
import { isHttpUrl } from '../../shared/urls.js';
import { hasType, isNode, jobPostingNodes, type Node } from './detect.js';
import { Conversion, ResultBuilder, documentError, joinTexts, location, recordId, shortHash, text, type JobImportResult } from './common.js';

export { jobPostingNodes };

/**
 * The contents of the `<script type="application/ld+json">` blocks of an HTML page, in document order. A scanner,
 * not a DOM: skips comments, reads the `type` attribute however it is quoted or cased, ends a script at the first
 * `</script` (as HTML does), strips a `<!-- … -->` or `<![CDATA[ … ]]>` wrapper. Runs in linear time.
 */
export function extractJsonLdBlocks(html: string): string[] {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  for (;;) {
    const tag = lower.indexOf('<', i);
    if (tag < 0) break;
    if (lower.startsWith('<!--', tag)) {
      const end = lower.indexOf('-->', tag + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (!/^<script[\s>/]/.test(lower.slice(tag, tag + 8))) { i = tag + 1; continue; }
    const close = lower.indexOf('>', tag);
    if (close < 0) break;
    const attrs = html.slice(tag + 7, close);
    const end = lower.indexOf('</script', close + 1);
    const body = html.slice(close + 1, end < 0 ? html.length : end);
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    const mime = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (mime === 'application/ld+json') out.push(body.trim().replace(/^<!--|-->$/g, '').replace(/^<!\[CDATA\[|\]\]>$/g, '').trim());
    if (end < 0) break;
    i = end + 8;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ecirc: 'ê', hellip: '…', ndash: '–', mdash: '—' };
/** Plain text of an HTML fragment: block ends → line breaks, tags removed, entities decoded. Output is text only. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/li|\/h[1-6]|\/div|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

const first = (x: unknown): unknown => (Array.isArray(x) ? x[0] : x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? text(x) : typeof x === 'number' ? String(x) : isNode(x) && typeof x.name === 'string' ? text(x.name) : undefined);

export interface JsonLdOptions {
  /** Address of the page or file read: base of relative `url`s, `source.url` of the postings. */
  readonly pageUrl?: string;
}

/** Reads the JobPosting nodes of a parsed JSON-LD value. Never throws. */
export function fromJobPostingJsonLd(value: unknown, options: JsonLdOptions = {}): JobImportResult {
  const nodes = jobPostingNodes(value);
  if (nodes.length === 0) {
    return documentError('jsonld', { path: '', code: 'no_job_posting', fr: 'aucun JobPosting schema.org trouvé (objet, liste, @graph ou ItemList)', en: 'no schema.org JobPosting found (object, array, @graph or ItemList)' });
  }
  const out = new ResultBuilder('jsonld', wordNow);
  nodes.forEach((n, index) => out.add(index, ...candidateOf(n, options)));
  return out.result();
}

/**
 * Reads the JobPostings of an HTML page's JSON-LD blocks. A block that is not valid JSON is reported as a rejection
 * (`index` -1, path `script[k]`, k from 1) and the other blocks are still read.
 */
export function fromHtmlJsonLd(html: string, options: JsonLdOptions = {}): JobImportResult {
  const blocks = extractJsonLdBlocks(html);
  const values: unknown[] = [];
  const broken: { index: number; issues: { path: string; code: string; fr: string; en: string }[] }[] = [];
  blocks.forEach((b, k) => {
    try { values.push(JSON.parse(b)); } catch (e) {
      const why = (e as Error).message;
      broken.push({ index: -1, issues: [{ path: `script[${k + 1}]`, code: 'invalid_json', fr: `bloc JSON-LD n° ${k + 1} : JSON invalide (${why})`, en: `JSON-LD block #${k + 1}: invalid JSON (${why})` }] });
    }
  });
  if (!blocks.length) return documentError('jsonld', { path: '', code: 'no_json_ld', fr: 'aucun bloc <script type="application/ld+json"> dans la page', en: 'no <script type="application/ld+json"> block in the page' });
  const r = values.length ? fromJobPostingJsonLd(values, options) : documentError('jsonld', { path: '', code: 'no_job_posting', fr: 'aucun JobPosting lisible dans la page', en: 'no readable JobPosting in the page' });
  if (r.error && broken.length === 0) return r;
  return { ...r, error: r.valid.length || r.rejected.length ? undefined : r.error, rejected: [...broken, ...r.rejected], total: r.total + broken.length };
}

function candidateOf(n: Node, options: JsonLdOptions): [Record<string, unknown>, Conversion, { id?: string }] {
  const conv = new Conversion('jsonld');
  const resolve = (u: unknown): string | undefined => {
    if (typeof u !== 'string') return undefined;
    try { const abs = new URL(u, options.pageUrl).href; return isHttpUrl(abs) ? abs : u; } catch { return u; }
  };
  const url = resolve(n.url) ?? (options.pageUrl && isHttpUrl(options.pageUrl) ? options.pageUrl : undefined);
  const identifier = first(n.identifier);
  const ref = isNode(identifier) ? str(identifier.value) : str(identifier);
  const id = ref ? recordId('jsonld', ref) : url ? `jsonld-${shortHash(url)}` : undefined;
  const org = first(n.hiringOrganization);
  const parent = isNode(org) ? first(org.parentOrganization) : undefined;
  const place = first(n.jobLocation);
  const address = isNode(place) ? first(place.address) : undefined;
  const a = isNode(address) ? address : {};
  const geo = isNode(place) && isNode(place.geo) ? place.geo : undefined;
  const lat = geo ? Number(geo.latitude) : NaN;
  const lon = geo ? Number(geo.longitude) : NaN;
  const telecommute = [n.jobLocationType].flat().some((t) => typeof t === 'string' && t.toUpperCase() === 'TELECOMMUTE');
  const types = [n.employmentType].flat().filter((t): t is string => typeof t === 'string').map((t) => t.toUpperCase().replace(/[\s-]/g, '_'));
  const locality = str(a.addressLocality);
  const postal = str(a.postalCode);
  const region = str(a.addressRegion);
  const label = [locality, postal ? `(${postal.slice(0, 2)})` : undefined].filter(Boolean).join(' ') || region || (typeof address === 'string' ? text(address) : undefined) || (telecommute ? 'Télétravail' : undefined);
  const desc = typeof n.description === 'string' ? text(htmlToText(n.description)) : undefined;
  const occupation = str(first(n.occupationalCategory));
  const candidate = {
    id,
    title: str(n.title),
    employer: { label: str(org), parentLabel: str(parent) },
    contractKind: types.includes('CONTRACTOR') ? 'freelance' : types.includes('INTERN') ? 'internship' : types.includes('VOLUNTEER') ? 'volunteer' : types.includes('TEMPORARY') ? 'fixed-term' : undefined,
    workingTime: types.includes('FULL_TIME') ? 'full-time' : types.includes('PART_TIME') ? 'part-time' : undefined,
    location: label ? location(label, postal ?? label, region, {
      city: locality, address: str(a.streetAddress),
      geo: Number.isFinite(lat) && Number.isFinite(lon) && geo ? { latitude: lat, longitude: lon } : undefined,
    }) : undefined,
    remote: telecommute ? 'full' : undefined,
    postedAt: conv.frDate(n.datePosted, 'postedAt', 'datePosted', true),
    closesAt: conv.frDate(n.validThrough, 'closesAt', 'validThrough', false),
    startsAt: conv.frDate(n.jobStartDate, 'startsAt', 'jobStartDate', false),
    url,
    description: desc,
    profile: joinTexts(...[n.qualifications, n.skills, n.experienceRequirements].map((x) => typeof x === 'string' ? htmlToText(x) : str(first(x)))),
    metierReference: occupation ? { scheme: 'other', label: occupation } : undefined,
    source: { kind: 'jsonld', reference: ref, url: options.pageUrl && isHttpUrl(options.pageUrl) ? options.pageUrl : undefined },
    status: 'published',
  };
  return [candidate, conv, { id }];
}
