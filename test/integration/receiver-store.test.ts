// The store on PGlite always, and on a real PostgreSQL server when INTRAS_TEST_DATABASE_URL is set: same tests.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openStore, requestHash, storageErrorKind, type SupportStore } from '../../src/receiver/index.js';
import { storedPart, validateSupportRequest, type StoredSupportRequest } from '../../src/index.js';
import { ENGINES, closeFilePglite, freshStore, requestBody } from './support-helpers.js';

after(closeFilePglite);

const valid = (over: Record<string, unknown> = {}): StoredSupportRequest => storedPart(validateSupportRequest(requestBody(over)).value!);
const T0 = new Date('2026-03-02T09:00:00Z');

for (const engine of ENGINES) {
  describe(`store on ${engine.name}`, () => {
    test('save: created once per key, replayed with the same body, conflict with another; references per year', async () => {
      const s = await freshStore(engine);
      try {
        const a = valid();
        const h = await requestHash(a);
        assert.deepEqual(await s.save(a, { bodyHash: h, receivedAt: T0, targets: ['grist'] }), { status: 'created', reference: 'R-2026-0001' });
        assert.deepEqual(await s.save(a, { bodyHash: h, receivedAt: T0, targets: ['grist'] }), { status: 'replayed', reference: 'R-2026-0001' });
        const other = { ...a, message: 'Un autre texte.' };
        assert.deepEqual(await s.save(other, { bodyHash: await requestHash(other), receivedAt: T0, targets: ['grist'] }), { status: 'conflict', reference: 'R-2026-0001' });
        const b = valid();
        assert.equal((await s.save(b, { bodyHash: await requestHash(b), receivedAt: T0, targets: [] })).reference, 'R-2026-0002');
        const c = valid();
        assert.equal((await s.save(c, { bodyHash: await requestHash(c), receivedAt: new Date('2027-01-01T00:00:00Z'), targets: [] })).reference, 'R-2027-0001');
        assert.deepEqual(await s.stats(), { requests: 3, pending: 1, failing: 0 });
        const rows = await s.list();
        assert.deepEqual(rows.map((r) => r.reference), ['R-2026-0001', 'R-2026-0002', 'R-2027-0001']);
        assert.deepEqual(rows[0].request, a);
        assert.deepEqual(rows[0].forwarding, [{ target: 'grist', delivered: false, attempts: 0 }]);
      } finally { await s.drop(); }
    });

    test('a text the database cannot store (NUL, lone surrogate) is a data error (22xxx), not a transient one; nothing stored', async () => {
      const s = await freshStore(engine);
      try {
        for (const message of ['abc\u0000def', 'abc\ud800def']) {
          const a = { ...valid(), message };
          const e = await s.save(a, { bodyHash: await requestHash(a), receivedAt: T0, targets: ['grist'] }).then(() => undefined, (err) => err);
          assert.ok(e, `${JSON.stringify(message)} refused by the database`);
          assert.match(String(e.code), /^22/, 'SQLSTATE class 22');
          assert.equal(storageErrorKind(e), 'data');
        }
        assert.deepEqual(await s.stats(), { requests: 0, pending: 0, failing: 0 });
        assert.equal(storageErrorKind(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), 'transient');
        assert.equal(storageErrorKind(Object.assign(new Error('x'), { code: '57P01' })), 'transient');
        assert.equal(storageErrorKind(Object.assign(new Error('x'), { code: '08006' })), 'transient');
        assert.equal(storageErrorKind(Object.assign(new Error('x'), { code: '40001' })), 'transient');
        assert.equal(storageErrorKind(Object.assign(new Error('x'), { code: '42P01' })), 'server');
        assert.equal(storageErrorKind(new Error('no code')), 'transient');
      } finally { await s.drop(); }
    });

    test('hash: same request whatever the key order; another value, another hash', async () => {
      const a = valid();
      const reordered = Object.fromEntries(Object.entries(a).reverse()) as StoredSupportRequest;
      assert.equal(await requestHash(a), await requestHash(reordered));
      assert.notEqual(await requestHash(a), await requestHash({ ...a, name: 'Autre Nom' }));
    });

    test('nothing stored half-way: a failing outbox insert rolls the request, its key and its number back', async () => {
      const s = await freshStore(engine);
      try {
        const a = valid();
        await assert.rejects(s.save(a, { bodyHash: 'h', receivedAt: T0, targets: ['grist', 'grist'] }));
        assert.deepEqual(await s.stats(), { requests: 0, pending: 0, failing: 0 });
        assert.deepEqual(await s.save(a, { bodyHash: 'h', receivedAt: T0, targets: ['grist'] }), { status: 'created', reference: 'R-2026-0001' });
      } finally { await s.drop(); }
    });

    test('concurrent saves: one key sent 20 times at once is stored once; 30 keys get 30 distinct numbers', async () => {
      const s = await freshStore(engine);
      try {
        const a = valid();
        const h = await requestHash(a);
        const same = await Promise.all(Array.from({ length: 20 }, () => s.save(a, { bodyHash: h, receivedAt: T0, targets: ['grist'] })));
        assert.equal(same.filter((r) => r.status === 'created').length, 1);
        assert.ok(same.every((r) => r.reference === 'R-2026-0001' && r.status !== 'conflict'));
        const many = await Promise.all(Array.from({ length: 30 }, async () => { const r = valid(); return s.save(r, { bodyHash: await requestHash(r), receivedAt: T0, targets: ['grist'] }); }));
        assert.equal(new Set(many.map((r) => r.reference)).size, 30);
        assert.deepEqual(await s.stats(), { requests: 31, pending: 31, failing: 0 });
      } finally { await s.drop(); }
    });

    test('outbox: claim leases due rows, delivered rows are not claimed again, failures come back after their delay or the lease', async () => {
      const s = await freshStore(engine);
      try {
        for (let i = 0; i < 3; i++) { const r = valid(); await s.save(r, { bodyHash: await requestHash(r), receivedAt: T0, targets: ['grist', 'mattermost'] }); }
        const first = await s.claim(['grist'], T0, { limit: 2, leaseMs: 60_000 });
        assert.deepEqual(first.map((i) => [i.reference, i.target, i.attempts]), [['R-2026-0001', 'grist', 1], ['R-2026-0002', 'grist', 1]]);
        assert.equal(first[0].request.email, 'camille.exemple@example.org');
        const second = await s.claim(['grist'], T0, { limit: 10 });
        assert.deepEqual(second.map((i) => i.reference), ['R-2026-0003'], 'leased rows are skipped');
        await s.delivered(first[0].id, T0);
        await s.failed(first[1].id, new Date(T0.getTime() + 5000), 'http_500');
        assert.deepEqual((await s.claim(['grist'], new Date(T0.getTime() + 1000))).map((i) => i.reference), []);
        const retry = await s.claim(['grist'], new Date(T0.getTime() + 5000));
        assert.deepEqual(retry.map((i) => [i.reference, i.attempts]), [['R-2026-0002', 2]]);
        // R-2026-0003's lease (60 s) expires: it is claimed again (its process died mid-delivery).
        const expired = await s.claim(['grist'], new Date(T0.getTime() + 61_000));
        assert.deepEqual(expired.map((i) => i.reference), ['R-2026-0003'], 'R-2026-0002 is still leased by its retry (until +65 s)');
        assert.equal((await s.claim(['mattermost'], T0)).length, 3);
        assert.deepEqual(await s.stats(), { requests: 3, pending: 5, failing: 5 });
      } finally { await s.drop(); }
    });

    test('purge: requests older than the limit go with their outbox rows and keys', async () => {
      const s = await freshStore(engine);
      try {
        const old = valid(); const recent = valid();
        await s.save(old, { bodyHash: 'a', receivedAt: new Date('2025-01-01T00:00:00Z'), targets: ['grist'] });
        await s.save(recent, { bodyHash: 'b', receivedAt: new Date('2026-03-01T00:00:00Z'), targets: ['grist'] });
        assert.deepEqual(await s.purge(new Date('2025-06-01T00:00:00Z')), { requests: 1, keys: 1 });
        assert.deepEqual((await s.list()).map((r) => r.request.idempotencyKey), [recent.idempotencyKey]);
        assert.deepEqual(await s.stats(), { requests: 1, pending: 1, failing: 0 });
      } finally { await s.drop(); }
    });

    test('migrations run once: reopening the same schema keeps the data', async () => {
      const s = await freshStore(engine);
      try {
        const a = valid();
        await s.save(a, { bodyHash: 'h', receivedAt: T0, targets: [] });
        const again: SupportStore = await openStore(s.options);
        try {
          assert.equal((await again.stats()).requests, 1);
        } finally { await again.close(); }
      } finally { await s.drop(); }
    });

    if (engine.name === 'postgres') {
      test('several processes on one PostgreSQL: concurrent claims never share a row (FOR UPDATE SKIP LOCKED)', async () => {
        const s = await freshStore(engine);
        const others = await Promise.all([openStore(s.options), openStore(s.options), openStore(s.options)]);
        try {
          for (let i = 0; i < 60; i++) { const r = valid({ idempotencyKey: randomUUID() }); await s.save(r, { bodyHash: await requestHash(r), receivedAt: T0, targets: ['grist'] }); }
          const claimed = (await Promise.all([s, ...others].flatMap((st) => [st.claim(['grist'], T0, { limit: 7 }), st.claim(['grist'], T0, { limit: 7 })]))).flat();
          const ids = claimed.map((c) => c.id);
          assert.equal(new Set(ids).size, ids.length, 'no row claimed twice');
          assert.equal(ids.length, 56);
        } finally {
          await Promise.all(others.map((o) => o.close()));
          await s.drop();
        }
      });
    }
  });
}
