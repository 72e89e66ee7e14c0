/**
 * The reference receiver as a Hono app: web-standard `Request → Response` (on Node through `@hono/node-server`, see
 * `./server.ts`). Routes: `POST /requests` (a support request, the shared `SupportRequestSchema`) and `GET /health`.
 * Statuses and bodies: docs/support.md. Decision: docs/decisions/0031-support-durability-idempotency-outbox.md.
 *
 * Order of the checks of `POST /requests`, nothing stored before the last: origin (403) → rate limit (429) →
 * content type (415) → body size (413) → `Idempotency-Key` header (400) → JSON (400) → schema (400, FR/EN issues per
 * field) → header key = body key (400) → honeypot / fill time (400 `spam_suspected`) → one transaction
 * (201 created, 200 replayed, 422 key reused with another body or content the database refuses, 503 database
 * unavailable, 500 other storage errors: `storageErrorKind`).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_MIN_FILL_TIME_MS, spamCheck, storedPart, UUID_PATTERN, validateSupportRequest, type StoredSupportRequest } from '../support/request.js';
import type { Issue } from '../shared/issues.js';
import type { SupportStore } from './store.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { errorCode, jsonLogger, type Logger } from './log.js';

/** Limits of the receiver. Defaults in {@link DEFAULT_LIMITS}. */
export interface ReceiverLimits {
  /** Largest request body, in bytes (default 64 KiB; a request at every field's limit is about 20 KiB). */
  maxBodyBytes?: number;
  /** Minimum fill time of the form, in ms, when the client sends `fillTimeMs` (default 3,000). */
  minFillTimeMs?: number;
  /** Rate limit per client (default: bursts of 20, refilled at 30 requests per minute). `false` turns it off. */
  rateLimit?: RateLimit | false;
}

/** Default limits: 64 KiB bodies, 3 s minimum fill time, 20 requests at once then 30 per minute per client. */
export const DEFAULT_LIMITS = { maxBodyBytes: 64 * 1024, minFillTimeMs: DEFAULT_MIN_FILL_TIME_MS, rateLimit: { burst: 20, perMinute: 30 } } as const;

/** Options of {@link createReceiver}. */
export interface ReceiverOptions {
  /** Where requests are stored (`openStore()`). */
  store: SupportStore;
  /**
   * Origins allowed to post from a browser (`https://www.example.gouv.fr`, exact match, no trailing slash). A
   * request carrying another `Origin` is refused (403); one without `Origin` (curl, a server) is accepted.
   */
  allowOrigins?: readonly string[];
  limits?: ReceiverLimits;
  /** The time of receipt (tests use a fixed clock). Default: `() => new Date()`. */
  clock?: () => Date;
  /** Where log entries go (default: one JSON line each on stderr). Entries never hold personal data. */
  logger?: Logger;
  /** Names of the forwarding targets: one outbox row per target is written with each request (`grist`, `mattermost`). */
  targets?: readonly string[];
  /** Called after each stored request (the forwarder's `kick`, to forward without waiting for its next poll). */
  onStored?: (reference: string) => void;
  /**
   * The client of a request, for the rate limit. Default: the socket's remote address on Node (`@hono/node-server`),
   * or the last `X-Forwarded-For` address when `trustProxy` is set (behind your own reverse proxy only).
   */
  clientKey?: (c: Context) => string;
  trustProxy?: boolean;
}

/**
 * What a storage error means for the client, from its code (PostgreSQL SQLSTATE, or a Node socket error):
 * - `'data'`: class 22 (data exception: 22P05 NUL in `jsonb`, 22021 bad encoding, 22001 too long…) — the request
 *   itself cannot be stored, retrying the same body fails forever → 422 `request_not_storable`;
 * - `'transient'`: connection (class 08, `ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, `EPIPE`, `ENOTFOUND`, `EAI_AGAIN`),
 *   resources (53), operator intervention (57: shutdown, starting up), rollbacks (40: serialisation, deadlock), lock
 *   not available (55P03), system errors (58), and errors without a code (a driver's "connection terminated") → 503
 *   `storage_unavailable` + `Retry-After: 5`;
 * - `'server'`: anything else with a SQLSTATE (42: missing table, 23: constraint…) — a fault of the service, fixed by
 *   its operators → 500 `storage_error` (clients retry 5xx with backoff, so the request arrives once it is fixed).
 */
export function storageErrorKind(e: unknown): 'data' | 'transient' | 'server' {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'transient';
  if (/^E[A-Z_]+$/.test(code)) return 'transient';
  if (!/^[0-9A-Z]{5}$/.test(code)) return 'transient';
  const cls = code.slice(0, 2);
  if (cls === '22') return 'data';
  if (['08', '40', '53', '57', '58'].includes(cls) || code === '55P03') return 'transient';
  return 'server';
}

/** Error body of every refusal: a stable `error` code, French and English messages, and the field issues if any. */
export interface ErrorBody {
  readonly error: string;
  readonly fr: string;
  readonly en: string;
  readonly issues?: readonly Issue[];
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * The SHA-256 (hex) of a request's canonical JSON (keys sorted at every depth): two bodies that parse to the same
 * request have the same hash, whatever their key order or spacing. Web Crypto, so it runs on any runtime.
 */
export async function requestHash(request: StoredSupportRequest): Promise<string> {
  const canonical = (v: unknown): unknown => Array.isArray(v) ? v.map(canonical)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  const bytes = new TextEncoder().encode(JSON.stringify(canonical(request)));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates the receiver app. `app.fetch(request)` answers; nothing is stored unless every check passes, and a `201`
 * or `200` is sent only after the transaction holding the request and its outbox rows has committed.
 */
export function createReceiver(options: ReceiverOptions): Hono {
  const { store } = options;
  const allow = new Set(options.allowOrigins ?? []);
  const clock = options.clock ?? (() => new Date());
  const log = options.logger ?? jsonLogger();
  const maxBodyBytes = options.limits?.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes;
  const minFill = options.limits?.minFillTimeMs ?? DEFAULT_LIMITS.minFillTimeMs;
  const rateLimit = options.limits?.rateLimit === false ? undefined : new RateLimiter(options.limits?.rateLimit ?? DEFAULT_LIMITS.rateLimit);
  const targets = options.targets ?? [];
  const clientOf = options.clientKey ?? ((c: Context) => {
    if (options.trustProxy) {
      const xff = c.req.header('x-forwarded-for');
      if (xff) return xff.split(',').pop()!.trim();
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    return env?.incoming?.socket?.remoteAddress ?? 'unknown';
  });

  const app = new Hono();
  const refuse = (c: Context, status: 400 | 403 | 413 | 415 | 422 | 429 | 500 | 503, body: ErrorBody, extra: Record<string, unknown> = {}) => {
    log({ event: 'request_refused', status, error: body.error, ...(body.issues ? { fields: body.issues.map((i) => `${i.path}:${i.code}`) } : {}), ...extra });
    c.header('Cache-Control', 'no-store');
    return c.json(body, status);
  };

  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use('/requests', cors({
    origin: (origin) => (allow.has(origin) ? origin : null),
    allowMethods: ['POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  }));

  app.get('/health', async (c) => {
    try {
      const stats = await store.stats();
      return c.json({ status: 'ok', engine: store.engine, requests: stats.requests, outbox: { pending: stats.pending, failing: stats.failing } });
    } catch (e) {
      log({ event: 'health_failed', error: errorCode(e) });
      return c.json({ status: 'unavailable', engine: store.engine }, 503);
    }
  });

  app.post('/requests',
    async (c, next) => {
      const origin = c.req.header('origin');
      if (origin !== undefined && !allow.has(origin)) {
        return refuse(c, 403, { error: 'origin_not_allowed', fr: 'Ce site n’est pas autorisé à envoyer des demandes à ce service.', en: 'This site is not allowed to send requests to this service.' });
      }
      if (rateLimit) {
        const wait = rateLimit.take(clientOf(c), clock().getTime());
        if (wait > 0) {
          const seconds = Math.max(1, Math.ceil(wait / 1000));
          c.header('Retry-After', String(seconds));
          return refuse(c, 429, { error: 'rate_limited', fr: `Trop de demandes envoyées depuis cette adresse : réessayez dans ${seconds} s.`, en: `Too many requests from this address: try again in ${seconds} s.` });
        }
      }
      const type = c.req.header('content-type') ?? '';
      if (!JSON_TYPE.test(type)) {
        return refuse(c, 415, { error: 'unsupported_media_type', fr: 'Le corps de la demande doit être du JSON (Content-Type: application/json).', en: 'The request body must be JSON (Content-Type: application/json).' });
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => refuse(c, 413, { error: 'payload_too_large', fr: `Demande trop volumineuse (au plus ${Math.floor(maxBodyBytes / 1024)} Kio).`, en: `Request too large (at most ${Math.floor(maxBodyBytes / 1024)} KiB).` }),
    }),
    async (c) => {
      const started = Date.now();
      const headerKey = c.req.header('idempotency-key');
      if (!headerKey || !UUID_PATTERN.test(headerKey)) {
        return refuse(c, 400, { error: 'idempotency_key_required', fr: 'En-tête Idempotency-Key requis : un UUID créé une fois par demande et renvoyé à chaque nouvel essai.', en: 'Idempotency-Key header required: a UUID made once per request and sent again on every retry.' });
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return refuse(c, 400, { error: 'invalid_json', fr: 'Le corps de la demande n’est pas du JSON valide.', en: 'The request body is not valid JSON.' });
      }
      const parsed = validateSupportRequest(body);
      if (!parsed.ok) {
        return refuse(c, 400, { error: 'invalid_request', fr: 'La demande contient des erreurs : voir chaque champ.', en: 'The request has errors: see each field.', issues: parsed.issues });
      }
      const request = parsed.value;
      if (request.idempotencyKey.toLowerCase() !== headerKey.toLowerCase()) {
        return refuse(c, 400, { error: 'idempotency_key_mismatch', fr: 'L’en-tête Idempotency-Key diffère du champ idempotencyKey de la demande.', en: 'The Idempotency-Key header differs from the request’s idempotencyKey field.' });
      }
      const spam = spamCheck(request, minFill);
      if (spam) {
        return refuse(c, 400, spam === 'too_fast'
          ? { error: 'spam_suspected', fr: 'Demande envoyée trop vite après l’ouverture du formulaire : relisez-la puis envoyez-la de nouveau.', en: 'Request sent too soon after the form opened: read it over, then send it again.' }
          : { error: 'spam_suspected', fr: 'Demande refusée par le filtre anti-spam.', en: 'Request refused by the spam filter.' }, { reason: spam });
      }
      const stored = storedPart(request);
      stored.idempotencyKey = stored.idempotencyKey.toLowerCase();
      let result;
      try {
        result = await store.save(stored, { bodyHash: await requestHash(stored), receivedAt: clock(), targets });
      } catch (e) {
        const kind = storageErrorKind(e);
        if (kind === 'data') {
          return refuse(c, 422, { error: 'request_not_storable', fr: 'La base de données refuse le contenu de cette demande (caractère ou valeur qu’elle ne peut pas enregistrer) : corrigez le texte puis envoyez-la de nouveau.', en: 'The database refuses the content of this request (a character or value it cannot store): correct the text, then send it again.' }, { cause: errorCode(e) });
        }
        if (kind === 'server') {
          return refuse(c, 500, { error: 'storage_error', fr: 'Erreur du service à l’enregistrement : réessayez plus tard (la demande ne sera pas enregistrée deux fois).', en: 'Service error while storing: try again later (the request will not be stored twice).' }, { cause: errorCode(e) });
        }
        c.header('Retry-After', '5');
        return refuse(c, 503, { error: 'storage_unavailable', fr: 'La demande n’a pas pu être enregistrée : réessayez dans quelques instants (elle ne sera pas enregistrée deux fois).', en: 'The request could not be stored: try again shortly (it will not be stored twice).' }, { cause: errorCode(e) });
      }
      if (result.status === 'conflict') {
        return refuse(c, 422, { error: 'idempotency_key_reused', fr: 'Cette clé Idempotency-Key a déjà servi pour une autre demande : créez une nouvelle clé pour une nouvelle demande.', en: 'This Idempotency-Key was already used for another request: make a new key for a new request.' });
      }
      const status = result.status === 'created' ? 201 : 200;
      log({ event: result.status === 'created' ? 'request_stored' : 'request_replayed', status, reference: result.reference, kind: request.kind, ms: Date.now() - started });
      if (result.status === 'created') options.onStored?.(result.reference);
      return c.json({ reference: result.reference, status: result.status === 'created' ? 'stored' : 'replayed' }, status);
    });

  app.notFound((c) => c.json({ error: 'not_found', fr: 'Adresse inconnue : POST /requests ou GET /health.', en: 'Unknown path: POST /requests or GET /health.' }, 404));
  app.onError((e, c) => {
    log({ event: 'internal_error', error: errorCode(e) });
    return c.json({ error: 'internal_error', fr: 'Erreur interne du service : réessayez plus tard.', en: 'Internal service error: try again later.' }, 500);
  });
  return app;
}
