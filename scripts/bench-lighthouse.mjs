#!/usr/bin/env node
// Lighthouse part of `npm run bench` (issue 10, part 4; `BENCH_ONLY=lighthouse npm run bench` runs only this part).
// Lighthouse 12 (its npm package), mobile preset (its default: Moto G Power viewport, simulated slow 4G, 4× CPU),
// in Debian's Chromium launched by chrome-launcher with a fresh profile; medians of BENCH_LIGHTHOUSE_RUNS (5) runs per
// page, pages interleaved. Pages are served by a small static server on 127.0.0.1 (gzip, like a static host):
//   (a) the demo page, as `npm start` maps it (/ → demo/index.html, /data/ → demo/data/, /dsfr/ → the pinned DSFR);
//   (b) a plain page with a 300-portrait gallery (scripts/gen-portraits.mjs, seed 42) and the CDN loader;
//   (d) the same gallery pre-rendered by `intras render portraits` (issue 10, part 1) and hydrated by the loader —
//       run only when the CLI has a `render` command; otherwise the row says "not available";
//   (d') the same, rendered with `--data-src /.bench/portraits-300.json` (issue 10, part 4; decision 0056): no inline
//       data, the element fetches the whole data after the first paint and hydrates then (goal LCP ≤ 1.0 s).
// Lighthouse's own LCP-element audit fails with this Chromium ("frame_sequence"): the LCP element is read through the
// DevTools protocol instead (PerformanceTimeline `largest-contentful-paint` events → DOM.describeNode), in a second,
// unthrottled load of each page with Lighthouse's mobile viewport (Lighthouse's simulation replays such a load).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { generatePortraits } from './gen-portraits.mjs';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!existsSync(join(ROOT, 'dist/cdn/intras.js'))) { console.error('Run `npm run build` first (npm run bench does).'); process.exit(2); }
if (!chrome) { console.error('Chromium not found: apt-get install chromium, or set CHROME_PATH.'); process.exit(2); }

// ---- pages -------------------------------------------------------------------------------------------------------
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/portraits-300.json'), JSON.stringify({ portraits: generatePortraits(300, 42) }));
const page = (body, title) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<meta name="description" content="Page de mesure : une galerie de 300 portraits d’intrapreneurs inventés.">
<script type="module" src="/dist/cdn/intras.js"></script>
</head>
<body>
<main>
<h1>Parcours d’intrapreneurs</h1>
<p>Des agents publics qui ont porté une start-up d’État racontent leur parcours.</p>
${body}
</main>
</body>
</html>
`;
writeFileSync(join(ROOT, '.bench/gallery-300.html'), page('<intra-portraits src="/.bench/portraits-300.json" heading-level="2"></intra-portraits>', 'Galerie, 300 portraits'));

/**
 * (d) HOOK — the pre-rendered page. When the CLI has a `render` command (issue 10, part 1: `intras render portraits
 * --data portraits.json [--lang fr] [--page-size 24] [--now YYYY-MM-DD]`, printing the element with its declarative
 * shadow root and inline data), its output for the same 300 portraits is put in the same page as (b); a full document
 * (starting with `<!doctype`) is used as printed. Returns the reason when it is not available.
 */
function preRender() {
  const cli = [['dist/cli/intras.js', []], ['src/cli/intras.ts', ['--import', 'tsx']]].find(([f]) => existsSync(join(ROOT, f)));
  if (!cli) return 'no CLI built';
  const [file, pre] = cli;
  const help = spawnSync(process.execPath, [...pre, file, '--help'], { cwd: ROOT, encoding: 'utf8' });
  if (!/^\s+render\b/m.test(help.stdout ?? '')) return 'no `intras render` command yet';
  const r = spawnSync(process.execPath, [...pre, file, 'render', 'portraits', '--data', '.bench/portraits-300.json', '--now', '2026-11-30'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) return `intras render failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n')[0]}`;
  const out = r.stdout;
  const html = /^\s*<!doctype/i.test(out) ? out : page(out, 'Galerie pré-rendue, 300 portraits');
  writeFileSync(join(ROOT, '.bench/gallery-300-rendered.html'), html);
  return undefined;
}
const notRendered = preRender();

/** (d') The same render with `--data-src` (decision 0056): first page, count and facets, no inline data. */
function preRenderDataSrc() {
  if (notRendered) return notRendered;
  const cli = [['dist/cli/intras.js', []], ['src/cli/intras.ts', ['--import', 'tsx']]].find(([f]) => existsSync(join(ROOT, f)));
  const [file, pre] = cli;
  const r = spawnSync(process.execPath, [...pre, file, 'render', 'portraits', '--data', '.bench/portraits-300.json', '--data-src', '/.bench/portraits-300.json', '--now', '2026-11-30'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) return `intras render --data-src failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n')[0]}`;
  writeFileSync(join(ROOT, '.bench/gallery-300-rendered-src.html'), page(r.stdout, 'Galerie pré-rendue, 300 portraits chargés après l’affichage'));
  return undefined;
}
const notRenderedSrc = preRenderDataSrc();

const ALL_PAGES = [
  { name: 'demo page (a)', path: '/', goals: { performance: 90 } },
  { name: '300 portraits, JS (b)', path: '/.bench/gallery-300.html', goals: { performance: 95, lcp: 1.5, accessibility: 100, 'best-practices': 100 } },
  { name: '300 portraits, pre-rendered, data inline (d)', path: '/.bench/gallery-300-rendered.html', skip: notRendered, goals: { performance: 95, lcp: 1.0, accessibility: 100, 'best-practices': 100 } },
  { name: "(d') 300 portraits pre-rendered with --data-src", path: '/.bench/gallery-300-rendered-src.html', skip: notRenderedSrc, goals: { performance: 95, lcp: 1.0, accessibility: 100, 'best-practices': 100 } },
];
// BENCH_LIGHTHOUSE_PAGES=/,/demo/other.html: only these paths (served as below; a path not listed above has no goal).
const PAGES = process.env.BENCH_LIGHTHOUSE_PAGES
  ? process.env.BENCH_LIGHTHOUSE_PAGES.split(',').map((path) => ALL_PAGES.find((p) => p.path === path) ?? { name: path, path, goals: { performance: 0 } })
  : ALL_PAGES;

// ---- static server (loopback only; the demo's paths as web-dev-server.config.mjs maps them) ----------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.map': 'application/json' };
const SERVED = ['/demo/', '/dist/', '/node_modules/@gouvfr/dsfr/dist/', '/.bench/'];
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  if (path === '/' || path === '/index.html') path = '/demo/index.html';
  else if (path.startsWith('/data/')) path = `/demo${path}`;
  else if (path.startsWith('/dsfr/')) path = `/node_modules/@gouvfr/dsfr/dist/${path.slice(6)}`;
  if (!SERVED.some((p) => path.startsWith(p)) || path.includes('..')) { res.writeHead(404).end('Not found'); return; }
  try {
    let body = await readFile(join(ROOT, path));
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (/\.(html|js|json|css|svg|map)$/.test(path) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) { body = gzipSync(body, { level: 9 }); headers['content-encoding'] = 'gzip'; }
    res.writeHead(200, headers).end(body);
  } catch { res.writeHead(404).end('Not found'); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Lighthouse runs ---------------------------------------------------------------------------------------------
const userDataDir = mkdtempSync(join(tmpdir(), 'intras-lighthouse-'));
const browser = await chromeLauncher.launch({
  chromePath: chrome, userDataDir,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const results = new Map(PAGES.map((p) => [p.path, []]));
let failed = false;
try {
  for (let i = 0; i < RUNS; i++) {
    for (const p of PAGES) {
      if (p.skip) continue;
      const r = await lighthouse(origin + p.path, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const lhr = r?.lhr;
      if (!lhr || lhr.runtimeError) { console.error(`Lighthouse ${p.name}: ${lhr?.runtimeError?.message ?? 'no result'}`); failed = true; continue; }
      const a = lhr.audits;
      results.get(p.path).push({
        performance: lhr.categories.performance.score * 100, accessibility: lhr.categories.accessibility.score * 100,
        'best-practices': lhr.categories['best-practices'].score * 100,
        lcp: a['largest-contentful-paint'].numericValue / 1000, fcp: a['first-contentful-paint'].numericValue / 1000,
        cls: a['cumulative-layout-shift'].numericValue, tbt: a['total-blocking-time'].numericValue,
        bench: lhr.environment.benchmarkIndex, mainThread: a['mainthread-work-breakdown'].numericValue,
        failing: ['accessibility', 'best-practices'].flatMap((c) => lhr.categories[c].auditRefs.filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => ref.id)),
      });
    }
  }

  // ---- LCP element through the DevTools protocol -----------------------------------------------------------------
  const pptr = await puppeteer.connect({ browserURL: `http://127.0.0.1:${browser.port}`, defaultViewport: null });
  for (const p of PAGES) {
    if (p.skip) continue;
    const tab = await pptr.newPage();
    try {
      await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const cdp = await tab.createCDPSession();
      await cdp.send('DOM.enable');
      await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });
      let last;
      cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => { if (event.lcpDetails) last = event.lcpDetails; });
      await tab.goto(origin + p.path, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 3000)); // data, cards and fonts settle
      let what = 'none reported';
      if (last) {
        what = `${last.size} px²${last.url ? `, image ${last.url}` : ''}`;
        if (last.nodeId) {
          await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
          const { node } = await cdp.send('DOM.describeNode', { backendNodeId: last.nodeId });
          const attrs = Object.fromEntries((node.attributes ?? []).reduce((acc, v, i, all) => (i % 2 ? acc : [...acc, [v, all[i + 1]]]), []));
          const desc = `<${node.localName}${['part', 'class', 'id'].filter((k) => attrs[k]).map((k) => ` ${k}="${attrs[k]}"`).join('')}>`;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: last.nodeId });
          const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, returnByValue: true,
            functionDeclaration: 'function () { const r = this.getRootNode(); const t = (this.textContent || "").trim().slice(0, 40); return (r instanceof ShadowRoot ? `in <${r.host.localName}>’s shadow root` : "in the document") + (t ? `: “${t}”` : ""); }' });
          what = `${desc} ${result.value}, ${last.size} px²`;
        }
      }
      p.lcpElement = what;
    } catch (e) {
      p.lcpElement = `could not be read (${e instanceof Error ? e.message : e})`;
    } finally {
      await tab.close();
    }
  }
  await pptr.disconnect();
} finally {
  await browser.kill();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// ---- report ------------------------------------------------------------------------------------------------------
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version} mobile, median of ${RUNS} runs per page, Chromium headless, loopback (load average ${load}: other work on the machine moves these figures)`);
const col = (s, n) => String(s).padStart(n);
console.log(`${'page'.padEnd(50)}${col('perf', 6)}${col('LCP s', 7)}${col('FCP s', 7)}${col('CLS', 7)}${col('TBT ms', 8)}${col('a11y', 6)}${col('b-p', 5)}  goals`);
for (const p of PAGES) {
  const rs = results.get(p.path);
  const g = p.goals;
  const goals = [`perf ≥ ${g.performance}`, g.lcp && `LCP ≤ ${g.lcp} s`, g.accessibility && `a11y ${g.accessibility}`, g['best-practices'] && `b-p ${g['best-practices']}`].filter(Boolean).join(', ');
  if (p.skip || !rs.length) { console.log(`${p.name.padEnd(50)}${'not available'.padStart(46)}  ${goals}${p.skip ? ` (${p.skip})` : ''}`); continue; }
  const m = (k) => median(rs.map((r) => r[k]));
  // Each goal on its own: the line says which are not met.
  const missed = [
    m('performance') < g.performance && `perf ≥ ${g.performance}`,
    g.lcp && m('lcp') > g.lcp && `LCP ≤ ${g.lcp} s`,
    g.accessibility && m('accessibility') < g.accessibility && `a11y ${g.accessibility}`,
    g['best-practices'] && m('best-practices') < g['best-practices'] && `b-p ${g['best-practices']}`,
  ].filter(Boolean);
  console.log(`${p.name.padEnd(50)}${col(m('performance').toFixed(0), 6)}${col(m('lcp').toFixed(2), 7)}${col(m('fcp').toFixed(2), 7)}${col(m('cls').toFixed(3), 7)}${col(m('tbt').toFixed(0), 8)}${col(m('accessibility').toFixed(0), 6)}${col(m('best-practices').toFixed(0), 5)}  ${goals}: ${missed.length ? `NOT met: ${missed.join(', ')}` : 'all met'}`);
  console.log(`${''.padEnd(4)}performance of the runs: ${rs.map((r) => r.performance.toFixed(0)).join(', ')}; CLS ${rs.map((r) => r.cls.toFixed(3)).join(', ')}; main-thread work ${m('mainThread').toFixed(0)} ms; Lighthouse CPU benchmark index ${m('bench').toFixed(0)} (lower = busier machine)`);
  console.log(`${''.padEnd(4)}LCP element (DevTools protocol): ${p.lcpElement ?? '–'}`);
  const failing = [...new Set(rs.flatMap((r) => r.failing))];
  if (failing.length) console.log(`${''.padEnd(4)}accessibility / best-practices audits failing: ${failing.join(', ')}`);
}
process.exit(failed ? 1 : 0);
