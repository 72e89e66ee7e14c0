/**
 * Events fired by `<intra-portraits>`, by name, with their precise detail types (type-only module). Merged into the
 * global `HTMLElementEventMap`, so `el.addEventListener('intra-select', (e) => e.detail.item)` gives a `Portrait`;
 * the generated React / Vue / Svelte typings (`@betagouv/intras/jsx/*`) read their listeners' types here.
 */
import type { Portrait } from '../../src/index.js';
import type { IntraErrorEvent, IntraLoadEvent, IntraSelectEvent } from '../shared/events.js';

export interface IntraPortraitsEventMap {
  /** Data from inline JSON, `items` or `src` finished loading. */
  'intra-load': IntraLoadEvent;
  /** Loading failed, or some records were skipped (`kind: 'records'`). */
  'intra-error': IntraErrorEvent;
  /** The user opened a portrait: `detail: { id, item }`, `item` the portrait. */
  'intra-select': IntraSelectEvent<Portrait>;
}

declare global {
  interface HTMLElementEventMap extends IntraPortraitsEventMap {}
}
