/**
 * De-duplication of postings read from several sources (the same offer is often on CSP, on a ministry page and in a
 * hand-made list). Three keys, tried in order: the same source reference (`source.reference`, folded: CSP and PEP
 * share the offer numbers), then the same URL (normalised: host lower-cased, fragment, `utm_*` parameters and a
 * final `/` removed), then the same folded title (without "H/F", "F/H") + employer + place (département, else place
 * label). The URL and title keys never merge two postings of the same source kind that both have a (different)
 * reference: one source's two offer numbers are two offers. The first posting is kept; empty optional fields are filled from the later ones, and every merge is reported.
 */
import { foldText } from '../shared/text.js';
import type { JobPosting } from './posting.js';

/** Why two postings were merged. */
export type MergeReason = 'reference' | 'url' | 'title-employer-place';

/** One merge: the posting kept, the one dropped, the key that matched, and the fields filled from the dropped one. */
export interface JobMerge {
  readonly keptId: string;
  readonly droppedId: string;
  readonly reason: MergeReason;
  /** The matching key's value (`2021-690730`, the normalised URL, or `title | employer | place`). */
  readonly key: string;
  /** Top-level fields of the kept posting that were empty and now come from the dropped one. */
  readonly filled: readonly string[];
}

/** The unique postings (first occurrence order) and the merges made. */
export interface DedupeResult {
  readonly postings: JobPosting[];
  readonly merges: JobMerge[];
}

/** `url` normalised for comparison (see module comment); the input when it does not parse. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^utm_/i.test(k)) u.searchParams.delete(k);
    const s = `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    return s.replace(/^http:/, 'https:');
  } catch {
    return url;
  }
}

/** Folded title without gender markers ("H/F", "F/H", "(H/F)") nor punctuation, for the third key. */
export function normaliseTitle(title: string): string {
  return foldText(title).replace(/\(?\b[hf]\s*\/\s*[hf]\b\)?/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function placeKey(p: JobPosting): string {
  return p.location.departement ?? foldText(p.location.label);
}

/** The three keys of a posting, in order (a key may be absent). */
export function dedupeKeys(p: JobPosting): Partial<Record<MergeReason, string>> {
  return {
    ...(p.source.reference ? { reference: foldText(p.source.reference) } : {}),
    url: normaliseUrl(p.url),
    'title-employer-place': `${normaliseTitle(p.title)} | ${foldText(p.employer.label)} | ${placeKey(p)}`,
  };
}

const FILLABLE = ['versant', 'categorie', 'openTo', 'contractKind', 'contractDuration', 'workingTime', 'remote', 'closesAt', 'startsAt', 'description', 'profile', 'metierReference', 'startupGhids'] as const;

/** De-duplicates `postings` (see module comment). Pure: the input postings are not modified. */
export function dedupeJobPostings(postings: readonly JobPosting[]): DedupeResult {
  const kept: JobPosting[] = [];
  const merges: JobMerge[] = [];
  const seen: Record<MergeReason, Map<string, number>> = { reference: new Map(), url: new Map(), 'title-employer-place': new Map() };
  for (const p of postings) {
    const keys = dedupeKeys(p);
    let hit: { at: number; reason: MergeReason; key: string } | undefined;
    for (const reason of ['reference', 'url', 'title-employer-place'] as const) {
      const key = keys[reason];
      const at = key === undefined ? undefined : seen[reason].get(key);
      if (at === undefined) continue;
      // Two offer numbers of one source are two offers (a ministry often posts the same title twice).
      const other = kept[at];
      if (reason !== 'reference' && other.source.kind === p.source.kind && other.source.reference && p.source.reference) continue;
      hit = { at, reason, key: key! };
      break;
    }
    if (!hit) {
      const at = kept.push({ ...p }) - 1;
      for (const reason of ['reference', 'url', 'title-employer-place'] as const) if (keys[reason] !== undefined && !seen[reason].has(keys[reason]!)) seen[reason].set(keys[reason]!, at);
      continue;
    }
    const target = kept[hit.at] as Record<string, unknown>;
    const filled: string[] = [];
    for (const f of FILLABLE) {
      if (target[f] === undefined && p[f] !== undefined) { target[f] = p[f]; filled.push(f); }
    }
    // The merged record is now known under the dropped one's keys too.
    for (const reason of ['reference', 'url', 'title-employer-place'] as const) if (keys[reason] !== undefined && !seen[reason].has(keys[reason]!)) seen[reason].set(keys[reason]!, hit.at);
    merges.push({ keptId: kept[hit.at].id, droppedId: p.id, reason: hit.reason, key: hit.key, filled });
  }
  return { postings: kept, merges };
}
