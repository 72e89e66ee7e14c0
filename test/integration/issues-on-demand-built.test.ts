// Rare paths on demand in the built CDN files (issue 10, part 3; decision 0064): a page whose gallery and job feed hold
// only valid records never requests the issue catalogue (`chunks/issue-messages-*.js`) nor the rejection report
// (`chunks/data-source-report-*.js`); a page with an invalid record requests them and the record's FR/EN message
// arrives in the `intra-error` event, the good records shown. Real Chromium (puppeteer-core) on a loopback server;
// the same behaviour from the sources, in Chromium and Firefox ESR: test/browser/issues-on-demand.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
import { ensureBuilt, root } from './helpers/build.js';

const CHROMIUM = '/usr/bin/chromium';

const portrait = (id: string, over: Record<string, unknown> = {}) => ({
  id, displayName: `Camille Essai ${id}`, headline: 'Cheffe de projet numérique', category: 'vertical',
  before: 'Inspectrice', startups: [{ ghid: 'aides-jeunes', name: 'Aides Jeunes' }], after: ['Cheffe de mission'],
  narrative: 'Une trajectoire inventée pour les tests.', consent: { given: true, at: '2025-01-10' }, status: 'published', ...over,
});
const posting = (id: string, over: Record<string, unknown> = {}) => ({
  id, title: `Cheffe de projet ${id}`, employer: { label: 'Direction interministérielle du numérique' },
  versant: 'FPE', categorie: 'A', openTo: 'both', contractKind: 'statutory', location: { label: 'Paris (75)', departement: '75', region: 'Île-de-France' },
  remote: 'partial', postedAt: '2026-09-01', closesAt: '2026-10-31', url: `https://place-emploi-public.gouv.fr/offre-emploi/${id}/`,
  description: 'Piloter le déploiement d’un produit numérique avec une équipe pluridisciplinaire.', source: { kind: 'manual' }, status: 'published', ...over,
});
const page = (portraits: unknown[], postings: unknown[]) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title>
<script type="module" src="/dist/cdn/intras.js"></script></head><body><main><h1>Essai</h1>
<intra-portraits><script type="application/json">${JSON.stringify(portraits)}</script></intra-portraits>
<intra-job-feed now="2026-10-01"><script type="application/json">${JSON.stringify(postings)}</script></intra-job-feed></main></body></html>`;

/**
 * A loopback server for `pages` (path → HTML) and the built `dist/cdn/` files, and a headless Chromium of its own;
 * `close()` stops both and removes the profile.
 */
async function serveAndLaunch(pages: Record<string, string>) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    if (pages[path]) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(pages[path]); return; }
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist', 'cdn')) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'intras-issues-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => { await browser.close(); server.close(); rmSync(profile, { recursive: true, force: true }); };
  return { browser, origin, close };
}

test('built CDN: valid records load no issue catalogue nor report; an invalid record loads them and gets its message', { skip: !existsSync(CHROMIUM) && 'no Chromium', timeout: 240_000 }, async () => {
  ensureBuilt();
  const pages: Record<string, string> = {
    '/valid': page([portrait('a'), portrait('b')], [posting('j1'), posting('j2')]),
    '/invalid': page([portrait('a'), portrait('bad', { category: 'diagonal' })], [posting('j1'), posting('bad', { title: 42 })]),
  };
  const { browser, origin, close } = await serveAndLaunch(pages);
  const rare = /\/chunks\/(issue-messages|data-source-report)-[\w-]+\.js$/;
  try {
    const visit = async (path: string) => {
      const tab = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      tab.on('request', (q) => requests.push(new URL(q.url()).pathname));
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      // Listen before the elements are defined: the events fire once, when the loads settle.
      await tab.evaluateOnNewDocument(() => {
        const w = window as unknown as { issues: unknown[] };
        w.issues = [];
        document.addEventListener('intra-error', (e) => {
          const d = (e as CustomEvent).detail as { rejected?: Array<{ index: number; issues: Array<{ path: string; fr: string; en: string }> }> };
          w.issues.push(...(d.rejected ?? []).map((r) => ({ tag: (e.target as Element).localName, index: r.index, ...r.issues[0] })));
        });
      });
      await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      const seen = await tab.evaluate(async () => {
        const out: Record<string, string> = {};
        for (const tag of ['intra-portraits', 'intra-job-feed']) {
          await customElements.whenDefined(tag);
          const el = document.querySelector(tag) as HTMLElement & { loaded: Promise<unknown> };
          await el.loaded;
          out[tag] = el.shadowRoot!.textContent ?? '';
        }
        return { text: out, issues: (window as unknown as { issues: unknown[] }).issues };
      });
      await tab.close();
      return { requests: requests.filter((p) => rare.test(p)).map((p) => p.replace(/^.*\/chunks\/([a-z-]+)-.*$/, '$1')).sort(), errors, ...seen };
    };

    const valid = await visit('/valid');
    assert.deepEqual(valid.errors, []);
    assert.deepEqual(valid.requests, []);
    assert.deepEqual(valid.issues, []);
    assert.match(valid.text['intra-portraits'], /Camille Essai b/);
    assert.match(valid.text['intra-job-feed'], /Cheffe de projet j2/);

    const invalid = await visit('/invalid');
    assert.deepEqual(invalid.errors, []);
    assert.deepEqual(invalid.requests, ['data-source-report', 'issue-messages']);
    assert.match(invalid.text['intra-portraits'], /Camille Essai a/);
    assert.match(invalid.text['intra-job-feed'], /Cheffe de projet j1/);
    const byTag = Object.fromEntries((invalid.issues as Array<{ tag: string; fr: string; en: string }>).map((i) => [i.tag, i]));
    assert.match(byTag['intra-portraits'].fr, /^category : valeur inattendue « diagonal » ; valeurs possibles : /);
    assert.match(byTag['intra-portraits'].en, /^category: unexpected value "diagonal"; allowed: /);
    assert.equal(byTag['intra-job-feed'].fr, 'title : type attendu : un texte, reçu number (source : « title »)');
    assert.equal(byTag['intra-job-feed'].en, 'title: expected a string, received number (source: "title")');
  } finally {
    await close();
  }
});

// Breaker trial F6: the issue's code (and path, allowed values) must not depend on the network. Without the catalogue
// a missing required field was `invalid_type` with a generic message; with it, `required` and "champ requis".
test('built CDN: when the issue catalogue cannot load, a missing field is still code "required" (its path too), worded "champ requis"', { skip: !existsSync(CHROMIUM) && 'no Chromium', timeout: 240_000 }, async () => {
  ensureBuilt();
  const { displayName: _, ...nameless } = portrait('bad');
  const { title: __, ...untitled } = posting('bad');
  const html = page([portrait('a'), nameless, portrait('odd', { category: 'diagonal' })], [posting('j1'), untitled]);
  const { browser, origin, close } = await serveAndLaunch({ '/required': html });
  type Seen = { tag: string; index: number; path: string; code: string; fr: string; en: string; allowed?: string[] };
  try {
    const visit = async (blockCatalogue: boolean) => {
      const tab = await browser.newPage();
      const blocked: string[] = [];
      await tab.setRequestInterception(true);
      tab.on('request', (q) => {
        if (blockCatalogue && /\/chunks\/issue-messages-[\w-]+\.js$/.test(q.url())) { blocked.push(q.url()); void q.abort(); } else void q.continue();
      });
      await tab.evaluateOnNewDocument(() => {
        const w = window as unknown as { issues: unknown[] };
        w.issues = [];
        document.addEventListener('intra-error', (e) => {
          const d = (e as CustomEvent).detail as { rejected?: Array<{ index: number; issues: unknown[] }> };
          for (const r of d.rejected ?? []) for (const i of r.issues) w.issues.push({ tag: (e.target as Element).localName, index: r.index, ...(i as object) });
        });
      });
      await tab.goto(`${origin}/required`, { waitUntil: 'networkidle0' });
      const issues = await tab.evaluate(async () => {
        for (const tag of ['intra-portraits', 'intra-job-feed']) {
          await customElements.whenDefined(tag);
          await (document.querySelector(tag) as HTMLElement & { loaded: Promise<unknown> }).loaded;
        }
        return (window as unknown as { issues: unknown[] }).issues;
      });
      await tab.close();
      return { issues: issues as Seen[], blocked };
    };
    const normal = await visit(false);
    const offline = await visit(true);
    assert.equal(normal.blocked.length, 0);
    assert.ok(offline.blocked.length > 0, 'the catalogue was requested and refused');
    const find = (all: Seen[], tag: string, path: string) => all.find((i) => i.tag === tag && i.path === path)!;
    assert.equal(find(normal.issues, 'intra-portraits', 'displayName').code, 'required');
    assert.equal(find(normal.issues, 'intra-job-feed', 'title').code, 'required');
    // Everything but the wording is the same with or without the catalogue.
    const shape = (all: Seen[]) => all.map(({ tag, index, path, code, allowed }) => ({ tag, index, path, code, allowed })).sort((a, b) => `${a.tag}${a.index}${a.path}`.localeCompare(`${b.tag}${b.index}${b.path}`));
    assert.deepEqual(shape(offline.issues), shape(normal.issues));
    const nameIssue = find(offline.issues, 'intra-portraits', 'displayName');
    assert.match(nameIssue.fr, /^displayName : champ requis/);
    assert.match(nameIssue.en, /^displayName: required field/);
    assert.ok(find(offline.issues, 'intra-portraits', 'category').allowed?.includes('vertical'));
  } finally {
    await close();
  }
});
