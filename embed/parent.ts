/**
 * The parent snippet of the embed pages (`dist/embed/parent.js`, docs/embed.md): on the host page, it sizes each
 * `<iframe data-intras-embed>` to the height its page reports, so that the frame never scrolls.
 *
 * A message is applied only when all of these hold, else it is ignored (nothing thrown; one console warning per frame
 * for the two likely mistakes: a marked frame whose page answers from another origin than its `src`, as after a
 * redirect, and an embed page's message from a frame without `data-intras-embed`):
 * - it comes from the window of an `iframe[data-intras-embed]` of this document (`event.source`);
 * - its origin is the origin of that iframe's `src` (`event.origin`);
 * - its data is exactly `{ type: 'intras:height', height }` with `height` a finite number from 0 to 100,000 (CSS px).
 * The height is then set as `iframe.style.height` (a CSSOM write: allowed under `style-src` without 'unsafe-inline').
 * When a marked frame loads, and when it starts after the page's `load`, it asks the frame for its height (`{ type: 'intras:ping' }`, posted
 * to the frame's origin only), so the script may load before or after the frames. Written for this project (MIT):
 * the iframe-resizer packages are GPL-3.0 or commercial (decision 0046).
 */

import { EMBED_MESSAGE_TYPE, EMBED_PING_TYPE } from './protocol.js';

export { EMBED_MESSAGE_TYPE, EMBED_PING_TYPE };
/** Largest height accepted, in CSS pixels (a bigger value is not a page height). */
export const EMBED_MAX_HEIGHT = 100_000;
/** The attribute that marks the frames this snippet sizes. */
export const EMBED_FRAME_SELECTOR = 'iframe[data-intras-embed]';

/** The origin of a frame's `src`, or undefined when it has none (about:blank, srcdoc…). */
function frameOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const o = new URL(frame.src, document.baseURI).origin;
    return o === 'null' ? undefined : o;
  } catch { return undefined; }
}

/** The height carried by `data` when it has exactly the message's shape, else undefined. */
export function heightOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('height')) return undefined;
  const { type, height } = data as { type: unknown; height: unknown };
  if (type !== EMBED_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return height >= 0 && height <= EMBED_MAX_HEIGHT ? height : undefined;
}

/** Windows already warned about (one console line per frame, not one per message). */
const warned = new WeakSet<object>();
function warnOnce(source: object, fr: string, en: string): void {
  if (warned.has(source)) return;
  warned.add(source);
  console.warn(`intras parent.js: ${fr}\n${en}`);
}

function onMessage(event: MessageEvent): void {
  const height = heightOf(event.data);
  if (height === undefined || !event.source) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(EMBED_FRAME_SELECTOR)) {
    if (frame.contentWindow !== event.source) continue;
    const expected = frameOrigin(frame);
    if (expected === event.origin) frame.style.height = `${Math.ceil(height)}px`;
    // Our own frame, on another origin than its `src` says: most often a redirect (http → https, exemple.gouv.fr →
    // www.exemple.gouv.fr). Ignored (the rule above), and said once: the fix is the frame's final address in `src`.
    else warnOnce(event.source, `hauteur ignorée : le cadre ${frame.title ? `« ${frame.title} » ` : ''}a src sur « ${expected ?? frame.src} » mais sa page est sur « ${event.origin} » (redirection ?) ; écrivez dans src l’adresse finale de la page.`,
      `height ignored: the frame ${frame.title ? `"${frame.title}" ` : ''}has its src on "${expected ?? frame.src}" but its page is on "${event.origin}" (a redirect?); write the page's final address in src.`);
    return;
  }
  // An embed page's message from a frame not marked `data-intras-embed` (the attribute forgotten): said once.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    warnOnce(event.source, `hauteur ignorée : le cadre ${frame.src ? `« ${frame.src} » ` : ''}n’a pas l’attribut data-intras-embed ; ajoutez-le pour qu’il prenne la hauteur de sa page.`,
      `height ignored: the frame ${frame.src ? `"${frame.src}" ` : ''}has no data-intras-embed attribute; add it so that it takes its page's height.`);
    return;
  }
}

function ping(frame: HTMLIFrameElement): void {
  const origin = frameOrigin(frame);
  if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: EMBED_PING_TYPE }, origin);
}

declare global { interface Window { __intrasEmbedParent?: true } }

/** Starts the snippet once per window (loading it twice does nothing more). */
export function listen(): void {
  if (window.__intrasEmbedParent) return;
  window.__intrasEmbedParent = true;
  window.addEventListener('message', onMessage);
  // `load` does not bubble: listen in the capture phase for frames loading now or later.
  document.addEventListener('load', (e) => { if (e.target instanceof HTMLIFrameElement && e.target.matches(EMBED_FRAME_SELECTOR)) ping(e.target); }, true);
  // Frames still loading are asked on their `load` (asked now, an about:blank window would log an origin mismatch).
  if (document.readyState === 'complete') document.querySelectorAll<HTMLIFrameElement>(EMBED_FRAME_SELECTOR).forEach(ping);
}

listen();
