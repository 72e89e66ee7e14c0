// A bounded randomised run (seeded): 220 submissions through a faulty proxy (connections dropped before or after the
// receiver answered, 500s / 502s), duplicate sends, storage failures before and after the commit, and a faulty Grist.
// Clients retry like the element (same key, same body). Reports lost = 0 and duplicated = 0, stored and forwarded.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { mulberry32 } from '../../scripts/prng.mjs';
import { createForwarder, createReceiver, gristTarget, mattermostTarget, type SupportStore } from '../../src/receiver/index.js';
import { ENGINES, closeFilePglite, freshStore, requestBody } from './support-helpers.js';
import { fakeGrist } from './receiver-fakes.js';

after(closeFilePglite);

const SEED = Number(process.env.INTRAS_RANDOM_SEED ?? 20260302);
const N = 220;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** One POST; `undefined` status when the connection died. */
function send(url: string, body: string, key: string): Promise<{ status?: number; reference?: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/requests`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key } }, (res) => {
      let s = '';
      res.on('data', (d) => { s += d; });
      res.on('end', () => { let reference; try { reference = JSON.parse(s).reference; } catch { /* not JSON */ } resolve({ status: res.statusCode, reference }); });
      res.on('error', () => resolve({}));
    });
    req.on('error', () => resolve({}));
    req.end(body);
  });
}

for (const engine of ENGINES) {
  test(`${engine.name}: ${N} submissions with random faults (seed ${SEED}): lost = 0, duplicated = 0, stored and forwarded`, { timeout: 180_000 }, async () => {
    const rnd = mulberry32(SEED);
    const faults: Record<string, number> = {};
    const count = (k: string) => { faults[k] = (faults[k] ?? 0) + 1; };
    const grist = await fakeGrist(() => {
      const x = rnd();
      return x < 0.1 ? '500' : x < 0.2 ? 'drop-before' : x < 0.3 ? 'drop-after' : undefined;
    });
    const base = await freshStore(engine);
    // Storage faults: refused before the transaction, or the answer lost after the commit (both → 503, client retries).
    const store: SupportStore = Object.assign(Object.create(base), {
      async save(...args: Parameters<SupportStore['save']>) {
        const x = rnd();
        if (x < 0.05) { count('store-before'); throw Object.assign(new Error('injected'), { code: 'INJECTED' }); }
        const r = await base.save(...args);
        if (x < 0.1) { count('store-after-commit'); throw Object.assign(new Error('injected'), { code: 'INJECTED' }); }
        return r;
      },
    });
    const forwarder = createForwarder({
      store, targets: [gristTarget({ url: grist.url, docId: 'd', table: 'Demandes', apiKey: 'k' }), mattermostTarget({ webhookUrl: `${grist.url}/hooks/abc` })],
      backoff: { baseDelayMs: 5, maxDelayMs: 100 }, pollMs: 20, timeoutMs: 2000, batch: 50,
    });
    const app = createReceiver({ store, targets: forwarder.targets, onStored: () => forwarder.kick(), limits: { rateLimit: false }, logger: () => {} });
    const receiver = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => receiver.once('listening', r));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    // The faulty network between the clients and the receiver.
    const proxy = createServer(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      const x = rnd();
      if (x < 0.08) { count('drop-before'); req.socket.destroy(); return; }
      if (x < 0.14) { count('500-before'); res.statusCode = 500; res.end('{}'); return; }
      const upstream = await send(receiverUrl, body, String(req.headers['idempotency-key']));
      if (x < 0.22) { count('drop-after'); req.socket.destroy(); return; }
      if (x < 0.28) { count('502-after'); res.statusCode = 502; res.end('{}'); return; }
      res.statusCode = upstream.status ?? 502;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ reference: upstream.reference }));
    });
    const proxyUrl = await listen(proxy);
    forwarder.start();
    try {
      const bodies = Array.from({ length: N }, (_, i) => requestBody({ name: `Personne ${i}`, message: `Message ${i} <b>${i}</b>` }));
      const answers = new Map<string, Set<string>>();
      let attempts = 0;
      const submit = async (body: Record<string, unknown>) => {
        const key = String(body.idempotencyKey);
        const json = JSON.stringify(body);
        for (let i = 0; i < 40; i++) {
          attempts++;
          const r = await send(proxyUrl, json, key);
          if (r.status === 200 || r.status === 201) {
            if (!answers.has(key)) answers.set(key, new Set());
            answers.get(key)!.add(r.reference!);
            return;
          }
          assert.ok(r.status === undefined || r.status >= 500, `unexpected ${r.status}`);
          await new Promise((res) => setTimeout(res, 2 + rnd() * 10));
        }
        throw new Error(`no answer for ${key}`);
      };
      // 20 clients at a time; 15 % of the submissions are sent twice at once (a double click, a retry racing a send).
      let next = 0;
      await Promise.all(Array.from({ length: 20 }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++];
          if (rnd() < 0.15) { count('duplicate-send'); await Promise.all([submit(body), submit(body)]); } else await submit(body);
        }
      }));
      for (let i = 0; i < 400 && (await base.stats()).pending > 0; i++) await new Promise((r) => setTimeout(r, 25));
      const rows = await base.list();
      const storedKeys = rows.map((r) => r.request.idempotencyKey);
      const lost = bodies.filter((b) => !storedKeys.includes(String(b.idempotencyKey))).length;
      const duplicated = storedKeys.length - new Set(storedKeys).size;
      const refOf = new Map(rows.map((r) => [r.request.idempotencyKey, r.reference]));
      const inconsistent = [...answers].filter(([key, refs]) => refs.size !== 1 || [...refs][0] !== refOf.get(key)).length;
      const gristLost = rows.filter((r) => !grist.records.has(r.reference)).length;
      const gristDuplicated = [...grist.adds.values()].filter((n) => n > 1).length;
      console.log(`# random run (${engine.name}, seed ${SEED}): ${N} submissions, ${attempts} HTTP attempts, faults ${JSON.stringify(faults)}, Grist calls ${grist.calls}`);
      console.log(`# stored: lost = ${lost}, duplicated = ${duplicated}, answers not matching the stored reference = ${inconsistent}; Grist: lost = ${gristLost}, duplicated = ${gristDuplicated}`);
      assert.equal(lost, 0);
      assert.equal(duplicated, 0);
      assert.equal(rows.length, N);
      assert.equal(inconsistent, 0);
      assert.equal(answers.size, N);
      assert.equal(gristLost, 0);
      assert.equal(gristDuplicated, 0);
      assert.ok(Object.keys(faults).length >= 6, 'every kind of fault happened');
      assert.equal(new Set(grist.mattermost).size, N, 'a notice per request (a notice may repeat: at least once)');
    } finally {
      await forwarder.stop();
      proxy.closeAllConnections(); proxy.close();
      receiver.close();
      await grist.close();
      await base.drop();
    }
  });
}
