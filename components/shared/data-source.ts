/**
 * The data pipeline shared by every data element (design.md §4): **property > inline
 * `<script type="application/json">` child > `src` URL**. Every path ends in the same validation
 * (`parse`, a list parser that keeps the valid records and reports the others). `src` is fetched with
 * `@lit/task` and its AbortSignal, without cookies (`credentials: "omit"`).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListResult } from '../../src/index.js';
import { IntraErrorEvent, IntraLoadEvent, type DataErrorKind, type IntraErrorDetail } from './events.js';

/** A failed load, with its cause and a bilingual message. */
export class DataLoadError extends Error {
  readonly kind: Exclude<DataErrorKind, 'records'>;
  readonly status?: number;
  readonly fr: string;
  readonly en: string;
  readonly detail: IntraErrorDetail;
  /** Where the failing data came from; errors of data set by code are not announced as events and cannot be retried. */
  source: 'property' | 'inline' | 'src' = 'src';
  constructor(detail: IntraErrorDetail & { kind: Exclude<DataErrorKind, 'records'> }) {
    super(detail.en);
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
  /** Validates a whole document: valid records kept, invalid ones reported. */
  parse: (input: unknown) => ListResult<T>;
  /** How many valid records can be displayed (e.g. consent-gated portraits). Default: all valid ones. */
  displayable?: (valid: readonly T[]) => number;
}

/** A finished load. */
export interface DataSourceValue<T> extends ListResult<T> {
  readonly source: 'property' | 'inline' | 'src';
}

type Host = ReactiveControllerHost & HTMLElement;

function httpMessages(status: number): { fr: string; en: string } {
  if (status === 404) return { fr: 'Les données sont introuvables (erreur 404).', en: 'The data could not be found (error 404).' };
  if (status === 401 || status === 403) return { fr: `L’accès aux données est refusé (erreur ${status}).`, en: `Access to the data was refused (error ${status}).` };
  if (status >= 500) return { fr: `Le serveur de données ne répond pas correctement (erreur ${status}).`, en: `The data server is not responding properly (error ${status}).` };
  return { fr: `Les données n’ont pas pu être chargées (erreur ${status}).`, en: `The data could not be loaded (error ${status}).` };
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
  readonly task: Task<[unknown, string | undefined, string | undefined, number], DataSourceValue<T>>;

  constructor(host: Host, options: DataSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.property(), options.src() || undefined, this.#inline, this.#attempt] as [unknown, string | undefined, string | undefined, number],
      task: ([property, src, inline], { signal }) => this.#load(property, src, inline, signal),
      onComplete: (v) => this.#announce(v),
      onError: (e) => {
        if (e instanceof DataLoadError && e.source !== 'property') this.#host.dispatchEvent(new IntraErrorEvent(e.detail));
      },
    });
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

  /** Last successful load (kept while a retry runs). */
  get value(): DataSourceValue<T> | undefined { return this.task.value; }
  /** Current error, when the last run failed. */
  get error(): DataLoadError | undefined {
    return this.task.status === TaskStatus.ERROR && this.task.error instanceof DataLoadError ? this.task.error : undefined;
  }
  /** `initial` (nothing to load), `pending`, `complete` or `error`. */
  get status(): 'initial' | 'pending' | 'complete' | 'error' {
    return (['initial', 'pending', 'complete', 'error'] as const)[this.task.status];
  }
  /** Resolves when the current load settles. */
  get complete(): Promise<unknown> { return this.task.taskComplete.catch(() => undefined); }

  /** Runs the pipeline again (the "Réessayer" button). */
  retry(): void {
    this.#attempt++;
    this.#host.requestUpdate();
  }

  #readInline(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    this.#inline = script?.textContent ?? undefined;
  }

  async #load(property: unknown, src: string | undefined, inline: string | undefined, signal: AbortSignal): Promise<DataSourceValue<T>> {
    if (property !== undefined && property !== null) {
      try { return { ...this.#validate(property, undefined), source: 'property' }; } catch (e) {
        if (e instanceof DataLoadError) e.source = 'property';
        throw e;
      }
    }
    if (inline !== undefined && inline.trim() !== '') {
      let json: unknown;
      try { json = JSON.parse(inline); } catch (e) {
        const err = new DataLoadError({ kind: 'parse', fr: `Le JSON intégré dans la page est illisible : ${(e as Error).message}. Dans un <script>, écrivez « <\\/ » au lieu de « </ ».`, en: `The inline JSON in the page is malformed: ${(e as Error).message}. Inside a <script>, write "<\\/" instead of "</".` });
        err.source = 'inline';
        throw err;
      }
      try { return { ...this.#validate(json, undefined), source: 'inline' }; } catch (e) {
        if (e instanceof DataLoadError) e.source = 'inline';
        throw e;
      }
    }
    if (!src) return { valid: [], rejected: [], total: 0, source: 'property' };
    let response: Response;
    try {
      response = await fetch(src, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (e) {
      if (signal.aborted) throw e;
      throw new DataLoadError({ kind: 'network', url: src, fr: 'Les données n’ont pas pu être chargées : le réseau ne répond pas.', en: 'The data could not be loaded: the network is not responding.' });
    }
    if (!response.ok) throw new DataLoadError({ kind: 'http', status: response.status, url: src, ...httpMessages(response.status) });
    let json: unknown;
    try { json = await response.json(); } catch (e) {
      if (signal.aborted) throw e;
      throw new DataLoadError({ kind: 'parse', url: src, fr: 'Les données reçues ne sont pas du JSON valide.', en: 'The data received is not valid JSON.' });
    }
    return { ...this.#validate(json, src), source: 'src' };
  }

  #validate(input: unknown, url: string | undefined): ListResult<T> {
    const result = this.#options.parse(input);
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
      if (d > 0) {
        const parts = dropped.slice(0, 20).map((r) => `#${r.index}: ${r.issues.map((i) => `${i.path} [${i.code}]`).join(', ')}`);
        console.warn(`<${this.#host.localName}> ${partsFr} / ${partsEn}\n${parts.join('\n')}${d > 20 ? `\n… +${d - 20}` : ''}`);
      }
    }
    if (n > 0) {
      // For site editors who do not listen to events: where the problems are, by record index and JSON path.
      // Index, path and code only: never values nor ids (an id may be a person's username); `intras validate <file>`
      // prints the full messages.
      const where = v.rejected.slice(0, 20).map((r) => `#${r.index}: ${r.issues.map((i) => `${i.path || '(record)'} [${i.code}]`).join(', ')}`);
      console.warn(`<${this.#host.localName}> ${n === 1 ? '1 fiche ignorée / 1 record skipped' : `${n} fiches ignorées / ${n} records skipped`} — détails dans l’événement intra-error / details in the intra-error event:\n${where.join('\n')}${n > 20 ? `\n… +${n - 20}` : ''}`);
    }
    this.#host.dispatchEvent(new IntraLoadEvent({
      source: v.source, total: v.total, valid: v.valid.length, rejected: v.rejected.length,
      displayable: this.#options.displayable ? this.#options.displayable(v.valid) : v.valid.length,
    }));
  }
}
