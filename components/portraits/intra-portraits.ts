/** Registers `<intra-portraits>` (the only side effect of this module; guarded against double definition). */
import { IntraPortraits } from './portraits.js';
import './portraits.i18n.js';

export { IntraPortraits };

if (!customElements.get('intra-portraits')) customElements.define('intra-portraits', IntraPortraits);

declare global {
  interface HTMLElementTagNameMap {
    'intra-portraits': IntraPortraits;
  }
}
