import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
// The job modules one by one, not the package's barrel: the barrel also holds the format readers (papaparse…), which
// this element imports only when needed (./job-formats.js).
import { CATEGORIES, DEFAULT_OPEN_DAYS, closingDate, daysUntilClose, isOpen, type JobPosting } from '../../src/jobs/posting.js';
import { DEPARTEMENTS } from '../../src/jobs/places.js';
import {
  JOB_FACETS, JOB_FAMILIES, JOB_FAMILY_LABELS, createJobIndex,
  type JobFacet, type JobFilters, type JobHit, type JobIndex, type JobMatch, type JobSearchResult,
} from '../../src/jobs/search.js';
import { dedupeJobPostings } from '../../src/jobs/dedupe.js';
import { jsonLdScriptText, toJobPostingJsonLd } from '../../src/jobs/jsonld-out.js';
import type { JobImportResult } from '../../src/jobs/sources/common.js';
import { RS6247_COMPETENCE_IDS, RS6247_SHORT_LABELS } from '../../src/skills/rs6247-ids.js';
import { isCalendarDate, type CalendarDate } from '../../src/shared/dates.js';
import type { ListResult } from '../../src/shared/issues.js';
import { isHttpUrl } from '../../src/shared/urls.js';
import { LANG_TAG_PATTERN } from '../../src/shared/schema.js';
// Our JSON and the shape tests only: the other readers (papaparse…) are in ./job-formats.js, imported when needed.
import { jobPostingsInSteps, parseJobPostingsWith } from '../../src/jobs/sources/json.js';
import { deferIssue } from '../../src/shared/deferred-issues.js';
// Format detection only: the readers themselves are in the on-demand chunk (job-formats.ts; decision 0064).
import { isNotionExport, isPepExport, jobPostingNodes } from '../../src/jobs/sources/detect.js';
import { IntraElement, type HydrationData } from '../shared/base.js';
import { DEFAULT_TIMEOUT_MS, DataLoadError, DataSourceController } from '../shared/data-source.js';
import { IntraSelectEvent } from '../shared/events.js';
import { IntraLocalize, formatCalendarDate } from '../shared/i18n.js';
import { LiveDateController, localToday } from '../shared/live-date.js';
import { isSafeHref } from '../shared/urls.js';
import { UrlStateController } from '../shared/url-state.js';
import { AfterPaintWrites } from '../shared/url-after-paint.js';
import { alertStyles, baseStyles, buttonStyles, cardStyles, fieldStyles, listStyles, tagStyles } from '../shared/styles.js';
import { JOB_VALUE_LABELS, type JobFeedMessages } from './job-feed.i18n.js';
import './job-feed.i18n.js'; // registers the element's FR/EN messages (idempotent)
import { jobFeedStyles } from './job-feed.styles.js';
import type { IntraJobFeedEventMap } from './job-feed.events.js';

/** URL query parameters holding the feed state; prefixed by `url-key` when set (`?<key>-q=…`). */
const PARAMS = {
  q: 'q', versant: 'versant', categorie: 'categorie', openTo: 'ouvert', remote: 'teletravail', departement: 'departement',
  region: 'region', family: 'famille', competence: 'competence', sort: 'tri',
} as const;
type FilterKey = Exclude<keyof typeof PARAMS, 'q' | 'sort'>;
const FILTER_KEYS = JOB_FACETS as readonly FilterKey[];
const SORTS = ['relevance', 'newest', 'closing'] as const;
type Sort = (typeof SORTS)[number];
type FeedState = { q: string; sort: Sort } & Record<FilterKey, string>;
const EMPTY_STATE: FeedState = { q: '', sort: 'relevance', versant: '', categorie: '', openTo: '', remote: '', departement: '', region: '', family: '', competence: '' };

/** Default page size, used when `page-size` is missing or not a number ≥ 1. */
const DEFAULT_PAGE_SIZE = 20;
const DEFAULT_HEADING_LEVEL = 2;
const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));
/** Range of `now` (pinned or today): before 2000 or after 2100 is a typo or a broken clock. */
export const JOB_FEED_EARLIEST_NOW = '2000-01-01' as CalendarDate;
export const JOB_FEED_LATEST_NOW = '2100-12-31' as CalendarDate;
/** From this many postings, the first render does not wait for the competence matching (it runs when idle). */
const PROVISIONAL_FROM = 2000;
/**
 * From this many postings, a keystroke in the search updates the cards and the count only; the facet counts follow
 * once the typing pauses ({@link TYPING_PAUSE_MS}) or at the next facet or sort change.
 */
const COUNTS_AFTER_PAUSE_FROM = 2000;
const TYPING_PAUSE_MS = 250;
/** A closing date this close (days) reads "Clôture dans N jours"; the card is marked "soon" up to {@link SOON_DAYS}. */
const COUNTDOWN_DAYS = 14;
const SOON_DAYS = 7;
/** The match of a card shown before the competence matching has run. */
const NO_MATCH: JobMatch = { competences: [], passerelles: [], score: 0, explanation: { fr: '', en: '' } };
/** Facet values in alphabetical order (French collation), created once. */
const FRENCH_COLLATOR = new Intl.Collator('fr');
/** Attribute marking the JSON-LD scripts the element writes in the page (light DOM). */
const JSONLD_ATTR = 'data-intra-job-posting';

/** The language of a render and its memoised `term` (see `IntraJobFeed#readTexts`). */
type RenderTexts = { lang: string; code: 'fr' | 'en'; terms: Map<string, string>; term: IntraLocalize<JobFeedMessages>['term'] };

/** Name of the Trusted Types policy that writes the JSON-LD data blocks (add it to a CSP's `trusted-types`). */
export const JSON_LD_POLICY_NAME = 'intras-json-ld';
type ScriptPolicy = { createScript(text: string): unknown };
let jsonLdPolicy: ScriptPolicy | null | undefined;
/**
 * The Trusted Types policy of the JSON-LD blocks, created once: its `createScript` only lets through JSON text (from
 * `jsonLdScriptText`, where `<` `>` `&` are escaped), so it cannot carry a script. `null` where Trusted Types are not
 * supported (the text is then written as a text node) or where the page's CSP does not allow the policy name (then the
 * browser reports the JSON-LD writes as violations; the data blocks are never executed either way).
 */
function scriptPolicy(): ScriptPolicy | null {
  if (jsonLdPolicy !== undefined) return jsonLdPolicy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy } }).trustedTypes;
  try {
    jsonLdPolicy = tt ? tt.createPolicy(JSON_LD_POLICY_NAME, {
      createScript: (text) => { if (!/^[[{]/.test(text) || /[<>]/.test(text)) throw new TypeError('JSON-LD only'); JSON.parse(text); return text; },
    }) : null;
  } catch {
    console.warn(`<intra-job-feed> emit-json-ld : ajoutez « ${JSON_LD_POLICY_NAME} » à la directive trusted-types de votre CSP / add "${JSON_LD_POLICY_NAME}" to your CSP's trusted-types directive`);
    jsonLdPolicy = null;
  }
  return jsonLdPolicy;
}

/** Writes JSON-LD text into a data-block script: through the Trusted Types policy when there is one. */
function setScriptText(script: HTMLScriptElement, text: string): void {
  const policy = scriptPolicy();
  if (policy) (script as unknown as { text: unknown }).text = policy.createScript(text);
  else script.replaceChildren(document.createTextNode(text));
}

/** The formats accepted by the `format` attribute (`csv` = the Choisir le service public CSV). */
const FORMATS = ['json', 'jsonld', 'csv', 'pep', 'notion'] as const;

/** A `src` response body, read as text: parsed by {@link parseJobInput} with its content type and address. */
class JobSourceText {
  constructor(readonly text: string, readonly contentType: string | undefined, readonly url: string) {}
}

/**
 * The pipeline's `parse` for job data: a {@link JobSourceText} (from `src`), a string (any supported format), or a
 * parsed JSON value (property or inline JSON: our JSON, JSON-LD, a PEP or Notion export, told apart by shape or by
 * `format`). Postings are de-duplicated (`dedupeJobPostings`). A document that cannot be read at all throws (our JSON
 * as a value, read at once) or rejects (every other input) with a
 * {@link DataLoadError} (`parse` for broken JSON, `invalid` for another format problem), message naming line/column.
 * Our JSON as a value is read at once; every other input first imports the format readers (`./job-formats.js`, a
 * separate chunk: papaparse, JSON-LD, PEP, Notion, detection from a text).
 */
export function parseJobInput(input: unknown, format?: string): ListResult<JobPosting> | Promise<ListResult<JobPosting>> {
  const f = knownFormat(format);
  if (input instanceof JobSourceText || typeof input === 'string') {
    return import('./job-formats.js').then(({ importJobs }) => (typeof input === 'string'
      ? finishJobInput(importJobs(input, { format: f === 'csv' ? 'csp-csv' : f }), undefined)
      : finishJobInput(importJobs(input.text, { format: f === 'csv' ? 'csp-csv' : f, contentType: input.contentType, pageUrl: new URL(input.url, document.baseURI).href }), input.url)));
  }
  const kind = valueFormat(input, f);
  // Our JSON is read at once (no chunk to load): a server-rendered first render can be seeded synchronously (0044).
  // Issues worded on demand: a feed of valid postings never loads the message catalogue (decision 0064).
  if (kind === 'json') return finishJobInput(parseJobPostingsWith(deferIssue, input), undefined);
  return import('./job-formats.js').then(({ fromJsonDocument }) => finishJobInput(fromJsonDocument(input, kind, document.baseURI), undefined));
}

const knownFormat = (format: string | undefined) => ((FORMATS as readonly string[]).includes(format ?? '') ? (format as (typeof FORMATS)[number]) : undefined);

/**
 * The format of a parsed JSON value: `format` when set (`csv` reads a value as our JSON), else its shape (Notion list,
 * PEP export, JSON-LD JobPosting nodes, else our JSON), as `detectJsonFormat` tells it.
 */
function valueFormat(doc: unknown, f: (typeof FORMATS)[number] | undefined): 'json' | 'pep' | 'notion' | 'jsonld' {
  if (f) return f === 'csv' ? 'json' : f;
  return isNotionExport(doc) ? 'notion' : isPepExport(doc) ? 'pep' : jobPostingNodes(doc).length > 0 ? 'jsonld' : 'json';
}

/** A document error becomes a {@link DataLoadError}; postings are de-duplicated. */
function finishJobInput(r: JobImportResult, url: string | undefined): ListResult<JobPosting> {
  if (r.error) {
    throw new DataLoadError({
      kind: r.error.code === 'invalid_json' ? 'parse' : 'invalid', url,
      fr: `Le fichier d’offres n’a pas pu être lu : ${r.error.fr}.`, en: `The job file could not be read: ${r.error.en}.`,
    });
  }
  const valid = r.valid.length > 1 ? dedupeJobPostings(r.valid).postings : r.valid;
  return { valid, rejected: r.rejected, dropped: r.dropped, total: r.total };
}

/** Content types that say "not our JSON" (read by their own adapter). */
const NOT_JSON_TYPES = ['text/csv', 'application/csv', 'application/ld+json', 'text/html', 'application/xhtml+xml'];

/**
 * {@link parseJobInput} in steps, for our JSON (the data pipeline's `parseStepwise`): a value, or a `src` text that is
 * JSON of that shape (parsed once), validated record by record with `parseJobPostingsStepwise`, which yields a preview
 * of the first `previewSize` postings accepted by `shown` (the first cards, issue 8) and `undefined` after each
 * record; returns what {@link parseJobInput} returns. `undefined` for every other input (the pipeline then calls
 * `parseJobInput`).
 */
export function parseJobInputStepwise(input: unknown, format?: string, previewSize = 0, shown?: (p: JobPosting) => boolean): Generator<ListResult<JobPosting> | undefined, ListResult<JobPosting>, void> | undefined {
  const f = knownFormat(format);
  let doc = input;
  let url: string | undefined;
  if (input instanceof JobSourceText) {
    const text = input.text.replace(/^\uFEFF/, '');
    const type = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
    if ((f && f !== 'json') || NOT_JSON_TYPES.includes(type) || !/^\s*[[{]/.test(text)) return undefined;
    try { doc = JSON.parse(text); } catch { return undefined; } // parseJobInput's error names the line and column
    url = input.url;
  } else if (typeof input === 'string') return undefined;
  if (valueFormat(doc, f) !== 'json') return undefined;
  return (function* () {
    return finishJobInput(yield* jobPostingsInSteps(doc, previewSize, shown ?? (() => true), deferIssue), url);
  })();
}

/**
 * `<intra-job-feed>`: civil-service job offers that suit intrapreneurs' next posts (issue 8), in the DSFR style: facets
 * with counts (versant, catégorie, open to titulaires / contractuels, remote work, département, région, job family,
 * RS6247 competence), accent-insensitive full-text search with plural and feminine forms, sorts (relevance, newest,
 * closing soon), "Voir plus", and cards that say when the offer closes and which RS6247 competences it calls for, with
 * the matched terms on demand ("Pourquoi cette offre ?").
 *
 * **Expiry is enforced at render time with the live date**: without `now`, "today" is the visitor's local date read
 * at each render, and the element re-renders at the next local midnight, so a page left open overnight stops showing
 * an offer that closed yesterday. `with-expired` shows closed and filled offers too, labelled "Clôturée" / "Pourvue".
 * Drafts are never shown. `now` pins the date (2000-01-01 to 2100-12-31; otherwise an error names the attribute).
 *
 * **JSON-LD** (opt-in `emit-json-ld`): one `<script type="application/ld+json" data-intra-job-posting="<id>">` per
 * open offer on screen, schema.org JobPosting (`toJobPostingJsonLd`), written as a child of the element in the page's
 * light DOM so that search engines read it; removed as soon as the offer closes (midnight), is filtered out or leaves
 * the page; never written for a closed, filled or draft offer. Text is escaped (`jsonLdScriptText`): no posting text
 * can end the script. Data blocks are never executed, so `script-src 'self'` is enough; under Trusted Types, allow the
 * element's policy: `trusted-types lit-html intras-json-ld` (its `createScript` accepts JSON text only).
 *
 * Data: the `items` property > an inline `<script type="application/json">` child > `src`. Formats: our JSON (an array
 * or `{ "postings": [...] }`, JSON Schema `dist/schemas/job-postings.schema.json`), schema.org JobPosting JSON-LD (also
 * an HTML page's JSON-LD blocks), the Choisir le service public CSV, the Place de l'emploi public export and the
 * metiers-numeriques Notion export: detected from the content type and the first bytes, or set with `format`. Each
 * record is validated on its own; invalid ones are skipped and counted ("3 offres ignorées"), detailed in `intra-error`.
 *
 * State in the URL: `?q=…&versant=…&categorie=…&ouvert=…&teletravail=…&departement=…&region=…&famille=…&competence=…&tri=…`;
 * with two feeds on one page, give each a `url-key` (`url-key="a"` → `?a-q=…`) and a `label`.
 *
 * @summary Job offers for intrapreneurs: facets, search, expiry with the live date, competence matching, JSON-LD.
 *
 * @slot - An optional `<script type="application/json">` with the postings (read, never displayed); the element adds
 * its JSON-LD scripts here when `emit-json-ld` is set.
 *
 * @fires intra-load - Data from inline JSON or `src` finished loading. `detail: { source, total, valid, rejected, displayable }` (`displayable`: offers open today).
 * @fires intra-error - Loading failed (`kind`: network | timeout | http | parse | invalid | internal) or records were skipped (`kind: "records"`, with `rejected[]`: index, id, issues FR/EN).
 * @fires intra-select - The user followed the link of an offer. `detail: { id, item }` (the posting).
 *
 * @csspart filters - The search, facet and sort bar.
 * @csspart search - The search field.
 * @csspart count - The live result count.
 * @csspart list - The list of cards.
 * @csspart card - One offer card.
 * @csspart card-title - The title (link to the offer) of a card.
 * @csspart closing - The closing-date line of a card ("Clôture dans 5 jours", "Clôturée").
 * @csspart tag - A tag of a card (catégorie, contract, remote work, competence).
 * @csspart why - The "Pourquoi cette offre ?" disclosure button.
 * @csspart explanation - The matched terms shown by that button.
 * @csspart more - The "Voir plus" button.
 * @csspart notice - The discreet "offers skipped" notice.
 * @csspart status - Loading, empty and no-match messages.
 * @csspart error - The error alert.
 *
 * @cssprop [--intra-job-feed-card-min-width=20rem] - Minimum width of a card column.
 * @cssprop [--intra-job-feed-gap=1.5rem] - Gap between cards.
 * @cssprop [--intra-job-feed-accent=var(--text-action-high-blue-france, #000091)] - Accent colour (card titles).
 */
export class IntraJobFeed extends IntraElement {
  static override styles = [baseStyles, buttonStyles, fieldStyles, tagStyles, alertStyles, cardStyles, listStyles, jobFeedStyles];

  /** URL of a job file (JSON, JSON-LD, HTML page with JSON-LD, CSP CSV, PEP or Notion export). Fetched without cookies. */
  @property({ reflect: true }) src?: string;

  /** Postings set by code (any supported JSON shape, or a text); takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) items?: unknown;

  /** Format of the data, instead of detecting it: `json` | `jsonld` | `csv` | `pep` | `notion`. */
  @property() format?: string;

  /** Time allowed to a `src` load, in milliseconds (default 15000). A value that is not a number > 0 means the default. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Number of cards shown at first and added by each "Voir plus" (default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** The date of the feed, `YYYY-MM-DD` from 2000-01-01 to 2100-12-31 (default: today in the visitor's time zone, read live). */
  @property() now?: string;

  /**
   * Days an offer without a closing date stays open after its publication date (default 60; a whole number from 1 to
   * 3650, otherwise 60). It closes then like any other: hidden, and its JSON-LD (`validThrough` = that date) removed.
   */
  @property({ type: Number, attribute: 'open-days' }) openDays = DEFAULT_OPEN_DAYS;

  /** Also shows closed and filled offers, labelled "Clôturée" / "Pourvue" (never in the JSON-LD). */
  @property({ type: Boolean, attribute: 'with-expired' }) withExpired = false;

  /** Writes schema.org JobPosting JSON-LD for each open offer shown, in the page's light DOM (see above). */
  @property({ type: Boolean, attribute: 'emit-json-ld' }) emitJsonLd = false;

  /** Hides the facet selects (search and sort stay unless `without-search`). */
  @property({ type: Boolean, attribute: 'without-filters' }) withoutFilters = false;

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'without-search' }) withoutSearch = false;

  /** Namespace of the URL state, for several feeds on one page. */
  @property({ attribute: 'url-key' }) urlKey?: string;

  /** Accessible name of the search region (default "Filtrer les offres"). */
  @property() label?: string;

  /** Level of the card titles (`<h2>` by default). A whole number from 1 to 6, else 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** Language of the data's texts (titles, employers, places), a language tag; default `fr`. */
  @property({ attribute: 'data-lang' }) dataLang?: string;

  @state() private _state: FeedState = { ...EMPTY_STATE };
  @state() private _pages = 1;
  @state() private _expanded = new Set<string>();
  @state() private _matchedTick = 0;

  readonly #t = new IntraLocalize<JobFeedMessages>(this);
  readonly #clock = new LiveDateController(this, {
    pinned: () => this.now,
    // `intras render job-feed` (decision 0044): the server's date for the render that hydrates it, then the live one.
    rendered: () => (this.rendersServerHtml ? this.getAttribute('data-rendered-now') : undefined),
  });
  readonly #data = new DataSourceController<JobPosting>(this, {
    property: () => this.items,
    src: () => this.src,
    parse: (input) => parseJobInput(input, this.format),
    // Large lists (issue 8): the first page of our JSON is shown before every record is validated, the rest is
    // validated in slices; counts, facets and events come once, at the end. Not with a search or facet from the URL
    // (the preview could not apply them).
    parseStepwise: (input, previewSize) => {
      const today = this.#today();
      const withExpired = this.withExpired;
      const openDays = this.#openDays;
      return parseJobInputStepwise(input, this.format, today ? previewSize : 0,
        (p) => p.status !== 'draft' && (withExpired || isOpen(p, today!, openDays)));
    },
    previewSize: () => (this.#hasCriteria() ? 0 : this.#pageSize),
    read: (text, contentType, url) => new JobSourceText(text, contentType, url),
    accept: 'application/json, application/ld+json, text/csv;q=0.9, text/html;q=0.8, */*;q=0.5',
    // Job files are checked with `intras jobs import` (every format, CSV lines and columns), not `intras validate`.
    checkCommand: 'npx -p @betagouv/intras intras jobs import <fichier>',
    displayable: (valid) => { const today = this.#today(); return today ? valid.filter((p) => isOpen(p, today, this.#openDays)).length : 0; },
    timeout: () => this.timeout,
  });
  #source?: JobPosting[];
  /** The first page of a load still being validated (see `parseStepwise` above), in the order of the sort. */
  #preview?: { source: readonly JobPosting[]; sort: Sort; hits: JobHit[] };
  #index?: JobIndex;
  #indexOpenDays = DEFAULT_OPEN_DAYS;

  /** `open-days` when a whole number from 1 to 3650, else {@link DEFAULT_OPEN_DAYS}. */
  get #openDays(): number {
    const n = Number(this.openDays);
    return Number.isInteger(n) && n >= 1 && n <= 3650 ? n : DEFAULT_OPEN_DAYS;
  }
  #shown: JobHit[] = [];
  #focusAfterRender?: number | 'search';
  /** Facet, sort and reset history entries wait for the next paint (issue 8: `history.pushState` costs several ms). */
  readonly #later = new AfterPaintWrites(this);
  /** The feed's state in the page's address (decision 0005), its entries through `#later`. */
  readonly #url = new UrlStateController(this, {
    params: PARAMS,
    key: () => this.urlKey,
    read: (v) => {
      const before = JSON.stringify(this._state);
      const next: FeedState = { ...EMPTY_STATE, q: v.q ?? '', sort: (SORTS as readonly string[]).includes(v.sort ?? '') ? (v.sort as Sort) : 'relevance' };
      for (const k of FILTER_KEYS) next[k] = v[k] ?? '';
      this._state = next;
      return before !== JSON.stringify(next);
    },
    write: () => ({ ...this._state, q: this._state.q.trim() ? this._state.q : '', sort: this._state.sort === 'relevance' ? '' : this._state.sort }),
    navigated: () => { this._pages = 1; },
    later: this.#later,
  });
  #refocusAfterRetry = false;
  #prepareScheduled = false;
  #prepared = false;
  /** True from a keystroke until the typing pauses (large lists: facet counts wait for the pause). */
  #typing = false;
  #pauseTimer?: ReturnType<typeof setTimeout>;
  /** The facet counts of the last search that counted them (shown while typing in a large list). */
  #counted?: JobSearchResult;
  /** The search without query nor filters (totals, facet values), kept while its inputs stay the same. */
  #all?: { key: string; result: JobSearchResult };

  /** Settles once the current data load has finished and been rendered (see `<intra-portraits>`). */
  get loaded(): Promise<unknown> {
    return this.#data.complete;
  }

  /**
   * True once the search index and the competence matching of the current data are built (done in idle time after a
   * load, in slices; a search before that builds what it needs at once).
   */
  get prepared(): boolean {
    return this.#prepared;
  }

  /** The offers on screen (open ones, or all with `with-expired`, after search and filters; the shown pages only). */
  get shownPostings(): readonly JobPosting[] {
    return this.#shown.map((h) => h.posting);
  }

  /**
   * Listeners typed by this element's own events (IntraJobFeedEventMap): `intra-select` carries this element's item even when
   * the page also defines other elements (the global `HTMLElementEventMap` entry is then the union of the items).
   */
  override addEventListener<K extends keyof IntraJobFeedEventMap>(type: K, listener: (this: IntraJobFeed, ev: IntraJobFeedEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: IntraJobFeed, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
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
    return r instanceof DataLoadError ? r : { records: r.valid, rejected: r.rejected.length, dropped: r.dropped?.length ?? 0 };
  }

  /** The deferred-hydration module, imported here so that only the elements with `src` carry it. */
  protected override loadDeferredHydration() { return import('../shared/deferred-hydration.js'); }

  override connectedCallback(): void {
    super.connectedCallback();
    // Hydrating `intras render` HTML: the first render is the server's; the URL's state applies in the next update.
    if (this.rendersServerHtml) void this.updateComplete.then(() => this.#url.read());
    else this.#url.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // (the URL state: a change made just before leaving stays in the history)
    this.#typingDone();
    // JSON-LD describes what is on the page: an element taken out takes its scripts with it.
    this.#writeJsonLd([]);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.rendersServerHtml) this.#data.seed(); // server-rendered first page (decision 0044)
    const preview = this.#data.preview?.valid;
    if (!preview) this.#preview = undefined;
    else if (preview !== this.#preview?.source || this._state.sort !== this.#preview.sort) {
      // Newest first (relevance needs the matching, as in a provisional render), or soonest closing.
      const closing = this._state.sort === 'closing';
      const close = preview.map((p) => closingDate(p, this.#openDays));
      const order = preview.map((_, i) => i).sort((a, b) => (closing && close[a] !== close[b] ? (close[a] < close[b] ? -1 : 1) : 0)
        || (preview[a].postedAt < preview[b].postedAt ? 1 : preview[a].postedAt > preview[b].postedAt ? -1 : a - b));
      this.#preview = { source: preview, sort: this._state.sort, hits: order.map((i) => ({ posting: preview[i], score: 0, match: NO_MATCH })) };
    }
    const valid = this.#data.value?.valid;
    if (valid !== this.#source || this.#openDays !== this.#indexOpenDays) {
      this.#source = valid;
      this.#indexOpenDays = this.#openDays;
      this.#index = valid ? createJobIndex(valid.filter((p) => p.status !== 'draft'), { openDays: this.#openDays }) : undefined;
      this.#prepareScheduled = false;
      this.#prepared = false;
      this.#all = undefined;
      this.#counted = undefined;
    }
  }

  protected override updated(): void {
    const index = this.#index;
    if (index && !this.#prepared && !this.#prepareScheduled) {
      // Matching and indexing when the browser is idle, in slices; the feed re-renders with the full order after.
      this.#prepareScheduled = true;
      const run = () => index.prepare().then(() => {
        if (index !== this.#index) return;
        this.#prepared = true;
        this._matchedTick++;
      });
      if ('requestIdleCallback' in window) requestIdleCallback(() => void run(), { timeout: 1500 }); else setTimeout(() => void run(), 50);
    }
    this.#writeJsonLd(this.emitJsonLd && this.isConnected ? this.#shown : []);
    if (this.#focusAfterRender !== undefined) {
      const target = this.#focusAfterRender === 'search'
        ? this.renderRoot.querySelector<HTMLElement>('#q') ?? this.renderRoot.querySelector<HTMLElement>('.count')
        : this.renderRoot.querySelectorAll<HTMLElement>('.card-title a, .card-title [tabindex]')[this.#focusAfterRender];
      this.#focusAfterRender = undefined;
      target?.focus();
    }
    if (this.#refocusAfterRetry) {
      this.renderRoot.querySelector<HTMLElement>('[role="alert"], .count, [part="status"]')?.focus();
      if (this.#data.status !== 'pending') this.#refocusAfterRetry = false;
    }
  }

  /**
   * Keeps one JSON-LD script per open posting of `hits` as children of the element (light DOM), adding, updating and
   * removing only what changed. A posting not open today gets none (`toJobPostingJsonLd` returns `null`).
   */
  #writeJsonLd(hits: readonly JobHit[]): void {
    const today = this.#today();
    const wanted = new Map<string, string>();
    if (today) {
      for (const h of hits) {
        const ld = toJobPostingJsonLd(h.posting, today, this.#openDays);
        if (ld) wanted.set(h.posting.id, jsonLdScriptText(ld));
      }
    }
    for (const s of [...this.querySelectorAll<HTMLScriptElement>(`:scope > script[${JSONLD_ATTR}]`)]) {
      const id = s.getAttribute(JSONLD_ATTR) ?? '';
      const text = wanted.get(id);
      if (text === undefined) s.remove();
      else {
        if (s.textContent !== text) setScriptText(s, text);
        wanted.delete(id);
      }
    }
    for (const [id, text] of wanted) {
      const s = document.createElement('script');
      s.type = 'application/ld+json';
      s.setAttribute(JSONLD_ATTR, id);
      setScriptText(s, text);
      this.append(s);
    }
  }

  /** The feed's date: `now` or today (read now), when valid and in range. */
  #today(): CalendarDate | undefined {
    const d = this.#clock.today;
    return isCalendarDate(d) && d >= JOB_FEED_EARLIEST_NOW && d <= JOB_FEED_LATEST_NOW ? d : undefined;
  }

  /**
   * Settles once the last facet, sort or reset change is in the page's address (`history.pushState` after the next
   * paint, so that the new cards are not delayed). A search is written there after a 300 ms typing pause.
   */
  get urlUpdated(): Promise<void> {
    return this.#later.written;
  }

  #onSearch(e: InputEvent): void {
    this._state = { ...this._state, q: (e.target as HTMLInputElement).value };
    this._pages = 1;
    this.#typing = true;
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => {
      this.#typing = false;
      this.requestUpdate();
    }, TYPING_PAUSE_MS);
    this.#url.typed();
  }

  #onSelect(key: FilterKey | 'sort', e: Event): void {
    // A search typed but not in the URL yet goes there first (its own entry), before the facet or sort change.
    this.#url.commit(() => {
      this.#typingDone();
      this._state = { ...this._state, [key]: (e.target as HTMLSelectElement).value };
      this._pages = 1;
    });
  }

  /** The typing is over (a facet, the sort or the reset): facet counts are computed at the next render. */
  #typingDone(): void {
    clearTimeout(this.#pauseTimer);
    this.#typing = false;
  }

  #reset(): void {
    this.#url.commit(() => {
      this.#typingDone();
      this._state = { ...EMPTY_STATE, sort: this._state.sort };
      this._pages = 1;
    }, true);
    this.#focusAfterRender = 'search';
  }

  #more(shown: number): void {
    this._pages++;
    this.#focusAfterRender = shown;
  }

  #toggle(id: string): void {
    const next = new Set(this._expanded);
    if (!next.delete(id)) next.add(id);
    this._expanded = next;
  }

  #select(p: JobPosting): void {
    this.dispatchEvent(new IntraSelectEvent<JobPosting>({ id: p.id, item: p }));
  }

  #retry(): void {
    this.#refocusAfterRetry = true;
    this.#data.retry();
  }

  get #pageSize(): number {
    const n = Number(this.pageSize);
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_PAGE_SIZE;
  }

  get #level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
  }

  get #dataLang(): string {
    return this.dataLang && LANG_TAG_PATTERN.test(this.dataLang) ? this.dataLang : 'fr';
  }

  /** A search or a facet is set (from the URL or the user). */
  #hasCriteria(): boolean {
    const s = this._state;
    return !!s.q.trim() || FILTER_KEYS.some((k) => s[k]);
  }

  /** Dates as written on the cards, by language and date (an `Intl.DateTimeFormat` per call costs ~0.1 ms). */
  #dates = new Map<string, string>();

  #date(d: CalendarDate): string {
    const code = this.#r.code;
    const key = `${code}${d}`;
    let text = this.#dates.get(key);
    if (text === undefined) {
      if (this.#dates.size > 5000) this.#dates.clear();
      this.#dates.set(key, (text = formatCalendarDate(d, code)));
    }
    return text;
  }

  // ---------------------------------------------------------------- render

  /**
   * The texts of the current render: the language (`code`) and `term`, memoised while the language stays the same. The
   * localize controller's `term` resolves the language (a walk up to the nearest `lang`) and builds an `Intl.Locale` at
   * each call, and a render of 20 cards and 8 facets makes some 200 calls: issue 8's keystroke budget.
   */
  #texts?: RenderTexts;

  get #r(): RenderTexts {
    return this.#texts ?? this.#readTexts();
  }

  #readTexts(): RenderTexts {
    const lang = this.#t.lang();
    const code = this.#t.code;
    if (this.#texts?.lang === lang && this.#texts.code === code) return this.#texts;
    const terms = new Map<string, string>();
    const term = ((key: string, ...args: unknown[]) => {
      const k = args.length ? `${key}\u0001${args.join('\u0001')}` : key;
      let text = terms.get(k);
      if (text === undefined) {
        if (terms.size > 2000) terms.clear();
        text = String((this.#t.term as (key: string, ...args: unknown[]) => unknown)(key, ...args));
        terms.set(k, text);
      }
      return text;
    }) as IntraLocalize<JobFeedMessages>['term'];
    return (this.#texts = { lang, code, terms, term });
  }

  override render(): TemplateResult {
    const { code } = this.#readTexts();
    return html`<div class="root" lang=${code}>${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult {
    this.#shown = [];
    const t = this.#r;
    const today = this.#today();
    if (!today) {
      const min = this.#date(JOB_FEED_EARLIEST_NOW);
      const max = this.#date(JOB_FEED_LATEST_NOW);
      return this.#renderError(this.now ? t.term('jobsBadNow', this.now, min, max) : t.term('jobsBadToday', localToday(), min, max), false);
    }
    const status = this.#data.status;
    const error = this.#data.error;
    // A file that cannot be read (broken JSON, wrong CSV separator, missing header) stays so on reload: no retry.
    if (status === 'error' && error) return this.#renderError(t.code === 'en' ? error.en : error.fr, error.source !== 'property' && error.kind !== 'parse' && error.kind !== 'invalid');
    if (this.#preview) return this.#renderPreview(today);
    const value = this.#data.value;
    if (!value && (status === 'pending' || (status === 'initial' && this.src))) return this.#renderLoading();
    const index = this.#index;
    if (!index || index.postings.length === 0) {
      return html`${this.#renderSkipped()}<p class="state" part="status" role="status">${t.term('jobsEmpty')}</p>`;
    }
    void this._matchedTick;
    // A large list renders provisionally (competences matched later, in idle slices) — but never a first render that must
    // be the server's (`intras render`, hydration): that one is complete on both sides, so hydration changes nothing.
    const provisional = index.postings.length >= PROVISIONAL_FROM && !this.rendersServerHtml;
    // Totals and facet values: one search without query nor filters, kept until the day, the data or the mode change.
    const allKey = `${today}|${this.withExpired}|${provisional && !index.matched}`;
    if (this.#all?.key !== allKey) this.#all = { key: allKey, result: index.search('', {}, { today, withExpired: this.withExpired, sort: 'newest', provisional, limit: 0 }) };
    const all = this.#all.result;
    // A facet value from the URL that no posting has (`?versant=ZZZ`, a stale link) is ignored, as the gallery does:
    // the list is not emptied by a value the visitor cannot see nor unselect (the competences, while still matching, wait).
    const s = { ...this._state };
    for (const k of FILTER_KEYS) if (s[k] && !all.facets[k].has(s[k]) && !(k === 'competence' && provisional && !index.matched)) s[k] = '';
    const filters: JobFilters = {};
    for (const k of FILTER_KEYS) if (s[k]) (filters as Record<string, string>)[k] = s[k];
    if (all.total === 0) {
      return html`${this.#renderSkipped()}<p class="state" part="status" role="status">${t.term('jobsNoneOpen')}</p>`;
    }
    // A keystroke in a large list: cards and count now, facet counts after the pause (the last ones shown meanwhile).
    const counts = !(this.#typing && index.postings.length >= COUNTS_AFTER_PAUSE_FROM && this.#counted);
    // Only the cards of the pages shown become hits (a keystroke over 10,000 postings allocates 20, not 10,000).
    const result = index.search(s.q, filters, { today, withExpired: this.withExpired, sort: s.sort, provisional, counts, limit: this.#pageSize * this._pages });
    if (counts) this.#counted = result;
    const busy = status === 'pending';
    const shown = Math.min(result.total, this.#pageSize * this._pages);
    this.#shown = result.hits.slice(0, shown);
    const countText = this.withExpired ? t.term('jobsCountWithExpired', result.total, all.total) : t.term('jobsCount', result.total, all.total);
    return html`
      ${this.#renderFilters(this.#counted!, all, s)}
      <p class="count" part="count" role="status" aria-live="polite" tabindex="-1">${busy ? t.term('jobsLoading') : countText}</p>
      ${this.#renderSkipped()}
      ${result.total === 0 ? html`
        <div class="state" part="status">
          <p class="state-title">${t.term('jobsNoMatch')}</p>
          <p>${t.term('jobsNoMatchHint')}</p>
          <button type="button" class="btn secondary reset" @click=${this.#reset}>${t.term('jobsReset')}</button>
        </div>` : html`
        <ul class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
          ${this.#shown.map((h) => this.#renderCard(h, today))}
        </ul>
        ${shown < result.total ? html`
          <div class="more-row">
            <button type="button" class="btn secondary" part="more" @click=${() => this.#more(shown)}>${t.term('jobsMore', result.total - shown)}</button>
          </div>` : nothing}`}
    `;
  }

  /**
   * While a large list is validated after its first page: those cards (newest first, or soonest closing), marked busy,
   * under the loading status; no filters, count nor "Voir plus" yet (they come once, when the load has settled), and no
   * JSON-LD (written for the settled list).
   */
  #renderPreview(today: CalendarDate): TemplateResult {
    return html`
      <p class="state" part="status" role="status" tabindex="-1">${this.#r.term('jobsLoading')}</p>
      <ul class="list" part="list" aria-busy="true">
        ${this.#preview!.hits.slice(0, this.#pageSize).map((h) => this.#renderCard(h, today))}
      </ul>`;
  }

  #renderLoading(): TemplateResult {
    return html`
      <p class="state" part="status" role="status" tabindex="-1">${this.#r.term('jobsLoading')}</p>
      <ul class="list skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li><div class="card"><span class="bar"></span><span class="bar short"></span><span class="bar"></span></div></li>`)}
      </ul>`;
  }

  #renderError(message: string, retryable: boolean): TemplateResult {
    return html`
      <div class="alert error" part="error" role="alert" tabindex="-1">
        <p class="alert-title">${this.#r.term('jobsErrorTitle')}</p>
        <p>${message}</p>
        ${retryable ? html`<p class="alert-actions"><button type="button" class="btn sm" @click=${this.#retry}>${this.#r.term('jobsRetry')}</button></p>` : nothing}
      </div>`;
  }

  #renderSkipped(): TemplateResult | typeof nothing {
    const rejected = this.#data.value?.rejected.length ?? 0;
    const partial = this.#data.value?.dropped?.length ?? 0;
    if (!rejected && !partial) return nothing;
    const text = [rejected ? this.#r.term('jobsSkipped', rejected) : '', partial ? this.#r.term('jobsPartial', partial) : ''].filter(Boolean).join(' · ');
    return html`<p class="notice" part="notice">${text}</p>`;
  }

  /** The label of a facet value, in the interface language. */
  #valueLabel(facet: JobFacet, v: string): string {
    const lang = this.#r.code;
    switch (facet) {
      case 'versant': return JOB_VALUE_LABELS.versant[v as 'FPE']?.[lang] ?? v;
      case 'openTo': return JOB_VALUE_LABELS.openTo[v as 'titulaires']?.[lang] ?? v;
      case 'remote': return JOB_VALUE_LABELS.remote[v as 'none']?.[lang] ?? v;
      case 'departement': { const d = DEPARTEMENTS.get(v); return d ? `${d.name} (${v})` : v; }
      case 'family': return JOB_FAMILY_LABELS[v as 'autre']?.[lang] ?? v;
      case 'competence': return RS6247_SHORT_LABELS[v as 'pitch']?.[lang] ?? v;
      default: return v;
    }
  }

  /** Facet values in a stable order: the domain's order for closed lists, else alphabetical (French collation). */
  #facetValues(facet: JobFacet, all: JobSearchResult, selected: string): string[] {
    // The same for every keystroke: kept per search without filters (`#all`), facet, selection and language.
    let byKey = this.#facetOrders.get(all);
    if (!byKey) this.#facetOrders.set(all, (byKey = new Map()));
    const key = `${facet}|${selected}|${this.#r.code}`;
    let values = byKey.get(key);
    if (!values) byKey.set(key, (values = this.#orderFacetValues(facet, all, selected)));
    return values;
  }

  #facetOrders = new WeakMap<JobSearchResult, Map<string, string[]>>();

  #orderFacetValues(facet: JobFacet, all: JobSearchResult, selected: string): string[] {
    const present = new Set([...all.facets[facet].keys()]);
    if (selected) present.add(selected);
    const fixed: Partial<Record<JobFacet, readonly string[]>> = {
      versant: ['FPE', 'FPT', 'FPH'], categorie: CATEGORIES, openTo: ['titulaires', 'contractuels'], remote: ['none', 'partial', 'full'],
      family: JOB_FAMILIES, competence: RS6247_COMPETENCE_IDS,
    };
    const order = fixed[facet];
    if (order) return order.filter((v) => present.has(v));
    const label = new Map([...present].map((v) => [v, this.#valueLabel(facet, v)]));
    return [...present].sort((a, b) => FRENCH_COLLATOR.compare(label.get(a)!, label.get(b)!));
  }

  #renderFilters(result: JobSearchResult, all: JobSearchResult, s: FeedState): TemplateResult {
    const t = this.#r;
    const labels: Record<FilterKey, keyof JobFeedMessages> = {
      versant: 'jobsVersant', categorie: 'jobsCategorie', openTo: 'jobsOpenTo', remote: 'jobsRemote', departement: 'jobsDepartement',
      region: 'jobsRegion', family: 'jobsFamily', competence: 'jobsCompetence',
    };
    const fem = new Set<FilterKey>(['categorie', 'region', 'family', 'competence']);
    return html`
      <div class="filters" part="filters" role="search" aria-label=${this.label || t.term('jobsFiltersLabel')}>
        ${this.withoutSearch ? nothing : html`
          <div class="field search" part="search">
            <label for="q">${t.term('jobsSearchLabel')}<span class="hint" id="q-hint">${t.term('jobsSearchHint')}</span></label>
            <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${s.q} @input=${this.#onSearch}
              @change=${() => this.#url.typingEnded()} />
          </div>`}
        ${this.withoutFilters ? nothing : FILTER_KEYS.map((k) => {
          const values = this.#facetValues(k, all, s[k]);
          if (values.length < (s[k] ? 1 : 2)) return nothing;
          return html`<div class="field">
            <label for="f-${k}">${t.term(labels[k] as 'jobsVersant')}</label>
            <select id="f-${k}" .value=${s[k]} @change=${(e: Event) => this.#onSelect(k, e)}>
              <option value="" ?selected=${!s[k]}>${t.term(fem.has(k) ? 'jobsAllFem' : 'jobsAll')}</option>
              ${values.map((v) => html`<option value=${v} ?selected=${s[k] === v}>${this.#valueLabel(k, v)} (${result.facets[k].get(v) ?? 0})</option>`)}
            </select>
          </div>`;
        })}
        <div class="field">
          <label for="f-sort">${t.term('jobsSort')}</label>
          <select id="f-sort" .value=${s.sort} @change=${(e: Event) => this.#onSelect('sort', e)}>
            <option value="relevance" ?selected=${s.sort === 'relevance'}>${t.term('jobsSortRelevance')}</option>
            <option value="newest" ?selected=${s.sort === 'newest'}>${t.term('jobsSortNewest')}</option>
            <option value="closing" ?selected=${s.sort === 'closing'}>${t.term('jobsSortClosing')}</option>
          </select>
        </div>
      </div>`;
  }

  /** The closing line: "Clôture dans 5 jours", "Clôture aujourd’hui", "Clôturée", "Pourvue"… or nothing. */
  #closing(p: JobPosting, today: CalendarDate): { text: string; cls: string } | undefined {
    const t = this.#r;
    if (p.status === 'filled') return { text: t.term('jobsFilled'), cls: 'closed' };
    if (p.postedAt > today) return { text: t.term('jobsNotYet'), cls: '' };
    // An offer without closesAt closes `open-days` after publication: the same countdown.
    const days = daysUntilClose(p, today, this.#openDays);
    if (days < 0) return { text: t.term('jobsClosed'), cls: 'closed' };
    const cls = days <= SOON_DAYS ? 'soon' : '';
    if (days === 0) return { text: t.term('jobsClosesToday'), cls };
    if (days === 1) return { text: t.term('jobsClosesTomorrow'), cls };
    if (days <= COUNTDOWN_DAYS) return { text: t.term('jobsClosesIn', days), cls };
    return { text: t.term('jobsClosesOn', this.#date(closingDate(p, this.#openDays))), cls };
  }

  #renderCard(h: JobHit, today: CalendarDate): TemplateResult {
    const p = h.posting;
    const t = this.#r;
    const lang = t.code;
    const dl = this.#dataLang;
    const open = isOpen(p, today, this.#openDays);
    const closing = this.#closing(p, today);
    const level = this.#level;
    const tag = HEADING_TAGS[level - 1];
    const titleId = `t-${p.id}`;
    // Only an absolute http(s) URL becomes a link (the schema says so too; checked again here, whatever the input).
    const linkable = isHttpUrl(p.url) && isSafeHref(p.url);
    const title = linkable
      ? html`<a href=${p.url} target="_blank" rel="noopener" lang=${dl} @click=${() => this.#select(p)}>${p.title}<span class="sr-only"> ${t.term('jobsNewTab')}</span></a>`
      : html`<span lang=${dl}>${p.title}</span>`;
    const match = h.match;
    const expanded = this._expanded.has(p.id);
    const tags = [
      p.categorie ? t.term('jobsCategorieValue', p.categorie) : '',
      p.contractKind ? JOB_VALUE_LABELS.contractKind[p.contractKind][lang] : '',
      p.remote && p.remote !== 'none' ? JOB_VALUE_LABELS.remote[p.remote][lang] : '',
      p.openTo ? JOB_VALUE_LABELS.openTo[p.openTo][lang] : '',
    ].filter(Boolean);
    return html`
      <li>
        <article class="card ${open ? '' : 'closed'}" part="card" aria-labelledby=${titleId}>
          ${staticHtml`<${tag} class="card-title" part="card-title" id=${titleId}>${title}</${tag}>`}
          <p class="employer"><span class="sr-only">${t.term('jobsEmployer')} : </span><span lang=${dl}>${p.employer.label}</span></p>
          <p class="place"><span class="sr-only">${t.term('jobsPlace')} : </span><span lang=${dl}>${p.location.label}</span></p>
          ${closing ? html`<p class="closing ${closing.cls}" part="closing">${closing.text}</p>` : nothing}
          <p class="dates">${t.term('jobsPostedOn', this.#date(p.postedAt))}</p>
          ${tags.length ? html`<ul class="tags">${tags.map((x) => html`<li class="tag" part="tag">${x}</li>`)}</ul>` : nothing}
          ${match.competences.length ? html`
            <ul class="competences" aria-label=${t.term('jobsCompetencesLabel')}>
              ${match.competences.map((c) => html`<li class="tag" part="tag">${c.label[lang]}</li>`)}
            </ul>` : nothing}
          ${match.explanation.fr ? html`
            <div class="why">
              <button type="button" class="btn tertiary sm why-button" part="why" aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls="why-${p.id}" aria-label=${t.term('jobsWhyFor', p.title)} @click=${() => this.#toggle(p.id)}>${t.term('jobsWhy')}</button>
              <p class="explanation" part="explanation" id="why-${p.id}" ?hidden=${!expanded}>${match.explanation[lang]}</p>
            </div>` : nothing}
        </article>
      </li>`;
  }
}
