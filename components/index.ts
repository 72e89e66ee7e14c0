/**
 * The element classes and their event types, WITHOUT defining any tag (no side effect): a bundler keeps only the
 * classes you use. Define one under a name of your choice (`customElements.define('ma-galerie', IntraPortraits)`),
 * or import a define file: `@betagouv/intras/components/portraits/intra-portraits.js` (one element) or
 * `@betagouv/intras/components/define.js` (every element, as the CDN file `dist/cdn/intras.js`).
 */
export { IntraPortraits } from './portraits/portraits.js';
export { IntraEligibility } from './eligibility/eligibility.js';
export { IntraJobFeed } from './job-feed/job-feed.js';
export { IntraSupportRequest, type SupportPrefill, type SupportRequestView } from './support-request/support-request.js';
export {
  IntraSubmitEvent, IntraQueuedEvent, IntraSentEvent, IntraRejectedEvent, type IntraSubmitDetail, type IntraQueuedDetail,
  type IntraSentDetail, type IntraRejectedDetail, type IntraSupportRequestEventMap,
} from './support-request/support-request.events.js';
export { IntraVerdictEvent, type IntraVerdictDetail } from './shared/events.js';
export { IntraEvent, IntraLoadEvent, IntraErrorEvent, IntraSelectEvent, type IntraLoadDetail, type IntraErrorDetail, type DataErrorKind } from './shared/events.js';
export type { IntraPortraitsEventMap } from './portraits/portraits.events.js';
export type { IntraEligibilityEventMap } from './eligibility/eligibility.events.js';
export type { IntraJobFeedEventMap } from './job-feed/job-feed.events.js';
