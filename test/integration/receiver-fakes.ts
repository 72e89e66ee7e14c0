// A fake Grist (records API: PUT …/records with `require`, upsert by Reference) and a fake Mattermost webhook, on
// loopback (node:http), with injectable faults: `500` (refused, nothing done), `drop-before` (connection cut before
// anything is done), `drop-after` (the record is written, then the connection is cut: the answer is lost).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = '500' | '503-retry-after' | 'drop-before' | 'drop-after' | undefined;

export interface FakeGrist {
  url: string;
  /** Records by Reference (what the Grist table holds). */
  records: Map<string, Record<string, unknown>>;
  /** How many times each Reference was added (must be 1) and how many PUT calls arrived. */
  adds: Map<string, number>;
  calls: number;
  auth: Set<string>;
  mattermost: string[];
  /** Decides the fault of the n-th call (1-based). */
  fault: (n: number) => Fault;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return s;
}

export async function fakeGrist(fault: (n: number) => Fault = () => undefined): Promise<FakeGrist> {
  const fake = { records: new Map(), adds: new Map(), calls: 0, auth: new Set<string>(), mattermost: [] as string[], fault } as unknown as FakeGrist;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.url === '/hooks/abc' && req.method === 'POST') {
      fake.mattermost.push(JSON.parse(body).text);
      res.end('ok');
      return;
    }
    const m = /^\/api\/docs\/([^/]+)\/tables\/([^/]+)\/records$/.exec(req.url ?? '');
    if (!m || req.method !== 'PUT') { res.statusCode = 404; res.end('{}'); return; }
    const n = ++fake.calls;
    const f = fake.fault(n);
    fake.auth.add(String(req.headers.authorization));
    if (f === 'drop-before') { req.socket.destroy(); return; }
    if (f === '500') { res.statusCode = 500; res.end('{"error":"boom"}'); return; }
    if (f === '503-retry-after') { res.statusCode = 503; res.setHeader('Retry-After', '120'); res.end('{}'); return; }
    const { records } = JSON.parse(body) as { records: { require: { Reference: string }; fields: Record<string, unknown> }[] };
    for (const r of records) {
      const ref = r.require.Reference;
      if (!fake.records.has(ref)) fake.adds.set(ref, (fake.adds.get(ref) ?? 0) + 1);
      fake.records.set(ref, { ...fake.records.get(ref), ...r.fields, Reference: ref });
    }
    if (f === 'drop-after') { req.socket.destroy(); return; }
    res.setHeader('Content-Type', 'application/json');
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return fake;
}
