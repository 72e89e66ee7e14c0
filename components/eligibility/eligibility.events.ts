/**
 * Events fired by `<intra-eligibility>`, by name, with their precise detail types (type-only module). Merged into the
 * global `HTMLElementEventMap`; the generated React / Vue / Svelte typings (`@betagouv/intras/jsx/*`) read their
 * listeners' types here.
 */
import type { IntraErrorEvent, IntraLoadEvent, IntraVerdictEvent } from '../shared/events.js';

export interface IntraEligibilityEventMap {
  /** A verdict (eligible or ineligible) was reached: `detail` is the verdict and its `situation`. */
  'intra-verdict': IntraVerdictEvent;
  /** The prefill from inline JSON or `src` finished loading. */
  'intra-load': IntraLoadEvent;
  /** Loading the prefill failed. */
  'intra-error': IntraErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends IntraEligibilityEventMap {}
}
