/**
 * The autoloader: the entry of the CDN file `dist/cdn/intras.js` (like Shoelace's and Web Awesome's).
 *
 * It defines nothing by itself. It looks for `intra-*` tags that are not yet defined — those already in the page when
 * it runs, then those added later (a `MutationObserver` on the whole document) — and imports only those elements'
 * modules: `intra-portraits.js`, `intra-eligibility.js`… next to the loader (relative imports resolve from the
 * loader's own URL, `import.meta.url`), which pull the shared code (lit, zod/mini, the engine…) from `chunks/`.
 * A page with only the gallery downloads the loader, the gallery and the chunks it needs, never the other elements.
 *
 * Tags inside shadow roots are not observed (a page's own components): pass such a root to {@link discover}.
 * An `intra-*` tag this package does not provide is reported once on the console (French and English).
 *
 * npm consumers with a bundler import the define files instead (`@betagouv/intras/components/define.js` or one
 * element's `intra-<name>.js`): a bundler cannot see which tags a page will hold.
 */

/** Each tag and how to load its define file (a static map, so that the build turns each into a chunk). */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'intra-portraits': () => import('./portraits/intra-portraits.js'),
  'intra-eligibility': () => import('./eligibility/intra-eligibility.js'),
  'intra-job-feed': () => import('./job-feed/intra-job-feed.js'),
  'intra-support-request': () => import('./support-request/intra-support-request.js'),
};

/** The tags the autoloader knows, sorted. */
export const AUTOLOADED_TAGS: readonly string[] = Object.keys(ELEMENTS).sort();

const loading = new Map<string, Promise<void>>();
const reported = new Set<string>();

/** Imports one element's module once (a failed import is retried the next time the tag is seen). */
function load(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  const importer = ELEMENTS[tag];
  if (!importer) {
    if (!reported.has(tag)) {
      reported.add(tag);
      console.warn(`intras : balise <${tag}> inconnue, rien n’est chargé (balises : ${AUTOLOADED_TAGS.join(', ')}) / unknown tag <${tag}>, nothing loaded`);
    }
    return Promise.resolve();
  }
  let p = loading.get(tag);
  if (!p) {
    p = importer().then(() => undefined, (e: unknown) => {
      loading.delete(tag);
      console.error(`intras : échec du chargement de <${tag}> / failed to load <${tag}>`, e);
    });
    loading.set(tag, p);
  }
  return p;
}

let hydration: Promise<unknown> | undefined;

/**
 * Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`, about 2 KB), imported only when the
 * page holds an `intra-*` element pre-rendered by `intras render` (it already has a declarative shadow root): it must be
 * evaluated before lit's `LitElement` module, so the loader awaits it before importing any element (decision 0044).
 * Pages without pre-rendered elements never download it. A failed load is reported; the elements then render afresh.
 */
function loadHydration(): Promise<unknown> {
  hydration ??= import('@lit-labs/ssr-client/lit-element-hydrate-support.js').catch((e: unknown) => {
    console.error('intras : échec du chargement de l’hydratation, rendu à neuf / failed to load hydration support, rendering afresh', e);
  });
  return hydration;
}

/**
 * Loads the modules of every undefined `intra-*` element in `root` (and `root` itself when it is one); settles when
 * they are defined (a module that fails to load is reported on the console, not thrown). When one of them was
 * pre-rendered (`intras render`: it has a shadow root before its definition), Lit's hydration support comes first.
 */
export function discover(root: Document | DocumentFragment | Element): Promise<void> {
  const found: Element[] = [];
  if (root instanceof Element && root.localName.startsWith('intra-') && !customElements.get(root.localName)) found.push(root);
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName.startsWith('intra-')) found.push(el);
  const tags = [...new Set(found.map((el) => el.localName))];
  const before = hydration ?? (found.some((el) => el.shadowRoot) ? loadHydration() : undefined);
  return (before ? before.then(() => Promise.all(tags.map(load))) : Promise.all(tags.map(load))).then(() => undefined);
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document, { childList: true, subtree: true });
  void discover(document);
}
