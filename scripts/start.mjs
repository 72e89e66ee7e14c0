#!/usr/bin/env node
// `npm start` (after the build): serves the demo with web-dev-server (web-dev-server.config.mjs) at
// http://localhost:8000/, or PORT. A busy port is a clear error and a non-zero exit, not a stack trace.
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? 'localhost';
const free = await new Promise((resolve) => {
  const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
  probe.listen(port, host);
});
if (!free) {
  console.error(`Le port ${port} est déjà utilisé : lancez par exemple « PORT=8010 npm start ».`);
  console.error(`Port ${port} is already in use: run for example "PORT=8010 npm start".`);
  process.exit(1);
}
console.log(`Démo / demo: http://${host}:${port}/  (Ctrl+C pour arrêter / to stop)`);
const child = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js'], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(signal ? 0 : code ?? 0));
