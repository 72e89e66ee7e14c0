// `npm run bench`, part 3: the support-request receiver on loopback. 500 submissions sent at once (one connection
// each), every one stored exactly once (checked); requests/s and latency percentiles, on PGlite (in memory) and on
// PostgreSQL when BENCH_DATABASE_URL or INTRAS_TEST_DATABASE_URL is set. Printed, not asserted.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { startReceiver, silentLogger, type StartOptions } from '../src/receiver/index.js';

const N = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const AT = '2026-03-02T10:00:00+01:00';

function post(url: string, body: string, key: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request(`${url}/requests`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end(body);
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(name: string, options: StartOptions) {
  const schema = `bench_${Date.now().toString(36)}`;
  const r = await startReceiver({ ...options, schema, port: 0, targets: [], logger: silentLogger, limits: { rateLimit: false } });
  try {
    const bodies = Array.from({ length: N }, (_, i) => {
      const key = randomUUID();
      return { key, json: JSON.stringify({
        idempotencyKey: key, kind: 'clinique_situations_difficiles', name: `Personne Inventée ${i}`, email: `p${i}@example.org`,
        topics: ['management_equipe'], message: `Message de test n° ${i}. `.repeat(20), consent: { handling: { given: true, at: AT } }, fillTimeMs: 10_000,
      }) };
    });
    await post(r.url, bodies[0].json, bodies[0].key); // warm-up (also stored once)
    const t0 = performance.now();
    const results = await Promise.all(bodies.slice(1).map((b) => post(r.url, b.json, b.key)));
    const wall = performance.now() - t0;
    const stats = await r.store.stats();
    const rows = await r.store.list();
    const keys = new Set(rows.map((x) => x.request.idempotencyKey));
    const ok = results.filter((x) => x.status === 201).length;
    const ms = results.map((x) => x.ms).sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(0).padStart(7);
    console.log(`${name.padEnd(22)}${String(results.length).padStart(6)}${String(ok).padStart(6)}${String(stats.requests).padStart(8)}${String(rows.length - keys.size).padStart(6)}${(results.length / (wall / 1000)).toFixed(0).padStart(8)}${f(pct(ms, 50))}${f(pct(ms, 95))}${f(ms[ms.length - 1])}`);
    if (ok !== results.length || stats.requests !== N || keys.size !== N) process.exitCode = 1;
    if (r.store.engine === 'postgres') {
      const { sql } = await import('kysely');
      await sql.raw(`drop schema "${schema}" cascade`).execute(r.store.db);
    }
  } finally {
    await r.close();
  }
}

console.log(`Receiver: ${N} submissions on loopback: 1 warm-up, then ${N - 1} at once (one connection each); "burst" and "201" count the burst, "stored" all ${N} (each stored once: checked)`);
console.log(`${'database'.padEnd(22)}${'burst'.padStart(6)}${'201'.padStart(6)}${'stored'.padStart(8)}${'dupl.'.padStart(6)}${'req/s'.padStart(8)}${'p50 ms'.padStart(7)}${'p95 ms'.padStart(7)}${'max ms'.padStart(7)}`);
await run('PGlite (in memory)', {});
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const dir = mkdtempSync(join(tmpdir(), 'intras-bench-receiver-'));
try { await run('PGlite (data folder)', { dataDir: dir }); } finally { rmSync(dir, { recursive: true, force: true }); }
const url = process.env.BENCH_DATABASE_URL ?? process.env.INTRAS_TEST_DATABASE_URL;
if (url) await run('PostgreSQL (pg pool 10)', { databaseUrl: url });
else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or INTRAS_TEST_DATABASE_URL)');
