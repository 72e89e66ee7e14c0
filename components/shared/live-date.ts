/**
 * "Today" for elements that show date-dependent content (eligibility windows, job postings' expiry): the visitor's
 * local calendar date read at each render, and a re-render at the next local midnight so that a page left open across
 * midnight shows the new day (issue 7: eligibility; issue 8: a job closed yesterday must disappear). An attribute such
 * as `now` pins the date instead (no timer).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalendarDate } from '../../src/index.js';

/** Today's calendar date in the visitor's time zone (`YYYY-MM-DD`), read from the clock now. */
export function localToday(): CalendarDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as CalendarDate;
}

/**
 * Re-renders its host at each next local midnight (00:00:01; at least one second away) while the host is connected
 * and its pinned date (`pinned()`, e.g. the `now` attribute) is empty; one timer at most, cleared on disconnect and
 * re-armed when the pinned date changes. {@link today} is the pinned text when set (validate it: it may be anything an
 * attribute holds), else {@link localToday}.
 */
export class LiveDateController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #pinned: () => string | null | undefined;
  #timer?: ReturnType<typeof setTimeout>;
  #armedFor?: string;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, pinned: () => string | null | undefined) {
    this.#host = host;
    this.#pinned = pinned;
    host.addController(this);
  }

  /** The pinned date text when set, else the visitor's local date read now. */
  get today(): string {
    return this.#pinned() || localToday();
  }

  hostConnected(): void {
    this.#arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = undefined;
  }

  /** Before each update: a pinned date set or removed since the timer was armed re-arms it (or stops it). */
  hostUpdate(): void {
    if (this.#host.isConnected && (this.#pinned() || '') !== this.#armedFor) this.#arm();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = this.#pinned() || '';
    if (this.#armedFor) return;
    const d = new Date();
    const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 1);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
      this.#arm();
    }, Math.max(1000, next.getTime() - d.getTime()));
  }
}
