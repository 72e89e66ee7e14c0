// Shared by the `receiver-*` integration tests: sample requests (test/node/support-fixtures.ts), one PGlite per test
// file (from one shared initdb: it costs 6–18 s) with a fresh schema per store, the real PostgreSQL when
// INTRAS_TEST_DATABASE_URL is set, and a loopback client.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openStore, type StoreOptions, type SupportStore } from '../../src/receiver/index.js';

export { AT, requestBody } from '../node/support-fixtures.js';

const cache = fileURLToPath(new URL('../../node_modules/.cache/intras-tests/', import.meta.url));
const pgliteVersion = (JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * PostgreSQL's initdb, run once (not once per test file: it costs ~6 s of CPU in PGlite's WebAssembly): a fresh
 * PGlite data directory, as `PGlite.create('memory://')` makes it, dumped to a tarball in node_modules/.cache/
 * (one per PGlite version; the first test file makes it under a lock while the others wait) and loaded by each
 * test file. Only initdb's output is shared: every store still creates its schema and runs the receiver's migrations.
 */
async function initdbTemplate(): Promise<Blob> {
  const file = join(cache, `pglite-${pgliteVersion}-initdb.tar`);
  const lock = `${file}.lock`;
  mkdirSync(cache, { recursive: true });
  const deadline = Date.now() + 300_000;
  while (!existsSync(file)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is making it (a lock older than 5 minutes is a crashed run's).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another test file\'s PGlite initdb');
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (existsSync(file)) break;
      const fresh = await PGlite.create('memory://');
      const dump = Buffer.from(await (await fresh.dumpDataDir('none')).arrayBuffer());
      await fresh.close();
      writeFileSync(`${file}.${process.pid}`, dump);
      renameSync(`${file}.${process.pid}`, file);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return new Blob([readFileSync(file)]);
}

let shared: Promise<PGlite> | undefined;
/** The PGlite of this test file (in memory, from the shared initdb template; created once). */
export function filePglite(): Promise<PGlite> {
  shared ??= initdbTemplate().then((loadDataDir) => PGlite.create('memory://', { loadDataDir }));
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
