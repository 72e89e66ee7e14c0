// What `npm run build` writes to dist/embed/ (docs/embed.md): one page per element under the documented CSP, no inline
// script or style, relative URLs only. Integration: it needs the shared build (helpers/build.ts). The URL-parameter
// rules and the page renderer are checked in-process by test/node/embed.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root } from './helpers/build.js';
// @ts-expect-error plain ESM build script without types
import { EMBED_PAGES } from '../../scripts/embed-pages.mjs';

test('npm run build writes dist/embed/: one page per element under the documented CSP, no inline script or style', { timeout: 600_000 }, () => {
  ensureBuilt();
  const dir = join(root, 'dist/embed');
  for (const f of ['embed.js', 'parent.js', 'embed.css']) assert.ok(existsSync(join(dir, f)), `dist/embed/${f}`);
  assert.deepEqual(Object.keys(EMBED_PAGES).sort(), ['eligibility', 'job-feed', 'portraits', 'support-request']);
  for (const name of ['portraits', 'job-feed', 'eligibility', 'support-request']) {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, `${name}.html has a CSP meta`);
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
      "require-trusted-types-for 'script'", 'trusted-types lit-html intras-json-ld'])
      assert.ok(meta[1].includes(d), `${name}.html CSP has ${d}`);
    assert.ok(!meta[1].includes('frame-ancestors'), 'frame-ancestors is a header (a meta cannot carry it)');
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html), 'no unsafe-*');
    for (const s of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(s[1], /\bsrc="[^":]+"/, `${name}.html: every script is a file with a relative URL`);
      assert.equal(s[2].trim(), '', `${name}.html: no inline script`);
    }
    assert.ok(!/<style\b|\sstyle=|\son[a-z]+=/i.test(html), `${name}.html: no inline style or event handler`);
    assert.ok(!/(src|href)="(https?:)?\/\//.test(html), `${name}.html: no absolute URL (no third-party request)`);
    assert.match(html, /<meta name="referrer" content="no-referrer">/);
    assert.match(html, new RegExp(`data-intras-embed="${name}"`));
  }
  const embedJs = readFileSync(join(dir, 'embed.js'), 'utf8');
  assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(embedJs), 'embed.js never writes HTML');
  for (const tag of ['intra-portraits', 'intra-job-feed', 'intra-eligibility', 'intra-support-request'])
    assert.ok(embedJs.includes(`../cdn/${tag}.js`), `embed.js loads ${tag} from the CDN build`);
});
