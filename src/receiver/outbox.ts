/**
 * Outbox forwarding: each stored request has one outbox row per target (written in the request's own transaction);
 * the forwarder delivers them **at least once**, with retries, exponential backoff and jitter, and is safe with several
 * receiver processes on one PostgreSQL (rows are claimed with `FOR UPDATE SKIP LOCKED` and leased, see
 * `SupportStore.claim`). A process that dies mid-delivery leaves a lease that expires: another delivery follows. So a
 * target may see a request twice; the Grist target makes that harmless with an upsert keyed on the reference.
 * Retries never stop (a request must not be lost): the delay grows to `maxDelayMs` (1 h) and `/health` counts the
 * rows still failing. Decision 0031.
 */
import type { OutboxItem, SupportStore } from './store.js';
import { SUPPORT_KIND_LABELS } from '../support/request.js';
import { errorCode, type Logger } from './log.js';

/** A forwarding target: a name (the outbox `target` column) and a delivery that throws on failure. */
export interface ForwardTarget {
  readonly name: string;
  /** Delivers one request; resolves once the target has accepted it. Throws {@link DeliveryError} (or any error) otherwise. */
  deliver(item: OutboxItem, signal: AbortSignal): Promise<void>;
}

/** A failed delivery: a short code (`http_503`, `ECONNREFUSED`), and the delay the target asked for (`Retry-After`). */
export class DeliveryError extends Error {
  constructor(readonly code: string, readonly retryAfterMs?: number) {
    super(code);
    this.name = 'DeliveryError';
  }
}

/** Backoff: `baseDelayMs · 2^(attempt−1)`, capped at `maxDelayMs`, times a random factor in [0.5, 1) (jitter). */
export interface Backoff {
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** The delay before retry number `attempts + 1`, in ms (`random` in [0, 1)). A target's `Retry-After` wins when longer. */
export function backoffDelay(attempts: number, { baseDelayMs = 1000, maxDelayMs = 3_600_000 }: Backoff = {}, random: () => number = Math.random): number {
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, Math.min(attempts - 1, 40)));
  return Math.round(exp * (0.5 + random() / 2));
}

/** Options of {@link createForwarder}. */
export interface ForwarderOptions {
  store: SupportStore;
  targets: readonly ForwardTarget[];
  clock?: () => Date;
  logger?: Logger;
  backoff?: Backoff;
  random?: () => number;
  /** Rows claimed per round (default 20). */
  batch?: number;
  /** Lease of a claimed row, in ms (default 60 s): longer than a delivery's timeout. */
  leaseMs?: number;
  /** Poll interval of `start()`, in ms (default 2 s). */
  pollMs?: number;
  /** Timeout of one delivery, in ms (default 15 s). */
  timeoutMs?: number;
}

/** The forwarder: `runOnce()` delivers what is due; `start()` polls (and `kick()` wakes it) until `stop()`. */
export interface Forwarder {
  readonly targets: readonly string[];
  /** Claims due rows and delivers them; returns the counts of this round. */
  runOnce(): Promise<{ delivered: number; failed: number }>;
  start(): void;
  /** Runs a round soon (after a request is stored). */
  kick(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

/** Creates a {@link Forwarder}. */
export function createForwarder(options: ForwarderOptions): Forwarder {
  const { store, targets } = options;
  const clock = options.clock ?? (() => new Date());
  const log = options.logger ?? (() => {});
  const names = targets.map((t) => t.name);
  const byName = new Map(targets.map((t) => [t.name, t]));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let again = false;

  async function deliverOne(item: OutboxItem): Promise<boolean> {
    const target = byName.get(item.target)!;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
    try {
      await target.deliver(item, controller.signal);
      await store.delivered(item.id, clock());
      log({ event: 'forward_delivered', target: item.target, reference: item.reference, attempts: item.attempts });
      return true;
    } catch (e) {
      const code = e instanceof DeliveryError ? e.code : controller.signal.aborted ? 'timeout' : errorCode(e);
      const delay = Math.max(backoffDelay(item.attempts, options.backoff, options.random), e instanceof DeliveryError ? e.retryAfterMs ?? 0 : 0);
      const next = new Date(clock().getTime() + delay);
      try {
        await store.failed(item.id, next, code);
      } catch { /* the lease expires and the row is retried */ }
      log({ event: 'forward_failed', target: item.target, reference: item.reference, attempts: item.attempts, error: code, retryInMs: delay });
      return false;
    } finally {
      clearTimeout(timeout);
    }
  }

  async function runOnce() {
    const items = await store.claim(names, clock(), { limit: options.batch ?? 20, leaseMs: options.leaseMs ?? 60_000 });
    let delivered = 0;
    let failed = 0;
    // One target at a time per request, in order; requests to different targets in parallel would also be fine.
    for (const item of items) {
      if (await deliverOne(item)) delivered++; else failed++;
    }
    return { delivered, failed };
  }

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(loop, ms);
    timer.unref?.();
  };
  async function loop() {
    if (stopped) return;
    if (running) { again = true; return; }
    let full = false;
    running = runOnce().then((r) => { full = r.delivered + r.failed >= (options.batch ?? 20); }, (e) => log({ event: 'forward_round_failed', error: errorCode(e) }));
    await running;
    running = undefined;
    const soon = again || full;
    again = false;
    schedule(soon ? 0 : options.pollMs ?? 2000);
  }

  return {
    targets: names,
    runOnce,
    start() {
      if (!stopped || !targets.length) return;
      stopped = false;
      schedule(0);
    },
    kick() {
      if (stopped) return;
      if (running) again = true; else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** `Retry-After` (seconds or an HTTP date) in ms, when present and sane. */
function retryAfter(res: Response, now: number): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const s = /^\d+$/.test(h) ? Number(h) * 1000 : Date.parse(h) - now;
  return Number.isFinite(s) && s > 0 ? Math.min(s, 3_600_000) : undefined;
}

async function check(res: Response): Promise<void> {
  // Read (and drop) the body so the connection can be reused; its text is never logged (it may echo the request).
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new DeliveryError(`http_${res.status}`, retryAfter(res, Date.now()));
}

/** Settings of the Grist target (from the environment: `GRIST_URL`, `GRIST_DOC_ID`, `GRIST_TABLE`, `GRIST_API_KEY`). */
export interface GristOptions {
  /** Grist server, e.g. `https://grist.numerique.gouv.fr` (no trailing `/api`). */
  url: string;
  docId: string;
  /** Table id, e.g. `Demandes`. */
  table: string;
  apiKey: string;
  fetch?: typeof fetch;
}

/**
 * The Grist columns written (column ids): `Reference` (the upsert key), `Type`, `Nom`, `Courriel`,
 * `Administration`, `Startup`, `Sujets`, `Message`, `Contact_prefere`, `Resume`, `Suivi_accepte`, `Langue`,
 * `Recu_le`. The table must have them (Grist refuses unknown columns: the delivery then fails with `http_400` and is
 * retried until the table is fixed).
 */
export const GRIST_COLUMNS = ['Reference', 'Type', 'Nom', 'Courriel', 'Administration', 'Startup', 'Sujets', 'Message', 'Contact_prefere', 'Resume', 'Suivi_accepte', 'Langue', 'Recu_le'] as const;

/** The Grist record of a request (fields by column id). */
export function gristFields(item: OutboxItem): Record<(typeof GRIST_COLUMNS)[number], string | boolean> {
  const r = item.request;
  return {
    Reference: item.reference, Type: r.kind, Nom: r.name, Courriel: r.email, Administration: r.homeAdministration ?? '',
    Startup: r.startup ?? '', Sujets: (r.topics ?? []).join(', '), Message: r.message, Contact_prefere: r.preferredContact ?? '',
    Resume: r.summary ?? '', Suivi_accepte: r.consent.followUp?.given === true, Langue: r.lang ?? 'fr', Recu_le: item.receivedAt.toISOString(),
  };
}

/**
 * Forwards to a Grist table through the REST records API, idempotently: `PUT /api/docs/{docId}/tables/{table}/records`
 * with `require: { Reference }` adds the record, or updates the one with that reference when a delivery is repeated.
 * `Authorization: Bearer <apiKey>`.
 */
export function gristTarget(options: GristOptions): ForwardTarget {
  const f = options.fetch ?? fetch;
  const endpoint = `${options.url.replace(/\/+$/, '')}/api/docs/${encodeURIComponent(options.docId)}/tables/${encodeURIComponent(options.table)}/records`;
  return {
    name: 'grist',
    async deliver(item, signal) {
      const { Reference, ...fields } = gristFields(item);
      const res = await f(endpoint, {
        method: 'PUT', signal,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({ records: [{ require: { Reference }, fields }] }),
      }).catch((e) => { throw new DeliveryError(networkCode(e)); });
      await check(res);
    },
  };
}

/** The Mattermost notice of a request: kind and reference only, no personal data ("Nouvelle demande : clinique, R-2026-0042"). */
export function mattermostText(item: Pick<OutboxItem, 'reference' | 'request'>): string {
  return `Nouvelle demande : ${SUPPORT_KIND_LABELS[item.request.kind].short.fr}, ${item.reference}`;
}

/** Posts {@link mattermostText} to a Mattermost incoming webhook (`MATTERMOST_WEBHOOK_URL`). A notice may repeat. */
export function mattermostTarget(options: { webhookUrl: string; fetch?: typeof fetch }): ForwardTarget {
  const f = options.fetch ?? fetch;
  return {
    name: 'mattermost',
    async deliver(item, signal) {
      const res = await f(options.webhookUrl, {
        method: 'POST', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: mattermostText(item) }),
      }).catch((e) => { throw new DeliveryError(networkCode(e)); });
      await check(res);
    },
  };
}

function networkCode(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown } })?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return (e as { name?: string })?.name === 'AbortError' ? 'timeout' : errorCode(e);
}

/**
 * The targets configured by the environment: Grist when `GRIST_URL`, `GRIST_DOC_ID`, `GRIST_TABLE` and
 * `GRIST_API_KEY` are all set; Mattermost when `MATTERMOST_WEBHOOK_URL` is set.
 * @throws {Error} when only some of the Grist variables are set (FR/EN message naming the missing ones).
 */
export function targetsFromEnv(env: Record<string, string | undefined> = process.env): ForwardTarget[] {
  const out: ForwardTarget[] = [];
  const grist = ['GRIST_URL', 'GRIST_DOC_ID', 'GRIST_TABLE', 'GRIST_API_KEY'] as const;
  const set = grist.filter((k) => env[k]);
  if (set.length && set.length < grist.length) {
    const missing = grist.filter((k) => !env[k]).join(', ');
    throw new Error(`variables Grist incomplètes, manquantes : ${missing} / incomplete Grist variables, missing: ${missing}`);
  }
  if (set.length) out.push(gristTarget({ url: env.GRIST_URL!, docId: env.GRIST_DOC_ID!, table: env.GRIST_TABLE!, apiKey: env.GRIST_API_KEY! }));
  if (env.MATTERMOST_WEBHOOK_URL) out.push(mattermostTarget({ webhookUrl: env.MATTERMOST_WEBHOOK_URL }));
  return out;
}
