// Shared by the `receiver-*` integration tests: sample requests (test/node/support-fixtures.ts), one PGlite per test
// file (initdb costs 6–18 s) with a fresh schema per store, the real PostgreSQL when INTRAS_TEST_DATABASE_URL is set, and a loopback client.
import { PGlite } from '@electric-sql/pglite';
import { openStore, type StoreOptions, type SupportStore } from '../../src/receiver/index.js';

export { AT, requestBody } from '../node/support-fixtures.js';

let shared: Promise<PGlite> | undefined;
/** The PGlite of this test file (in memory; created once). */
export function filePglite(): Promise<PGlite> {
  shared ??= PGlite.create('memory://');
  return shared;
}
export async function closeFilePglite(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}

let n = 0;
/** A fresh schema name (unique per process and call). */
export function freshSchema(): string {
  return `t_${process.pid}_${Date.now().toString(36)}_${n++}`;
}

/** The databases the store tests run on: PGlite always, PostgreSQL when INTRAS_TEST_DATABASE_URL is set. */
export const ENGINES: { name: 'pglite' | 'postgres'; options: () => Promise<StoreOptions> }[] = [
  { name: 'pglite', options: async () => ({ pglite: await filePglite(), schema: freshSchema() }) },
  ...(process.env.INTRAS_TEST_DATABASE_URL
    ? [{ name: 'postgres' as const, options: async () => ({ databaseUrl: process.env.INTRAS_TEST_DATABASE_URL, schema: freshSchema() }) }]
    : []),
];

/** Opens a store with a fresh schema; `drop()` closes it and removes the schema. */
export async function freshStore(engine: (typeof ENGINES)[number]): Promise<SupportStore & { drop(): Promise<void>; options: StoreOptions }> {
  const options = await engine.options();
  const store = await openStore(options);
  return Object.assign(store, {
    options,
    async drop() {
      const { sql } = await import('kysely');
      await sql.raw(`drop schema if exists "${options.schema}" cascade`).execute(store.db).catch(() => {});
      await store.close();
    },
  });
}

/** POSTs a body as JSON with its key to a receiver on loopback. */
export async function post(url: string, body: unknown, init: { key?: string | null; headers?: Record<string, string>; raw?: string } = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const key = init.key === undefined ? (body as { idempotencyKey?: string }).idempotencyKey : init.key;
  const res = await fetch(`${url}/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try { json = JSON.parse(text); } catch { json = text; }
  return { status: res.status, json, headers: res.headers };
}
