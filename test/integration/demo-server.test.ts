// `npm start`'s static server (web-dev-server.config.mjs): loopback only, and only the demo, dist/ and the pinned DSFR
// files; never the rest of the repository (a new-user trial found .git/config and package.json served on every
// interface).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
});

test('the demo server listens on 127.0.0.1 only and serves only demo/, dist/ and DSFR', async () => {
  const port = await freePort();
  const configFile = new URL('../../web-dev-server.config.mjs', import.meta.url).href; // plain JS: no types to check
  const { default: config } = await import(configFile) as { default: Record<string, unknown> };
  const server = await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false, logStartMessage: false, autoExitProcess: false });
  try {
    const address = server.server!.address() as { address: string };
    assert.equal(address.address, '127.0.0.1');
    const status = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).status;
    assert.equal(await status('/'), 200);
    assert.equal(await status('/data/portraits.json'), 200);
    assert.equal(await status('/dsfr/dsfr.min.css'), 200);
    for (const path of ['/.git/config', '/package.json', '/scripts/start.mjs', '/src/index.ts', '/node_modules/lit/package.json',
      '/demo/../package.json', '/dist/../package.json', '/%2e%2e/package.json', '/test/fixtures/portraits.json']) {
      assert.equal(await status(path), 404, path);
    }
  } finally {
    await server.stop();
  }
});
