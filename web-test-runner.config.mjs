// web-test-runner: element tests in real browsers, one per run (INTRAS_BROWSER):
// - `chromium` (default): Debian's /usr/bin/chromium, or CHROME_PATH;
// - `firefox`: Debian's Firefox ESR (/usr/bin/firefox-esr, or FIREFOX_PATH), driven by puppeteer-core over
//   WebDriver BiDi (no browser download). `npm test` runs both (scripts/test.mjs); decision 0023.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import * as puppeteerCore from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonjsPlugins } from './scripts/wds-commonjs.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { receiverProxy, supportReceiverPlugin } from './test/browser/support-receiver.mjs';

const which = (candidates) => candidates.find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const BROWSERS = {
  chromium: () => chromeLauncher({
    launchOptions: { executablePath: which([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']), headless: true, args },
  }),
  firefox: () => chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox', protocol: 'webDriverBiDi', headless: true,
      executablePath: which([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
      // No first-run pages, updates or telemetry; loopback only.
      extraPrefsFirefox: {
        'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false, 'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false,
      },
    },
  }),
};
const browserName = process.env.INTRAS_BROWSER ?? 'chromium';
if (!BROWSERS[browserName]) throw new Error(`INTRAS_BROWSER must be one of ${Object.keys(BROWSERS).join(', ')} (got ${browserName})`);

/**
 * Real HTTP endpoints on the test server (loopback) for the data-pipeline states:
 * - `/test-api/status/<code>`: answers with that HTTP status;
 * - `/test-api/slow?ms=<n>&file=<path>`: serves a project file after n ms (loading state);
 * - `/test-api/flaky?key=<k>&file=<path>`: 503 on the first request for a key, then the file (retry);
 * - `/test-api/text?body=<s>`: a 200 response that is not JSON;
 * - `/test-api/hang`: never answers (the request stays open until the client gives up, 60 s at most): timeouts;
 * - `/test-api/reset?file=<path>`: sends the headers and half of the file, then destroys the socket (a connection
 *   reset mid-body).
 */
const flakyKeys = new Set();
async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const file = url.searchParams.get('file');
  const serve = async () => {
    const { readFile } = await import('node:fs/promises');
    context.type = 'application/json';
    context.body = await readFile(new URL(`.${file}`, import.meta.url), 'utf8');
  };
  if (url.pathname.startsWith('/test-api/status/')) {
    context.status = Number(url.pathname.split('/').pop());
    context.body = 'error';
  } else if (url.pathname === '/test-api/slow') {
    await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 500)));
    await serve();
  } else if (url.pathname === '/test-api/flaky') {
    const key = url.searchParams.get('key');
    if (!flakyKeys.has(key)) { flakyKeys.add(key); context.status = 503; context.body = 'busy'; }
    else await serve();
  } else if (url.pathname === '/test-api/hang') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 60_000);
      context.req.once('close', () => { clearTimeout(timer); resolve(); });
    });
    context.status = 504;
    context.body = 'gave up';
  } else if (url.pathname === '/test-api/reset') {
    const { readFile } = await import('node:fs/promises');
    const body = Buffer.from(await readFile(new URL(`.${file}`, import.meta.url)));
    context.respond = false; // raw response: koa must not finish it
    const res = context.res;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length), 'cache-control': 'no-store' });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setTimeout(() => res.socket?.destroy(), 50);
  } else if (url.pathname === '/test-api/text') {
    context.type = 'text/plain';
    context.body = url.searchParams.get('body') ?? 'not json';
  } else return next();
}

/**
 * The demo page (`/demo/index.html`) as `npm start` serves it, for the demo tests: `/dsfr/…` is the pinned DSFR
 * devDependency, and `/dist/cdn/intras.js` (the built autoloader, absent before a build) redirects to the current
 * sources (`components/autoload.ts`, which imports each element's define file when its tag is on the page), so the
 * test checks the code under test, never a stale build.
 */
function demoRewrite(context, next) {
  const [path, query = ''] = context.url.split('?');
  if (path.startsWith('/dsfr/')) context.url = `/node_modules/@gouvfr/dsfr/dist/${path.slice(6)}${query ? `?${query}` : ''}`;
  else if (path === '/dist/cdn/intras.js') {
    context.redirect('/components/autoload.ts'); // a redirect, so that the module's relative imports resolve from there
    return undefined;
  }
  return next();
}

/**
 * The Content Security Policy the elements are documented to work under (README, "Content Security Policy"):
 * no inline script or style, no `data:` image, Trusted Types required with only Lit's policy (`lit-html`) and the job
 * feed's JSON-LD policy (`intras-json-ld`, needed only with `emit-json-ld`).
 * `tt-none` forbids every policy, to test what a page sees when `lit-html` is not allowed.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html intras-json-ld";
export const CSP_POLICIES = {
  strict: STRICT_CSP,
  'tt-none': STRICT_CSP.replace('trusted-types lit-html intras-json-ld', "trusted-types 'none'"),
};

/** Serves test/browser/csp/page.html with the CSP named by its `policy` query parameter (test/browser/csp.test.ts). */
async function cspHeaders(context, next) {
  await next();
  if (context.path !== '/test/browser/csp/page.html') return;
  const policy = CSP_POLICIES[context.query.policy];
  if (!policy) throw new Error(`unknown CSP policy ${context.query.policy}`);
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
}

/**
 * `executeServerCommand('forced-colors', { active })`: emulates `forced-colors: active` (Windows high contrast)
 * through the DevTools protocol. Chromium only: puppeteer's `emulateMediaFeatures` (and so `emulateMedia`) refuses
 * that feature, and WebDriver BiDi (Firefox) has no media-feature emulation.
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'intras-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!/chrom/i.test(await page.browser().version())) throw new Error('forced-colors emulation needs Chromium (CDP)');
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}


/**
 * The embed pages (docs/embed.md) as the build writes them, from the current sources: `/dist/embed/<name>.html` is
 * rendered by scripts/embed-pages.mjs with the build-time allow-list set to the test page's origin
 * (`http://localhost:PORT`), `/dist/embed/embed.js|css` are embed/embed.ts|css, and `/dist/cdn/intra-<name>.js` redirects
 * to the element's define file. `/embed-data/<file>` serves demo/data/<file> with `Access-Control-Allow-Origin: *`
 * (a data file on the host site, read by a frame on another origin).
 */
async function embedPages(context, next) {
  const path = context.path;
  const page = /^\/dist\/embed\/([a-z-]+)\.html$/.exec(path);
  // (/cdn/…: the same file as seen from embed/embed.ts, where /dist/embed/embed.js redirects.)
  const cdn = /^(?:\/dist)?\/cdn\/intra-([a-z-]+)\.js$/.exec(path);
  if (page) {
    const { renderEmbedPage, EMBED_PAGES } = await import('./scripts/embed-pages.mjs');
    if (!EMBED_PAGES[page[1]]) return next();
    context.type = 'text/html';
    context.set('Cache-Control', 'no-store');
    context.body = renderEmbedPage(page[1], { dataOrigins: [`http://localhost:${context.host.split(':').pop()}`], imageOrigins: [] });
    return undefined;
  }
  if (cdn) {
    context.redirect(`/components/${cdn[1]}/intra-${cdn[1]}.ts`);
    return undefined;
  }
  if (path === '/dist/embed/embed.js') {
    context.redirect('/embed/embed.ts'); // a redirect, so that its relative imports resolve from embed/
    return undefined;
  }
  if (path === '/dist/embed/embed.css') context.url = '/embed/embed.css';
  else if (/^\/embed-data\/[a-z0-9.-]+\.json$/.test(path)) {
    context.url = `/demo/data/${path.slice('/embed-data/'.length)}`;
    await next();
    context.set('Access-Control-Allow-Origin', '*');
    return undefined;
  }
  return next();
}

/** `executeServerCommand('frame-eval', { url, expression })`: evaluates `expression` in the (cross-origin) frame whose URL is `url` (or `url` followed by `&…`); answers `{ attached, value }` (`attached: false` while there is no such frame). */
function frameEvalPlugin() {
  return {
    name: 'intras-frame-eval',
    async executeCommand({ command, payload, session }) {
      // `frame-console` (embed tests): the console messages of every frame of the page since the first call, as
      // `{ type, text, url }` (`url`: the frame's URL), so a test can read what a cross-origin frame logged.
      if (command === 'frame-console') {
        const page = session.browser.getPage(session.id);
        if (!page.__intrasConsole) {
          page.__intrasConsole = [];
          page.on('console', (m) => page.__intrasConsole.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
        }
        return page.__intrasConsole;
      }
      if (command !== 'frame-eval') return undefined;
      const page = session.browser.getPage(session.id);
      // The element may add its URL state after the page's own parameters (`…&parcours=…`).
      const frame = page.frames().find((f) => f.url() === payload.url || f.url().startsWith(`${payload.url}&`));
      if (!frame) return { attached: false }; // not attached yet: the test waits
      return { attached: true, value: await frame.evaluate(payload.expression) };
    },
  };
}

/**
 * `/test-api/render?element=portraits&data=<project path>&data-src=<URL>&allow-invalid=1&lang=…&page-size=…&now=…` (or `element=eligibility&programme=…`, `element=job-feed&data=…`):
 * the output of `intras render` on that file (the CLI from the sources, through tsx), as an HTML fragment: the hydration tests (test/browser/render.test.ts)
 * always check the current renderer against the current element, never a stale copy.
 */
async function renderApi(context, next) {
  if (context.path !== '/test-api/render') return next();
  const { execFile } = await import('node:child_process');
  const q = context.query;
  const args = ['--import', 'tsx', 'src/cli/intras.ts', 'render', String(q.element ?? 'portraits'), '--now', String(q.now ?? '2026-11-30')];
  for (const k of ['data', 'data-src', 'lang', 'page-size', 'heading-level', 'programme']) if (q[k]) args.push(`--${k}`, k === 'data' ? `.${q[k]}` : String(q[k]));
  if (q['allow-invalid']) args.push('--allow-invalid');
  const html = await new Promise((resolve, reject) => execFile(process.execPath, args, { cwd: fileURLToPath(new URL('.', import.meta.url)), maxBuffer: 64 << 20 },
    (e, stdout, stderr) => (e ? reject(new Error(`intras render: ${stderr}`)) : resolve(stdout))));
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = html;
  return undefined;
}

export default {
  middleware: [testApi, receiverProxy, embedPages, demoRewrite, cspHeaders, renderApi],
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test page at a time: keyboard tests bring their page to the front, which pauses animation frames (and
  // open-wc fixture waits) in a second page and made tests time out under load.
  concurrency: 1,
  browsers: [BROWSERS[browserName]()],
  plugins: [forcedColorsPlugin(), frameEvalPlugin(), supportReceiverPlugin(), ...commonjsPlugins(), esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
  testFramework: { config: { timeout: 10000 } },
  // support-request.test.ts runs the real receiver (initdb once) and a 200-submission randomised run: minutes, not 2.
  testsFinishTimeout: 420000,
};
