/**
 * Registers `<intra-job-feed>` (the only side effect of this module; guarded against double definition) and types
 * it for TypeScript on its own: `document.createElement('intra-job-feed')` is an `IntraJobFeed`, and its events'
 * details are precise (`intra-select` → `{ id, item: JobPosting }`).
 */
import { IntraJobFeed } from './job-feed.js';
import type { IntraJobFeedEventMap } from './job-feed.events.js';
import './job-feed.i18n.js';

export { IntraJobFeed, type IntraJobFeedEventMap };

if (!customElements.get('intra-job-feed')) customElements.define('intra-job-feed', IntraJobFeed);

declare global {
  interface HTMLElementTagNameMap {
    'intra-job-feed': IntraJobFeed;
  }
  interface HTMLElementEventMap extends Omit<IntraJobFeedEventMap, 'intra-select'> {}
  interface IntraSelectItemMap { jobPosting: import('../../src/index.js').JobPosting }
}
