// The embed pages (dist/embed/<element>.html; docs/embed.md): one standalone HTML page per element, for hosts that
// run no script of ours and can only embed a URL (GitBook) or an iframe (any CMS). Written by the build (the rollup
// plugin `embedPagesPlugin`, rollup.config.mjs) next to embed.js, parent.js and embed.css; also served from the
// sources by web-test-runner.config.mjs for the browser tests.
//
// Build-time configuration (environment variables read by `npm run build`; never by the page at run time):
// - INTRAS_EMBED_DATA_ORIGINS: origins, besides the pages' own, from which `src` (and the support request's
//   `action`) may come, separated by spaces or commas (`https://data.exemple.gouv.fr https://api.exemple.gouv.fr`).
//   They are written in each page's CSP `connect-src` and in `<meta name="intras-embed-origins">`, which the page's
//   script checks the `src` parameter against.
// - INTRAS_EMBED_IMG_ORIGINS: origins of portrait photos not on the pages' own site (CSP `img-src`).
// Exact origins only (scheme, host, optional port): no path, no wildcard, no quote; anything else stops the build
// with a message naming the variable.

/** The pages: file name (without .html) → element tag and page title. */
export const EMBED_PAGES = {
  portraits: { tag: 'intra-portraits', fr: 'Portraits d’intrapreneurs', en: 'Intrapreneur portraits' },
  'job-feed': { tag: 'intra-job-feed', fr: 'Offres d’emploi', en: 'Job offers' },
  eligibility: { tag: 'intra-eligibility', fr: 'Suis-je éligible ?', en: 'Am I eligible?' },
  'support-request': { tag: 'intra-support-request', fr: 'Demander un accompagnement', en: 'Ask for support' },
};

/** The policy of README "Content Security Policy" (web-test-runner.config.mjs CSP_POLICIES.strict), plus the origins. */
export function embedCsp({ dataOrigins, imageOrigins }) {
  const plus = (list) => (list.length ? ` ${list.join(' ')}` : '');
  return `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'${plus(imageOrigins)}; font-src 'self'; `
    + `connect-src 'self'${plus(dataOrigins)}; object-src 'none'; base-uri 'none'; form-action 'self'; `
    + "require-trusted-types-for 'script'; trusted-types lit-html intras-json-ld";
}

/** Reads the configuration from `env` (default `process.env`); throws a French/English error naming the variable. */
export function readEmbedConfig(env = process.env) {
  const list = (name) => {
    const raw = env[name] ?? '';
    const items = raw.split(/[\s,]+/).filter(Boolean);
    for (const item of items) {
      let ok = false;
      try {
        const u = new URL(item);
        ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === item;
      } catch { /* not a URL */ }
      if (!ok) {
        throw new Error(`${name} : « ${item} » n’est pas une origine (https://hote[:port], sans chemin ni joker) / `
          + `${name}: "${item}" is not an origin (https://host[:port], no path, no wildcard)`);
      }
    }
    return items;
  };
  return { dataOrigins: list('INTRAS_EMBED_DATA_ORIGINS'), imageOrigins: list('INTRAS_EMBED_IMG_ORIGINS') };
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML of one page. No inline script or style, only relative URLs (embed.css, embed.js, ../cdn/…): the page can
 * live anywhere the dist/ folder is copied, and asks nothing of any other site. The element is created by embed.js.
 */
export function renderEmbedPage(name, config) {
  const page = EMBED_PAGES[name];
  if (!page) throw new Error(`unknown embed page ${name}`);
  return `<!doctype html>
<html lang="fr" data-intras-embed="${name}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(embedCsp(config))}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="intras-embed-origins" content="${escapeAttr(config.dataOrigins.join(' '))}">
<title>${page.fr} / ${page.en}</title>
<link rel="stylesheet" href="embed.css">
<link rel="modulepreload" href="../cdn/${page.tag}.js">
<script type="module" src="embed.js"></script>
</head>
<body>
<main>
<noscript><p>${page.fr} : JavaScript est nécessaire. / ${page.en}: JavaScript is needed.</p></noscript>
</main>
</body>
</html>
`;
}

/** Rollup plugin: emits the four pages and embed.css beside the bundle (the output dir is dist/embed/). */
export function embedPagesPlugin({ css }) {
  return {
    name: 'intras-embed-pages',
    generateBundle() {
      const config = readEmbedConfig();
      for (const name of Object.keys(EMBED_PAGES)) this.emitFile({ type: 'asset', fileName: `${name}.html`, source: renderEmbedPage(name, config) });
      this.emitFile({ type: 'asset', fileName: 'embed.css', source: css });
    },
  };
}
