// `npm start`: serves demo/ at http://localhost:8000/ (the demo loads dist/cdn/intras.js like a site editor would).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Serve `/` as the demo page and `/data/...`, `/dist/...` relative to the project root. */
const rewrite = (context, next) => {
  if (context.url === '/' || context.url.startsWith('/?')) context.url = '/demo/index.html' + context.url.slice(1);
  return next();
};

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: true,
  open: false,
  watch: false,
  middleware: [rewrite],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
