/**
 * `@betagouv/intras/receiver`: the reference receiver of `<intra-support-request>` (Node only; kept out of the
 * browser bundles). A Hono app over Kysely (PostgreSQL or the embedded PGlite), durable first, idempotent by key,
 * forwarding through an outbox to Grist and Mattermost. See docs/support.md and decision 0031.
 */
export { createReceiver, requestHash, storageErrorKind, DEFAULT_LIMITS, type ReceiverOptions, type ReceiverLimits, type ErrorBody } from './app.js';
export {
  openStore, migrate, type StoreOptions, type SupportStore, type SaveResult, type OutboxItem, type StoredRow, type ReceiverDatabase,
} from './store.js';
export {
  createForwarder, backoffDelay, DeliveryError, gristTarget, gristFields, GRIST_COLUMNS, mattermostTarget, mattermostText,
  targetsFromEnv, type Forwarder, type ForwarderOptions, type ForwardTarget, type Backoff, type GristOptions,
} from './outbox.js';
export { RateLimiter, type RateLimit } from './rate-limit.js';
export { jsonLogger, silentLogger, errorCode, type Logger, type LogEntry } from './log.js';
export { startReceiver, DEFAULT_TIMEOUTS, type StartOptions, type RunningReceiver } from './server.js';
export { exportCsv, exportJson, csvCell, parseDuration, EXPORT_COLUMNS, EXPORT_HEADERS, FORMULA_START, type CsvOptions } from './export.js';
