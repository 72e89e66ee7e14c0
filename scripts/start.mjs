#!/usr/bin/env node
// `npm start`: checks that the port is free, THEN builds (`npm run build`), then serves the demo with web-dev-server
// (web-dev-server.config.mjs) at http://localhost:8000/, or PORT. A busy port is a clear error and exit 1 before
// anything is built, so a demo already running on that port keeps its dist/; a failed build exits with its code.
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1'; // loopback only (web-dev-server.config.mjs)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Resolves true when `port` can be listened on at `host` (the probe is closed at once). */
const isFree = () => new Promise((resolve) => {
  const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
  probe.listen(port, host);
});
function portTaken() {
  console.error(`Le port ${port} est déjà utilisé : lancez par exemple « PORT=8010 npm start ».`);
  console.error(`Port ${port} is already in use: run for example "PORT=8010 npm start".`);
  process.exit(1);
}

if (!(await isFree())) portTaken();
const built = await new Promise((resolve) => {
  const b = spawn(npm, ['run', 'build'], { stdio: 'inherit', env: process.env });
  b.on('exit', (code, signal) => resolve(signal ? 1 : code ?? 1));
});
if (built !== 0) process.exit(built);
// The demo's pre-rendered gallery, written by the CLI just built (scripts/demo-prerender.mjs).
try {
  (await import('./demo-prerender.mjs')).renderDemoGallery();
} catch (e) {
  console.error(`Galerie pré-rendue non générée / pre-rendered gallery not generated: ${e instanceof Error ? e.message : e}`);
}
if (!(await isFree())) portTaken(); // taken during the build
// The reference receiver of <intra-support-request> (src/receiver), beside the static server: PGlite in
// ./support-data (INTRAS_SUPPORT_DATA), on a free loopback port; the demo server proxies /api/support/* to it
// (web-dev-server.config.mjs), so the demo page posts to its own origin. Read the stored requests with
// `npx intras support export --data ./support-data --format csv` once npm start is stopped.
const dataDir = process.env.INTRAS_SUPPORT_DATA ?? 'support-data';
const { tsImport } = await import('tsx/esm/api');
const { startReceiver, jsonLogger } = await tsImport('../src/receiver/index.ts', import.meta.url);
const origins = [...new Set([`http://${host}:${port}`, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
console.log(`Récepteur des demandes / support receiver: démarrage / starting (données / data: ${dataDir}; la première fois ~10 s / first time ~10 s)…`);
let receiver;
try {
  receiver = await startReceiver({ dataDir, port: 0, host: '127.0.0.1', allowOrigins: origins, logger: jsonLogger() });
} catch (e) {
  console.error(`Le récepteur des demandes n’a pas démarré / the support receiver did not start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
console.log(`Récepteur / receiver: ${receiver.url} → http://${host}:${port}/api/support/`);
console.log(`Démo / demo: http://${host}:${port}/  (Ctrl+C pour arrêter / to stop)`);
const child = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js'], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, INTRAS_RECEIVER_URL: receiver.url } });
// web-dev-server's banner also prints a "Network: http://<this machine's address>:port/" line, but the demo listens on
// loopback only (web-dev-server.config.mjs): that line is dropped, the rest passed on as is.
let pending = '';
child.stdout.on('data', (d) => {
  pending += d;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (!/Network:/.test(line)) process.stdout.write(`${line}\n`);
});
child.stdout.on('end', () => { if (pending && !/Network:/.test(pending)) process.stdout.write(pending); });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', async (code, signal) => {
  await receiver.close().catch(() => {});
  process.exit(signal ? 0 : code ?? 0);
});
