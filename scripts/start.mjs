#!/usr/bin/env node
// `npm start`: checks that the port is free, THEN builds (`npm run build`), then serves the demo with web-dev-server
// (web-dev-server.config.mjs) at http://localhost:8000/, or PORT. A busy port is a clear error and exit 1 before
// anything is built, so a demo already running on that port keeps its dist/; a failed build exits with its code.
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? 'localhost';
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
if (!(await isFree())) portTaken(); // taken during the build
console.log(`Démo / demo: http://${host}:${port}/  (Ctrl+C pour arrêter / to stop)`);
const child = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js'], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(signal ? 0 : code ?? 0));
