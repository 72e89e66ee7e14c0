/**
 * Which reader a parsed JSON value needs: a PEP export, a Notion list, schema.org JobPosting JSON-LD nodes. Apart from
 * the readers (pep.ts, notion.ts, jsonld.ts re-export these), so that `<intra-job-feed>` can tell the format of a value
 * without holding the readers, which it imports on demand (components/job-feed/job-formats.ts; decision 0064).
 */

/** True when `doc` looks like a PEP export (an array whose first object has `OfferID` and a TalentSoft field). */
export function isPepExport(doc: unknown): boolean {
  const first = Array.isArray(doc) ? doc[0] : undefined;
  return !!first && typeof first === 'object' && 'OfferID' in first && ('JobDescriptionTranslation_JobTitle_' in first || 'Offer_Reference_' in first);
}

/** True when `doc` looks like a Notion list response of pages with properties. */
export function isNotionExport(doc: unknown): boolean {
  const d = doc as { object?: unknown; results?: unknown } | null;
  return !!d && typeof d === 'object' && d.object === 'list' && Array.isArray(d.results);
}

export type Node = Record<string, unknown>;
export const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && !Array.isArray(x);

/** True when a node's `@type` is (or includes) `type`, in any of the spellings (`JobPosting`, `schema:JobPosting`, full IRI). */
export function hasType(node: Node, type: string): boolean {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase() === type.toLowerCase());
}

/**
 * Every JobPosting node of a JSON-LD value: the value itself, the items of an array, of `@graph`, of an `ItemList`
 * (`itemListElement[].item` or the elements themselves), at most 8 levels deep. Document order.
 */
export function jobPostingNodes(value: unknown, depth = 0): Node[] {
  if (depth > 8) return [];
  if (Array.isArray(value)) return value.flatMap((v) => jobPostingNodes(v, depth + 1));
  if (!isNode(value)) return [];
  if (hasType(value, 'JobPosting')) return [value];
  const out: Node[] = [];
  if (Array.isArray(value['@graph'])) out.push(...jobPostingNodes(value['@graph'], depth + 1));
  if (hasType(value, 'ItemList') && Array.isArray(value.itemListElement)) {
    for (const el of value.itemListElement) out.push(...jobPostingNodes(isNode(el) && hasType(el, 'ListItem') && el.item !== undefined ? el.item : el, depth + 1));
  }
  return out;
}
