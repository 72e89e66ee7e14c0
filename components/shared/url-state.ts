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
 *   first. Nothing is written when the address would stay the same. With `afterPaint` (the job feed, issue 8),
 *   committed entries are written after the host's update and the next frame (or 100 ms in a hidden tab, or at the
 *   next write), so the new cards come first; {@link UrlStateController.written} settles then.
 * - **Hash entry** (the gallery's dialog): {@link UrlStateController.pushHash} pushes `#<name>-<value>`;
 *   {@link UrlStateController.leaveHash} goes `history.back()` when it pushed it, else replaces the address without
 *   the hash (a deep link the page came with).
 * - **Events.** While the host is connected: `popstate` (back and forward), and `hashchange` with the option
 *   `hashchange`: the URL is read again (a write not made yet is dropped: it would overwrite the entry the visitor
 *   went to), and `navigated()` is called when the state changed. On disconnect, listeners are removed, a waiting
 *   search is not written and waiting entries are written at once.
 * - The host reads the URL first itself ({@link UrlStateController.read}, in `connectedCallback`): a host hydrating
 *   server HTML applies it after its first update. Nothing here runs on a server (`has()` is `false` there).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  /** Write committed entries after the host's update and the next frame (default: at once). */
  readonly afterPaint?: boolean;
  /** Also read the URL again on `hashchange` (default: `popstate` only). */
  readonly hashchange?: boolean;
}

type Mode = 'push' | 'replace';

/** Keeps a host's list state in the page's address (see the module doc). */
export class UrlStateController<K extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: UrlStateOptions<K>;
  /** Whether the search typed since the last entry already has its own entry (the next writes replace it). */
  #searchPushed = false;
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** Whether {@link pushHash} pushed the current hash entry. */
  #hashPushed = false;
  /** Entries waiting for the paint (`afterPaint`), addresses computed at the change, in order. */
  #queue: { href: string; mode: Mode }[] = [];
  #flushed?: Promise<void>;
  readonly #onPop = (): void => {
    this.#queue = [];
    if (this.read()) this.#o.navigated?.();
  };

  constructor(host: ReactiveControllerHost, options: UrlStateOptions<K>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPop);
    if (this.#o.hashchange) window.addEventListener('hashchange', this.#onPop);
  }

  hostDisconnected(): void {
    clearTimeout(this.#searchTimer);
    this.#flush(); // a change made just before leaving stays in the history
    window.removeEventListener('popstate', this.#onPop);
    window.removeEventListener('hashchange', this.#onPop);
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
      this.#flush();
      this.#commit(this.#href(), this.#searchPushed ? 'replace' : 'push');
      this.#searchPushed = true;
    }, SEARCH_URL_DELAY_MS);
  }

  /** The search field's `change` (Enter, or leaving it): the next keystroke starts a new entry. */
  typingEnded(): void {
    this.#searchPushed = false;
  }

  /**
   * A facet, sort or reset change: writes a search still waiting first, as its own entry (`'drop'`: forgets it, for a
   * reset that empties it), runs `change` (the host's state change), then pushes an entry for the new state.
   */
  commit(change?: () => void, waitingSearch: 'write' | 'drop' = 'write'): void {
    if (waitingSearch === 'write') this.#writeSearch();
    else {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = undefined;
    }
    change?.();
    this.#searchPushed = false;
    this.#write(this.#href(), 'push');
  }

  /**
   * Settles once the last committed entry is in the page's address (at once without `afterPaint`). A search is
   * written after its typing pause.
   */
  get written(): Promise<void> {
    return this.#flushed ?? Promise.resolve();
  }

  /** The decoded value of a hash `#<name(prefix)><value>`, or `undefined` (another hash, an empty or malformed one). */
  hashValue(prefix: string): string | undefined {
    const start = `#${this.name(prefix)}`;
    if (!location.hash.startsWith(start)) return undefined;
    try {
      return decodeURIComponent(location.hash.slice(start.length)) || undefined;
    } catch {
      return undefined;
    }
  }

  /** Pushes `#<name(prefix)><value>` (value URI-encoded), after a search still waiting. */
  pushHash(prefix: string, value: string): void {
    this.#writeSearch();
    const url = new URL(location.href);
    url.hash = `${this.name(prefix)}${encodeURIComponent(value)}`;
    history.pushState(history.state, '', url);
    this.#hashPushed = true;
  }

  /** Leaves a `#<name(prefix)>…` hash: `history.back()` when {@link pushHash} pushed it, else the address without it. */
  leaveHash(prefix: string): void {
    if (location.hash.startsWith(`#${this.name(prefix)}`)) {
      if (this.#hashPushed) history.back();
      else {
        const url = new URL(location.href);
        url.hash = '';
        history.replaceState(history.state, '', url);
      }
    }
    this.#hashPushed = false;
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

  /** A search typed but not in the address yet goes there now (before another entry). */
  #writeSearch(): void {
    if (this.#searchTimer === undefined) return;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#write(this.#href(), this.#searchPushed ? 'replace' : 'push');
  }

  #write(href: string, mode: Mode): void {
    if (!this.#o.afterPaint) return this.#commit(href, mode);
    this.#queue.push({ href, mode });
    this.#flushed ??= this.#host.updateComplete.then(() => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
    })).then(() => this.#flush());
  }

  #flush(): void {
    this.#flushed = undefined;
    const queue = this.#queue;
    this.#queue = [];
    for (const { href, mode } of queue) this.#commit(href, mode);
  }

  #commit(href: string, mode: Mode): void {
    if (href === location.href) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', href);
  }
}
