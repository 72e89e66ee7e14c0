// The published pair, as a site uses it (issue 10, part 1; decision 0044): `dist/cli/intras.js render portraits`
// writes the gallery, a page holds it with the CDN autoloader `dist/cdn/intras.js`, and the production builds hydrate
// it — same templates on both sides (rollup.config.mjs minifies them in both builds), Lit's production hydration
// support found without its (minified) private names — keeping the server's nodes, with no console error and no data
// request. Real Chromium (puppeteer-core, /usr/bin/chromium) on a loopback server; the source-level hydration tests
// are test/browser/render.test.ts.
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

test('built CLI output + built CDN autoloader: gallery, eligibility and job feed hydrate keeping their nodes, no error, no data request', { skip: !existsSync(CHROMIUM) && 'no Chromium', timeout: 240_000 }, async () => {
  ensureBuilt();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/intras.js'), 'render', 'portraits', '--data', 'test/fixtures/portraits/valid.json', '--page-size', '6', '--now', '2026-11-30'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const hash = /style-src ('sha256-[\w+/=]+')/.exec(r.stderr)?.[1];
  assert.ok(hash, 'the CLI prints the CSP hash of the pre-rendered <style>');
  const hashes: string[] = [hash];
  const cli = (...args: string[]) => {
    const x = spawnSync(process.execPath, [join(root, 'dist/cli/intras.js'), 'render', ...args, '--now', '2026-11-30'], { cwd: root, encoding: 'utf8' });
    assert.equal(x.status, 0, x.stderr);
    hashes.push(/style-src ('sha256-[\w+/=]+')/.exec(x.stderr)![1]);
    return x.stdout;
  };
  const others = cli('eligibility', '--programme', 'certification') + cli('job-feed', '--data', 'demo/data/offres-pep.json', '--page-size', '3');
  const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Galerie</title>
<script type="module" src="/dist/cdn/intras.js"></script></head><body><main><h1>Galerie</h1>${r.stdout}<p id="after">Après</p>${others}</main></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    if (path === '/') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); return; }
    if (path === '/csp-js') {
      // The README's whole strict policy (Trusted Types included) plus the hashes the CLI printed, JavaScript on.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'self'; "
        + `style-src 'self' ${hashes.join(' ')}; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html intras-json-ld` });
      res.end(page);
      return;
    }
    if (path === '/csp') {
      // The README's strict policy plus the hash the CLI printed: the pre-rendered <style> applies with no script.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' ${hash}; img-src 'self'` });
      res.end(page);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist')) && !file.startsWith(join(root, 'test/fixtures'))) { res.writeHead(404); res.end(); return; }
    if (!existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream' });
    res.end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'intras-render-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    // The fixture's p-044 points at a missing photo on purpose (the initials fallback): its 404 is expected.
    tab.on('console', (m) => { if (m.type() === 'error' && !/missing\.svg$/.test(m.location().url ?? '')) errors.push(`${m.text()} ${m.location().url ?? ''}`); });
    tab.on('pageerror', (e) => errors.push(String(e)));
    const requests: string[] = [];
    tab.on('request', (q) => requests.push(new URL(q.url()).pathname));
    // The server's cards, taken before any script runs (the module script runs after parsing).
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as unknown as { serverCards: Element[] }).serverCards = [...document.querySelector('intra-portraits')!.shadowRoot!.querySelectorAll('.card')];
        (window as unknown as { serverOthers: Element[] }).serverOthers = [
          ...document.querySelector('intra-eligibility')!.shadowRoot!.querySelectorAll('form, select'),
          ...document.querySelector('intra-job-feed')!.shadowRoot!.querySelectorAll('[part="card"], select'),
        ];
      });
    });
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'networkidle0' });
    const result = await tab.evaluate(async () => {
      const el = document.querySelector('intra-portraits') as HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<boolean> };
      await customElements.whenDefined('intra-portraits');
      await el.loaded;
      await el.updateComplete;
      const before = (window as unknown as { serverCards: Element[] }).serverCards;
      const cards = [...el.shadowRoot!.querySelectorAll('.card')];
      const others = [];
      for (const tag of ['intra-eligibility', 'intra-job-feed']) {
        const other = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        await customElements.whenDefined(tag);
        await other.updateComplete;
        others.push(...other.shadowRoot!.querySelectorAll(tag === 'intra-eligibility' ? 'form, select' : '[part="card"], select'));
      }
      const serverOthers = (window as unknown as { serverOthers: Element[] }).serverOthers;
      return {
        before: before.length, after: cards.length, same: cards.every((c, i) => c === before[i]), lists: el.shadowRoot!.querySelectorAll('.list').length,
        othersKept: serverOthers.length > 3 && others.length === serverOthers.length && others.every((c, i) => c === serverOthers[i]),
      };
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(result, { before: 6, after: 6, same: true, lists: 1, othersKept: true });
    assert.ok(requests.some((p) => /\/chunks\/lit-element-hydrate-support-[\w-]+\.js$/.test(p)), 'hydration support loaded');
    assert.equal(requests.filter((p) => p.endsWith('.json')).length, 0, 'no data request');

    // JavaScript off, strict CSP with the printed hash: the pre-rendered gallery is styled (cards in a grid).
    const noJs = await browser.newPage();
    await noJs.setJavaScriptEnabled(false);
    await noJs.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/csp`, { waitUntil: 'load' });
    const styled = await noJs.evaluate(() => {
      const root = document.querySelector('intra-portraits')!.shadowRoot!;
      return { defined: !!customElements.get('intra-portraits'), cards: root.querySelectorAll('.card').length, display: getComputedStyle(root.querySelector('.list')!).display };
    });
    assert.deepEqual(styled, { defined: false, cards: 6, display: 'grid' });

    // JavaScript on under the whole strict policy (Trusted Types): hydration keeps the nodes, no violation.
    const strict = await browser.newPage();
    const violations: string[] = [];
    strict.on('console', (m) => { if (m.type() === 'error' && !/missing\.svg$/.test(m.location().url ?? '')) violations.push(m.text()); });
    strict.on('pageerror', (e) => violations.push(String(e)));
    await strict.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { first: Element | null }).first = document.querySelector('intra-portraits')!.shadowRoot!.querySelector('.card');
      });
    });
    await strict.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/csp-js`, { waitUntil: 'networkidle0' });
    const kept = await strict.evaluate(async () => {
      const el = document.querySelector('intra-portraits') as HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<boolean> };
      await customElements.whenDefined('intra-portraits');
      await el.loaded;
      await el.updateComplete;
      const first = (window as unknown as { first: Element | null }).first;
      return !!first && el.shadowRoot!.querySelector('.card') === first;
    });
    assert.deepEqual(violations, []);
    assert.equal(kept, true);
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the built `bin` (dist/cli/intras.js) is executable as built: run directly, without node in front (npx from a clone, after a rebuild)', () => {
  ensureBuilt();
  const r = spawnSync(join(root, 'dist/cli/intras.js'), ['--version'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.error, undefined, String(r.error));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});
