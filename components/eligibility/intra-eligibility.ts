/** Registers `<intra-eligibility>` (the only side effect of this module; guarded against double definition). */
import { IntraEligibility } from './eligibility.js';
import './eligibility.i18n.js';

export { IntraEligibility };

if (!customElements.get('intra-eligibility')) customElements.define('intra-eligibility', IntraEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'intra-eligibility': IntraEligibility;
  }
}
