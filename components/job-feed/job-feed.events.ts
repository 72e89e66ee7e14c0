/**
 * Events fired by `<intra-job-feed>`, by name, with their precise detail types (type-only module). Merged into the
 * global `HTMLElementEventMap` (one entry per event name: `intra-select` carries a portrait or a posting, see
 * docs/decisions/0022), and read by the generated React / Vue / Svelte typings.
 */
import type { JobPosting } from '../../src/index.js';
import type { IntraErrorEvent, IntraLoadEvent, IntraSelectEvent } from '../shared/events.js';

export interface IntraJobFeedEventMap {
  /** Data from inline JSON or `src` finished loading. */
  'intra-load': IntraLoadEvent;
  /** Loading failed, or some records were skipped (`kind: 'records'`). */
  'intra-error': IntraErrorEvent;
  /** The user followed the link of a posting: `detail: { id, item }`, `item` the posting. */
  'intra-select': IntraSelectEvent<JobPosting>;
}

declare global {
  interface HTMLElementEventMap extends Omit<IntraJobFeedEventMap, 'intra-select'> {}
  interface IntraSelectItemMap { jobPosting: JobPosting }
}
