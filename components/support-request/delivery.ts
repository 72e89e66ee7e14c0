/**
 * Client side of the "never lose a request" guarantee of `<intra-support-request>` (decision 0032):
 * - the **queue** (`localStorage`, key {@link QUEUE_KEY}): a request is written there when the person submits it
 *   (after consent), before the first try, and removed only on a definitive answer (2xx, or a 4xx other than 408/429),
 *   so a closed tab, a reload or a crash mid-request resends it on the next page load — with the same key;
 * - the **draft** (`localStorage`, key {@link DRAFT_PREFIX} + page key): only after the person opts in, expiring;
 * - {@link deliver}: POST JSON with `Idempotency-Key`, retries with exponential backoff and full jitter on network
 *   errors, timeouts, 408, 429 and 5xx (`Retry-After` honoured), never on other 4xx; waits for `online` when the
 *   browser is offline.
 * Nothing here runs, reads the network or writes storage before the element calls it on opt-in or submit.
 */
import type { SupportRequest } from '../../src/support/index.js';

/** `localStorage` key of the queue of requests waiting to be sent (a JSON array of {@link QueuedRequest}). */
export const QUEUE_KEY = 'intras.support.queue';
/** `localStorage` key prefix of drafts (`intras.support.draft:` + the element's `draft-key`, default the page path). */
export const DRAFT_PREFIX = 'intras.support.draft:';

/** A request waiting to be sent. */
export interface QueuedRequest {
  readonly v: 1;
  /** The absolute URL it is posted to (the element's `action`, resolved against the page). */
  readonly action: string;
  /** The request, `idempotencyKey` included (made once, kept with it across tries and reloads). */
  readonly request: SupportRequest;
  /** When it was queued, ms since the epoch. */
  readonly queuedAt: number;
}

/** `localStorage`, or `undefined` when the browser refuses it (privacy modes, sandboxed frames, quota). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes, returning false when the browser refused (the request is then only in memory). */
function writeJson(key: string, value: unknown): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch { /* nothing stored */ }
}

const isQueued = (x: unknown): x is QueuedRequest => !!x && typeof x === 'object' && (x as QueuedRequest).v === 1
  && typeof (x as QueuedRequest).action === 'string' && typeof (x as QueuedRequest).request?.idempotencyKey === 'string';

/** Every queued request (invalid entries are ignored). Reading creates nothing. */
export function readQueue(): QueuedRequest[] {
  const list = readJson(QUEUE_KEY);
  return Array.isArray(list) ? list.filter(isQueued) : [];
}

/** Adds (or replaces, same key) a request in the queue. False when storage is unavailable. */
export function enqueue(entry: QueuedRequest): boolean {
  const list = readQueue().filter((e) => e.request.idempotencyKey !== entry.request.idempotencyKey);
  return writeJson(QUEUE_KEY, [...list, entry]);
}

/**
 * How long a queued request for **another** action URL stays on the device: 30 days (ms). The element sends only the
 * requests of its own `action`; one queued by a page whose receiver moved would otherwise stay in `localStorage`
 * forever. Requests for the element's own action are never dropped for their age: they are being sent.
 */
export const QUEUE_MAX_AGE_MS = 30 * 86_400_000;

/**
 * Drops the queued requests for another action than `action` that are older than {@link QUEUE_MAX_AGE_MS} (or have no
 * readable date); removes the key when nothing is left. Writes nothing when nothing is dropped. Returns how many were
 * dropped.
 */
export function pruneQueue(action: string, now = Date.now()): number {
  const raw = readJson(QUEUE_KEY);
  if (raw === undefined) return 0;
  const all = readQueue();
  const kept = all.filter((e) => e.action === action || (Number.isFinite(e.queuedAt) && now - e.queuedAt <= QUEUE_MAX_AGE_MS));
  const dropped = (Array.isArray(raw) ? raw.length : 1) - kept.length;
  if (!dropped) return 0;
  if (kept.length) writeJson(QUEUE_KEY, kept);
  else remove(QUEUE_KEY);
  return dropped;
}

/** Removes a request from the queue; the key itself is removed when the queue is empty (nothing left behind). */
export function dequeue(idempotencyKey: string): void {
  const all = readQueue();
  const list = all.filter((e) => e.request.idempotencyKey !== idempotencyKey);
  if (list.length === all.length && readJson(QUEUE_KEY) === undefined) return;
  if (list.length) writeJson(QUEUE_KEY, list);
  else remove(QUEUE_KEY);
}

/** A draft: the form's values (never the consent, the honeypot or the key) and its expiry. */
export interface Draft {
  readonly v: 1;
  readonly savedAt: number;
  readonly expiresAt: number;
  readonly values: Readonly<Record<string, unknown>>;
}

/** The draft under `key` if any and not expired; an expired one is deleted. */
export function readDraft(key: string, now = Date.now()): Draft | undefined {
  const d = readJson(DRAFT_PREFIX + key) as Draft | undefined;
  if (!d || d.v !== 1 || typeof d.expiresAt !== 'number' || !d.values || typeof d.values !== 'object') return undefined;
  if (d.expiresAt <= now) {
    remove(DRAFT_PREFIX + key);
    return undefined;
  }
  return d;
}

/** Saves the draft (called only after the person opted in). */
export function saveDraft(key: string, values: Record<string, unknown>, days: number, now = Date.now()): boolean {
  return writeJson(DRAFT_PREFIX + key, { v: 1, savedAt: now, expiresAt: now + days * 86_400_000, values } satisfies Draft);
}

export function clearDraft(key: string): void {
  remove(DRAFT_PREFIX + key);
}

/**
 * A UUID v4: `crypto.randomUUID()` where available (secure contexts), else built from `crypto.getRandomValues`
 * (available everywhere, e.g. a demo served over plain http on a LAN address).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Retry settings of {@link deliver} (the element's `retry-base`, `retry-max`, `request-timeout`). */
export interface RetryPolicy {
  /** First backoff, ms (default 1,000): try n waits a random time in [0, min(max, base × 2ⁿ)] ("full jitter"). */
  readonly baseMs: number;
  /** Largest backoff between tries, ms (default 60,000). A `Retry-After` is honoured as given (up to an hour). */
  readonly maxMs: number;
  /** Time allowed to one try, ms (default 20,000): then it counts as a network error and is retried. */
  readonly timeoutMs: number;
}

/** The wait before try `attempt` (0-based count of failures so far): full jitter over an exponential cap. */
export function backoff(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(random() * cap);
}

/** `Retry-After` in ms: seconds (`120`) or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const t = header.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const d = Date.parse(t);
  return Number.isNaN(d) ? undefined : Math.max(0, d - now);
}

/** The longest `Retry-After` honoured, ms (1 hour); the request stays queued meanwhile. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/** Statuses worth another try: request timeout, too many requests, server errors. */
export const isRetryable = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** The outcome of {@link deliver}. */
export type DeliveryOutcome =
  | { readonly kind: 'sent'; readonly reference: string; readonly status: 'stored' | 'replayed' }
  | { readonly kind: 'rejected'; readonly status: number; readonly body: { error?: string; fr?: string; en?: string; issues?: unknown } }
  | { readonly kind: 'stopped' };

/** Callbacks of {@link deliver}: each failed try, and a way to wake the wait early ("Réessayer maintenant"). */
export interface DeliveryHooks {
  /** A try failed and another follows after `retryInMs` (absent when waiting for `online`). */
  readonly onWait?: (info: { reason: 'offline' | 'network' | 'http'; status?: number; retryInMs?: number; attempt: number }) => void;
  /** Called before each try. */
  readonly onTry?: (attempt: number) => void;
  /** Stops the loop (element disconnected). */
  readonly signal: AbortSignal;
  /** Registers a function the caller can call to end the current wait at once. */
  readonly wake?: (fn: () => void) => void;
}

/** Waits `ms`, or until `online`, the signal or a wake-up. */
function pause(ms: number | undefined, hooks: DeliveryHooks): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      hooks.signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
    hooks.signal.addEventListener('abort', done);
    hooks.wake?.(done);
  });
}

/**
 * Posts `entry.request` to `entry.action` until a definitive answer: `sent` (2xx with a reference), `rejected` (a
 * 4xx other than 408/429), or `stopped` (the signal). Every try sends the same body and `Idempotency-Key`, without
 * cookies or credentials (`credentials: 'omit'`), bypassing caches.
 */
export async function deliver(entry: QueuedRequest, policy: RetryPolicy, hooks: DeliveryHooks): Promise<DeliveryOutcome> {
  const body = JSON.stringify(entry.request);
  for (let attempt = 0; ; attempt++) {
    if (hooks.signal.aborted) return { kind: 'stopped' };
    if (globalThis.navigator?.onLine === false) {
      hooks.onWait?.({ reason: 'offline', attempt });
      await pause(undefined, hooks);
      continue;
    }
    hooks.onTry?.(attempt);
    let wait: number;
    let reason: 'network' | 'http' = 'network';
    let status: number | undefined;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), policy.timeoutMs);
    const stop = () => timeout.abort();
    hooks.signal.addEventListener('abort', stop);
    try {
      const res = await fetch(entry.action, {
        method: 'POST', body, credentials: 'omit', cache: 'no-store', redirect: 'error', signal: timeout.signal,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.request.idempotencyKey, Accept: 'application/json' },
      });
      const text = await res.text();
      let json: Record<string, unknown> = {};
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
      } catch { /* not JSON: the status decides */ }
      if (res.ok && typeof json.reference === 'string') {
        return { kind: 'sent', reference: json.reference, status: json.status === 'replayed' || res.status === 200 ? 'replayed' : 'stored' };
      }
      status = res.status;
      if (res.ok || isRetryable(res.status)) {
        // A 2xx without a reference is a proxy's page, not the receiver: try again like a 5xx.
        reason = 'http';
        const after = retryAfterMs(res.headers.get('Retry-After'));
        // Retry-After is honoured as given (up to an hour), never shortened to the backoff's cap.
        wait = after !== undefined ? Math.min(after, MAX_RETRY_AFTER_MS) : Math.min(backoff(attempt, policy), policy.maxMs);
      } else {
        return { kind: 'rejected', status: res.status, body: json as { error?: string; fr?: string; en?: string; issues?: unknown } };
      }
    } catch {
      if (hooks.signal.aborted) return { kind: 'stopped' };
      wait = Math.min(backoff(attempt, policy), policy.maxMs);
    } finally {
      clearTimeout(timer);
      hooks.signal.removeEventListener('abort', stop);
    }
    hooks.onWait?.({ reason, ...(status !== undefined ? { status } : {}), retryInMs: wait, attempt });
    await pause(wait, hooks);
  }
}
