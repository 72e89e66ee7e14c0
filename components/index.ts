/**
 * The element classes and their event types, WITHOUT defining any tag (no side effect): a bundler keeps only the
 * classes you use. Define one under a name of your choice (`customElements.define('ma-galerie', IntraPortraits)`),
 * or import a define file: `@betagouv/intras/components/portraits/intra-portraits.js` (one element) or
 * `@betagouv/intras/components/define.js` (every element, as the CDN file `dist/cdn/intras.js`).
 */
export { IntraPortraits } from './portraits/portraits.js';
export { IntraEligibility } from './eligibility/eligibility.js';
export { IntraVerdictEvent, type IntraVerdictDetail } from './shared/events.js';
export { IntraEvent, IntraLoadEvent, IntraErrorEvent, IntraSelectEvent, type IntraLoadDetail, type IntraErrorDetail, type DataErrorKind } from './shared/events.js';
export type { IntraPortraitsEventMap } from './portraits/portraits.events.js';
export type { IntraEligibilityEventMap } from './eligibility/eligibility.events.js';
