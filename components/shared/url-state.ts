/**
 * The state of a filtered list in the page's address (decision 0005): a small Lit reactive controller, used by
 * `<intra-portraits>` and `<intra-job-feed>`.
 *
 * - **Shape.** `params` maps the host's state keys to query parameter names (gallery: `q`, `parcours`,
 *   `administration`, `competence`; job feed: `q`, `versant`, `categorie`, `ouvert`, `teletravail`, `departement`,
 *   `region`, `famille`, `competence`, `tri`). With a `url-key` (option `key`), every name is prefixed: `key="a"` →
 *   `?a-q=…`, `#a-portrait-<id>` ({@link UrlStateController.name}). The host turns values into its state (`read`, given
 *   each parameter's text or `null` when absent; it validates them) and back (`write`: an empty value removes the
 *   parameter). Other parameters and the hash of the page are kept.
 * - **History.** A facet, sort or reset change ({@link UrlStateController.commit}) pushes one entry. The search
 *   ({@link UrlStateController.typed}) is written after a {@link SEARCH_URL_DELAY_MS} pause in typing (history writes
 *   cost ~10 ms each in Chromium): the first write pushes an entry, the next ones replace it, until the field's
 *   `change` ({@link UrlStateController.typingEnded}); a search still waiting when a facet changes gets its own entry
 *   first ({@link UrlStateController.writeSearch}). Nothing is written when the address would stay the same.
 *   With the option `later` (the job feed, issue 8: {@link AfterPaintWrites}, components/shared/url-after-paint.ts),
 *   committed entries are written after the host's update and the next frame (or 100 ms in a hidden tab, or at the
 *   next write), so the new cards come first; its `written` settles then.
 * - **Hash entry**: the gallery's dialog (`#portrait-<id>`) is the gallery's own code: it names its hash with
 *   {@link UrlStateController.name} and calls {@link UrlStateController.writeSearch} before pushing it; it reads it
 *   in its `read` option (so back and forward open and close the dialog), with the option `hashchange`.
 * - **Events.** While the host is connected: `popstate` (back and forward), and `hashchange` with the option
 *   `hashchange`: the URL is read again (waiting entries of `later` are dropped: they would overwrite the entry the
 *   visitor went to), and `navigated()` is called when the state changed. On disconnect, listeners are removed, a
 *   waiting search is not written and waiting entries are written at once.
 * - Only what both elements use is here (this module is a CDN chunk both load): the after-paint queue
 *   (url-after-paint.ts, imported by the job feed only) and the dialog's hash (the gallery's code) are not, so a page
 *   with one of the two elements does not download the other's part (decision 0060: sizes).
 * - The host reads the URL first itself ({@link UrlStateController.read}, in `connectedCallback`): a host hydrating
 *   server HTML applies it after its first update. Nothing here runs on a server (`has()` is `false` there).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AfterPaintWrites } from './url-after-paint.js';

/** How long the search waits after the last keystroke before it is written to the address (milliseconds). */
export const SEARCH_URL_DELAY_MS = 300;

/** Options of {@link UrlStateController}; `K` are the host's state keys. */
export interface UrlStateOptions<K extends string> {
  /** State key → query parameter name (without the `url-key` prefix). */
  readonly params: Readonly<Record<K, string>>;
  /** The namespace (`url-key` attribute); empty or `undefined` = none. */
  readonly key: () => string | null | undefined;
  /** Sets the host's state from the parameters' texts (`null`: absent); returns whether the state changed. */
  readonly read: (values: Record<K, string | null>) => boolean;
  /** The host's state as parameter texts (`''` removes the parameter). */
  readonly write: () => Record<K, string>;
  /** After back/forward (or a hash change, with `hashchange`) changed the state. */
  readonly navigated?: () => void;
  /**
   * Where committed entries (and a search written before one) wait, instead of being written at once: the job feed's
   * {@link AfterPaintWrites} (after the host's update and the next frame).
   */
  readonly later?: UrlWriteQueue;
  /** Also read the URL again on `hashchange` (default: `popstate` only). */
  readonly hashchange?: boolean;
}

/** How an entry is written: a new one (`pushState`) or over the current one (`replaceState`). */
export type UrlWriteMode = 'push' | 'replace';

/** Writes `href` to the page's history (`mode`), unless the address is that already. */
export function writeHistory(href: string, mode: UrlWriteMode): void {
  if (href !== location.href) history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', href);
}

/** Entries written later than at once (components/shared/url-after-paint.ts): see {@link UrlStateOptions.later}. */
export interface UrlWriteQueue {
  /** An entry to write later (its address computed now). */
  add(href: string, mode: UrlWriteMode): void;
  /** Writes the waiting entries now, in order. */
  flush(): void;
  /** Forgets the waiting entries (back or forward: they would overwrite the entry the visitor went to). */
  clear(): void;
}

/** Keeps a host's list state in the page's address (see the module doc). */
export class UrlStateController<K extends string> implements ReactiveController {
  readonly #o: UrlStateOptions<K>;
  /** Whether the search typed since the last entry already has its own entry (the next writes replace it). */
  #searchPushed = false;
  #searchTimer?: ReturnType<typeof setTimeout>;
  readonly #onPop = (): void => {
    this.#o.later?.clear();
    if (this.read()) this.#o.navigated?.();
  };

  constructor(host: ReactiveControllerHost, options: UrlStateOptions<K>) {
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPop);
    if (this.#o.hashchange) addEventListener('hashchange', this.#onPop);
  }

  hostDisconnected(): void {
    clearTimeout(this.#searchTimer);
    this.#o.later?.flush(); // a change made just before leaving stays in the history
    removeEventListener('popstate', this.#onPop);
    removeEventListener('hashchange', this.#onPop);
  }

  /** A parameter or hash name in the namespace: `name` or `<url-key>-name`. */
  name(name: string): string {
    const key = this.#o.key();
    return key ? `${key}-${name}` : name;
  }

  /** Whether the address has the parameter of state key `k` (`false` without a `location`, on a server). */
  has(k: K): boolean {
    return typeof location !== 'undefined' && new URL(location.href).searchParams.has(this.name(this.#o.params[k]));
  }

  /** Reads the state from the address (`read` option); returns whether it changed. */
  read(): boolean {
    const params = new URL(location.href).searchParams;
    const values = {} as Record<K, string | null>;
    for (const k in this.#o.params) values[k] = params.get(this.name(this.#o.params[k]));
    return this.#o.read(values);
  }

  /** A keystroke in the search: the address follows after {@link SEARCH_URL_DELAY_MS} without another one. */
  typed(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = undefined;
      this.#o.later?.flush();
      writeHistory(this.#href(), this.#searchPushed ? 'replace' : 'push');
      this.#searchPushed = true;
    }, SEARCH_URL_DELAY_MS);
  }

  /** The search field's `change` (Enter, or leaving it): the next keystroke starts a new entry. */
  typingEnded(): void {
    this.#searchPushed = false;
  }

  /** A search typed but not in the address yet goes there now, as its own entry (before another entry). */
  writeSearch(): void {
    if (this.#searchTimer === undefined) return;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#write(this.#searchPushed ? 'replace' : 'push');
  }

  /**
   * A facet, sort or reset change: writes a search still waiting first, as its own entry (`drop`: forgets it, for a
   * reset that empties it), runs `change` (the host's state change), then pushes an entry for the new state.
   */
  commit(change: () => void, drop?: boolean): void {
    if (drop) {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = undefined;
    } else this.writeSearch();
    change();
    this.#searchPushed = false;
    this.#write('push');
  }

  /** The page's address with the current state in it. */
  #href(): string {
    const url = new URL(location.href);
    const values = this.#o.write();
    for (const k in this.#o.params) {
      const name = this.name(this.#o.params[k]);
      if (values[k]) url.searchParams.set(name, values[k]);
      else url.searchParams.delete(name);
    }
    return url.href;
  }

  #write(mode: UrlWriteMode): void {
    const later = this.#o.later;
    if (later) later.add(this.#href(), mode);
    else writeHistory(this.#href(), mode);
  }
}
