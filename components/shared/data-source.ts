/**
 * The data pipeline shared by every data element (design.md §4): **property > inline
 * `<script type="application/json">` child > `src` URL**. Every path ends in the same validation
 * (`parse`, a list parser that keeps the valid records and reports the others). `src` is fetched with
 * `@lit/task` and its AbortSignal, without cookies (`credentials: "omit"`), within a timeout.
 *
 * Whatever happens while data is read, the outcome is a value or a {@link DataLoadError}, never an exception left to
 * the element: a transport failure (also mid-body) is `network`, a slow server `timeout`, an exception thrown while
 * validating (a throwing getter, a stack overflow) `internal`. While a new `src` loads, the previous result is not
 * exposed (no stale cards, no deep link into old data); `complete` settles with the load the element is on.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListResult, RejectedRecord } from '../../src/shared/issues.js';
import { wordDeferredIssues } from '../../src/shared/deferred-issues.js';
import type * as z from 'zod/mini';
import { IntraErrorEvent, IntraLoadEvent, type DataErrorKind, type IntraErrorDetail } from './events.js';

/** Default fetch timeout of `src` loads, in milliseconds (15 s). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A failed load, with its cause and a bilingual message. */
export class DataLoadError extends Error {
  readonly kind: Exclude<DataErrorKind, 'records'>;
  readonly status?: number;
  readonly fr: string;
  readonly en: string;
  readonly detail: IntraErrorDetail;
  /** Where the failing data came from; errors of data set by code are not announced as events and cannot be retried. */
  source: 'property' | 'inline' | 'src' = 'src';
  /** `cause`: the exception behind an `internal` error (logged to the console, not put in the event). */
  constructor(detail: IntraErrorDetail & { kind: Exclude<DataErrorKind, 'records'> }, cause?: unknown) {
    super(detail.en, cause === undefined ? undefined : { cause });
    this.name = 'DataLoadError';
    this.kind = detail.kind;
    this.status = detail.status;
    this.fr = detail.fr;
    this.en = detail.en;
    this.detail = detail;
  }
}

/** What a host element gives the controller. */
export interface DataSourceOptions<T> {
  /** The property value set by code (`el.items = …`), or `undefined`. */
  property: () => unknown;
  /** The `src` attribute, or `undefined` / `""`. */
  src: () => string | undefined | null;
  /**
   * Validates a whole document: valid records kept, invalid ones reported. May throw a {@link DataLoadError} for a
   * document that cannot be read at all (it is reported with its own kind and message). May return a promise (the job
   * feed imports its format readers on demand).
   */
  parse: (input: unknown) => ListResult<T> | Promise<ListResult<T>>;
  /**
   * The schema of a whole document, for the console warning only: the unknown field names of each rejected or trimmed
   * record (a misspelt `"titre"` for `"title"`) are listed with its issues, as `intras validate` does (`unknownKeys`).
   */
  documentSchema?: z.ZodMiniType;
  /**
   * Validation in steps (issue 10: the first cards before every record is validated), used instead of `parse` when
   * given: a generator that yields at most once a **preview** (the first `previewSize` displayable records, shown
   * while the rest is validated), `undefined` after each record (a point where the controller may give the browser
   * back its main thread), and returns the same result as `parse`. The controller runs it in slices of
   * {@link SLICE_MS} (`scheduler.yield()` between them when the browser has it, else a message-channel task), so
   * that the page stays responsive; events, console warnings and `complete` come once, when it has returned. It may
   * return `undefined` for an input it does not read in steps: `parse` is used then.
   */
  parseStepwise?: (input: unknown, previewSize: number) => Generator<ListResult<T> | undefined, ListResult<T>, void> | undefined;
  /** How many displayable records the preview of {@link parseStepwise} should hold (e.g. the page size). */
  previewSize?: () => number;
  /** How many valid records can be displayed (e.g. consent-gated portraits). Default: all valid ones. */
  displayable?: (valid: readonly T[]) => number;
  /**
   * Timeout of a `src` load in milliseconds, for the whole response (headers and body). A value that is not a
   * finite number > 0 (or none) means {@link DEFAULT_TIMEOUT_MS}.
   */
  timeout?: () => unknown;
  /**
   * Reads the body of a `src` response: the text, its `Content-Type` (or `undefined`) and the URL. Default: JSON
   * (`JSON.parse`; not JSON → a `parse` error). An element that reads other formats (the job feed: JSON, JSON-LD,
   * HTML pages, CSV) returns a value its `parse` understands; it may throw a {@link DataLoadError} (e.g. `parse`).
   */
  read?: (text: string, contentType: string | undefined, url: string) => unknown;
  /** The `Accept` header of `src` requests (default `application/json`). */
  accept?: string;
  /**
   * The command the console warnings point to, to check the file (default
   * `npx -p @betagouv/intras intras validate <fichier.json>`). When set, a document that cannot be read at all (`parse`,
   * `invalid` without records) is also logged once, with its message (line and column when known) and this command.
   */
  checkCommand?: string;
}

/** Longest stretch of validation in one task, in milliseconds, before the browser gets its main thread back. */
export const SLICE_MS = 8;

/** Lets the browser run other tasks (input, rendering): `scheduler.yield()` when available, else a new task. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message-channel task, not setTimeout(0): nested timeouts are clamped to 4 ms.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/** A timeout in ms: the value when it is a finite number > 0, {@link DEFAULT_TIMEOUT_MS} otherwise. */
export function timeoutMs(value: unknown): number {
  const n = Number(value);
  return value !== null && value !== '' && Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
}

/** "15 s" / "0,3 s" (French decimal comma) or "0.3 s" (English). */
function seconds(ms: number, lang: 'fr' | 'en'): string {
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(ms / 1000)}\u00a0s`;
}

/** The name and message of an unexpected exception, short (for the error message; no stack). */
function describeException(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A finished load. */
export interface DataSourceValue<T> extends ListResult<T> {
  readonly source: 'property' | 'inline' | 'src';
}

type Host = ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean };

function httpMessages(status: number): { fr: string; en: string } {
  if (status === 404) return { fr: 'Les données sont introuvables (erreur 404).', en: 'The data could not be found (error 404).' };
  if (status === 401 || status === 403) return { fr: `L’accès aux données est refusé (erreur ${status}).`, en: `Access to the data was refused (error ${status}).` };
  if (status >= 500) return { fr: `Le serveur de données ne répond pas correctement (erreur ${status}).`, en: `The data server is not responding properly (error ${status}).` };
  return { fr: `Les données n’ont pas pu être chargées (erreur ${status}).`, en: `The data could not be loaded (error ${status}).` };
}

/** `e` as a {@link DataLoadError}: itself, or an `internal` one ("erreur inattendue") wrapping an exception. */
function asLoadError(e: unknown, url: string | undefined): DataLoadError {
  return e instanceof DataLoadError ? e : new DataLoadError({
    kind: 'internal', url,
    fr: `Les données n’ont pas pu être lues : erreur inattendue (${describeException(e)}).`,
    en: `The data could not be read: unexpected error (${describeException(e)}).`,
  }, e);
}

/**
 * Reactive controller running the pipeline. Read `value` (last good load), `error`, `status`; call `retry()`.
 * Fires `intra-load` after an inline or `src` load (not when code sets the property), and `intra-error`
 * on failure or when records were rejected.
 */
export class DataSourceController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: DataSourceOptions<T>;
  #inline: string | undefined;
  #observer?: MutationObserver;
  #attempt = 0;
  #abortedByDisconnect = false;
  /** Whether the run in progress fetches `src` (then the previous result is not shown while it runs). */
  #fetching = false;
  readonly task: Task<[unknown, string | undefined, string | undefined, number], DataSourceValue<T>>;

  constructor(host: Host, options: DataSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.property(), options.src() || undefined, this.#inline, this.#attempt] as [unknown, string | undefined, string | undefined, number],
      task: ([property, src, inline], { signal }) => this.#run(property, src, inline, signal),
      onComplete: (v) => this.#announce(v),
      onError: (e) => {
        if (!(e instanceof DataLoadError)) return;
        this.#reportError(e);
        // Data set by code is not announced (its caller has it), except an exception the caller cannot see otherwise.
        if (e.source !== 'property' || e.kind === 'internal') this.#host.dispatchEvent(new IntraErrorEvent(e.detail));
      },
    });
  }

  /**
   * The console side of a failed load, the same for a load and a {@link prefetch} (decision 0066): the rejected records
   * of a file with no valid record (data-source-report.ts: record number, field, unknown fields), the check command
   * for a file that cannot be read, an unexpected exception.
   */
  #reportError(e: DataLoadError): void {
    if (e.kind === 'invalid' && e.source !== 'property' && e.detail.rejected?.some((r) => r.index >= 0)) {
      this.#warnRejected(e.detail.rejected, 'aucune fiche valide / no valid record');
    } else if ((e.kind === 'parse' || e.kind === 'invalid') && e.source !== 'property' && this.#options.checkCommand) {
      console.warn(`<${this.#host.localName}> ${e.fr} / ${e.en}\nVérifiez le fichier / check the file: ${this.#options.checkCommand}`);
    }
    if (e.kind === 'internal') console.error(`<${this.#host.localName}> ${e.fr} / ${e.en}`, e.cause);
  }

  hostConnected(): void {
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      this.retry();
    }
    this.#readInline();
    this.#observer = new MutationObserver(() => {
      const before = this.#inline;
      this.#readInline();
      if (before !== this.#inline) this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // A removed element stops its request (and fires nothing); it loads again if it is put back.
    if (this.task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** The result of {@link seed}, and the input it was computed from (`src` when it was the {@link prefetch}ed data). */
  #seed?: { property: unknown; inline: string | undefined; input?: unknown; src?: string; value: DataSourceValue<T> };
  /** The whole data of `src`, fetched and validated by {@link prefetch} before the host's first update. */
  #prefetched?: { src: string; input: unknown; value: DataSourceValue<T> };

  /**
   * For an element pre-rendered by `intras render --data-src` and waiting under `defer-hydration` (issue 10, part 4;
   * decision 0056): fetches `src` now, before the host's first update (same request, timeout and error kinds as a `src`
   * load), validates it (in slices, as a `src` load) and keeps the result for {@link seed}, which gives it to the first
   * render at once; the task's first run on that `src` returns it without fetching again, and `intra-load` fires then,
   * once. Resolves with the result, or with the {@link DataLoadError} (also fired as `intra-error`; the host keeps the
   * server's HTML and says so); never rejects.
   */
  prefetch(): Promise<DataSourceValue<T> | DataLoadError> {
    this.#prefetching = this.#prefetch();
    return this.#prefetching;
  }

  /** The {@link prefetch} in progress or done, until {@link seed} takes its result (for {@link complete}). */
  #prefetching?: Promise<DataSourceValue<T> | DataLoadError>;

  async #prefetch(): Promise<DataSourceValue<T> | DataLoadError> {
    const src = this.#options.src() || '';
    const signal = new AbortController().signal;
    try {
      const input = await this.#fetch(src, signal);
      const value: DataSourceValue<T> = { ...await this.#validate(input, src, signal), source: 'src' };
      this.#preview = undefined;
      // `src` changed meanwhile (page code): the data of the new one.
      if ((this.#options.src() || '') !== src) return this.#prefetch();
      this.#prefetched = { src, input, value };
      return value;
    } catch (e) {
      const err = asLoadError(e, src);
      err.source = 'src';
      this.#reportError(err);
      this.#host.dispatchEvent(new IntraErrorEvent(err.detail));
      return err;
    }
  }
  /** The seeded result the run in progress returns (so `value` and `status` already say so while it settles). */
  #seeding?: DataSourceValue<T>;

  /**
   * Validates **now**, in one synchronous step, the data the host already holds (the property, else the inline JSON),
   * for a first render that must be exactly the server's: under `@lit-labs/ssr` (`intras render`) and when hydrating
   * the declarative shadow root it wrote (issue 10, decision 0044). Until the task has run on that same input,
   * `value` is this result and `status` is `complete`; the task's run on that input returns it without validating
   * again, and `intra-load` / `intra-error` fire once as usual. No `src` is fetched for it, except by {@link prefetch}
   * before (`intras render --data-src`), whose result it then takes (when `src` is still the same). Does nothing when there is
   * no data, when the data cannot be read, or when no record is valid (the usual asynchronous path then reports it).
   */
  seed(): void {
    const property = this.#options.property();
    const hasProperty = property !== undefined && property !== null;
    const inline = this.#inline;
    const pre = this.#prefetched;
    this.#prefetched = undefined;
    this.#prefetching = undefined;
    if (!hasProperty && (inline === undefined || inline.trim() === '') && pre && pre.src === (this.#options.src() || '')) {
      this.#seed = { property, inline, src: pre.src, input: pre.input, value: pre.value };
      return;
    }
    if (!hasProperty && (inline === undefined || inline.trim() === '')) {
      // No data and no `src` (an element that works without data, as the eligibility form): the empty result, now.
      if (!this.#options.src()) this.#seed = { property, inline, value: { valid: [], rejected: [], total: 0, source: 'property' } };
      return;
    }
    try {
      const input = hasProperty ? property : JSON.parse(inline!);
      const result = this.#options.parse(input);
      // A format read by an on-demand chunk (the job feed's CSV, JSON-LD…) cannot be seeded: the task reads it.
      if (result instanceof Promise) { result.catch(() => undefined); return; }
      if (result.valid.length === 0 && result.rejected.length > 0) return;
      this.#seed = { property, inline, input, value: { ...result, source: hasProperty ? 'property' : 'inline' } };
    } catch {
      this.#seed = undefined;
    }
  }

  /** The seeded result when `property` / `inline` is still the input it was computed from. */
  #seeded(property: unknown, inline: string | undefined, src: string | undefined): DataSourceValue<T> | undefined {
    const seed = this.#seed;
    if (!seed) return undefined;
    const hasProperty = property !== undefined && property !== null;
    if (hasProperty) return property === seed.property ? seed.value : undefined;
    if (seed.src !== undefined) return (inline === undefined || inline.trim() === '') && src === seed.src ? seed.value : undefined;
    if (inline !== undefined && inline.trim() !== '') return seed.value.source === 'inline' && inline === seed.inline ? seed.value : undefined;
    return !src && seed.value.total === 0 && seed.value.source === 'property' ? seed.value : undefined;
  }

  /**
   * Result of the last load, or `undefined` while a `src` is being fetched (old data is never shown for a new
   * request). Property and inline data are validated right away, so their previous result stays for that instant.
   */
  get value(): DataSourceValue<T> | undefined {
    if (this.task.status === TaskStatus.INITIAL && this.#seed) return this.#seed.value;
    if (this.task.status === TaskStatus.PENDING && this.#seeding) return this.#seeding;
    if (this.task.status === TaskStatus.PENDING && this.#fetching) return undefined;
    return this.task.value;
  }
  /** Current error, when the last run failed. */
  get error(): DataLoadError | undefined {
    return this.task.status === TaskStatus.ERROR && this.task.error instanceof DataLoadError ? this.task.error : undefined;
  }
  /** `initial` (nothing to load), `pending`, `complete` or `error`. */
  get status(): 'initial' | 'pending' | 'complete' | 'error' {
    if ((this.task.status === TaskStatus.INITIAL && this.#seed) || (this.task.status === TaskStatus.PENDING && this.#seeding)) return 'complete';
    return (['initial', 'pending', 'complete', 'error'] as const)[this.task.status];
  }
  /**
   * Settles (never rejects) when the load the element is on has settled **and** been rendered, with its result
   * (`undefined` after an error, also a failed {@link prefetch}). A change made just before (`el.src = …`) starts its load in the host's next update:
   * this waits for that update first, and again if another change started a newer load meanwhile. An element that is
   * not connected loads nothing, so the promise settles once it is connected.
   */
  get complete(): Promise<DataSourceValue<T> | undefined> {
    return (async () => {
      // Waiting under `defer-hydration` (prefetch): a failed fetch leaves the host unrendered; it settles then.
      if (this.#prefetching && await this.#prefetching instanceof DataLoadError) return undefined;
      for (let i = 0; i < 50; i++) {
        await this.#host.updateComplete;
        await this.task.taskComplete.catch(() => undefined);
        if (this.task.status !== TaskStatus.PENDING && !this.#host.isUpdatePending) break;
      }
      return this.error ? undefined : this.value;
    })();
  }

  /** Runs the pipeline again (the "Réessayer" button). */
  retry(): void {
    this.#attempt++;
    this.#host.requestUpdate();
  }

  #readInline(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    this.#inline = script?.textContent ?? undefined;
  }

  /** One run of the pipeline: its result, or a {@link DataLoadError} (every other exception becomes `internal`). */
  async #run(property: unknown, src: string | undefined, inline: string | undefined, signal: AbortSignal): Promise<DataSourceValue<T>> {
    const hasProperty = property !== undefined && property !== null;
    const hasInline = inline !== undefined && inline.trim() !== '';
    this.#fetching = !hasProperty && !hasInline && !!src;
    this.#preview = undefined;
    this.#seeding = this.#seeded(property, inline, src);
    if (this.#seeding) {
      await this.#prepareReport(this.#seed!.input, this.#seeding);
      return this.#seeding;
    }
    this.#seed = undefined;
    try {
      if (hasProperty) return { ...await this.#validate(property, undefined, signal), source: 'property' };
      if (hasInline) return { ...await this.#validate(this.#parseInline(inline), undefined, signal), source: 'inline' };
      if (!src) return { valid: [], rejected: [], total: 0, source: 'property' };
      return { ...await this.#validate(await this.#fetch(src, signal), src, signal), source: 'src' };
    } catch (e) {
      if (signal.aborted && !(e instanceof DataLoadError)) throw e; // removed from the page: nothing to report
      const err = asLoadError(e, this.#fetching ? src : undefined);
      err.source = hasProperty ? 'property' : hasInline ? 'inline' : 'src';
      throw err;
    }
  }

  #parseInline(inline: string): unknown {
    try { return JSON.parse(inline); } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      throw new DataLoadError({ kind: 'parse', fr: `Le JSON intégré dans la page est illisible : ${e.message}. Dans un <script>, écrivez « <\\/ » au lieu de « </ ».`, en: `The inline JSON in the page is malformed: ${e.message}. Inside a <script>, write "<\\/" instead of "</".` });
    }
  }

  /**
   * Fetches `src` and reads its body within the timeout. A failure before the response or while the body is read
   * (connection reset, truncated body) is `network`; the timer running out is `timeout`; an error status is `http`;
   * a complete body that is not JSON is `parse`. Aborting `signal` (element removed, newer run) is passed through.
   */
  async #fetch(src: string, signal: AbortSignal): Promise<unknown> {
    const ms = timeoutMs(this.#options.timeout?.());
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    signal.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; controller.abort(); }, ms);
    let text: string;
    let contentType: string | undefined;
    try {
      const response = await fetch(src, { signal: controller.signal, credentials: 'omit', headers: { Accept: this.#options.accept ?? 'application/json' } });
      if (!response.ok) {
        controller.abort(); // the error page's body is not needed
        throw new DataLoadError({ kind: 'http', status: response.status, url: src, ...httpMessages(response.status) });
      }
      contentType = response.headers.get('content-type') ?? undefined;
      text = await response.text();
    } catch (e) {
      if (e instanceof DataLoadError || signal.aborted) throw e;
      if (timedOut) {
        throw new DataLoadError({
          kind: 'timeout', url: src,
          fr: `Les données n’ont pas pu être chargées : le serveur n’a pas répondu en ${seconds(ms, 'fr')}.`,
          en: `The data could not be loaded: the server did not answer within ${seconds(ms, 'en')}.`,
        });
      }
      throw new DataLoadError({ kind: 'network', url: src, fr: 'Les données n’ont pas pu être chargées : le réseau ne répond pas.', en: 'The data could not be loaded: the network is not responding.' });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    }
    if (this.#options.read) return this.#options.read(text, contentType, src);
    try { return JSON.parse(text); } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      throw new DataLoadError({ kind: 'parse', url: src, fr: 'Les données reçues ne sont pas du JSON valide.', en: 'The data received is not valid JSON.' });
    }
  }

  /** The preview of the run in progress (see {@link preview}). */
  #preview?: ListResult<T>;

  /**
   * While a load is being validated in steps ({@link DataSourceOptions.parseStepwise}): its first displayable records
   * (`valid`; `rejected` is empty, counts are not known yet), for a first render. `undefined` otherwise.
   */
  get preview(): ListResult<T> | undefined {
    return this.task.status === TaskStatus.PENDING ? this.#preview : undefined;
  }

  /** Runs `parseStepwise` in slices (or `parse` at once); a newer run or the element's removal stops it. */
  async #parse(input: unknown, signal: AbortSignal): Promise<ListResult<T>> {
    const stepwise = this.#options.parseStepwise;
    if (!stepwise) return this.#options.parse(input);
    const steps = stepwise(input, Math.max(0, Number(this.#options.previewSize?.()) || 0));
    if (!steps) return this.#options.parse(input);
    let deadline = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (step.value) {
        // First cards: render them now, then go on with the rest. The run may have started inside the host's update
        // (Task runs in hostUpdate), where a requestUpdate() is ignored: ask once that update is over.
        this.#preview = step.value;
        await undefined;
        this.#host.requestUpdate();
      } else if (performance.now() < deadline) continue;
      await yieldToBrowser();
      if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      deadline = performance.now() + SLICE_MS;
    }
  }

  async #validate(input: unknown, url: string | undefined, signal: AbortSignal): Promise<ListResult<T>> {
    const result = await this.#parse(input, signal);
    await this.#prepareReport(input, result);
    if (result.valid.length === 0 && result.rejected.length > 0) {
      const docLevel = result.rejected.some((r) => r.index < 0);
      throw new DataLoadError({
        kind: 'invalid', url, rejected: result.rejected,
        fr: docLevel ? `Les données n’ont pas le format attendu : ${result.rejected[0].issues[0]?.fr ?? ''}`
          : `Aucune fiche valide : ${result.rejected.length === 1 ? '1 fiche rejetée' : `${result.rejected.length} fiches rejetées`}.`,
        en: docLevel ? `The data does not have the expected format: ${result.rejected[0].issues[0]?.en ?? ''}`
          : `No valid record: ${result.rejected.length === 1 ? '1 record rejected' : `${result.rejected.length} records rejected`}.`,
      });
    }
    return result;
  }

  /** The console report of rejected records (data-source-report.ts), loaded with the load that needs it. */
  #report?: typeof import('./data-source-report.js');
  /** Unknown field paths (relative to the record) of the rejected and trimmed records, by record index. */
  #unknown: ReadonlyMap<number, readonly string[]> = new Map();

  /**
   * Rare path (decision 0064): for a result with rejected or trimmed records, words their issues (parsers given
   * `deferIssue` leave placeholders) and loads the console report, both imported on demand, before the load settles.
   * A report that cannot be loaded only shortens the console warning; the issues still get a message.
   */
  async #prepareReport(input: unknown, result: ListResult<T>): Promise<void> {
    this.#unknown = new Map();
    if (result.rejected.length === 0 && !result.dropped?.length) return;
    const [report] = await Promise.all([import('./data-source-report.js').catch(() => undefined), wordDeferredIssues()]);
    this.#report = report;
    if (report) this.#unknown = report.unknownFields(this.#options.documentSchema, input, result);
  }

  /** One console warning listing the rejected records (data-source-report.ts), or a short one when it is missing. */
  #warnRejected(rejected: readonly RejectedRecord[], title: string): void {
    if (this.#report) this.#report.warnRejected(this.#host.localName, rejected, title, this.#unknown, this.#options.checkCommand);
    else console.warn(`<${this.#host.localName}> ${title} — détails dans l’événement intra-error / details in the intra-error event`);
  }

  #announce(v: DataSourceValue<T>): void {
    // Events are for finished loads, never for a property set by code (its caller has the records already).
    if (v.source === 'property') return;
    const n = v.rejected.length;
    const dropped = v.dropped ?? [];
    const d = dropped.length;
    if (n > 0 || d > 0) {
      // Records kept without an invalid optional part (issue 7, item 9) are reported in the same event.
      const partsFr = d === 0 ? '' : d === 1 ? '1 fiche affichée sans une partie invalide.' : `${d} fiches affichées sans une partie invalide.`;
      const partsEn = d === 0 ? '' : d === 1 ? '1 record shown without an invalid part.' : `${d} records shown without an invalid part.`;
      const skippedFr = n === 0 ? '' : n === 1 ? '1 fiche ignorée car invalide.' : `${n} fiches ignorées car invalides.`;
      const skippedEn = n === 0 ? '' : n === 1 ? '1 record skipped as invalid.' : `${n} records skipped as invalid.`;
      this.#host.dispatchEvent(new IntraErrorEvent({
        kind: 'records', rejected: v.rejected, ...(d ? { dropped } : {}),
        fr: [skippedFr, partsFr].filter(Boolean).join(' '),
        en: [skippedEn, partsEn].filter(Boolean).join(' '),
      }));
      if (d > 0) this.#warnRejected(dropped, `${partsFr} / ${partsEn}`);
    }
    if (n > 0) {
      this.#warnRejected(v.rejected, n === 1 ? '1 fiche ignorée / 1 record skipped' : `${n} fiches ignorées / ${n} records skipped`);
    }
    this.#host.dispatchEvent(new IntraLoadEvent({
      source: v.source, total: v.total, valid: v.valid.length, rejected: v.rejected.length,
      displayable: this.#options.displayable ? this.#options.displayable(v.valid) : v.valid.length,
    }));
  }
}
