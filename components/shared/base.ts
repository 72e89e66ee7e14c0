/**
 * Base class of every `intra-*` element: shadow DOM and re-rendering when the element's own `lang` attribute changes
 * (changes of an ancestor's or `<html>`'s `lang` are followed by `IntraLocalize`, components/shared/i18n.ts), and an
 * `updateComplete` that also waits for the English texts when they are being loaded. A pre-rendered element hands
 * the `lang` written by `intras render` back to the page after its first render ({@link IntraElement.#handOverLang}).
 */
import { LitElement, adoptStyles, isServer } from 'lit';
import { loadEnglish, pendingEnglish, resolveLang } from './i18n.js';

/** What a pre-rendered list element renders from (see {@link IntraElement.prepareHydration}). */
export interface HydrationData {
  /** The records shown (portraits: the publishable ones), in input order. */
  readonly records: readonly unknown[];
  /** Records rejected, and records kept without an invalid part (the elements show both counts). */
  readonly rejected: number;
  readonly dropped: number;
}

export class IntraElement extends LitElement {
  /** Whether the element hydrates a declarative shadow root written by `intras render` (set in createRenderRoot). */
  #hydrating = false;

  /**
   * Whether the coming first render must be exactly the server's HTML (issue 10, decision 0044): under
   * `@lit-labs/ssr` (`intras render`), or in a browser when the element hydrates the declarative shadow root that
   * render wrote (`@lit-labs/ssr-client/lit-element-hydrate-support.js` loaded before lit). Elements then render
   * synchronously from the data they hold, and leave what the server cannot know (the URL's state) to the next update.
   */
  protected get rendersServerHtml(): boolean {
    return isServer || (!this.hasUpdated && (this.#hydrating || this.#deferred));
  }

  /** Waiting under `defer-hydration` for the whole data, then rendering it first (`intras render --data-src`). */
  #deferred = false;

  /**
   * `intras render --data-src` (issue 10, part 4; decision 0056): the element was pre-rendered without inline data, with
   * `src`, `data-rendered-digest` and Lit's `defer-hydration`. Called once the element is defined, before it renders
   * anything: fetch the whole data and give the records the element would render from (with the counts of its
   * rejected and trimmed records, which it shows), or why it failed. components/shared/deferred-hydration.ts (loaded
   * only then) compares their digest with the server's and hydrates, renders them in place, or keeps the server's HTML
   * with the message. Elements without a `src` leave it out.
   */
  protected prepareHydration?(): Promise<HydrationData | { readonly fr: string; readonly en: string }>;

  /**
   * `import('../shared/deferred-hydration.js')`, written in the elements that implement {@link prepareHydration} (the
   * gallery, the job feed): so the elements without `src` (the eligibility form, the support request) never bundle
   * that module, in the CDN build or in a consumer's.
   */
  protected loadDeferredHydration?(): Promise<typeof import('./deferred-hydration.js')>;

  /**
   * A pre-rendered element under `defer-hydration` whose class can fetch its data ({@link prepareHydration}) waits for
   * that data (Lit's hydration support connects it when the attribute is removed). Without Lit's hydration support the
   * attribute means nothing: the element empties the declarative root and loads `src` as any element.
   */
  override connectedCallback(): void {
    if (!isServer && !this.hasUpdated && !this.#deferred && this.prepareHydration && this.loadDeferredHydration && this.hasAttribute('defer-hydration') && !!this.shadowRoot?.firstChild
      && (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) {
      this.#deferred = true;
      this.loadDeferredHydration().then(({ hydrateWhenReady }) => hydrateWhenReady(this, () => this.prepareHydration!(), () => { this.#deferred = false; }),
        (e: unknown) => console.error('intras : échec du chargement de l’hydratation différée / failed to load deferred hydration', e));
    }
    super.connectedCallback();
  }

  /**
   * The shadow root. A declarative one from `intras render` is kept: hydrated (its nodes kept) when Lit's hydration
   * support patched `LitElement` (it adds `defer-hydration` to the observed attributes; its own flag's name is
   * minified in production builds), in which case the styles are adopted too (constructable style sheets, allowed by
   * a CSP without `'unsafe-inline'`, unlike the server's `<style>`); emptied and rendered afresh when it did not
   * (never shown twice).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const declarative = !isServer && !this.hasUpdated && !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    if (!declarative || !(root instanceof ShadowRoot)) return root;
    this.#hydrating = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (this.#hydrating) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    else {
      // LitElement set `renderBefore` to the root's first child, which may be a server node removed here: the fresh
      // render goes after the styles kept (the adopted ones, or the <style> a browser without adoption needs).
      root.replaceChildren(...root.querySelectorAll(':scope > style'));
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * An element whose language resolves to English waits for the English texts before rendering (one small request
   * the first time), so that it never shows, nor keeps in its state (announcements…), French texts meant to be English.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const english = resolveLang(this) === 'en' ? loadEnglish() : undefined;
    if (english) {
      if (!this.hasUpdated) this.setPending(true);
      await english;
    }
    const result = super.scheduleUpdate();
    this.setPending(false);
    if (!this.#langHandedOver && this.hasUpdated) this.#handOverLang();
    return result;
  }

  /** Whether {@link IntraElement.#handOverLang} ran (once, after the first render). */
  #langHandedOver = false;

  /**
   * After the first render of a pre-rendered element (hydrated, or rendered afresh): `intras render` always writes
   * `lang` on the element so that the server and the hydrating render resolve the same language (decision 0044); when
   * that is the language the element would get from the page anyway, the attribute is removed, so that from now on the
   * element follows the page's `lang` like one rendered in the browser. Rendered in another language than the page's,
   * the attribute is kept: that language was chosen.
   */
  #handOverLang(): void {
    this.#langHandedOver = true;
    // `data-rendered-now`: written by `intras render` on every element it renders (read now, not in the constructor,
    // which a parser-created element runs before its attributes are set).
    if (isServer || !this.hasAttribute('data-rendered-now') || !this.hasAttribute('lang')) return;
    const root = this.getRootNode();
    const outer = this.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement);
    if (resolveLang(outer) === resolveLang(this)) this.removeAttribute('lang');
  }

  #internals: ElementInternals | null | undefined;

  /**
   * Custom state `intras-pending` (`:state(intras-pending)`) while the element's first render waits for a module —
   * English texts, a programme's rule set: the autoloader's reserved height (components/autoload.ts `RESERVE_CSS`,
   * decision 0048) then still applies to the defined but not yet rendered element, so nothing below it moves. Browsers
   * without custom states (`ElementInternals.states`) skip it.
   */
  protected setPending(pending: boolean): void {
    if (this.#internals === undefined) {
      if (!pending) return;
      try { this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null; } catch { this.#internals = null; }
    }
    const states = (this.#internals as (ElementInternals & { states?: Set<string> }) | null)?.states;
    if (!states) return;
    try {
      if (pending) states.add('intras-pending');
      else states.delete('intras-pending');
    } catch { /* a browser that only knows the older `--name` states */ }
  }

  /** Also waits for English texts being loaded (components/shared/i18n.ts), so that it settles on the final text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = pendingEnglish(); p; p = pendingEnglish()) {
      await p;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
