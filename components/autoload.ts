/**
 * The autoloader: the entry of the CDN file `dist/cdn/intras.js` (like Shoelace's and Web Awesome's).
 *
 * It defines nothing by itself. It looks for `intra-*` tags that are not yet defined — those already in the page when
 * it runs, then those added later (a `MutationObserver` on the whole document) — and imports only those elements'
 * modules: `intra-portraits.js`, `intra-eligibility.js`… next to the loader (relative imports resolve from the
 * loader's own URL, `import.meta.url`), which pull the shared code (lit, zod/mini, the engine…) from `chunks/`.
 * A page with only the gallery downloads the loader, the gallery and the chunks it needs, never the other elements.
 *
 * The tags already in the page are imported after the first frame (or 100 ms, in a hidden page), so that a loader
 * that runs before the first paint (`blocking="render"`, README) does not compete with the page's CSS and fonts;
 * meanwhile their space is reserved ({@link RESERVE_CSS}). Tags added later are imported at once.
 *
 * `loading="lazy"` on an element (opt-in, like `<img loading="lazy">`; decision 0058): its module is imported only
 * when the element comes within two viewport heights of the screen (`IntersectionObserver`, so a `#hash` link or the
 * page's own scrolling brings it), at the first Tab key press (the keyboard then reaches its controls), at
 * `beforeprint`, or when the URL's `#fragment` has no target in the page's DOM (it may point inside an element: the
 * gallery's `#portrait-<id>`); its space stays reserved meanwhile on screen. Printing only starts the import: browsers
 * lay the printout out right after `beforeprint`, without waiting for a module (Chromium: afterprint 13 ms after
 * beforeprint, the element defined 70 ms later), so a lazy element printed before it loaded prints its fallback
 * content (its light DOM), its reserved space dropped in print ({@link RESERVE_CSS}): no blank box, but not the element.
 * Editors of pages meant to be printed leave `loading="lazy"` off. Imported at once all the same: a lazy element already near the
 * screen, any element in a browser without `IntersectionObserver`, and an `<intra-support-request>` while the device
 * holds requests queued on an earlier visit (`localStorage` key `intras.support.queue`, components/support-request/
 * delivery.ts: they are sent at page load).
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
      unreserve(); // an element that cannot start shows its fallback content, without a blank space under it
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
 * A `loading="lazy"` element waits until it nears the screen (see above); the promise does not wait for it.
 * @param root - the document, a shadow root or an element to search (itself included).
 * @param all - true: the `loading="lazy"` elements under `root` are imported now too.
 */
export function discover(root: Document | DocumentFragment | Element, all?: boolean): Promise<void> {
  const found: Element[] = [];
  if (root instanceof Element && root.localName.startsWith('intra-') && !customElements.get(root.localName)) found.push(root);
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName.startsWith('intra-')) found.push(el);
  const tags = [...new Set(found.filter((el) => all || !defer(el)).map((el) => el.localName))];
  // Before any element: a lazy pre-rendered element needs the hydration support ahead of lit's LitElement too.
  const before = hydration ?? (found.some((el) => el.shadowRoot) ? loadHydration() : undefined);
  return (before ? before.then(() => Promise.all(tags.map(load))) : Promise.all(tags.map(load))).then(() => undefined);
}

/** `loading="lazy"` elements not imported yet, each observed until it nears the screen. */
const waiting = new Set<Element>();
let near: IntersectionObserver | undefined;

/** True when `el` waits (`loading="lazy"`, not near the screen yet): it is then observed. */
function defer(el: Element): boolean {
  if (el.getAttribute('loading') !== 'lazy' || typeof IntersectionObserver === 'undefined') return false;
  if (el.localName === 'intra-support-request') {
    try {
      if (localStorage.getItem('intras.support.queue')) return false; // its outbox is sent at page load
    } catch { /* storage refused: nothing queued here */ }
  }
  near ??= new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) wake(e.target);
  }, { rootMargin: '200% 0px' });
  waiting.add(el);
  near.observe(el);
  return true;
}

/** Imports a waiting element's module now. */
function wake(el: Element): void {
  near!.unobserve(el);
  waiting.delete(el);
  void discover(el, true);
}

/** `tag` while undefined, at zero specificity (a page's own `intra-*:not(:defined)` rule wins over the loader's). */
/**
 * An element not rendered yet: undefined, or defined but its first render waiting for a module (English texts, a
 * programme's rules: custom state `intras-pending`, components/shared/base.ts); never a pre-rendered one (`intras render`
 * writes `data-rendered-now`: its height is already there). `:where()` forgives a browser without `:state()`.
 */
const undef = (tag: string, sel = '') => `:where(${tag}${sel}:not(:defined):not([data-rendered-now]),${tag}${sel}:state(intras-pending):not([data-rendered-now]))`;

/**
 * The space each element takes at its first render, reserved while its module loads (issue 10, CLS ≤ 0.05): an
 * undefined custom element is an empty inline box, 0 px high, and grew into its first render — the gallery's
 * skeleton, the eligibility form… — pushing down what follows (CLS 0.47 measured under a gallery).
 *
 * While undefined, each element is a `flow-root` box and its own size container; its `::before` is a float of no
 * width whose height is the element's first-render height at that width (`100cqw`): so the element is at least that
 * high. A pre-rendered element (`intras render`: declarative shadow root, `data-rendered-now`) reserves nothing: it
 * already has its first render's height, which may be shorter than a skeleton page. Heights follow
 * the elements' own styles (rem; the `--intra-*` custom properties they honour):
 * - `<intra-portraits>`: the loading skeleton (filters, count line, `page-size` cards, at most 60, of
 *   `--intra-portraits-skeleton-card-height` in the cards' grid, "Voir plus" row), so the whole first page;
 * - `<intra-job-feed>`: its loading skeleton (status line and three cards);
 * - `<intra-eligibility>`: the first step of its `programme` (French texts; narrower than 30rem, one more line);
 * - `<intra-support-request>`: its form.
 * In print, a `loading="lazy"` element still undefined reserves nothing (see above: printing does not wait for it).
 * Columns are counted like the grids do (`auto-fill` of `minmax(card min width, 1fr)`), with `tan(atan2(a, b))` for
 * the length ratio a/b (a number). The stylesheet is constructed and adopted by the document: no `<style>` element
 * nor `style` attribute, so the documented CSP (`style-src 'self'`) holds. Figures in docs/figures.md.
 */
export const RESERVE_CSS: string = (() => {
  const P = undef('intra-portraits');
  const pb = `${P}::before`;
  const cols = (width: string, gap: string) => `max(1,round(down,tan(atan2(100cqw + ${gap},min(100cqw,${width}) + ${gap})),1))`;
  const rows = (n: string, c: string) => `round(up,${n} / ${c},1)`;
  let css = `${AUTOLOADED_TAGS.map((t) => undef(t)).join()}{display:flow-root;container-type:inline-size}`
    + `${AUTOLOADED_TAGS.map((t) => `${undef(t)}::before`).join()}{content:"";float:left;width:0;height:var(--_intras-h,0px)}`
    // Gallery: filters (search row 6.25rem, filter rows 5rem, 1rem gaps, 1.5rem under), count 2.5rem, "Voir plus" 4.5rem.
    + `${pb}{--_g:var(--intra-portraits-gap,1.5rem);--_c:${cols('var(--intra-portraits-card-min-width,16rem)', 'var(--_g)')};`
    + `--_fc:${cols('12rem', '1rem')};--_f:calc(7.75rem + ${rows('3', 'var(--_fc)')} * 6rem);`
    + `--_intras-h:calc(var(--_f) + 7rem + ${rows('var(--_n,24)', 'var(--_c)')} * (var(--intra-portraits-skeleton-card-height,19.5rem) + var(--_g)) - var(--_g))}`
    // From 62em the search box spans two columns of the filters' grid.
    + `@media (min-width:62em){${pb}{--_f:calc(1.75rem + ${rows('5', 'var(--_fc)')} * 6rem)}}`
    + `${undef('intra-portraits', '[without-search]')}::before{--_f:calc(.5rem + ${rows('3', 'var(--_fc)')} * 6rem)}`
    + `${undef('intra-portraits', '[without-filters]')}::before{--_f:7.75rem}`
    + `${undef('intra-portraits', '[without-filters][without-search]')}::before{--_f:0px}`
    // Job feed: status line 5.5rem, three skeleton cards of 12rem.
    + `${undef('intra-job-feed')}::before{--_g:var(--intra-job-feed-gap,1.5rem);`
    + `--_intras-h:calc(5.5rem + ${rows('3', cols('var(--intra-job-feed-card-min-width,20rem)', 'var(--_g)'))} * (12rem + var(--_g)) - var(--_g))}`
    // Eligibility: an unknown or missing programme shows an error box (7rem); a narrow element wraps one more line.
    + `${undef('intra-eligibility')}::before{--_intras-h:calc(var(--_e,7rem) + clamp(0px,(30rem - 100cqw) * 1000,var(--_en,0px)))}`
    + [['certification', '29.5rem', '4.5rem'], ['coaching', '29.5rem', '4.5rem'], ['clinic', '19rem', '1.5rem'], ['hr-support', '24.25rem', '1.5rem']]
      .map(([p, h, n]) => `${undef('intra-eligibility', `[programme="${p}"]`)}::before{--_e:${h};--_en:${n}}`).join('')
    // Support request: its form (narrower than 37.5rem, texts wrap: up to 17.5rem more).
    + `${undef('intra-support-request')}::before{--_intras-h:calc(76.1875rem + clamp(0px,(37.5rem - 100cqw) * 1.1,17.5rem))}`
    // Printed before its module arrived (a lazy one: `beforeprint` only starts the import): its fallback content, no blank.
    + '@media print{[loading=lazy]:not(:defined)::before{display:none}}';
  for (let n = 1; n <= 60; n++) css += `${undef('intra-portraits', `[page-size="${n}"]`)}::before{--_n:${n}}`;
  return css;
})();

let reserved: CSSStyleSheet | undefined;

/** Adopts {@link RESERVE_CSS} once (browsers without constructable stylesheets reserve nothing). */
function reserveSpace(): void {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !document.adoptedStyleSheets) return;
  reserved = new CSSStyleSheet();
  reserved.replaceSync(RESERVE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserved];
}

/** Drops the reservation (a module failed to load: its elements will not render). */
function unreserve(): void {
  if (reserved) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== reserved);
  reserved = undefined;
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  reserveSpace();
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document, { childList: true, subtree: true });
  // The elements' modules are requested after the first frame (or 100 ms, for a hidden page): with blocking="render"
  // the loader runs before the first paint, and its imports would compete with the page's CSS and fonts for it.
  let started = false;
  // The keyboard (the first Tab key press) and printing need every element: the lazy ones left are imported (for
  // printing, too late for a printout laid out at once: it shows their fallback content, RESERVE_CSS). So does
  // a URL fragment with no target in the page's own DOM: it may point inside an element (`#portrait-<id>`).
  const all = () => { for (const el of waiting) wake(el); };
  // The fragment's target is looked up as the browser does (an id, else a name), not with `:target`: that pseudo-class
  // is not updated by history.pushState/replaceState, so it missed fragments written by a page's script.
  const hash = () => {
    let f = location.hash.slice(1);
    try { f = decodeURIComponent(f); } catch { /* kept as written */ }
    if (f && !document.getElementById(f) && !document.getElementsByName(f).length) all();
  };
  const start = () => { if (!started) { started = true; void discover(document); hash(); } };
  addEventListener('keydown', (e) => { if (e.key === 'Tab') all(); }, true);
  addEventListener('beforeprint', all);
  addEventListener('hashchange', hash);
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 100);
}
