// Outbox forwarding to a fake Grist and a fake Mattermost on loopback: failures then recovery, lost answers,
// Retry-After, backoff with jitter, several forwarders at once: every request arrives exactly once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  backoffDelay, createForwarder, gristTarget, mattermostTarget, requestHash, targetsFromEnv, type Forwarder, type LogEntry, type SupportStore,
} from '../../src/receiver/index.js';
import { storedPart, validateSupportRequest } from '../../src/index.js';
import { ENGINES, closeFilePglite, freshStore, requestBody } from './support-helpers.js';
import { fakeGrist, type FakeGrist } from './receiver-fakes.js';

after(closeFilePglite);

async function fill(store: SupportStore, n: number, at: Date, targets = ['grist', 'mattermost']): Promise<string[]> {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = storedPart(validateSupportRequest(requestBody({ name: `Personne Inventée ${i}`, email: `p${i}@example.org` })).value!);
    refs.push((await store.save(r, { bodyHash: await requestHash(r), receivedAt: at, targets })).reference);
  }
  return refs;
}

function targets(g: FakeGrist) {
  return [gristTarget({ url: g.url, docId: 'doc-test', table: 'Demandes', apiKey: 'cle-de-test' }), mattermostTarget({ webhookUrl: `${g.url}/hooks/abc` })];
}

/** Runs rounds, moving a fake clock past every delay, until nothing is pending (bounded). */
async function drain(f: Forwarder, store: SupportStore, clock: { now: number }, maxRounds = 60) {
  for (let i = 0; i < maxRounds && (await store.stats()).pending > 0; i++) {
    await f.runOnce();
    clock.now += 2 * 3600_000;
  }
}

for (const engine of ENGINES) {
  test(`${engine.name}: Grist fails the first 7 calls, then accepts: every request arrives exactly once; Mattermost without personal data`, async () => {
    const g = await fakeGrist((n) => (n <= 7 ? (n % 2 ? '500' : 'drop-before') : undefined));
    const store = await freshStore(engine);
    const clock = { now: Date.parse('2026-03-02T09:00:00Z') };
    const logs: LogEntry[] = [];
    try {
      const refs = await fill(store, 10, new Date(clock.now));
      const f = createForwarder({ store, targets: targets(g), clock: () => new Date(clock.now), logger: (e) => logs.push(e), random: () => 0.5, timeoutMs: 5000 });
      await drain(f, store, clock);
      assert.deepEqual([...g.records.keys()].sort(), refs);
      assert.ok([...g.adds.values()].every((n) => n === 1));
      assert.equal(g.calls, 17, '7 failed calls + 10 accepted');
      assert.deepEqual([...g.auth], ['Bearer cle-de-test']);
      const rec = g.records.get(refs[3])!;
      assert.equal(rec.Nom, 'Personne Inventée 3');
      assert.equal(rec.Courriel, 'p3@example.org');
      assert.equal(rec.Type, 'clinique_situations_difficiles');
      assert.equal(rec.Sujets, 'management_equipe');
      assert.deepEqual(g.mattermost.sort(), refs.map((r) => `Nouvelle demande : clinique, ${r}`).sort());
      assert.deepEqual(await store.stats(), { requests: 10, pending: 0, failing: 0 });
      const text = JSON.stringify(logs);
      assert.ok(!text.includes('Personne') && !text.includes('example.org'), 'forwarding logs hold no personal data');
      assert.ok(logs.some((e) => e.event === 'forward_failed' && e.error === 'http_500'));
      assert.ok(logs.some((e) => e.event === 'forward_failed' && typeof e.error === 'string' && e.error !== 'http_500'));
    } finally { await g.close(); await store.drop(); }
  });

  test(`${engine.name}: answers lost after Grist wrote the record: delivered again, still one record each (upsert on Reference)`, async () => {
    const g = await fakeGrist((n) => (n % 3 === 1 ? 'drop-after' : undefined));
    const store = await freshStore(engine);
    const clock = { now: Date.parse('2026-03-02T09:00:00Z') };
    try {
      const refs = await fill(store, 9, new Date(clock.now), ['grist']);
      const f = createForwarder({ store, targets: targets(g).slice(0, 1), clock: () => new Date(clock.now), random: () => 0 });
      await drain(f, store, clock);
      assert.deepEqual([...g.records.keys()].sort(), refs);
      assert.ok([...g.adds.values()].every((n) => n === 1), 'never added twice');
      assert.ok(g.calls > 9, 'some were delivered twice');
    } finally { await g.close(); await store.drop(); }
  });
}

test('Retry-After of the target is honoured; backoff doubles, is capped and jittered', async () => {
  assert.equal(backoffDelay(1, {}, () => 0), 500);
  assert.equal(backoffDelay(1, {}, () => 0.999999), 1000);
  assert.equal(backoffDelay(4, {}, () => 0), 4000);
  assert.equal(backoffDelay(40, {}, () => 0), 1_800_000);
  assert.ok(backoffDelay(100, {}, () => 0.999999) <= 3_600_000);
  const g = await fakeGrist((n) => (n === 1 ? '503-retry-after' : undefined));
  const store = await freshStore(ENGINES[0]);
  const clock = { now: Date.parse('2026-03-02T09:00:00Z') };
  try {
    await fill(store, 1, new Date(clock.now), ['grist']);
    const f = createForwarder({ store, targets: targets(g).slice(0, 1), clock: () => new Date(clock.now), random: () => 0 });
    assert.deepEqual(await f.runOnce(), { delivered: 0, failed: 1 });
    clock.now += 60_000;
    assert.deepEqual(await f.runOnce(), { delivered: 0, failed: 0 }, 'not before the 120 s asked');
    clock.now += 61_000;
    assert.deepEqual(await f.runOnce(), { delivered: 1, failed: 0 });
  } finally { await g.close(); await store.drop(); }
});

test('the polling forwarder delivers on its own (start, kick, stop)', async () => {
  const g = await fakeGrist();
  const store = await freshStore(ENGINES[0]);
  try {
    const f = createForwarder({ store, targets: targets(g), pollMs: 20 });
    f.start();
    const refs = await fill(store, 3, new Date());
    f.kick();
    for (let i = 0; i < 200 && (await store.stats()).pending > 0; i++) await new Promise((r) => setTimeout(r, 25));
    await f.stop();
    assert.deepEqual([...g.records.keys()].sort(), refs);
    assert.equal(g.mattermost.length, 3);
  } finally { await g.close(); await store.drop(); }
});

test('targets from the environment: Grist needs its four variables, Mattermost its webhook', () => {
  assert.deepEqual(targetsFromEnv({}).map((t) => t.name), []);
  assert.deepEqual(targetsFromEnv({ GRIST_URL: 'http://127.0.0.1:1', GRIST_DOC_ID: 'd', GRIST_TABLE: 't', GRIST_API_KEY: 'k', MATTERMOST_WEBHOOK_URL: 'http://127.0.0.1:1/h' }).map((t) => t.name), ['grist', 'mattermost']);
  assert.throws(() => targetsFromEnv({ GRIST_URL: 'http://127.0.0.1:1', GRIST_DOC_ID: 'd' }), /GRIST_TABLE, GRIST_API_KEY/);
});
