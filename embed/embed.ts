/**
 * The script of the embed pages (`dist/embed/embed.js`, loaded by `dist/embed/<element>.html`; docs/embed.md).
 *
 * 1. Reads which element the page is for (`<html data-intras-embed="portraits">`) and the build-time allow-list of
 *    data origins (`<meta name="intras-embed-origins" content="https://a https://b">`), both written by the build.
 * 2. Checks the page's query string with {@link parseEmbedParams}. On any issue it shows them all (French and
 *    English, `role="alert"`) and loads no element; otherwise it creates the element, sets the checked values with
 *    `setAttribute` (nothing from the query string ever reaches an HTML parser), and imports the element's file from
 *    the CDN build next to this folder (`../cdn/intra-<name>.js`, a fixed map, never a URL from the query).
 * 3. Tells the parent window its height (`{ type: 'intras:height', height }`, a number in CSS px, nothing else) on
 *    load and on every size change (`ResizeObserver`), to `parent-origin` when given, else to `*`; answers a parent's
 *    `{ type: 'intras:ping' }` the same way. embed/parent.ts is the other side.
 * 4. Opens links to other pages in the top window ({@link linksLeaveTheFrame}).
 */
import { EMBED_MESSAGE_TYPE, EMBED_PING_TYPE } from './protocol.js';
import { parseEmbedParams, parentOriginMismatch, EMBED_ELEMENTS, type EmbedElement, type EmbedIssue } from './params.js';

/** Each element's file in the CDN build (relative to this script), and its tag. */
const ELEMENT_FILES: Readonly<Record<EmbedElement, { tag: string; load: () => Promise<unknown> }>> = {
  portraits: { tag: 'intra-portraits', load: () => import(/* @vite-ignore */ new URL('../cdn/intra-portraits.js', import.meta.url).href) },
  'job-feed': { tag: 'intra-job-feed', load: () => import(/* @vite-ignore */ new URL('../cdn/intra-job-feed.js', import.meta.url).href) },
  eligibility: { tag: 'intra-eligibility', load: () => import(/* @vite-ignore */ new URL('../cdn/intra-eligibility.js', import.meta.url).href) },
  'support-request': { tag: 'intra-support-request', load: () => import(/* @vite-ignore */ new URL('../cdn/intra-support-request.js', import.meta.url).href) },
};

/**
 * Posts the page's height to the parent now and on each change; answers pings. No-op when not in a frame. Returns a
 * function that posts it again (measured now: a forced layout), for moments the `ResizeObserver` may miss — Chromium
 * pauses rendering in an off-screen cross-origin frame, so a frame below the fold kept its first, empty height until
 * scrolled to (breaker trial).
 *
 * A `parent-origin` that is not the framing page's origin would fail silently (the browser drops every message): when
 * the parent's ping comes from another origin, `onWrongParent` is called with that origin and nothing more is posted;
 * where the browser tells the parent's origin at once (`location.ancestorOrigins`: Chromium, Safari), a mismatch is
 * also logged in the console at start (only logged, the element kept: the direct parent may be a relay, as GitBook's
 * embeds are); the same message is not logged again when the ping confirms it.
 */
function reportHeight(parentOrigin: string | undefined, onWrongParent: (origin: string) => void = () => {}): () => void {
  if (window.parent === window) return () => {};
  const target = parentOrigin ?? '*';
  let last = -1;
  let stopped = false;
  const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const post = (to: string, force = false) => {
    const height = measure();
    if (stopped || (!force && height === last)) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height }, to);
  };
  const ancestor = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
  // An error, not a warning: the heights posted to `parentOrigin` never reach that parent, whatever it is.
  if (parentOrigin && ancestor && ancestor !== 'null' && ancestor !== parentOrigin) logIssue(parentOriginMismatch(parentOrigin, ancestor));
  new ResizeObserver(() => post(target)).observe(document.documentElement);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    const d = e.data as { type?: unknown } | null;
    if (typeof d !== 'object' || d === null || d.type !== EMBED_PING_TYPE) return;
    if (parentOrigin && e.origin !== parentOrigin) {
      if (!stopped) { stopped = true; onWrongParent(e.origin); }
      return;
    }
    post(parentOrigin ?? e.origin, true);
  });
  return () => post(target);
}

/**
 * Shows the issues (or one loading failure) as text, in the page's language first. `unsized`: the frame will never
 * be given the page's height (wrong `parent-origin`: nothing more is posted, and posting to an origin the editor did
 * not allow is not an option), so the message fits the frame's height — 150 px for an iframe without `height` —
 * in a compact box that scrolls inside (focusable, so the keyboard scrolls it too; embed/embed.css).
 */
function showIssues(main: HTMLElement, lang: 'fr' | 'en', issues: readonly EmbedIssue[], unsized = false): void {
  const box = document.createElement('div');
  box.className = unsized ? 'intras-embed-issues intras-embed-issues--unsized' : 'intras-embed-issues';
  box.setAttribute('role', 'alert');
  if (unsized) box.tabIndex = 0;
  const block = (l: 'fr' | 'en') => {
    const h = document.createElement('h1');
    h.lang = l;
    h.textContent = l === 'fr' ? 'Cette intégration est mal configurée' : 'This embed is misconfigured';
    const ul = document.createElement('ul');
    ul.lang = l;
    for (const i of issues) {
      const li = document.createElement('li');
      li.textContent = i[l];
      ul.append(li);
    }
    box.append(h, ul);
  };
  block(lang);
  block(lang === 'fr' ? 'en' : 'fr');
  main.replaceChildren(box);
  // The console too: where the site editor looks when a frame stays blank or small.
  for (const i of issues) logIssue(i);
}

const logged = new Set<string>();

/** Logs an issue in the console (`intras embed: <fr>\n<en>`), once: the parent's wrong origin is found twice. */
function logIssue(i: EmbedIssue): void {
  const text = `intras embed: ${i.fr}\n${i.en}`;
  if (!logged.has(text)) console.error(text);
  logged.add(text);
}

/**
 * A link to another page (http or https, not this page with another `#fragment`, no `target` of its own) opens in
 * the top window, not inside the frame: checked after the element's own click handlers (the click bubbles out of its
 * shadow root), so links the element handles itself (a card opening its dialog) are left alone.
 */
function linksLeaveTheFrame(): void {
  window.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!a || a.target || !/^https?:$/.test(a.protocol)) return;
    const here = new URL(location.href);
    const to = new URL(a.href);
    here.hash = '';
    to.hash = '';
    if (to.href === here.href) return;
    e.preventDefault();
    window.open(a.href, '_top');
  });
}

function start(): void {
  const main = document.querySelector('main')!;
  const name = document.documentElement.dataset.intrasEmbed as EmbedElement;
  const allowed = (document.querySelector<HTMLMetaElement>('meta[name="intras-embed-origins"]')?.content ?? '').split(/\s+/).filter(Boolean);
  if (!EMBED_ELEMENTS.includes(name)) throw new Error(`intras embed: unknown page ${name}`);
  const r = parseEmbedParams(name, location.search, { pageUrl: location.href, allowedOrigins: allowed });
  document.documentElement.lang = r.lang;
  // A ping from another origin than `parent-origin`: that parameter is wrong, shown as a bad parameter (the element,
  // if already there, is replaced by the message).
  const reportNow = reportHeight(r.ok ? r.parentOrigin : undefined, (actual) => {
    if (r.ok && r.parentOrigin) showIssues(main, r.lang, [parentOriginMismatch(r.parentOrigin, actual)], true);
  });
  if (!r.ok) {
    showIssues(main, r.lang, r.issues);
    return;
  }
  linksLeaveTheFrame();
  const { tag, load } = ELEMENT_FILES[name];
  const el = document.createElement(tag);
  for (const [k, v] of r.attributes) el.setAttribute(k, v);
  main.replaceChildren(el);
  // Once rendered, and once its data is shown, the height is measured and posted whatever the frame's visibility.
  type Rendered = HTMLElement & { updateComplete?: Promise<unknown>; loaded?: Promise<unknown> };
  const settle = async () => {
    await customElements.whenDefined(tag);
    const e = el as Rendered;
    await e.updateComplete;
    reportNow();
    await e.loaded?.catch(() => undefined);
    await e.updateComplete;
    reportNow();
  };
  void settle();
  load().catch(() => showIssues(main, r.lang, [{
    param: tag,
    fr: `Le fichier de <${tag}> n’a pas pu être chargé (dossier cdn/ absent à côté de embed/ ?).`,
    en: `The file of <${tag}> could not be loaded (no cdn/ folder next to embed/?).`,
  }]));
}

start();
