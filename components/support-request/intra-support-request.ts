/**
 * Registers `<intra-support-request>` (the only side effect of this module; guarded against double definition) and
 * types it for TypeScript on its own: `document.createElement('intra-support-request')` is an `IntraSupportRequest`,
 * and its events' details are precise (`intra-sent` → `{ reference, status, idempotencyKey, request }`).
 */
import { IntraSupportRequest } from './support-request.js';
import type { IntraSupportRequestEventMap } from './support-request.events.js';
import './support-request.i18n.js';

export { IntraSupportRequest, type IntraSupportRequestEventMap };

if (!customElements.get('intra-support-request')) customElements.define('intra-support-request', IntraSupportRequest);

declare global {
  interface HTMLElementTagNameMap {
    'intra-support-request': IntraSupportRequest;
  }
  interface HTMLElementEventMap extends IntraSupportRequestEventMap {}
}
