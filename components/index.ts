/**
 * Registers every `intra-*` element: the entry of the CDN file `dist/cdn/intras.js` for site editors.
 * npm consumers can import one element's define file instead (`@betagouv/intras/components/portraits/intra-portraits.js`).
 */
export { IntraPortraits } from './portraits/intra-portraits.js';
export { IntraEligibility } from './eligibility/intra-eligibility.js';
export { IntraVerdictEvent, type IntraVerdictDetail } from './shared/events.js';
export { IntraEvent, IntraLoadEvent, IntraErrorEvent, IntraSelectEvent, type IntraLoadDetail, type IntraErrorDetail, type DataErrorKind } from './shared/events.js';
