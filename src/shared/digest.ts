/**
 * The digest of the data a list element renders, written by `intras render … --data-src` as `data-rendered-digest` and
 * computed again in the browser from the data fetched from `src` (issue 10, part 4; decision 0056): equal digests mean
 * the element's first render in the browser is the server's, so it may hydrate (keep the server's nodes); different
 * ones (data published since the render) mean it must render the fetched data instead.
 *
 * The text digested is `JSON.stringify(records)` followed by the counts of rejected and trimmed records (the elements
 * show a notice with those counts), so any change of a shown record (a field, the order, one more or fewer) or of a
 * notice changes it. Hash: cyrb53 (53 bits, public domain, bryc), as 14 hexadecimal digits: fast on a large text and the
 * same in Node and in every browser (no `crypto.subtle`, which is missing on plain-http pages). Not a security measure:
 * whoever serves the data can change the page's HTML too. Pure, deterministic.
 */
export function dataDigest(records: readonly unknown[], rejected: number, dropped: number): string {
  const text = `${JSON.stringify(records)}|${rejected}|${dropped}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
