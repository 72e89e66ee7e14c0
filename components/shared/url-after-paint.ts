/**
 * History entries written after the next paint (issue 8: `history.pushState` costs several milliseconds in Chromium,
 * and the new cards come first): the `later` queue of a `UrlStateController`, used by `<intra-job-feed>`.
 * Addresses are computed at the change, in order, and written after the host's update and the next animation frame
 * (or 100 ms when no frame comes, in a hidden tab), or sooner by `flush()` (the next immediate write, a disconnect).
 * Pass it as `later` to the UrlStateController (components/shared/url-state.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { writeHistory, type UrlWriteMode, type UrlWriteQueue } from './url-state.js';

/** The after-paint queue (see the module doc). */
export class AfterPaintWrites implements UrlWriteQueue {
  readonly #host: ReactiveControllerHost;
  #queue: { href: string; mode: UrlWriteMode }[] = [];
  #flushed?: Promise<void>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Settles once the entries added so far are in the page's address (at once when none waits). */
  get written(): Promise<void> {
    return this.#flushed ?? Promise.resolve();
  }

  add(href: string, mode: UrlWriteMode): void {
    this.#queue.push({ href, mode });
    this.#flushed ??= this.#host.updateComplete.then(() => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
    })).then(() => this.flush());
  }

  flush(): void {
    this.#flushed = undefined;
    const queue = this.#queue;
    this.#queue = [];
    for (const { href, mode } of queue) writeHistory(href, mode);
  }

  clear(): void {
    this.#queue = [];
  }
}

