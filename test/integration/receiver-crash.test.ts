// The `intras receiver` CLI as a child process on a PGlite data folder: killed (SIGKILL) in the middle of requests
// and restarted, then every client retries with its key until it gets an answer: nothing lost, nothing twice. Then
// `intras support export` (CSV / JSON) and `intras support purge` on the same folder, and the folder lock.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { intras, root } from '../node/cli-helpers.js';
import { cliPath } from '../node/helpers/cli.js';
import { requestBody } from './support-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'intras-receiver-'));
const data = join(dir, 'support-data');
const children = new Set<ChildProcess>();
after(() => { for (const c of children) c.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); });

/**
 * Starts `intras receiver` on `data`, port 0 (src/cli/intras.ts bundled once by helpers/cli.ts, as `intrasChild()`
 * runs it: no tsx start-up per child); resolves with its URL once it says it is ready.
 */
function startChild(extra: string[] = []): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [cliPath(), 'receiver', '--data', data, '--port', '0', '--rate-limit', 'off', ...extra], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', GRIST_URL: '', MATTERMOST_WEBHOOK_URL: '' } });
  children.add(child);
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver not ready:\n${err}`)), 90_000);
    child.stderr!.on('data', (d) => {
      err += d;
      const m = /récepteur prêt : (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1], stderr: () => err }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`receiver exited ${code}:\n${err}`)); });
  });
}

/** One POST with a raw connection; resolves with the status, or `undefined` when the connection dies. */
function send(url: string, body: Record<string, unknown>, { halfThenHang = false } = {}): Promise<{ status?: number; reference?: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/requests`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, 'Idempotency-Key': String(body.idempotencyKey) } }, (res) => {
      let s = '';
      res.on('data', (d) => { s += d; });
      res.on('end', () => { try { resolve({ status: res.statusCode, reference: JSON.parse(s).reference }); } catch { resolve({ status: res.statusCode }); } });
      res.on('error', () => resolve({}));
    });
    req.on('error', () => resolve({}));
    if (halfThenHang) req.write(payload.subarray(0, payload.length >> 1)); else req.end(payload);
  });
}

/** Retries like the element does (same key, same body) until an answer comes; bounded. */
async function retryUntilAnswered(url: string, body: Record<string, unknown>) {
  for (let i = 0; i < 20; i++) {
    const r = await send(url, body);
    if (r.status && r.status < 500) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('no answer');
}

let bodies: Record<string, unknown>[] = [];
const firstAnswers = new Map<string, string>();

before(async () => {
  bodies = Array.from({ length: 40 }, (_, i) => requestBody({ name: `Personne ${i}`, message: `Message ${i}` }));
});

test('killed mid-request (SIGKILL) and restarted: every request stored exactly once, answered references kept', { timeout: 240_000 }, async () => {
  const a = await startChild();
  // 40 requests at once plus one whose body is half sent, then the kill while they are in flight.
  // The kill comes as soon as the first answer arrives: some requests are answered, the others are in flight.
  let firstAnswered!: () => void;
  const answered = new Promise<void>((r) => { firstAnswered = r; });
  const half = send(a.url, bodies[0], { halfThenHang: true });
  const inflight = bodies.slice(1).map((b) => send(a.url, b).then((r) => { if (r.status === 201) firstAnswered(); return r; }));
  await Promise.race([answered, new Promise((r) => setTimeout(r, 20_000))]);
  a.child.kill('SIGKILL');
  const first = await Promise.all([half, ...inflight]);
  first.forEach((r, i) => { if (r.status === 201) firstAnswers.set(String(bodies[i].idempotencyKey), r.reference!); });
  await new Promise((r) => a.child.once('exit', r));
  assert.ok(first.some((r) => r.status === undefined), 'some requests were cut by the kill');
  assert.ok(firstAnswers.size >= 1, 'some requests were answered before the kill');
  console.log(`# before the kill: ${firstAnswers.size} answered 201, ${first.filter((r) => r.status === undefined).length} cut`);

  const b = await startChild(); // the stale lock of the killed process does not block the restart
  const again = await Promise.all(bodies.map((body) => retryUntilAnswered(b.url, body)));
  for (const [i, r] of again.entries()) {
    const key = String(bodies[i].idempotencyKey);
    assert.ok(r.status === 200 || r.status === 201, `request ${i}: ${r.status}`);
    if (firstAnswers.has(key)) assert.deepEqual([r.status, r.reference], [200, firstAnswers.get(key)], `request ${i} answered before the kill: same reference`);
  }
  assert.equal(new Set(again.map((r) => r.reference)).size, bodies.length, 'one reference per request');
  const health = await (await fetch(`${b.url}/health`)).json() as { requests: number };
  assert.equal(health.requests, bodies.length, 'stored exactly once each: lost = 0, duplicated = 0');

  // While it runs, the PGlite folder is locked: export refuses with a clear message.
  const locked = await intras('support', 'export', '--data', data);
  assert.equal(locked.code, 2);
  assert.match(locked.stderr, /un récepteur \(pid \d+\) utilise déjà/);

  b.child.kill('SIGTERM');
  const code = await new Promise((r) => b.child.once('exit', r));
  assert.equal(code, 0, b.stderr());
  assert.ok(!existsSync(join(data, 'intras-receiver.lock')), 'lock released on a clean stop');
  // Its log lines never hold a name or a message.
  assert.ok(!/Personne|Message \d|example\.org/.test(b.stderr()));
});

test('intras support export: CSV (header, one row per request) and JSON on stdout; purge keeps recent requests', { timeout: 120_000 }, async () => {
  const csv = await intras('support', 'export', '--data', data);
  assert.equal(csv.code, 0, csv.stderr);
  assert.ok(csv.stdout.startsWith('\uFEFFRéférence;'), 'UTF-8 BOM first, for Excel');
  const lines = csv.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0].split(';')[0], 'Référence');
  const plain = await intras('support', 'export', '--data', data, '--no-bom');
  assert.equal(plain.stdout, csv.stdout.replace(/^\uFEFF/, ''), '--no-bom: the same CSV without the mark');
  const en = await intras('support', 'export', '--data', data, '--lang', 'en', '--separator', 'comma');
  assert.equal(en.stdout.split('\r\n')[0].split(',')[0], '\uFEFFReference');
  assert.equal(lines.length, bodies.length + 1);
  assert.match(csv.stderr, /✓ 40 demande\(s\) exportée\(s\)/);
  const json = await intras('support', 'export', '--format', 'json', '--data', data, '--lang', 'en');
  const rows = JSON.parse(json.stdout) as { reference: string; request: { name: string } }[];
  assert.equal(rows.length, bodies.length);
  assert.deepEqual(rows.map((r) => r.request.name).sort(), bodies.map((b) => b.name).sort());
  assert.match(json.stderr, /✓ 40 request\(s\) exported/);
  const bad = await intras('support', 'purge', '--older-than', '1 year', '--data', data);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--older-than attend une durée en jours \(365d\)/);
  const purge = await intras('support', 'purge', '--older-than', '365d', '--data', data);
  assert.equal(purge.code, 0, purge.stderr);
  assert.match(purge.stderr, /✓ 0 demande\(s\) reçue\(s\) avant le \d{4}-\d{2}-\d{2} supprimée\(s\)/);
  const missing = await intras('support', 'export', '--data', join(dir, 'nope'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /dossier de données introuvable/);
  const origin = await intras('receiver', '--data', data, '--allow-origin', 'https://exemple.gouv.fr/');
  assert.equal(origin.code, 2);
  assert.match(origin.stderr, /--allow-origin attend une origine http\(s\)/);
});
