/**
 * Registers `<intra-portraits>` (the only side effect of this module; guarded against double definition) and types
 * it for TypeScript on its own: `document.createElement('intra-portraits')` is an `IntraPortraits`, and its events'
 * details are precise (`intra-select` → `{ id, item: Portrait }`).
 */
import { IntraPortraits } from './portraits.js';
import type { IntraPortraitsEventMap } from './portraits.events.js';
import './portraits.i18n.js';

export { IntraPortraits, type IntraPortraitsEventMap };

if (!customElements.get('intra-portraits')) customElements.define('intra-portraits', IntraPortraits);

declare global {
  interface HTMLElementTagNameMap {
    'intra-portraits': IntraPortraits;
  }
  interface HTMLElementEventMap extends IntraPortraitsEventMap {}
}
