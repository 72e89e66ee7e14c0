import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { property, state, query } from 'lit/decorators.js';
import {
  PORTRAIT_CATEGORIES, PORTRAIT_CATEGORY_LABELS, RS6247_COMPETENCE_IDS, RS6247_SHORT_LABELS,
  PortraitsDocumentSchema, filterPortraits, foldText, initials, isPublishable, portraitFacetValues, portraitSearchText, sortPositions, startupUrl,
  type Portrait, type PortraitCategory, type PortraitFilter, type Position, type Rs6247CompetenceId,
} from '../../src/index.js';
import { LANG_TAG_PATTERN } from '../../src/shared/schema.js';
import { portraitsInSteps } from '../../src/portraits/portrait.js';
import { deferIssue } from '../../src/shared/deferred-issues.js';
import { IntraElement, type HydrationData } from '../shared/base.js';
import { DEFAULT_TIMEOUT_MS, DataLoadError, DataSourceController } from '../shared/data-source.js';
import { IntraSelectEvent } from '../shared/events.js';
import { IntraLocalize, formatCalendarDate } from '../shared/i18n.js';
import { UrlStateController } from '../shared/url-state.js';
import { alertStyles, baseStyles, buttonStyles, cardStyles, fieldStyles, listStyles, tagStyles } from '../shared/styles.js';
import type { PortraitsMessages } from './portraits.i18n.js';
import type { IntraPortraitsEventMap } from './portraits.events.js';
import './portraits.i18n.js'; // registers the element's FR/EN messages (idempotent)
import { portraitsStyles } from './portraits.styles.js';

/** URL query parameters holding the gallery state (shareable links, back button); prefixed by `url-key` when set. */
const PARAMS = { q: 'q', category: 'parcours', administration: 'administration', competence: 'competence' } as const;
/** Most skeleton cards drawn while loading (a huge `page-size` would draw thousands). */
const SKELETON_MAX_CARDS = 60;

/** Default page size, used when `page-size` is missing or not a number ≥ 1. */
const DEFAULT_PAGE_SIZE = 24;
/** Default `heading-level`: card titles are `<h2>` (right under a page's `<h1>`). */
const DEFAULT_HEADING_LEVEL = 2;
/** Heading tags by level, as static template parts (levels are checked integers, never user text). */
const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** A neutral person silhouette, for a name without letters (no initials to show). Decorative. */
const NEUTRAL_AVATAR = html`<svg viewBox="0 0 24 24" width="50%" height="50%" focusable="false" aria-hidden="true"><circle cx="12" cy="8" r="4" fill="currentColor"/><path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8z" fill="currentColor"/></svg>`;

/** Palette of avatar backgrounds (DSFR illustrative "contrast" tokens, light fallbacks). */
const AVATAR_TONES = ['green-tilleul-verveine', 'green-emeraude', 'blue-ecume', 'purple-glycine', 'pink-macaron', 'yellow-tournesol', 'orange-terre-battue', 'brown-cafe-creme'] as const;

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/**
 * `<intra-portraits>`: a gallery of intrapreneurs' portraits (doc.incubateur.net "Galerie de portraits
 * d'intrapreneurs"), in the DSFR style, with facets (path archetype, administration, RS6247 competence),
 * accent-insensitive search, paging and an accessible detail dialog with the career timeline.
 *
 * **Consent is enforced here**: a portrait whose `consent.given` is not `true` or whose `status` is not
 * `published` is never rendered, whatever the input says.
 *
 * Data: the `items` property > an inline `<script type="application/json">` child > `src` (JSON: an array of
 * portraits or `{ "portraits": [...] }`, JSON Schema `dist/schemas/portraits.schema.json`). Each record is
 * validated on its own; invalid ones are skipped, counted discreetly and detailed in `intra-error`. An invalid optional
 * part (a career position, the photo, a link, a competence) is dropped and the portrait shown, counted and detailed
 * the same way. When an id repeats and any of its records withdraws consent, the person is not shown. Search and
 * facets fold typographic variants (`foldText`: accents, case, `’`/`'`, ligatures, non-breaking spaces).
 *
 * State in the URL: `?q=…&parcours=…&administration=…&competence=…` and `#portrait-<id>` for the dialog. With two
 * galleries on one page, give each a `url-key` (`url-key="a"` → `?a-q=…`, `#a-portrait-<id>`) and a `label`.
 *
 * @summary Gallery of intrapreneur portraits with facets, search and a detail dialog.
 *
 * @slot - An optional `<script type="application/json">` with the portraits (read, never displayed).
 *
 * @fires intra-load - Data from inline JSON or `src` finished loading. `detail: { source, total, valid, rejected, displayable }`.
 * @fires intra-error - Loading failed (`kind`: network | timeout | http | parse | invalid | internal) or records were skipped (`kind: "records"`, with `rejected[]`: index, id, issues FR/EN) or shown without an invalid optional part (`dropped[]`, same shape).
 * @fires intra-select - The user opened a portrait. `detail: { id, item }` (the portrait).
 *
 * @csspart filters - The search and facet bar.
 * @csspart search - The search field.
 * @csspart count - The live result count.
 * @csspart list - The list of cards.
 * @csspart card - One portrait card.
 * @csspart card-title - The name (link) of a card.
 * @csspart avatar - The photo or initials avatar.
 * @csspart tag - The archetype tag.
 * @csspart more - The "Voir plus" button.
 * @csspart notice - The discreet "records skipped" / "shown without an invalid part" notice.
 * @csspart status - Loading, empty and no-match messages.
 * @csspart error - The error alert.
 * @csspart dialog - The detail dialog.
 * @csspart timeline - The career timeline in the dialog.
 *
 * @cssprop [--intra-portraits-card-min-width=16rem] - Minimum width of a card column.
 * @cssprop [--intra-portraits-gap=1.5rem] - Gap between cards.
 * @cssprop [--intra-portraits-avatar-size=4rem] - Size of the avatar on cards.
 * @cssprop [--intra-portraits-accent=var(--text-action-high-blue-france, #000091)] - Accent colour (titles, timeline).
 * @cssprop [--intra-portraits-dialog-width=48rem] - Maximum width of the detail dialog.
 * @cssprop [--intra-avatar-fallback] - Background of every initials avatar on a page without the DSFR colour tokens (unset: one light tone per portrait, near the DSFR "contrast" colours).
 */
export class IntraPortraits extends IntraElement {
  static override styles = [baseStyles, buttonStyles, fieldStyles, tagStyles, alertStyles, cardStyles, listStyles, portraitsStyles];

  /** URL of a JSON file of portraits (array or `{ "portraits": [...] }`). Fetched without cookies. */
  @property({ reflect: true }) src?: string;

  /** Portraits set by code (array or `{ portraits }`); takes precedence over inline JSON and `src`. Validated like the others. */
  @property({ attribute: false }) items?: unknown;

  /**
   * Time allowed to a `src` load, in milliseconds (headers and body; default 15000 = 15 s). When it runs out, the
   * error state says so and offers "Réessayer". A value that is not a number > 0 means the default.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Number of cards shown at first and added by each "Voir plus" (default 24). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** Preset archetype filter (`horizontal` | `vertical` | `passeur` | `sortie_prive`); the URL may override it. */
  @property() category?: string;

  /** Hides the facet selects (search stays unless `without-search`). */
  @property({ type: Boolean, attribute: 'without-filters' }) withoutFilters = false;

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'without-search' }) withoutSearch = false;

  /** Namespace of the URL state (query parameters and `#<key>-portrait-<id>`), for several galleries on one page. */
  @property({ attribute: 'url-key' }) urlKey?: string;

  /** Accessible name of the search region (default "Filtrer les portraits"); make it unique when there are two galleries. */
  @property() label?: string;

  /**
   * Level of the card titles (`<h2>` by default, under the page's `<h1>`); the detail dialog's name uses the same
   * level and its sections (story, competences, career) one below. A whole number from 1 to 5, else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * Language of the data's texts (narratives, headlines, titles, start-up names) for the whole data set, a language
   * tag (`fr`, `en`…); a record's own `lang` wins. Default `fr`. Marked up as `lang` so screen readers pronounce the
   * data in its language when the interface speaks another.
   */
  @property({ attribute: 'data-lang' }) dataLang?: string;

  @state() private _filter: Required<PortraitFilter> = { q: '', category: '', administration: '', competence: '' };
  @state() private _pages = 1;
  @state() private _openId?: string;
  @state() private _failedPhotos = new Set<string>();

  @query('dialog') private _dialog?: HTMLDialogElement;

  readonly #t = new IntraLocalize<PortraitsMessages>(this);
  readonly #data = new DataSourceController<Portrait>(this, {
    property: () => this.items,
    src: () => this.src,
    // Issues worded on demand: a page of valid portraits never loads the message catalogue (decision 0064).
    parse: (input) => { const steps = portraitsInSteps(input, 0, deferIssue); for (;;) { const s = steps.next(); if (s.done) return s.value; } },
    parseStepwise: (input, previewSize) => portraitsInSteps(input, previewSize, deferIssue),
    previewSize: () => this.#pageSize,
    documentSchema: PortraitsDocumentSchema,
    displayable: (valid) => valid.filter(isPublishable).length,
    timeout: () => this.timeout,
  });
  #source?: readonly Portrait[];
  #published: readonly Portrait[] = [];
  /** Whether `#published` is the preview of a load still being validated (first page only; no counts, no facets). */
  #previewing = false;
  /** Folded search text by portrait id, built after first render when idle (or on the first search). */
  #index?: Map<string, string>;
  #indexScheduled = false;
  #focusAfterRender?: number | 'search';
  /** The filters and the dialog in the page's address (decision 0005); read again on `popstate` and `hashchange`. */
  readonly #url = new UrlStateController(this, {
    params: PARAMS,
    key: () => this.urlKey,
    read: (v) => {
      const before = JSON.stringify(this._filter);
      this._filter = {
        q: v.q ?? '',
        category: this.#validCategory(v.category ?? this.category),
        administration: v.administration ?? '',
        competence: v.competence ?? '',
      };
      const id = this.#hashId();
      if (id !== this._openId) {
        if (!id) this._dialog?.open && this._dialog.close();
        this._openId = id;
      }
      return before !== JSON.stringify(this._filter);
    },
    write: () => ({ ...this._filter, q: this._filter.q.trim() ? this._filter.q : '' }),
    // Only a change of filters starts again from the first page (closing the dialog goes back in history too).
    navigated: () => { this._pages = 1; },
    hashchange: true,
  });
  /** Whether the dialog's hash entry was pushed by a card (closing goes back), not a deep link the page came with. */
  #openedByPush = false;
  #returnFocusTo?: string;
  #refocusAfterRetry = false;

  /**
   * Settles (never rejects) once the data load the element is on has finished and been rendered, including a load
   * started just before by a change (`el.src = …; await el.loaded`). Resolves with the load's result
   * (`{ valid, rejected, total, source }`), or `undefined` after an error. Useful in tests and scripts.
   *
   * The first page of cards is shown **before** `loaded` settles: records are validated first up to `page-size`
   * displayable portraits, which are rendered, then the rest in short slices that leave the page responsive (issue 10).
   * `loaded` settles when **every** record is validated and the settled gallery (count, facets, "Voir plus", skipped
   * records notice) is rendered; `intra-load` / `intra-error` fire then, once.
   */
  get loaded(): Promise<unknown> {
    return this.#data.complete;
  }

  /**
   * The portraits currently displayable (valid, consent given, published), in input order. While a load is still
   * being validated, only its first page (the preview shown); all of them once `loaded` has settled.
   */
  get publishedPortraits(): readonly Portrait[] {
    this.#sync();
    return this.#published;
  }

  /**
   * Listeners typed by this element's own events (IntraPortraitsEventMap): `intra-select` carries this element's item even when
   * the page also defines other elements (the global `HTMLElementEventMap` entry is then the union of the items).
   */
  override addEventListener<K extends keyof IntraPortraitsEventMap>(type: K, listener: (this: IntraPortraits, ev: IntraPortraitsEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: IntraPortraits, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    if (listener) super.addEventListener(type, listener, options);
  }

  /**
   * `intras render --data-src` (decision 0056): the whole data of `src`, fetched before hydrating: the records this
   * element renders from (compared with the server's by their digest), or the failure.
   */
  protected override async prepareHydration(): Promise<HydrationData | DataLoadError> {
    const r = await this.#data.prefetch();
    return r instanceof DataLoadError ? r : { records: r.valid.filter(isPublishable), rejected: r.rejected.length, dropped: r.dropped?.length ?? 0 };
  }

  /** The deferred-hydration module, imported here so that only the elements with `src` carry it. */
  protected override loadDeferredHydration() { return import('../shared/deferred-hydration.js'); }

  override connectedCallback(): void {
    super.connectedCallback();
    // Hydrating `intras render` HTML: the first render is the server's (no filter, no dialog); the URL's state
    // (a search, a facet, a deep link) applies in the update after it.
    if (this.rendersServerHtml) void this.updateComplete.then(() => this.#url.read());
    else this.#url.read();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered first page (issue 10, decision 0044): the data held (inline JSON) validated now, at once.
    if (!this.hasUpdated && this.rendersServerHtml) this.#data.seed();
    if (changed.has('category') && !this.#url.has('category')) {
      this._filter = { ...this._filter, category: this.#validCategory(this.category) };
    }
    this.#sync();
  }

  protected override updated(): void {
    // Build the search index when the browser is idle after a load, so the first render stays light and the first
    // keystroke does not pay for it either (render() builds it synchronously if a search comes first).
    if (!this.#index && this.#published.length && !this.#previewing && !this.#indexScheduled) {
      this.#indexScheduled = true;
      const build = () => { this.#indexScheduled = false; this.#ensureIndex(); };
      if ('requestIdleCallback' in window) requestIdleCallback(build, { timeout: 1000 }); else setTimeout(build, 50);
    }
    // A deep link opens only a portrait of the data the element is on: never while a load runs (old data), and a
    // dialog whose portrait is gone after a load closes.
    const dialog = this._dialog;
    const settled = this.#data.status !== 'pending';
    const present = !!this._openId && this.#published.some((p) => p.id === this._openId);
    if (dialog && settled && present && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.dialog-close')?.focus();
    } else if (dialog?.open && settled && !present) dialog.close();
    if (this.#focusAfterRender !== undefined) {
      const target = this.#focusAfterRender === 'search'
        ? this.renderRoot.querySelector<HTMLElement>('#q') ?? this.renderRoot.querySelector<HTMLElement>('.reset')
        : this.renderRoot.querySelectorAll<HTMLElement>('.card-title a')[this.#focusAfterRender];
      this.#focusAfterRender = undefined;
      target?.focus();
    }
    // After "Réessayer", focus follows the outcome: the loading status, then the new error or the result count.
    if (this.#refocusAfterRetry) {
      const target = this.renderRoot.querySelector<HTMLElement>('[role="alert"], .count, [part="status"]');
      target?.focus();
      if (this.#data.status !== 'pending') this.#refocusAfterRetry = false;
    }
  }

  /**
   * Keeps the derived lists in step with the last load (valid → consent-gated → search index), or with the preview of
   * the load being validated (its records are displayable already).
   */
  #sync(): void {
    const preview = this.#data.preview?.valid;
    const valid = preview ?? this.#data.value?.valid;
    if (valid === this.#source) return;
    this.#source = valid;
    this.#previewing = !!preview;
    this.#published = preview ?? (valid ?? []).filter(isPublishable);
    this.#index = undefined;
  }

  #facetCache?: {
    source: readonly Portrait[]; administrations: string[]; competences: Rs6247CompetenceId[];
    byCategory: Map<PortraitCategory, number>; byAdministration: Map<string, number>; byCompetence: Map<string, number>;
  };

  /** Facet values and counts, computed once per data load (not on every keystroke). */
  #facets(published: readonly Portrait[]) {
    if (this.#facetCache?.source !== published) {
      const byCategory = new Map<PortraitCategory, number>();
      const byCompetence = new Map<string, number>();
      const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
      for (const p of published) {
        add(byCategory, p.category);
        for (const c of new Set(p.competences ?? [])) add(byCompetence, c);
      }
      // Spellings that fold to the same text ("France travail" / "France Travail") are one entry (foldText).
      const adminFacet = portraitFacetValues(published, (p) => p.administration);
      const byAdministration = new Map(adminFacet.map((f) => [f.label, f.count]));
      this.#facetCache = {
        source: published, byCategory, byAdministration, byCompetence,
        administrations: adminFacet.map((f) => f.label),
        competences: RS6247_COMPETENCE_IDS.filter((c) => byCompetence.has(c)),
      };
    }
    return this.#facetCache;
  }

  #ensureIndex(): void {
    this.#index ??= new Map(this.#published.map((p) => [p.id, portraitSearchText(p)]));
  }

  #validCategory(v: string | null | undefined): PortraitCategory | '' {
    return (PORTRAIT_CATEGORIES as readonly string[]).includes(v ?? '') ? (v as PortraitCategory) : '';
  }

  /** Hash prefix of the dialog's deep link: `#portrait-` (or `#<url-key>-portrait-`). */
  get #hashPrefix(): string {
    return `#${this.#url.name('portrait-')}`;
  }

  /** The portrait id of the current hash, or `undefined` (also for a malformed escape such as `#portrait-%`). */
  #hashId(): string | undefined {
    if (!location.hash.startsWith(this.#hashPrefix)) return undefined;
    try {
      return decodeURIComponent(location.hash.slice(this.#hashPrefix.length)) || undefined;
    } catch {
      return undefined;
    }
  }

  #onSearch(e: InputEvent): void {
    this._filter = { ...this._filter, q: (e.target as HTMLInputElement).value };
    this._pages = 1;
    this.#url.typed();
  }

  #onSelect(key: 'category' | 'administration' | 'competence', e: Event): void {
    this.#url.commit(() => {
      this._filter = { ...this._filter, [key]: (e.target as HTMLSelectElement).value };
      this._pages = 1;
    });
  }

  #reset(): void {
    this.#url.commit(() => {
      this._filter = { q: '', category: this.withoutFilters ? this.#validCategory(this.category) : '', administration: '', competence: '' };
      this._pages = 1;
    }, true);
    this.#focusAfterRender = 'search';
  }

  #more(shown: number): void {
    this._pages++;
    this.#focusAfterRender = shown;
  }

  #open(e: MouseEvent, p: Portrait): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // let "open in new tab" work
    e.preventDefault();
    this.#returnFocusTo = p.id;
    this._openId = p.id;
    this.#url.writeSearch(); // a search still waiting gets its own entry first
    const url = new URL(location.href);
    url.hash = `${this.#hashPrefix.slice(1)}${encodeURIComponent(p.id)}`;
    history.pushState(history.state, '', url);
    this.#openedByPush = true;
    this.dispatchEvent(new IntraSelectEvent<Portrait>({ id: p.id, item: p }));
  }

  #onDialogClose(): void {
    const id = this._openId ?? this.#returnFocusTo;
    this._openId = undefined;
    if (location.hash.startsWith(this.#hashPrefix)) {
      if (this.#openedByPush) history.back();
      else {
        const url = new URL(location.href);
        url.hash = '';
        history.replaceState(history.state, '', url);
      }
    }
    this.#openedByPush = false;
    // Focus returns to the card that opened the dialog (or the search field when it is not on the page).
    const link = this.renderRoot.querySelector<HTMLElement>(`.card-title a[data-id="${CSS.escape(id ?? '')}"]`);
    (link ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus();
  }

  /** `page-size` as a whole number ≥ 1 (24 when missing, not a number, or below 1). */
  get #pageSize(): number {
    const n = Number(this.pageSize);
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_PAGE_SIZE;
  }

  /** `heading-level` as a whole number from 1 to 5 (2 when missing or out of range). */
  get #level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 5 ? n : DEFAULT_HEADING_LEVEL;
  }

  /** A heading of `level` (1–6) with a class and an id. */
  #heading(level: number, cls: string, id: string, content: unknown, part?: string): TemplateResult {
    const tag = HEADING_TAGS[level - 1];
    return staticHtml`<${tag} class=${cls || nothing} part=${part ?? nothing} id=${id || nothing}>${content}</${tag}>`;
  }

  /** Language of a record's texts: its own `lang`, else the element's `data-lang` (when a valid tag), else `fr`. */
  #dataLangOf(p: Portrait): string {
    return p.lang ?? (this.dataLang && LANG_TAG_PATTERN.test(this.dataLang) ? this.dataLang : 'fr');
  }

  #retry(): void {
    this.#refocusAfterRetry = true;
    this.#data.retry();
  }

  #photoFailed(id: string): void {
    this._failedPhotos = new Set(this._failedPhotos).add(id);
  }

  // ---------------------------------------------------------------- render

  override render(): TemplateResult {
    // The language of the element's own texts, for screen readers (the page's may differ, or be unsupported).
    return html`<div class="root" lang=${this.#t.code}>${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult {
    const status = this.#data.status;
    const error = this.#data.error;
    const value = this.#data.value;
    if (status === 'error' && error) return this.#renderError(error.fr, error.en, error.source !== 'property');
    if (this.#previewing) return this.#renderPreview();
    if (!value && (status === 'pending' || (status === 'initial' && this.src))) return this.#renderLoading();
    const published = this.#published;
    if (published.length === 0) {
      return html`${this.#renderSkipped()}<p class="state" part="status" role="status">${this.#t.term('portraitsEmpty')}</p>`;
    }
    // URL values that match no facet (an edited link) are ignored rather than silently emptying the gallery.
    const facets = this.#facets(published);
    const f = this._filter;
    // An administration from the URL selects its facet entry whatever its spelling (case, apostrophes, spaces).
    const administration = f.administration ? foldText(f.administration) : '';
    const filter: Required<PortraitFilter> = {
      ...f,
      administration: facets.administrations.find((a) => foldText(a) === administration) ?? '',
      competence: (facets.competences as string[]).includes(f.competence) ? f.competence : '',
    };
    if (filter.q.trim()) this.#ensureIndex();
    const matches = filterPortraits(published, filter, this.#index);
    const busy = status === 'pending';
    const shown = Math.min(matches.length, this.#pageSize * this._pages);
    const opened = this._openId ? published.find((p) => p.id === this._openId) : undefined;
    return html`
      ${this.#renderFilters(published, filter)}
      <p class="count" part="count" role="status" aria-live="polite" tabindex="-1">${busy ? this.#t.term('portraitsLoading') : this.#t.term('portraitsCount', matches.length, published.length)}</p>
      ${this.#renderSkipped()}
      ${matches.length === 0 ? html`
        <div class="state" part="status">
          <p class="state-title">${this.#t.term('portraitsNoMatch')}</p>
          <p>${this.#t.term('portraitsNoMatchHint')}</p>
          <button type="button" class="btn secondary reset" @click=${this.#reset}>${this.#t.term('portraitsReset')}</button>
        </div>` : html`
        <ul class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
          ${matches.slice(0, shown).map((p) => this.#renderCard(p))}
        </ul>
        ${shown < matches.length ? html`
          <div class="more-row">
            <button type="button" class="btn secondary" part="more" @click=${() => this.#more(shown)}>${this.#t.term('portraitsMore', matches.length - shown)}</button>
          </div>` : nothing}`}
      ${this.#renderDialog(opened)}
    `;
  }

  /**
   * While the records are validated after the first page (issue 10, gallery first render): the first page's cards of
   * the preview (in their final place: the preview is the start of the displayable list), between the loading
   * skeleton's filters and "Voir plus" row. Counts and facets are not known yet: the count line keeps saying
   * "loading", and the result count is announced once, when the load has settled. A search or facet from the URL
   * applies to the preview already.
   */
  #renderPreview(): TemplateResult {
    const f = this._filter;
    if (f.q.trim()) this.#ensureIndex();
    const matches = filterPortraits(this.#published, f, this.#index);
    const shown = Math.min(matches.length, this.#pageSize);
    return html`
      ${this.#renderSkeletonFilters()}
      <p class="count" part="status" role="status" tabindex="-1">${this.#t.term('portraitsLoading')}</p>
      <ul class="list" part="list" aria-busy="true">
        ${matches.slice(0, shown).map((p) => this.#renderCard(p))}
      </ul>
      <div class="more-row skeleton" aria-hidden="true"><span class="bar more"></span></div>
      ${this.#renderDialog(undefined)}`;
  }

  /** The filters' boxes while loading (disabled look, hidden from assistive technologies), sized like the filters. */
  #renderSkeletonFilters(): TemplateResult | typeof nothing {
    const field = (search = false) => html`<div class="field ${search ? 'search' : ''}"><label>\u00a0${search ? html`<span class="hint">\u00a0</span>` : nothing}</label><span class="bar input"></span></div>`;
    return this.withoutFilters && this.withoutSearch ? nothing : html`<div class="filters skeleton" aria-hidden="true">
        ${this.withoutSearch ? nothing : field(true)}${this.withoutFilters ? nothing : html`${field()}${field()}${field()}`}</div>`;
  }

  /**
   * While `src` loads: the status, and a skeleton that reserves the first page's height (issue 10, CLS ≤ 0.05): the
   * filters' boxes (disabled, hidden from assistive technologies), the count line, `page-size` cards (at most
   * {@link SKELETON_MAX_CARDS}) of a card's height in the cards' grid, and the "Voir plus" row; so the content under
   * the gallery does not move when the cards arrive.
   */
  #renderLoading(): TemplateResult {
    const cards = Math.min(this.#pageSize, SKELETON_MAX_CARDS);
    return html`
      ${this.#renderSkeletonFilters()}
      <p class="count" part="status" role="status" tabindex="-1">${this.#t.term('portraitsLoading')}</p>
      <ul class="list skeleton" aria-hidden="true">
        ${Array.from({ length: cards }, () => html`<li><div class="card"><span class="avatar"></span><span class="bar title"></span><span class="bar"></span><span class="bar short"></span></div></li>`)}
      </ul>
      <div class="more-row skeleton" aria-hidden="true"><span class="bar more"></span></div>`;
  }

  #renderError(fr: string, en: string, retryable: boolean): TemplateResult {
    return html`
      <div class="alert error" part="error" role="alert" tabindex="-1">
        <p class="alert-title">${this.#t.term('portraitsErrorTitle')}</p>
        <p>${this.#t.code === 'en' ? en : fr}</p>
        ${retryable ? html`<p class="alert-actions"><button type="button" class="btn sm" @click=${this.#retry}>${this.#t.term('portraitsRetry')}</button></p>` : nothing}
      </div>`;
  }

  #renderSkipped(): TemplateResult | typeof nothing {
    const rejected = this.#data.value?.rejected.length ?? 0;
    // Portraits shown without an invalid optional part (a bad position, photo…): counted too, details in intra-error.
    const partial = this.#data.value?.dropped?.length ?? 0;
    if (!rejected && !partial) return nothing;
    const text = [rejected ? this.#t.term('portraitsSkipped', rejected) : '', partial ? this.#t.term('portraitsPartial', partial) : ''].filter(Boolean).join(' · ');
    return html`<p class="notice" part="notice">${text}</p>`;
  }

  #renderFilters(published: readonly Portrait[], f: Required<PortraitFilter>): TemplateResult | typeof nothing {
    if (this.withoutFilters && this.withoutSearch) return nothing;
    const lang = this.#t.code;
    const { administrations, competences, byCategory, byAdministration, byCompetence } = this.#facets(published);
    return html`
      <div class="filters" part="filters" role="search" aria-label=${this.label || this.#t.term('portraitsFiltersLabel')}>
        ${this.withoutSearch ? nothing : html`
          <div class="field search" part="search">
            <label for="q">${this.#t.term('portraitsSearchLabel')}<span class="hint" id="q-hint">${this.#t.term('portraitsSearchHint')}</span></label>
            <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${f.q} @input=${this.#onSearch}
              @change=${() => this.#url.typingEnded()} />
          </div>`}
        ${this.withoutFilters ? nothing : html`
          <div class="field">
            <label for="f-category">${this.#t.term('portraitsArchetype')}</label>
            <select id="f-category" .value=${f.category} @change=${(e: Event) => this.#onSelect('category', e)}>
              <option value="" ?selected=${!f.category}>${this.#t.term('portraitsAll')}</option>
              ${PORTRAIT_CATEGORIES.map((c) => html`<option value=${c} ?selected=${f.category === c}>${PORTRAIT_CATEGORY_LABELS[c][lang]} (${byCategory.get(c) ?? 0})</option>`)}
            </select>
          </div>
          ${administrations.length === 0 ? nothing : html`<div class="field">
            <label for="f-administration">${this.#t.term('portraitsAdministration')}</label>
            <select id="f-administration" .value=${f.administration} @change=${(e: Event) => this.#onSelect('administration', e)}>
              <option value="" ?selected=${!f.administration}>${this.#t.term('portraitsAllFem')}</option>
              ${administrations.map((a) => html`<option value=${a} ?selected=${f.administration === a}>${a} (${byAdministration.get(a) ?? 0})</option>`)}
            </select>
          </div>`}
          ${competences.length === 0 ? nothing : html`<div class="field">
            <label for="f-competence">${this.#t.term('portraitsCompetence')}</label>
            <select id="f-competence" .value=${f.competence} @change=${(e: Event) => this.#onSelect('competence', e)}>
              <option value="" ?selected=${!f.competence}>${this.#t.term('portraitsAllFem')}</option>
              ${competences.map((c) => html`<option value=${c} ?selected=${f.competence === c}>${RS6247_SHORT_LABELS[c][lang]} (${byCompetence.get(c) ?? 0})</option>`)}
            </select>
          </div>`}`}
      </div>`;
  }

  #renderAvatar(p: Portrait, size: 'card' | 'dialog'): TemplateResult {
    if (p.photoUrl && !this._failedPhotos.has(p.id)) {
      const px = size === 'card' ? 64 : 96;
      return html`<img class="avatar" part="avatar" src=${p.photoUrl} alt=${p.photoAlt ?? ''} width=${px} height=${px}
        loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${() => this.#photoFailed(p.id)} />`;
    }
    const letters = initials(p.displayName);
    if (!letters) return html`<span class="avatar neutral" part="avatar" aria-hidden="true">${NEUTRAL_AVATAR}</span>`;
    // A class from a fixed palette (portraits.styles.ts), not a style attribute: works under `style-src 'self'`.
    const tone = AVATAR_TONES[hashString(p.id) % AVATAR_TONES.length];
    return html`<span class="avatar initials tone-${tone}" part="avatar" aria-hidden="true">${letters}</span>`;
  }

  #renderStartups(p: Portrait): TemplateResult | typeof nothing {
    if (!p.startups.length) return nothing;
    return html`<p class="startups"><span class="startups-label">${this.#t.term('portraitsStartups', p.startups.length)}</span>
      <span lang=${this.#dataLangOf(p)}>${p.startups.map((s, i) => html`${i ? ', ' : ''}<a href=${startupUrl(s.ghid)} title=${this.#t.term('portraitsStartupLink', s.name)}>${s.name}</a>`)}</span></p>`;
  }

  #renderCard(p: Portrait): TemplateResult {
    const lang = this.#t.code;
    return html`
      <li>
        <article class="card" part="card" aria-labelledby="t-${p.id}">
          ${this.#renderAvatar(p, 'card')}
          ${this.#heading(this.#level, 'card-title', `t-${p.id}`, html`
            <a href="${this.#hashPrefix}${encodeURIComponent(p.id)}" data-id=${p.id} aria-label=${this.#t.term('portraitsOpen', p.displayName)}
              @click=${(e: MouseEvent) => this.#open(e, p)}>${p.displayName}</a>`, 'card-title')}
          <p class="headline" lang=${this.#dataLangOf(p)}>${p.headline}</p>
          <p class="tags"><span class="tag" part="tag">${PORTRAIT_CATEGORY_LABELS[p.category][lang]}</span></p>
          ${this.#renderStartups(p)}
        </article>
      </li>`;
  }

  #timeline(p: Portrait): Array<Pick<Position, 'stage' | 'title' | 'organisationLabel' | 'start' | 'end'> & { startupGhids?: string[] }> {
    if (p.careerPath?.length) return sortPositions(p.careerPath);
    return [
      { stage: 'avant', title: p.before, organisationLabel: '' },
      ...p.startups.map((s) => ({ stage: 'pendant' as const, title: s.name, organisationLabel: 'beta.gouv.fr', startupGhids: [s.ghid] })),
      ...p.after.map((a) => ({ stage: 'apres' as const, title: a, organisationLabel: '' })),
    ];
  }

  #period(start?: string, end?: string | null): string {
    const d = (s: string) => formatCalendarDate(s, this.#t.code, 'short-month');
    if (start && end) return `${d(start)} – ${d(end)}`;
    if (start) return this.#t.term('portraitsSince', d(start));
    return '';
  }

  #renderDialog(p: Portrait | undefined): TemplateResult {
    const lang = this.#t.code;
    const stageLabel = { avant: this.#t.term('portraitsBefore'), pendant: this.#t.term('portraitsDuring'), apres: this.#t.term('portraitsAfter') };
    const names = new Map(p?.startups.map((s) => [s.ghid, s.name]));
    const level = this.#level;
    const dl = p ? this.#dataLangOf(p) : 'fr';
    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
        ${p ? html`
          <div class="dialog-body">
            <div class="dialog-header">
              <button type="button" class="btn tertiary sm dialog-close" @click=${() => this._dialog?.close()}>${this.#t.term('portraitsClose')}</button>
            </div>
            <div class="dialog-id">
              ${this.#renderAvatar(p, 'dialog')}
              <div>
                ${this.#heading(level, '', 'dialog-title', p.displayName)}
                <p class="headline" lang=${dl}>${p.headline}</p>
                <p class="tags"><span class="tag" part="tag">${PORTRAIT_CATEGORY_LABELS[p.category][lang]}</span>
                  ${p.administration ? html`<span class="tag admin" lang=${dl}>${p.administration}</span>` : nothing}</p>
              </div>
            </div>
            ${this.#heading(level + 1, 'section-title', '', this.#t.term('portraitsNarrative'))}
            ${p.narrative.split(/\n{2,}/).map((para) => html`<p class="narrative" lang=${dl}>${para}</p>`)}
            ${this.#renderStartups(p)}
            ${p.competences?.length ? html`
              ${this.#heading(level + 1, 'section-title', '', this.#t.term('portraitsCompetences'))}
              <ul class="chips">${p.competences.map((c) => html`<li class="tag">${RS6247_SHORT_LABELS[c][lang]}</li>`)}</ul>` : nothing}
            ${this.#heading(level + 1, 'section-title', '', this.#t.term('portraitsCareer'))}
            <ol class="timeline" part="timeline">
              ${this.#timeline(p).map((pos) => html`
                <li class="step ${pos.stage}">
                  <span class="stage">${stageLabel[pos.stage]}</span>
                  <span class="step-title" lang=${dl}>${pos.title}</span>
                  ${pos.organisationLabel ? html`<span class="step-org" lang=${dl}>${pos.organisationLabel}</span>` : nothing}
                  ${pos.start ? html`<span class="step-dates">${this.#period(pos.start, pos.end)}</span>` : nothing}
                  ${pos.startupGhids?.length ? html`<span class="step-startups">${pos.startupGhids.map((g, i) => html`${i ? ', ' : ''}<a href=${startupUrl(g)} lang=${dl}>${names.get(g) ?? g}</a>`)}</span>` : nothing}
                </li>`)}
            </ol>
            ${p.publishedAt ? html`<p class="published">${this.#t.term('portraitsPublishedOn', formatCalendarDate(p.publishedAt, lang))}</p>` : nothing}
          </div>` : nothing}
      </dialog>`;
  }
}
