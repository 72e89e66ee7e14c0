/**
 * Registers `<intra-eligibility>` (the only side effect of this module; guarded against double definition) and types
 * it for TypeScript on its own: `document.createElement('intra-eligibility')` is an `IntraEligibility`, and its
 * events' details are precise (`intra-verdict` → the verdict and its situation).
 */
import { IntraEligibility } from './eligibility.js';
import type { IntraEligibilityEventMap } from './eligibility.events.js';
import './eligibility.i18n.js';

export { IntraEligibility, type IntraEligibilityEventMap };

if (!customElements.get('intra-eligibility')) customElements.define('intra-eligibility', IntraEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'intra-eligibility': IntraEligibility;
  }
  interface HTMLElementEventMap extends IntraEligibilityEventMap {}
}
