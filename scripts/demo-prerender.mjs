// The demo's pre-rendered gallery (issue 10, part 1): `intras render portraits` on the demo data, written to
// dist/demo/portraits.html by `npm start` after the build (scripts/start.mjs) with the built CLI — the same build as
// the dist/cdn/ files that hydrate it (decision 0044) — and put in place of PLACEHOLDER in demo/index.html by the demo
// server (web-dev-server.config.mjs). Nothing generated is committed; test/node/demo-server.test.ts keeps it in step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the demo page takes the pre-rendered gallery. */
export const PLACEHOLDER = '<!-- intras render portraits -->';
/** The generated fragment (INTRAS_DEMO_GALLERY: another path, for tests; read at each call). */
export const galleryFile = () => process.env.INTRAS_DEMO_GALLERY ?? join(root, 'dist/demo/portraits.html');
/** The command's arguments: the demo data (with its deliberately invalid records left out), six cards, h3 titles. */
export const RENDER_ARGS = ['render', 'portraits', '--data', 'demo/data/portraits.json', '--allow-invalid', '--page-size', '6',
  '--heading-level', '3', '--url-key', 'statique', '--label', 'Filtrer la galerie pré-rendue', '--now', '2026-11-30'];

/**
 * Runs `intras render` (`cli`: the built dist/cli/intras.js by default; a test may pass the sources through tsx) and
 * writes {@link galleryFile}. Throws with the CLI's messages when it fails.
 */
export function renderDemoGallery(cli = [join(root, 'dist/cli/intras.js')]) {
  const r = spawnSync(process.execPath, [...cli, ...RENDER_ARGS], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`intras render (demo) : ${r.stderr}`);
  mkdirSync(dirname(galleryFile()), { recursive: true });
  writeFileSync(galleryFile(), r.stdout);
  return r.stdout;
}

/** The demo page with the pre-rendered gallery in place (or a note when it was not generated). */
export function demoPage() {
  const page = readFileSync(join(root, 'demo/index.html'), 'utf8');
  const gallery = existsSync(galleryFile()) ? readFileSync(galleryFile(), 'utf8')
    : '<p>Galerie pré-rendue absente : lancez « npm start ». / Pre-rendered gallery missing: run "npm start".</p>';
  return page.replace(PLACEHOLDER, () => gallery);
}
