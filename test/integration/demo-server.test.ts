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

test('the demo page shows the gallery pre-rendered by `intras render` (issue 10): generated at start, never committed', async () => {
  const { mkdtempSync, rmSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'intras-demo-'));
  process.env.INTRAS_DEMO_GALLERY = join(dir, 'portraits.html');
  try {
    const prerender = await import(new URL('../../scripts/demo-prerender.mjs', import.meta.url).href) as {
      PLACEHOLDER: string; renderDemoGallery: (cli?: string[]) => string;
    };
    const page = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
    assert.equal(page.split(prerender.PLACEHOLDER).length, 2, 'one placeholder in demo/index.html');
    assert.equal(page.includes('shadowrootmode'), false, 'nothing generated committed');
    // The sources' CLI here (start.mjs uses the built one, the same build as the CDN files that hydrate it).
    const gallery = prerender.renderDemoGallery(['--import', 'tsx', new URL('../../src/cli/intras.ts', import.meta.url).pathname]);
    const port = await freePort();
    const { default: config } = await import(new URL('../../web-dev-server.config.mjs', import.meta.url).href) as { default: Record<string, unknown> };
    const server = await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false, logStartMessage: false, autoExitProcess: false });
    try {
      const served = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      assert.equal(served.includes(prerender.PLACEHOLDER), false);
      assert.ok(served.includes(gallery), 'the generated gallery in the page');
      assert.match(served, /<intra-portraits lang="fr" page-size="6" heading-level="3" url-key="statique" label="Filtrer la galerie pré-rendue" data-rendered-now="[0-9-]{10}"><template shadowroot="open" shadowrootmode="open">/);
      assert.equal(served.match(/<article class="card" part="card"/g)?.length, 6);
    } finally {
      await server.stop();
    }
  } finally {
    delete process.env.INTRAS_DEMO_GALLERY;
    rmSync(dir, { recursive: true, force: true });
  }
});
