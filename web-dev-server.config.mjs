// `npm start`: serves demo/ at http://localhost:8000/ (the demo loads dist/cdn/intras.js like a site editor would).
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
  plugins: [...commonjsPlugins(), esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
