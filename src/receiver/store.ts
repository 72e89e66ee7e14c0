/**
 * Storage of the reference receiver, through Kysely on PostgreSQL: a real server (`DATABASE_URL`, driver `pg`) or
 * the embedded PGlite (PostgreSQL compiled to WASM, data in a folder, nothing to install). Same SQL on both.
 *
 * Tables (migrations run at start with Kysely's `Migrator`, decision 0031):
 * - `requests`: one row per stored request (`reference` unique, `idempotency_key` unique, `data` = the request as JSON
 *   without its spam-defence fields);
 * - `idempotency`: one row per client key (`body_hash`, `reference`): a replay with the same body gets the same
 *   reference, another body is a conflict;
 * - `outbox`: one row per (request, forwarding target), delivered at least once by `./outbox.ts`;
 * - `reference_counters`: the per-year sequence of `R-2026-0042`.
 * Saving writes all of them in ONE transaction: a request is either fully stored (with its outbox rows) or not at all.
 */
import { Kysely, Migrator, PostgresDialect, sql, type Generated, type Migration, type MigrationProvider, type Selectable } from 'kysely';
import type { StoredSupportRequest, SupportKind } from '../support/request.js';
import { supportReference } from '../support/request.js';

/** Row types of the receiver's tables (Kysely). */
export interface ReceiverDatabase {
  requests: {
    id: Generated<number>;
    reference: string;
    idempotency_key: string;
    kind: SupportKind;
    received_at: Date;
    body_hash: string;
    data: StoredSupportRequest;
  };
  idempotency: {
    key: string;
    body_hash: string;
    reference: string;
    created_at: Date;
  };
  outbox: {
    id: Generated<number>;
    request_id: number;
    reference: string;
    target: string;
    attempts: Generated<number>;
    next_attempt_at: Date;
    locked_until: Date | null;
    delivered_at: Date | null;
    last_error: string | null;
    created_at: Date;
  };
  reference_counters: {
    year: number;
    seq: number;
  };
}

const MIGRATIONS: Record<string, Migration> = {
  '0001-requests-idempotency-outbox': {
    async up(db: Kysely<any>) {
      await db.schema.createTable('reference_counters')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createTable('requests')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('idempotency_key', 'uuid', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('requests_received_at').on('requests').column('received_at').execute();
      await db.schema.createTable('idempotency')
        .addColumn('key', 'uuid', (c) => c.primaryKey())
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createTable('outbox')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id').onDelete('cascade'))
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
        .addColumn('locked_until', 'timestamptz')
        .addColumn('delivered_at', 'timestamptz')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addUniqueConstraint('outbox_request_target', ['request_id', 'target'])
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['delivered_at', 'next_attempt_at']).execute();
    },
  },
};

/** Where the data lives: a PostgreSQL URL, a PGlite data folder, or an already opened PGlite / Kysely (tests). */
export interface StoreOptions {
  /** `postgres://user:password@host:5432/db` (a real server, through `pg`). Wins over `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder (created when missing; first start runs initdb, 6–18 s). Default: in memory. */
  dataDir?: string;
  /**
   * An opened PGlite instance to use (not closed by `close()`): tests share one per file, one schema per store. Two
   * stores on one PGlite must not run at the same time (each serialises its own transactions only).
   */
  pglite?: import('@electric-sql/pglite').PGlite;
  /** PostgreSQL schema holding the tables (created when missing); default `public`. Tests use one per test. */
  schema?: string;
  /** `pg` pool size (real server only); default 10. */
  poolSize?: number;
}

/** Result of {@link SupportStore.save}. */
export type SaveResult =
  /** Stored now (with its outbox rows). */
  | { readonly status: 'created'; readonly reference: string }
  /** The same key and the same body were already stored: the same reference. */
  | { readonly status: 'replayed'; readonly reference: string }
  /** The key was already used with another body: nothing stored. */
  | { readonly status: 'conflict'; readonly reference: string };

/** An outbox row claimed for delivery, with the request it carries. */
export interface OutboxItem {
  readonly id: number;
  readonly target: string;
  readonly reference: string;
  /** Delivery attempts so far, this one included (1 on the first). */
  readonly attempts: number;
  readonly receivedAt: Date;
  readonly request: StoredSupportRequest;
}

/** A stored request, as exported. */
export interface StoredRow {
  readonly reference: string;
  readonly kind: SupportKind;
  readonly receivedAt: Date;
  readonly request: StoredSupportRequest;
  /** Forwarding state per target: `delivered` or `pending` (with the attempts so far). */
  readonly forwarding: readonly { readonly target: string; readonly delivered: boolean; readonly attempts: number }[];
}

/** Storage of the receiver (see the module comment). Every method is safe with several processes on one PostgreSQL. */
export interface SupportStore {
  /** The Kysely instance (schema applied). */
  readonly db: Kysely<ReceiverDatabase>;
  /** `pglite` or `postgres`. */
  readonly engine: 'pglite' | 'postgres';
  /**
   * Stores a validated request once per idempotency key, with one outbox row per name in `targets`, in one
   * transaction. `bodyHash` identifies the body (see `requestHash`). Concurrent saves of one key: the second waits
   * for the first's commit (unique key) and then replays or conflicts.
   */
  save(request: StoredSupportRequest, options: { bodyHash: string; receivedAt: Date; targets: readonly string[] }): Promise<SaveResult>;
  /**
   * Claims up to `limit` due outbox rows of `targets` (not delivered, `next_attempt_at ≤ now`, not leased) with
   * `FOR UPDATE SKIP LOCKED`, leases them for `leaseMs` and counts the attempt. Another process claims other rows.
   */
  claim(targets: readonly string[], now: Date, options?: { limit?: number; leaseMs?: number }): Promise<OutboxItem[]>;
  /** Marks a claimed row delivered. */
  delivered(id: number, now: Date): Promise<void>;
  /** Releases a claimed row for a retry at `nextAttemptAt`, noting `error` (a code, never personal data). */
  failed(id: number, nextAttemptAt: Date, error: string): Promise<void>;
  /** Every stored request, oldest first (export). */
  list(): Promise<StoredRow[]>;
  /** Deletes the requests received before `before` (with their outbox rows) and the idempotency keys of that age. */
  purge(before: Date): Promise<{ requests: number; keys: number }>;
  /** Counts for `/health`: stored requests, outbox rows pending and failing (attempted at least once). */
  stats(): Promise<{ requests: number; pending: number; failing: number }>;
  /** A cheap query: throws when the database does not answer. */
  ping(): Promise<void>;
  /** Closes the connections (not a `pglite` handed in). */
  close(): Promise<void>;
}

/** Runs the migrations (idempotent; several processes may start at once on PostgreSQL: a lock serialises them). */
export async function migrate(db: Kysely<any>, schema?: string): Promise<void> {
  if (schema) await db.schema.createSchema(schema).ifNotExists().execute();
  const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
  const scoped = schema ? db.withSchema(schema) : db;
  const migrator = new Migrator({ db: scoped, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/**
 * Opens the store: connects (PostgreSQL through `pg`, or PGlite), runs the migrations, returns the {@link SupportStore}.
 * @throws the driver's error when the database cannot be reached, or a migration fails.
 */
export async function openStore(options: StoreOptions = {}): Promise<SupportStore> {
  let base: Kysely<any>;
  let engine: 'pglite' | 'postgres';
  let closeExtra: () => Promise<void> = async () => {};
  if (options.databaseUrl) {
    const pg = (await import('pg')).default;
    // Columns of type timestamptz come back as Date; int8 counts are cast in SQL (`count(*)::int`).
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    base = new Kysely({ dialect: new PostgresDialect({ pool }) });
    engine = 'postgres';
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGliteDialect } = await import('kysely-pglite-dialect');
    const own = !options.pglite;
    const pglite = options.pglite ?? await PGlite.create(options.dataDir ?? 'memory://');
    // The dialect's destroy() closes the PGlite it was given: hand it a shared instance through a wrapper that does not
    // (the dialect only calls `query` and `close`).
    const handle = own ? pglite : { query: pglite.query.bind(pglite), close: async () => {} };
    base = new Kysely({ dialect: new PGliteDialect(handle as typeof pglite) });
    engine = 'pglite';
    if (own) closeExtra = async () => { if (!pglite.closed) await pglite.close(); };
  }
  try {
    await migrate(base, options.schema);
  } catch (e) {
    await base.destroy();
    throw e;
  }
  const db = (options.schema ? base.withSchema(options.schema) : base) as Kysely<ReceiverDatabase>;
  return makeStore(db, base, engine, closeExtra);
}

function makeStore(db: Kysely<ReceiverDatabase>, base: Kysely<any>, engine: 'pglite' | 'postgres', closeExtra: () => Promise<void>): SupportStore {
  return {
    db, engine,
    async save(request, { bodyHash, receivedAt, targets }) {
      const key = request.idempotencyKey.toLowerCase();
      return db.transaction().execute(async (trx) => {
        const year = receivedAt.getUTCFullYear();
        // The key first: a concurrent save of the same key waits here until the other commits or rolls back.
        const prior = await trx.selectFrom('idempotency').select(['body_hash', 'reference']).where('key', '=', key).executeTakeFirst();
        if (prior) return { status: prior.body_hash === bodyHash ? 'replayed' : 'conflict', reference: prior.reference } as const;
        const counter = await trx.insertInto('reference_counters').values({ year, seq: 1 })
          .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ seq: eb('reference_counters.seq', '+', 1) })))
          .returning('seq').executeTakeFirstOrThrow();
        const reference = supportReference(year, counter.seq);
        const inserted = await trx.insertInto('idempotency').values({ key, body_hash: bodyHash, reference, created_at: receivedAt })
          .onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst();
        if (!inserted) {
          // Another transaction stored this key between our read and our insert (it committed while we waited on the
          // unique index): roll back our counter increment and answer from its row.
          throw new KeyRace();
        }
        const row = await trx.insertInto('requests').values({
          reference, idempotency_key: key, kind: request.kind, received_at: receivedAt, body_hash: bodyHash,
          data: JSON.stringify(request) as unknown as StoredSupportRequest,
        }).returning('id').executeTakeFirstOrThrow();
        if (targets.length) {
          await trx.insertInto('outbox').values(targets.map((target) => ({
            request_id: row.id, reference, target, next_attempt_at: receivedAt, created_at: receivedAt,
          }))).execute();
        }
        return { status: 'created', reference } as const;
      }).catch(async (e) => {
        if (!(e instanceof KeyRace)) throw e;
        const prior = await db.selectFrom('idempotency').select(['body_hash', 'reference']).where('key', '=', key).executeTakeFirstOrThrow();
        return { status: prior.body_hash === bodyHash ? 'replayed' : 'conflict', reference: prior.reference } as const;
      });
    },

    async claim(targets, now, { limit = 20, leaseMs = 60_000 } = {}) {
      if (!targets.length) return [];
      const leased = await db.transaction().execute(async (trx) => {
        const due = await trx.selectFrom('outbox').select('id')
          .where('delivered_at', 'is', null)
          .where('target', 'in', [...targets])
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
          .orderBy('id').limit(limit)
          .forUpdate().skipLocked()
          .execute();
        if (!due.length) return [];
        return trx.updateTable('outbox')
          .set((eb) => ({ locked_until: new Date(now.getTime() + leaseMs), attempts: eb('attempts', '+', 1) }))
          .where('id', 'in', due.map((d) => d.id))
          .returning(['id', 'request_id', 'target', 'reference', 'attempts'])
          .execute();
      });
      if (!leased.length) return [];
      const rows = await db.selectFrom('requests').select(['id', 'data', 'received_at'])
        .where('id', 'in', [...new Set(leased.map((l) => l.request_id))]).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return leased.filter((l) => byId.has(l.request_id)).sort((a, b) => a.id - b.id).map((l) => {
        const r = byId.get(l.request_id)!;
        return { id: l.id, target: l.target, reference: l.reference, attempts: l.attempts, receivedAt: new Date(r.received_at), request: parseData(r.data) };
      });
    },

    async delivered(id, now) {
      await db.updateTable('outbox').set({ delivered_at: now, locked_until: null, last_error: null }).where('id', '=', id).execute();
    },

    async failed(id, nextAttemptAt, error) {
      await db.updateTable('outbox').set({ next_attempt_at: nextAttemptAt, locked_until: null, last_error: error.slice(0, 200) }).where('id', '=', id).execute();
    },

    async list() {
      const rows = await db.selectFrom('requests').select(['id', 'reference', 'kind', 'received_at', 'data']).orderBy('id').execute();
      const outbox = await db.selectFrom('outbox').select(['request_id', 'target', 'delivered_at', 'attempts']).orderBy('id').execute();
      const forwarding = new Map<number, { target: string; delivered: boolean; attempts: number }[]>();
      for (const o of outbox) {
        if (!forwarding.has(o.request_id)) forwarding.set(o.request_id, []);
        forwarding.get(o.request_id)!.push({ target: o.target, delivered: o.delivered_at !== null, attempts: o.attempts });
      }
      return rows.map((r) => ({ reference: r.reference, kind: r.kind, receivedAt: new Date(r.received_at), request: parseData(r.data), forwarding: forwarding.get(r.id) ?? [] }));
    },

    async purge(before) {
      return db.transaction().execute(async (trx) => {
        const requests = await trx.deleteFrom('requests').where('received_at', '<', before).returning('id').execute();
        const keys = await trx.deleteFrom('idempotency').where('created_at', '<', before).returning('key').execute();
        await trx.deleteFrom('reference_counters').where('year', '<', before.getUTCFullYear() - 1).execute();
        return { requests: requests.length, keys: keys.length };
      });
    },

    async stats() {
      const r = await db.selectFrom('requests').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const o = await db.selectFrom('outbox')
        .select([sql<number>`count(*)::int`.as('pending'), sql<number>`(count(*) filter (where attempts > 0))::int`.as('failing')])
        .where('delivered_at', 'is', null).executeTakeFirstOrThrow();
      return { requests: r.n, pending: o.pending, failing: o.failing };
    },

    async ping() {
      await sql`select 1`.execute(db);
    },

    async close() {
      await base.destroy();
      await closeExtra();
    },
  };
}

class KeyRace extends Error {}

/** `jsonb` comes back parsed from both drivers; a string (older drivers, text columns) is parsed here. */
function parseData(data: unknown): StoredSupportRequest {
  return (typeof data === 'string' ? JSON.parse(data) : data) as StoredSupportRequest;
}

export type { Selectable };
