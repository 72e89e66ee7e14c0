/**
 * The receiver on Node: the Hono app (`./app.ts`) served by `@hono/node-server`, the store (`./store.ts`: PostgreSQL
 * when `databaseUrl` is given, else PGlite in `dataDir`) and the outbox forwarder (`./outbox.ts`, targets from the
 * environment). Used by `intras receiver` and by the tests.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createReceiver, type ReceiverLimits } from './app.js';
import { openStore, type StoreOptions, type SupportStore } from './store.js';
import { createForwarder, targetsFromEnv, type Backoff, type ForwardTarget, type Forwarder } from './outbox.js';
import { jsonLogger, type Logger } from './log.js';

/** Options of {@link startReceiver}. */
export interface StartOptions extends StoreOptions {
  /** TCP port (0: any free port). Default 8787. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only; put a reverse proxy with TLS in front). */
  host?: string;
  allowOrigins?: readonly string[];
  limits?: ReceiverLimits;
  logger?: Logger;
  clock?: () => Date;
  /** Forwarding targets; default: those of the environment (`targetsFromEnv`). */
  targets?: readonly ForwardTarget[];
  /** Backoff of the forwarder, and its poll interval in ms. */
  backoff?: Backoff;
  pollMs?: number;
  /** Behind your own reverse proxy: rate-limit on the last `X-Forwarded-For` address. */
  trustProxy?: boolean;
  /**
   * Slow-client limits of the Node server, ms (defaults {@link DEFAULT_TIMEOUTS}): `requestMs`, the whole request
   * (headers and body) must arrive within it, else `408` and the connection is closed; `headersMs`, the headers alone
   * (at most `requestMs`). Node's own defaults (300 s, 60 s) let a client sending 1 byte every 2 s hold a connection
   * for five minutes.
   */
  timeouts?: { requestMs?: number; headersMs?: number };
}

/** Default slow-client limits: 30 s for a whole request (a 64 KiB body on a poor mobile link takes a few), 15 s for the headers. */
export const DEFAULT_TIMEOUTS = { requestMs: 30_000, headersMs: 15_000 } as const;

/** A running receiver. */
export interface RunningReceiver {
  /** `http://127.0.0.1:8787` */
  readonly url: string;
  readonly port: number;
  readonly store: SupportStore;
  readonly forwarder: Forwarder;
  /** Stops accepting connections, waits for the forwarder's round, closes the database. */
  close(): Promise<void>;
}

/** Opens the store (migrations included), starts the forwarder and listens. */
export async function startReceiver(options: StartOptions = {}): Promise<RunningReceiver> {
  const logger = options.logger ?? jsonLogger();
  const targets = options.targets ?? targetsFromEnv();
  const store = await openStore(options);
  const forwarder = createForwarder({ store, targets, logger, clock: options.clock, backoff: options.backoff, pollMs: options.pollMs });
  const app = createReceiver({
    store, allowOrigins: options.allowOrigins, limits: options.limits, logger, clock: options.clock,
    targets: forwarder.targets, onStored: () => forwarder.kick(), trustProxy: options.trustProxy,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const requestTimeout = Math.max(1, options.timeouts?.requestMs ?? DEFAULT_TIMEOUTS.requestMs);
    const headersTimeout = Math.min(requestTimeout, Math.max(1, options.timeouts?.headersMs ?? DEFAULT_TIMEOUTS.headersMs));
    const s = serve({
      fetch: app.fetch, port: options.port ?? 8787, hostname: host,
      // Node checks these every `connectionsCheckingInterval` (30 s by default): check often enough to honour them.
      serverOptions: { requestTimeout, headersTimeout, connectionsCheckingInterval: Math.max(100, Math.min(5000, Math.floor(headersTimeout / 2))) },
    }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  forwarder.start();
  logger({ event: 'receiver_started', engine: store.engine, port, targets: forwarder.targets });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, store, forwarder,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await forwarder.stop();
        await store.close();
      })();
      return closing;
    },
  };
}
