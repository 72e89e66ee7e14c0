// One receiver process for the browser tests (forked by test/browser/support-receiver.mjs): the REAL receiver
// (`openStore` + `createReceiver` from src/receiver, on PGlite in INTRAS_TEST_RECEIVER_DIR) served by
// @hono/node-server on a free loopback port. A child process, because PGlite's initdb and queries run on the thread
// that calls them: in the test server's own process they would stall the runner's commands. Messages from the parent:
// 'kill' (connections cut at once, database closed, exit). `GET /__test/rows` lists the stored rows (test only).
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport('../../src/receiver/index.ts', import.meta.url);
const { serve } = await import('@hono/node-server');
const store = await mod.openStore({ dataDir: process.env.INTRAS_TEST_RECEIVER_DIR });
const app = mod.createReceiver({
  store, allowOrigins: JSON.parse(process.env.INTRAS_TEST_RECEIVER_ORIGINS ?? '[]'), logger: mod.silentLogger,
  // The fill time is the element's concern in these tests (min-fill-time); the rate limit would throttle the
  // randomised run (its 429s are injected by the proxy instead, with Retry-After).
  limits: { minFillTimeMs: 0, rateLimit: false },
});
app.get('/__test/rows', async (c) => {
  const rows = await store.db.selectFrom('requests').select(['reference', 'idempotency_key', 'data']).orderBy('id').execute();
  return c.json(rows.map((r) => ({ reference: r.reference, key: r.idempotency_key, data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data })));
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ ready: true, port: info.port }));
process.on('message', async (m) => {
  if (m !== 'kill') return;
  server.closeAllConnections?.();
  server.close();
  await new Promise((r) => setTimeout(r, 50)); // a transaction in flight commits or fails
  await store.close().catch(() => {});
  process.exit(0);
});
process.on('disconnect', () => process.exit(0));
