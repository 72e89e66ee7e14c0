/**
 * Events of the `intra-*` elements: `intra-` prefixed, kebab-case, bubbling and composed, `Event` subclasses
 * with a typed readonly `detail` (design.md §4). They are fired for user actions and finished loads, never when code
 * sets a property. Each element lists the events it fires, with their precise details, in its own event map
 * (`IntraPortraitsEventMap` in components/portraits/portraits.events.ts…), merged into `HTMLElementEventMap` by the
 * element's events module and define file: one global entry per event name, so two elements that fire the same name
 * must give it the same type (docs/decisions/0022).
 */
import type { EligibilitySituation as Situation, EligibleVerdict, IneligibleVerdict, RejectedRecord } from '../../src/index.js';

/**
 * Cause of a data error: `network` (no response, or the connection broke while the body was read), `timeout` (no
 * complete response within the element's `timeout`), `http` (an error status), `parse` (not JSON), `invalid` (no valid
 * record, or a document of the wrong shape), `internal` (an unexpected exception while reading the data: a throwing
 * getter in data set by code, a stack overflow…; the message names the exception). `records` = some records were
 * rejected but the others are shown (partial state).
 */
export type DataErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'internal' | 'records';

/** Detail of `intra-load`: the data finished loading (from inline JSON or `src`). Counts are record counts. */
export interface IntraLoadDetail {
  /** Where the data came from. */
  readonly source: 'property' | 'inline' | 'src';
  /** Records read in the input. */
  readonly total: number;
  /** Valid records. */
  readonly valid: number;
  /** Records rejected by validation (details in `intra-error`). */
  readonly rejected: number;
  /** Valid records that may be displayed (e.g. portraits with consent and `published` status). */
  readonly displayable: number;
}

/** Detail of `intra-error`: cause, HTTP status when any, bilingual message and the rejected records. */
export interface IntraErrorDetail {
  readonly kind: DataErrorKind;
  /** HTTP status for `http` errors. */
  readonly status?: number;
  /** The URL that failed (the element's `src`), for `network` / `timeout` / `http` / `parse`. */
  readonly url?: string;
  /** French message. */
  readonly fr: string;
  /** English message. */
  readonly en: string;
  /** For `records` and `invalid`: each rejected record with its index and issues. */
  readonly rejected?: readonly RejectedRecord[];
  /** For `records`: each record shown without an invalid optional part (index, id, one issue per dropped part). */
  readonly dropped?: readonly RejectedRecord[];
}

/**
 * Base of every `intra-*` event: bubbling, composed (crosses shadow roots), with a typed readonly `detail`.
 * Subclasses only name the event and its detail type.
 */
export abstract class IntraEvent<D> extends Event {
  readonly detail: D;
  /** `cancelable`: for events whose default action a listener may prevent (`intra-submit`). */
  protected constructor(name: string, detail: D, init: { readonly cancelable?: boolean } = {}) {
    super(name, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}

/** `intra-load`: data finished loading. */
export class IntraLoadEvent extends IntraEvent<IntraLoadDetail> {
  static readonly eventName = 'intra-load';
  constructor(detail: IntraLoadDetail) {
    super(IntraLoadEvent.eventName, detail);
  }
}

/** `intra-error`: loading failed, or some records were rejected. */
export class IntraErrorEvent extends IntraEvent<IntraErrorDetail> {
  static readonly eventName = 'intra-error';
  constructor(detail: IntraErrorDetail) {
    super(IntraErrorEvent.eventName, detail);
  }
}

declare global {
  /**
   * The items `intra-select` may carry, by element: each element's events module adds its own (`portrait: Portrait`,
   * `jobPosting: JobPosting`), so the global `HTMLElementEventMap['intra-select']` is the union of the elements a
   * program imports, and exactly `IntraSelectEvent<Portrait>` when it imports the gallery alone (decision 0022).
   */
  interface IntraSelectItemMap {}
  interface HTMLElementEventMap {
    'intra-select': IntraSelectEvent<IntraSelectItemMap[keyof IntraSelectItemMap]>;
  }
}

/** `intra-select`: the user opened an item (a portrait, a job…). */
export class IntraSelectEvent<T = unknown> extends IntraEvent<{ readonly id: string; readonly item: T }> {
  static readonly eventName = 'intra-select';
  constructor(detail: { readonly id: string; readonly item: T }) {
    super(IntraSelectEvent.eventName, detail);
  }
}

/**
 * Detail of `intra-verdict`: the verdict reached by `<intra-eligibility>` (`eligible` or `ineligible`, with its
 * `programme`, `met`, `failed`, `counterfactual`, `suggestions`, `redirect`…), plus the answers it was computed from.
 */
export type IntraVerdictDetail = (EligibleVerdict | IneligibleVerdict) & {
  /** The situation the verdict was computed from (prefill merged with the answers). */
  readonly situation: Situation;
};

/** `intra-verdict`: an eligibility verdict was reached (user answers, or a prefill loaded from inline JSON / `src`). */
export class IntraVerdictEvent extends IntraEvent<IntraVerdictDetail> {
  static readonly eventName = 'intra-verdict';
  constructor(detail: IntraVerdictDetail) {
    super(IntraVerdictEvent.eventName, detail);
  }
}
