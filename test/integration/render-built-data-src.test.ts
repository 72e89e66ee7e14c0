// The published pair with `intras render … --data-src` (issue 10, part 4; decision 0056): `dist/cli/intras.js`
// writes the gallery without inline data, the CDN autoloader `dist/cdn/intras.js` loads it, and the production builds
// (Lit's minified hydration support) wait for `src`, then hydrate keeping the server's nodes (same data), render the
// fetched data in place (other data), or keep the server's HTML with an alert (a 404) — with no page error, under the
// README's strict CSP (Trusted Types) plus the printed style hash. Real Chromium on a loopback server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
import { ensureBuilt, root } from './helpers/build.js';

const CHROMIUM = '/usr/bin/chromium';

test('built CLI --data-src + built CDN: same data hydrates keeping the nodes, other data renders in place, a 404 keeps the HTML with an alert', { skip: !existsSync(CHROMIUM) && 'no Chromium', timeout: 240_000 }, async () => {
  ensureBuilt();
  const render = (src: string) => {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/intras.js'), 'render', 'portraits', '--data', 'test/fixtures/portraits/valid.json', '--data-src', src, '--page-size', '6', '--now', '2026-11-30'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return { html: r.stdout, hash: /style-src ('sha256-[\w+/=]+')/.exec(r.stderr)![1] };
  };
  const pages: Record<string, { html: string; hash: string }> = {
    '/same': render('/test/fixtures/portraits/valid.json'),
    '/other': render('/demo/data/portraits.json'),
    '/missing': render('/test/fixtures/portraits/absent.json'),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const page = pages[path];
    if (path === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'self'; "
        + `style-src 'self' ${page.hash}; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html intras-json-ld` });
      res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Galerie</title><script type="module" src="/dist/cdn/intras.js"></script></head><body><main><h1>Galerie</h1>${page.html}</main></body></html>`);
      return;
    }
    // The demo's photos are root-relative (/data/avatars/…), as `npm start` serves them.
    const file = normalize(join(root, path.startsWith('/data/') ? `demo${path}` : path));
    if (![join(root, 'dist'), join(root, 'test/fixtures'), join(root, 'demo/data')].some((d) => file.startsWith(d)) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream' });
    res.end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'intras-render-src-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const visit = async (path: string) => {
      const tab = await browser.newPage();
      const errors: string[] = [];
      // Expected 404s: the fixture's missing photo, and the missing data file of /missing (the browser logs them).
      tab.on('console', (m) => { if (m.type() === 'error' && !/missing\.svg$|absent\.json$/.test(m.location().url ?? '')) errors.push(`${m.text()} ${m.location().url ?? ''}`); });
      tab.on('pageerror', (e) => errors.push(String(e)));
      const requests: string[] = [];
      tab.on('request', (q) => requests.push(new URL(q.url()).pathname));
      await tab.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') (window as unknown as { serverCards: Element[] }).serverCards = [...document.querySelector('intra-portraits')!.shadowRoot!.querySelectorAll('.card')];
        });
      });
      await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      const result = await tab.evaluate(async (failing: boolean) => {
        const el = document.querySelector('intra-portraits') as HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<boolean> };
        await customElements.whenDefined('intra-portraits');
        if (failing) await new Promise((r) => setTimeout(r, 300)); else { await el.loaded; await el.updateComplete; }
        const before = (window as unknown as { serverCards: Element[] }).serverCards;
        const cards = [...el.shadowRoot!.querySelectorAll('.card')];
        return {
          cards: cards.length, same: cards.every((c, i) => c === before[i]), lists: el.shadowRoot!.querySelectorAll('.list').length,
          count: el.shadowRoot!.querySelector('.count')!.textContent!.trim(), deferred: el.hasAttribute('defer-hydration'),
          alert: el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '',
        };
      }, path === '/missing');
      await tab.close();
      return { result, errors, json: requests.filter((p) => p.endsWith('.json')) };
    };
    const same = await visit('/same');
    assert.deepEqual(same.errors, []);
    assert.deepEqual(same.result, { cards: 6, same: true, lists: 1, count: '12 portraits', deferred: false, alert: '' });
    assert.deepEqual(same.json, ['/test/fixtures/portraits/valid.json'], 'the whole data, fetched once');

    const other = await visit('/other');
    assert.deepEqual(other.errors, []);
    assert.equal(other.result.cards, 6);
    assert.equal(other.result.same, false, 'other data: rendered in place');
    assert.equal(other.result.lists, 1);
    assert.doesNotMatch(other.result.count, /^12 portraits/);
    assert.equal(other.result.deferred, false);

    const missing = await visit('/missing');
    assert.deepEqual(missing.errors, []);
    assert.equal(missing.result.same, true, 'the server\'s cards kept');
    assert.equal(missing.result.cards, 6);
    assert.equal(missing.result.deferred, true);
    assert.match(missing.result.alert, /Les données sont introuvables \(erreur 404\)/);
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
