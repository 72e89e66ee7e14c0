/**
 * Events fired by `<intra-support-request>`, with their precise detail types. Merged into the global
 * `HTMLElementEventMap` by the define file; the generated React / Vue / Svelte typings read their listeners' types here.
 */
import type { Issue } from '../../src/shared/issues.js';
import type { SupportRequest } from '../../src/support/index.js';
import { IntraEvent } from '../shared/events.js';

/** Detail of `intra-submit`: the validated request, about to be delivered (a deep copy). */
export interface IntraSubmitDetail {
  readonly request: SupportRequest;
}

/**
 * `intra-submit`: the person sent a valid request. **Cancelable**: `event.preventDefault()` stops the element's own
 * delivery (POST to `action`, or the `mailto:` fallback); the host then delivers `detail.request` itself and may call
 * `el.complete(reference)` to show the receipt.
 */
export class IntraSubmitEvent extends IntraEvent<IntraSubmitDetail> {
  static readonly eventName = 'intra-submit';
  constructor(detail: IntraSubmitDetail) {
    super(IntraSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** Detail of `intra-queued`: the request could not be sent yet and waits on this device. */
export interface IntraQueuedDetail {
  readonly idempotencyKey: string;
  /** `offline` (the browser says so), `network` (no answer, connection lost, timeout) or `http` (408, 429, 5xx). */
  readonly reason: 'offline' | 'network' | 'http';
  /** HTTP status for `http`. */
  readonly status?: number;
  /** Milliseconds until the next try (absent when waiting for the connection). */
  readonly retryInMs?: number;
}

/** `intra-queued`: a try failed with a retryable cause; the request stays queued (localStorage) and is retried. */
export class IntraQueuedEvent extends IntraEvent<IntraQueuedDetail> {
  static readonly eventName = 'intra-queued';
  constructor(detail: IntraQueuedDetail) {
    super(IntraQueuedEvent.eventName, detail);
  }
}

/** Detail of `intra-sent`: the receiver stored the request (`stored`) or had already stored it (`replayed`). */
export interface IntraSentDetail {
  /** The receiver's reference, `R-2026-0042`; absent when the answer held none of that form (the element warns). */
  readonly reference?: string;
  readonly status: 'stored' | 'replayed';
  readonly idempotencyKey: string;
  /** The request as sent (a deep copy). */
  readonly request: SupportRequest;
}

/** `intra-sent`: the receiver answered 200/201 with a reference; the request left the device's queue. */
export class IntraSentEvent extends IntraEvent<IntraSentDetail> {
  static readonly eventName = 'intra-sent';
  constructor(detail: IntraSentDetail) {
    super(IntraSentEvent.eventName, detail);
  }
}

/** Detail of `intra-rejected`: a definitive refusal (a 4xx other than 408 and 429). */
export interface IntraRejectedDetail {
  readonly idempotencyKey: string;
  readonly status: number;
  /** The receiver's error code (`invalid_request`, `spam_suspected`, `origin_not_allowed`…), or `http_<status>`. */
  readonly error: string;
  readonly fr: string;
  readonly en: string;
  /** Per-field issues (`invalid_request`). */
  readonly issues?: readonly Issue[];
}

/** `intra-rejected`: the receiver refused the request for good; it left the queue and the form is shown again. */
export class IntraRejectedEvent extends IntraEvent<IntraRejectedDetail> {
  static readonly eventName = 'intra-rejected';
  constructor(detail: IntraRejectedDetail) {
    super(IntraRejectedEvent.eventName, detail);
  }
}

/** The events of `<intra-support-request>` by name. */
export interface IntraSupportRequestEventMap {
  /** The person sent a valid request (cancelable: the host delivers it itself). */
  'intra-submit': IntraSubmitEvent;
  /** A try failed (offline, network, 408/429/5xx): the request waits on this device and is retried. */
  'intra-queued': IntraQueuedEvent;
  /** The receiver stored the request: `detail.reference`. */
  'intra-sent': IntraSentEvent;
  /** The receiver refused the request for good (4xx). */
  'intra-rejected': IntraRejectedEvent;
}

declare global {
  interface HTMLElementEventMap extends IntraSupportRequestEventMap {}
}
