// The receiver over real HTTP on loopback (@hono/node-server), on this file's PGlite (one schema per receiver):
// statuses, nothing stored on refusal, CORS, rate limit, no cookies, logs without personal data, XSS kept as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { createReceiver, startReceiver, exportCsv, exportJson, type LogEntry, type RunningReceiver, type StartOptions } from '../../src/receiver/index.js';
import { closeFilePglite, filePglite, freshSchema, post, requestBody } from './support-helpers.js';

after(closeFilePglite);

const ORIGIN = 'http://127.0.0.1:8000';
async function receiver(options: Partial<StartOptions> = {}): Promise<RunningReceiver & { logs: LogEntry[] }> {
  const logs: LogEntry[] = [];
  const r = await startReceiver({
    pglite: await filePglite(), schema: freshSchema(), port: 0, allowOrigins: [ORIGIN], targets: [],
    logger: (e) => logs.push(e), ...options,
  });
  return Object.assign(r, { logs });
}

describe('POST /requests', () => {
  let r: Awaited<ReturnType<typeof receiver>>;
  before(async () => { r = await receiver({ limits: { rateLimit: false } }); });
  after(async () => { await r.close(); });

  test('201 with the reference after storing; the same key and body again: 200, same reference; another body: 422', async () => {
    const body = requestBody();
    const first = await post(r.url, body);
    assert.equal(first.status, 201);
    assert.match(first.json.reference, /^R-\d{4}-\d{4}$/);
    assert.equal(first.json.status, 'stored');
    assert.equal(first.headers.get('set-cookie'), null);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const again = await post(r.url, body);
    assert.deepEqual([again.status, again.json], [200, { reference: first.json.reference, status: 'replayed' }]);
    const reordered = await post(r.url, Object.fromEntries(Object.entries(body).reverse()), { key: body.idempotencyKey as string });
    assert.equal(reordered.status, 200, 'same request, keys in another order');
    const other = await post(r.url, { ...body, message: 'Un autre message.' });
    assert.equal(other.status, 422);
    assert.equal(other.json.error, 'idempotency_key_reused');
    assert.match(other.json.fr, /Idempotency-Key/);
    const rows = (await r.store.list()).filter((x) => x.request.idempotencyKey === body.idempotencyKey);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].request.message, body.message);
    assert.ok(!('fillTimeMs' in rows[0].request) && !('honeypot' in rows[0].request), 'spam fields are not stored');
  });

  test('refusals store nothing: header missing or different, bad JSON, unknown kind, bad e-mail, spam checks', async () => {
    const before = (await r.store.stats()).requests;
    const body = requestBody();
    const cases: [string, Promise<{ status: number; json: any }>, number, string][] = [
      ['no key', post(r.url, body, { key: null }), 400, 'idempotency_key_required'],
      ['key not a UUID', post(r.url, body, { key: 'abc' }), 400, 'idempotency_key_required'],
      ['key differs', post(r.url, body, { key: randomUUID() }), 400, 'idempotency_key_mismatch'],
      ['bad JSON', post(r.url, body, { raw: '{"kind": ' }), 400, 'invalid_json'],
      ['unknown kind', post(r.url, { ...body, kind: 'demande_inconnue' }), 400, 'invalid_request'],
      ['bad e-mail', post(r.url, { ...body, email: 'camille@' }), 400, 'invalid_request'],
      ['DRH referral without summary', post(r.url, { ...body, kind: 'saisine_drh_numerique', homeAdministration: 'Ministère fictif' }), 400, 'invalid_request'],
      ['honeypot', post(r.url, { ...body, honeypot: 'https://spam.example' }), 400, 'spam_suspected'],
      ['too fast', post(r.url, { ...body, fillTimeMs: 900 }), 400, 'spam_suspected'],
    ];
    for (const [name, p, status, error] of cases) {
      const res = await p;
      assert.deepEqual([res.status, res.json.error], [status, error], name);
      assert.ok(res.json.fr && res.json.en, name);
    }
    const kind = await post(r.url, { ...body, kind: 'demande_inconnue' });
    assert.deepEqual(kind.json.issues.map((i: any) => i.path), ['kind']);
    assert.match(kind.json.issues[0].fr, /^kind : valeur inattendue/);
    assert.match(kind.json.issues[0].en, /^kind: unexpected value/);
    const email = await post(r.url, { ...body, email: 'camille@' });
    assert.deepEqual(email.json.issues.map((i: any) => [i.path, i.code]), [['email', 'email']]);
    assert.match(email.json.issues[0].fr, /adresse électronique invalide/);
    assert.equal((await r.store.stats()).requests, before);
  });

  test('NUL and lone surrogates in any text: 400 invalid_request naming the field (not 503 forever); no fillTimeMs: spam_suspected', async () => {
    const before = (await r.store.stats()).requests;
    for (const [field, value] of [['message', 'abc\u0000def'], ['message', 'abc\ud800def'], ['name', 'Cam\u0000ille'], ['topics', undefined]] as const) {
      if (value === undefined) continue;
      const res = await post(r.url, requestBody({ [field]: value }));
      assert.deepEqual([res.status, res.json.error], [400, 'invalid_request'], `${field} ${JSON.stringify(value)}`);
      assert.deepEqual(res.json.issues.map((i: any) => [i.path, i.code]), [[field, 'unstorable_character']]);
    }
    const body = requestBody();
    delete body.fillTimeMs;
    const noFill = await post(r.url, body);
    assert.deepEqual([noFill.status, noFill.json.error], [400, 'spam_suspected']);
    assert.equal((await r.store.stats()).requests, before);
  });

  test('storage errors are classified: data errors (22xxx) 422 request_not_storable, connection errors 503 + Retry-After, others 500', async () => {
    const cases: [string, number, string, string | null][] = [
      ['22P05', 422, 'request_not_storable', null],
      ['22021', 422, 'request_not_storable', null],
      ['ECONNREFUSED', 503, 'storage_unavailable', '5'],
      ['57P01', 503, 'storage_unavailable', '5'],
      ['42P01', 500, 'storage_error', null],
    ];
    for (const [code, status, error, retry] of cases) {
      const logs: LogEntry[] = [];
      const store = { engine: 'pglite', save: async () => { throw Object.assign(new Error('secret text abc'), { code }); } } as any;
      const app = createReceiver({ store, limits: { rateLimit: false }, logger: (e) => logs.push(e) });
      const body = requestBody();
      const res = await app.request('/requests', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotencyKey as string }, body: JSON.stringify(body) });
      const json = await res.json() as any;
      assert.deepEqual([res.status, json.error, res.headers.get('retry-after')], [status, error, retry], code);
      assert.ok(json.fr && json.en, code);
      assert.ok(!JSON.stringify(logs).includes('secret'), 'no error message in logs');
      assert.ok(logs.some((l) => l.cause === code), 'the code is logged');
    }
  });

  test('415 for other content types, 413 for oversized bodies (declared or streamed)', async () => {
    const before = (await r.store.stats()).requests;
    const body = requestBody();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']) {
      const res = await post(r.url, body, { headers: { 'Content-Type': type } });
      assert.deepEqual([res.status, res.json.error], [415, 'unsupported_media_type'], type);
    }
    const big = { ...body, message: 'x'.repeat(70 * 1024) };
    const res = await post(r.url, big);
    assert.deepEqual([res.status, res.json.error], [413, 'payload_too_large']);
    // Chunked (no Content-Length): counted while reading.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${r.url}/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.idempotencyKey as string, 'Transfer-Encoding': 'chunked' } }, (resp) => { resp.resume(); resolve(resp.statusCode!); });
      req.on('error', reject);
      for (let i = 0; i < 80; i++) req.write('x'.repeat(1024));
      req.end();
    });
    assert.equal(chunked, 413);
    const ok = await post(r.url, { ...body, message: 'y'.repeat(5000) });
    assert.equal(ok.status, 201, 'a request at the message limit fits');
    assert.equal((await r.store.stats()).requests, before + 1);
  });

  test('CORS: preflight answered for allowed origins only; a post from another origin is refused', async () => {
    const pre = await fetch(`${r.url}/requests`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const denied = await fetch(`${r.url}/requests`, { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    const body = requestBody();
    const other = await post(r.url, body, { headers: { Origin: 'http://127.0.0.1:9999' } });
    assert.deepEqual([other.status, other.json.error], [403, 'origin_not_allowed']);
    const allowed = await post(r.url, body, { headers: { Origin: ORIGIN } });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
  });

  test('GET /health: counts, no personal data', async () => {
    const res = await fetch(`${r.url}/health`);
    const json = await res.json() as any;
    assert.equal(res.status, 200);
    assert.equal(json.status, 'ok');
    assert.equal(json.engine, 'pglite');
    assert.equal(typeof json.requests, 'number');
    const unknown = await fetch(`${r.url}/nope`);
    assert.equal(unknown.status, 404);
  });

  test('logs hold events, statuses, references and field paths, never names, e-mails or texts', async () => {
    const secret = { name: 'Dominique Secretnom', email: 'dominique.secret@example.org', message: 'Texte très confidentiel XYZZY', homeAdministration: 'Ministère Secretadmin' };
    const body = requestBody({ ...secret, kind: 'courrier_soutien' });
    assert.equal((await post(r.url, body)).status, 201);
    await post(r.url, body);
    await post(r.url, { ...body, message: 'Autre texte confidentiel PLUGH' });
    await post(r.url, { ...body, idempotencyKey: randomUUID(), email: 'dominique.secret@' });
    await post(r.url, { ...body, idempotencyKey: randomUUID(), honeypot: 'dominique.secret@example.org' });
    const text = JSON.stringify(r.logs);
    for (const s of [...Object.values(secret), 'PLUGH', 'dominique.secret', 'Secretnom']) assert.ok(!text.includes(s), `log holds ${s}`);
    assert.ok(r.logs.some((e) => e.event === 'request_stored' && typeof e.reference === 'string' && e.kind === 'courrier_soutien'));
    assert.ok(r.logs.some((e) => e.event === 'request_refused' && (e.fields as string[] | undefined)?.includes('email:email')));
  });
});

test('slow bodies (1 byte now and then) are cut by the request timeout, not kept open for Node\'s 300 s', { timeout: 30_000 }, async () => {
  const r = await receiver({ timeouts: { requestMs: 1500, headersMs: 1000 } });
  try {
    const { connect } = await import('node:net');
    const { port } = new URL(r.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((ok) => socket.once('connect', ok));
    const started = Date.now();
    let answer = '';
    socket.on('data', (d) => { answer += d; });
    socket.write(`POST /requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${randomUUID()}\r\nContent-Length: 200\r\n\r\n{`);
    const drip = setInterval(() => { if (!socket.destroyed) socket.write(' '); }, 500);
    await new Promise((ok) => socket.once('close', ok));
    clearInterval(drip);
    assert.ok(Date.now() - started < 20_000, 'closed by the server long before 300 s');
    assert.match(answer, /^HTTP\/1\.1 408/, 'answered 408 Request Timeout');
    assert.equal((await r.store.stats()).requests, 0);
  } finally { await r.close(); }
});

test('rate limit per client: 429 with Retry-After, nothing stored; tokens come back with time', async () => {
  let now = new Date('2026-03-02T09:00:00Z').getTime();
  const r = await receiver({ limits: { rateLimit: { burst: 3, perMinute: 6 } }, clock: () => new Date(now) });
  try {
    for (let i = 0; i < 3; i++) assert.equal((await post(r.url, requestBody())).status, 201);
    const limited = await post(r.url, requestBody());
    assert.deepEqual([limited.status, limited.json.error], [429, 'rate_limited']);
    assert.equal(limited.headers.get('retry-after'), '10');
    assert.equal((await r.store.stats()).requests, 3);
    now += 10_000;
    assert.equal((await post(r.url, requestBody())).status, 201);
  } finally { await r.close(); }
});

test('XSS payloads in every field are stored as text and exported escaped (CSV formulae, control characters)', async () => {
  const r = await receiver();
  try {
    const xss = '<img src=x onerror=alert(1)>';
    const body = requestBody({
      kind: 'saisine_drh_numerique', name: `${xss}"'`, email: 'x+<script>@example.org'.replace('<script>', 'script'),
      homeAdministration: '=HYPERLINK("http://evil.example","clic")', startup: '+SUM(1,2)', summary: '-2+3 </textarea><script>alert(1)</script>',
      message: `@cmd ${xss}\u001b]0;pwned\u0007 \u202Egnp.exe\nligne 2, "citée"`, topics: ['probleme_rh_administration'], preferredContact: 'tchap',
    });
    const res = await post(r.url, body);
    assert.equal(res.status, 201);
    const [row] = await r.store.list();
    assert.equal(row.request.name, `${xss}"'`);
    assert.equal(row.request.summary, body.summary);
    assert.equal(row.request.message, body.message, 'stored exactly as sent');
    const csv = exportCsv([row]);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""clic"")"`), 'formula neutralised');
    assert.ok(csv.includes(`'+SUM(1,2)`));
    assert.ok(csv.includes(`'-2+3 </textarea>`));
    assert.ok(csv.includes(`"'@cmd `), 'a multi-line cell starting with @ is escaped too');
    assert.ok(!/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f\u202e]/.test(csv), 'no raw control character');
    assert.ok(csv.includes('\\x1B]0;pwned\\x07') && csv.includes('\\u202E'));
    const lines = csv.split('\r\n');
    assert.equal(lines[0].split(';')[0], 'Référence', 'French headers, ";" by default');
    const json = exportJson([row]);
    assert.ok(!/[\u001b\u202e]/.test(json));
    assert.equal(JSON.parse(json)[0].request.message, body.message, 'JSON export reads back to the same text');
  } finally { await r.close(); }
});
