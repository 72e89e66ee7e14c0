// `npm start`: serves demo/ at http://localhost:8000/ (the demo loads dist/cdn/intras.js like a site editor would).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * `/` is the demo page (demo/index.html); `/data/…` is demo/data/…; `/dsfr/…` is the pinned DSFR devDependency's
 * dist folder (demo only). `/dist/…` is the build output, loaded exactly as a site editor would.
 */
const rewrite = (context, next) => {
  const [path, query = ''] = context.url.split('?');
  const q = query ? `?${query}` : '';
  if (path === '/' || path === '/index.html') context.url = `/demo/index.html${q}`;
  else if (path.startsWith('/data/')) context.url = `/demo${path}${q}`;
  else if (path.startsWith('/dsfr/')) context.url = `/node_modules/@gouvfr/dsfr/dist/${path.slice(6)}${q}`;
  return next();
};

/**
 * `/api/support/*` → the reference receiver that scripts/start.mjs runs beside this server (INTRAS_RECEIVER_URL, a
 * loopback port): the demo's `<intra-support-request action="/api/support/requests">` posts to its own origin, and the
 * receiver allows that origin (`allowOrigins`). Without a receiver: 503 with a French/English message.
 */
const receiver = process.env.INTRAS_RECEIVER_URL;
async function supportProxy(context, next) {
  if (!context.path.startsWith('/api/support/')) return next();
  context.set('Cache-Control', 'no-store');
  if (!receiver) {
    context.status = 503;
    context.body = { error: 'receiver_not_running', fr: 'Le récepteur des demandes ne tourne pas (lancez npm start).', en: 'The request receiver is not running (run npm start).' };
    return undefined;
  }
  const chunks = [];
  for await (const c of context.req) chunks.push(c);
  const headers = {};
  for (const h of ['content-type', 'idempotency-key', 'origin', 'accept']) if (context.get(h)) headers[h] = context.get(h);
  try {
    const res = await fetch(receiver + context.url.slice('/api/support'.length), {
      method: context.method, headers, body: ['GET', 'HEAD'].includes(context.method) ? undefined : Buffer.concat(chunks),
    });
    context.status = res.status;
    for (const h of ['content-type', 'retry-after', 'cache-control']) if (res.headers.get(h)) context.set(h, res.headers.get(h));
    context.body = Buffer.from(await res.arrayBuffer());
  } catch {
    context.status = 502;
    context.body = { error: 'receiver_unreachable', fr: 'Le récepteur des demandes ne répond pas.', en: 'The request receiver does not answer.' };
  }
  return undefined;
}

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: true,
  open: false,
  watch: false,
  middleware: [rewrite, supportProxy],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
