/**
 * "Today" for date-dependent renders, read live (issue 7, item 1): a small Lit reactive controller.
 *
 * - `today` is the visitor's local calendar date (`YYYY-MM-DD`), read from the clock at each call.
 * - While the host is connected, the controller asks the host to re-render when the date changes: at the next local
 *   midnight (a `setTimeout`, at most {@link LIVE_DATE_MAX_DELAY_MS} ahead), and whenever the page comes back —
 *   `visibilitychange` (to visible), `focus`, `pageshow` (back-forward cache). Timers count running time, not wall
 *   time: after a laptop sleep or a clock change the midnight timer fires late or never, so each of these events
 *   re-reads the date and re-arms the timer from the new date.
 * - `pinned()` (option): a date text that pins "today" (the `now` attribute): while it is non-empty, `today` returns
 *   it as is (validate it: an attribute may hold anything) and no timer runs; a change of it is noticed before the
 *   host's next update. `active()` (option, default: nothing pinned): when it returns `false`, no timer is kept and
 *   no update is requested; call {@link LiveDateController.refresh} when it may have changed.
 * - Everything is removed on disconnect (no timer or listener left behind).
 *
 * Usage: `readonly #today = new LiveDateController(this, { pinned: () => this.now });` then
 * `const now = this.#today.today;` in `render()` / `willUpdate()` (used by `<intra-eligibility>` and
 * `<intra-job-feed>`: a posting closed yesterday disappears after midnight). Units: milliseconds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest the midnight timer waits before re-reading the date (1 hour), so a clock moved by NTP is caught. */
export const LIVE_DATE_MAX_DELAY_MS = 3_600_000;

/** Today's calendar date in the visitor's time zone (`YYYY-MM-DD`), read from the clock now. */
export function localToday(): string {
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Options of {@link LiveDateController}. */
export interface LiveDateOptions {
  /** Whether the live date is in use (default: when nothing is pinned). */
  readonly active?: () => boolean;
  /** A pinned date text (e.g. the `now` attribute); empty, `null` or `undefined` = the live date. */
  readonly pinned?: () => string | null | undefined;
  /**
   * The date a server render used (`intras render --now`, issue 10, decision 0044), while the host's first render
   * must be that render (under `@lit-labs/ssr`, or hydrating it); `undefined` otherwise. `today` returns it for
   * that render only; right after it, the live date is read and the host updates if the day differs.
   */
  readonly rendered?: () => string | null | undefined;
}

/** Keeps a host's "today" live across midnight, sleep and clock changes (see the module doc). */
export class LiveDateController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #active: () => boolean;
  readonly #pinned: () => string | null | undefined;
  readonly #rendered: () => string | null | undefined;
  /** Whether the last `today` was the server render's date (then re-read the live date after that update). */
  #usedRendered = false;
  /** Whether the timer was last armed for a live date (to notice a pinned date set or removed). */
  #armedActive = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** The date the host last rendered with (as far as this controller knows). */
  #seen = '';
  #connected = false;
  readonly #onEvent = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    this.refresh();
  };

  constructor(host: ReactiveControllerHost, options: LiveDateOptions = {}) {
    this.#host = host;
    this.#pinned = options.pinned ?? (() => undefined);
    this.#rendered = options.rendered ?? (() => undefined);
    this.#active = options.active ?? (() => !this.#pinned());
    host.addController(this);
  }

  /** The pinned date text when set; else today's local date (`YYYY-MM-DD`), read now and remembered as rendered. */
  get today(): string {
    const pinned = this.#pinned();
    if (pinned) return pinned;
    const rendered = this.#rendered();
    if (rendered) {
      this.#usedRendered = true;
      this.#seen = rendered;
      return rendered;
    }
    this.#seen = localToday();
    return this.#seen;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#seen = localToday();
    document.addEventListener('visibilitychange', this.#onEvent);
    window.addEventListener('focus', this.#onEvent);
    window.addEventListener('pageshow', this.#onEvent);
    this.#arm();
  }

  /** Before each update: a pinned date set or removed since the timer was armed re-arms it (or stops it). */
  hostUpdate(): void {
    if (this.#connected && this.#active() !== this.#armedActive) this.#arm();
  }

  /** After a render with the server's date: the live date now (an update when the visitor's day is another). */
  hostUpdated(): void {
    if (!this.#usedRendered) return;
    this.#usedRendered = false;
    this.refresh();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onEvent);
    window.removeEventListener('focus', this.#onEvent);
    window.removeEventListener('pageshow', this.#onEvent);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Re-reads the date: asks the host to update when it differs from the one it rendered with, and re-arms the
   * timer from the current clock (or clears it when inactive). Called by the timer and the page events; call it
   * too when `active()` may have changed.
   */
  refresh(): void {
    if (!this.#connected) return;
    if (this.#active() && localToday() !== this.#seen) this.#host.requestUpdate();
    this.#arm();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedActive = this.#connected && this.#active();
    if (!this.#armedActive) return;
    const d = new Date();
    const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 1);
    const delay = Math.min(LIVE_DATE_MAX_DELAY_MS, Math.max(1000, next.getTime() - d.getTime()));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.refresh();
    }, delay);
  }
}
