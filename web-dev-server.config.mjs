// `npm start`: serves demo/ at http://localhost:8000/ (the demo loads dist/cdn/intras.js like a site editor would).
// Loopback only (127.0.0.1; HOST overrides) and only what the demo needs: demo/, dist/ and the pinned DSFR files —
// never the rest of the repository (.git, scripts, package.json…).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonjsPlugins } from './scripts/wds-commonjs.mjs';

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
  const served = context.url.split('?')[0];
  if (!SERVED.some((prefix) => served.startsWith(prefix)) || served.includes('..')) {
    context.status = 404;
    context.body = 'Not found';
    return undefined;
  }
  return next();
};

/**
 * web-dev-server listens on every interface when its hostname is `localhost` or `127.0.0.1` (its DevServer.start
 * passes `host: undefined` on purpose). The demo must stay on loopback: once started, listen again on that address.
 */
const loopbackOnly = {
  name: 'intras-loopback-only',
  async serverStart({ server, config }) {
    if (!['localhost', '127.0.0.1', '::1'].includes(config.hostname)) return; // HOST set to something else on purpose
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve, reject) => server.once('error', reject).listen(config.port, config.hostname === 'localhost' ? '127.0.0.1' : config.hostname, resolve));
  },
};

/** The only folders `npm start` serves (after the rewrites above). */
const SERVED = ['/demo/', '/dist/', '/node_modules/@gouvfr/dsfr/dist/'];

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

/** The demo page with its pre-rendered gallery (`intras render`, written by scripts/start.mjs; scripts/demo-prerender.mjs). */
async function prerenderedDemo(context, next) {
  if (context.path !== '/demo/index.html') return next();
  const { demoPage } = await import('./scripts/demo-prerender.mjs');
  context.type = 'text/html; charset=utf-8';
  context.set('Cache-Control', 'no-store');
  context.body = demoPage();
  return undefined;
}

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? '127.0.0.1',
  nodeResolve: true,
  open: false,
  watch: false,
  middleware: [supportProxy, rewrite, prerenderedDemo],
  plugins: [loopbackOnly, ...commonjsPlugins(), esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
