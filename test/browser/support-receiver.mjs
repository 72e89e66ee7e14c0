// The REAL reference receiver for the browser tests of <intra-support-request> (test/browser/support-request.test.ts):
// `createReceiver` (src/receiver/app.ts) on PGlite, in a data folder made once per test run in the system's temp
// directory (initdb takes 6–18 s: the first `receiver-start` pays it, the others reuse it), in a child process
// (support-receiver-child.mjs) served by @hono/node-server on a loopback port, and reached by the pages through the test server's `/receiver/*` proxy
// (same origin: `/receiver/requests` → the receiver's `/requests`). The proxy injects faults on demand
// (`receiver-faults`), and test commands kill / restart the receiver and read the stored rows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @type {{ dir?: string, child?: import('node:child_process').ChildProcess, port?: number, origins: Set<string>, starting?: Promise<void>, down: boolean, restartTimer?: any }} */
const R = { origins: new Set(), down: true };
/** Faults applied to the next POSTs, in order: { kind: 'status', status, retryAfter? } | { kind: 'drop' } | { kind: 'drop-after' } | { kind: 'kill', restartAfterMs } | { kind: 'hang' }. */
let faults = [];
/** One line per POST the proxy saw: { at, key, outcome }. */
let log = [];

/** Forks the receiver process (test/browser/support-receiver-child.mjs) and waits until it listens. */
async function start() {
  R.dir ??= await mkdtemp(join(tmpdir(), 'intras-wtr-receiver-'));
  const child = fork(fileURLToPath(new URL('./support-receiver-child.mjs', import.meta.url)), [], {
    env: { ...process.env, INTRAS_TEST_RECEIVER_DIR: R.dir, INTRAS_TEST_RECEIVER_ORIGINS: JSON.stringify([...R.origins]) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  R.port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`receiver exited (${code})`)));
  });
  R.child = child;
  R.down = false;
}

async function ensureStarted(origin) {
  if (origin && !R.origins.has(origin)) {
    R.origins.add(origin);
    if (R.child) await kill(); // restart with the new allow-list
  }
  if (!R.down && R.child) return;
  R.starting ??= start().finally(() => { R.starting = undefined; });
  await R.starting;
}

/** Stops the receiver at once: open connections cut, database closed, process exited (a crash, as clients see it). */
async function kill() {
  R.down = true;
  const child = R.child;
  R.child = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.send('kill');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const h = { ...headers, host: `127.0.0.1:${R.port}`, 'content-length': String(body.length) };
    delete h.connection;
    delete h['keep-alive'];
    const req = http.request({ host: '127.0.0.1', port: R.port, method, path, headers: h }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Koa middleware of the test server: `/receiver/*` → the receiver, with the faults queued by `receiver-faults`. */
export async function receiverProxy(context, next) {
  if (!context.path.startsWith('/receiver/')) return next();
  const path = context.url.slice('/receiver'.length);
  const body = await readBody(context.req);
  const isPost = context.method === 'POST';
  const fault = isPost ? faults.shift() : undefined;
  const key = context.get('idempotency-key');
  const entry = { at: Date.now(), key, outcome: fault ? fault.kind + (fault.status ? `:${fault.status}` : '') : 'forward' };
  if (isPost) log.push(entry);
  const drop = () => { context.respond = false; context.req.socket.destroy(); };
  if (fault?.kind === 'status') {
    context.status = fault.status;
    if (fault.retryAfter !== undefined) context.set('Retry-After', String(fault.retryAfter));
    context.set('Cache-Control', 'no-store');
    context.body = { error: 'injected', fr: 'Panne simulée', en: 'Injected fault' };
    return undefined;
  }
  if (fault?.kind === 'drop') return drop();
  if (fault?.kind === 'hang') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 30_000);
      context.req.once('close', () => { clearTimeout(timer); resolve(); });
    });
    return drop();
  }
  if (R.down || !R.child) { entry.outcome = 'down'; return drop(); }
  const headers = { ...context.req.headers };
  if (fault?.kind === 'kill') {
    // Killed mid-request: the request reaches the receiver, which is stopped a moment later, before (or while) it
    // answers; the client's connection is cut. Restarted after `restartAfterMs`.
    const pending = forward(context.method, path, headers, body).catch(() => undefined);
    await new Promise((r) => setTimeout(r, fault.afterMs ?? 5));
    await kill();
    await pending;
    clearTimeout(R.restartTimer);
    R.restartTimer = setTimeout(() => { ensureStarted().catch(() => {}); }, fault.restartAfterMs ?? 300);
    return drop();
  }
  let res;
  try {
    res = await forward(context.method, path, headers, body);
  } catch {
    entry.outcome = 'down';
    return drop();
  }
  entry.status = res.status;
  if (fault?.kind === 'drop-after') { entry.outcome = `drop-after:${res.status}`; return drop(); } // stored, answer lost
  context.status = res.status;
  for (const [k, v] of Object.entries(res.headers)) {
    if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'date'].includes(k)) context.set(k, v);
  }
  context.body = res.body;
  return undefined;
}

/** Test commands: receiver-start | receiver-faults | receiver-clear | receiver-log | receiver-kill | receiver-restart | receiver-rows | network-offline. */
export function supportReceiverPlugin() {
  const cdp = new WeakMap();
  return {
    name: 'intras-support-receiver',
    async serverStop() {
      clearTimeout(R.restartTimer);
      await kill();
      if (R.dir) await rm(R.dir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'receiver-start': {
          // initdb can outlast a command's 20 s (busy machine): answer "not yet" after 15 s; the test asks again.
          const started = ensureStarted(payload?.origin);
          const ready = await Promise.race([started.then(() => true), new Promise((r) => setTimeout(() => r(false), 15_000))]);
          return { ready, port: R.port, dir: R.dir };
        }
        case 'receiver-faults':
          faults.push(...(payload?.faults ?? []));
          return faults.length;
        case 'receiver-clear':
          faults = [];
          log = [];
          clearTimeout(R.restartTimer);
          if (R.down) await ensureStarted();
          return true;
        case 'receiver-log':
          return log;
        case 'receiver-kill':
          await kill();
          return true;
        case 'receiver-restart':
          await ensureStarted();
          return true;
        case 'receiver-rows': {
          // Rows whose message or name contains the marker: a duplicate would be two rows with one marker.
          if (R.down) await ensureStarted();
          const res = await fetch(`http://127.0.0.1:${R.port}/__test/rows`);
          const marker = payload?.marker ?? '';
          return (await res.json()).filter((r) => !marker || r.data.message.includes(marker) || r.data.name.includes(marker));
        }
        case 'network-offline': {
          // Chromium's offline emulation (CDP Network.emulateNetworkConditions): navigator.onLine turns false, the
          // `offline` / `online` events fire, and every request of the page fails.
          const page = session.browser.getPage(session.id);
          if (!/chrom/i.test(await page.browser().version())) throw new Error('offline emulation needs Chromium (CDP)');
          if (!cdp.has(page)) { const c = await page.createCDPSession(); await c.send('Network.enable'); cdp.set(page, c); }
          const set = (offline) => cdp.get(page).send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
          // Offline also silences the test runner's own connection to the page: the page goes back online by itself
          // after `forMs` (the test does not wait for this command's answer while offline).
          await set(!!payload?.offline);
          if (payload?.offline && payload.forMs) setTimeout(() => { set(false).catch(() => {}); }, payload.forMs);
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
