/**
 * Registers every `intra-*` element (guarded against double definition) and exports their classes: the entry of the
 * CDN file `dist/cdn/intras.js`, and `@betagouv/intras/components/define.js` for npm consumers who want every tag.
 * One element only: import its define file (`@betagouv/intras/components/portraits/intra-portraits.js`).
 * The classes without any definition: `@betagouv/intras/components`.
 */
import './portraits/intra-portraits.js';
import './eligibility/intra-eligibility.js';
import './job-feed/intra-job-feed.js';
import './support-request/intra-support-request.js';

export * from './index.js';
