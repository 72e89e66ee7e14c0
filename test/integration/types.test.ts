// Types for every way of importing the elements, checked as a consumer sees them: small TypeScript projects compiled
// with the project's tsc against the BUILT package (dist/*.d.ts and the generated dist/jsx/*.d.ts), resolved through
// package.json "exports" as `@betagouv/intras/...`. React is checked against the real @types/react (a devDependency);
// Vue and Svelte against minimal local stubs of the only module shapes the typings use (`vue`: GlobalComponents,
// HTMLAttributes, PublicProps, EmitFn; `svelte/elements`: SvelteHTMLElements, HTMLAttributes), written below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureBuilt, root } from './helpers/build.js';

const tmp = mkdtempSync(join(tmpdir(), 'intras-types-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(dirname(join(tmp, rel)), { recursive: true });
  writeFileSync(join(tmp, rel), text);
};

before(() => {
  ensureBuilt();
  // An installed package: node_modules/@betagouv/intras with the package.json and dist/ (symlinked), its
  // dependencies and @types/react beside it (the project's node_modules, one symlink per package).
  const pkgDir = join(tmp, 'node_modules/@betagouv/intras');
  mkdirSync(pkgDir, { recursive: true });
  for (const f of ['package.json', 'dist', 'custom-elements.json']) symlinkSync(join(root, f), join(pkgDir, f));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === '@betagouv' || entry === 'vue' || entry === 'svelte') continue;
    if (!entry.startsWith('@')) { symlinkSync(join(root, 'node_modules', entry), join(tmp, 'node_modules', entry)); continue; }
    mkdirSync(join(tmp, 'node_modules', entry), { recursive: true });
    for (const sub of readdirSync(join(root, 'node_modules', entry))) symlinkSync(join(root, 'node_modules', entry, sub), join(tmp, 'node_modules', entry, sub));
  }
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Stubs: the module shapes only (see the header).
  write('node_modules/vue/package.json', JSON.stringify({ name: 'vue', version: '3.5.0-stub', types: 'index.d.ts' }));
  write('node_modules/vue/index.d.ts', `
    export interface GlobalComponents {}
    export interface HTMLAttributes { id?: string; class?: unknown; style?: unknown; title?: string; lang?: string }
    export interface PublicProps { key?: PropertyKey; ref?: unknown }
    export type EmitFn<Options> = <K extends keyof Options & string>(event: K, ...args: Options[K] extends (...a: infer A) => unknown ? A : never) => void;
  `);
  write('node_modules/svelte/package.json', JSON.stringify({ name: 'svelte', version: '5.0.0-stub', exports: { './elements': { types: './elements.d.ts' } } }));
  write('node_modules/svelte/elements.d.ts', `
    export interface HTMLAttributes<T extends EventTarget> { id?: string | null; class?: string | null; lang?: string | null; title?: string | null; onclick?: ((e: MouseEvent & { currentTarget: T }) => void) | null }
    export interface SvelteHTMLElements { div: HTMLAttributes<HTMLDivElement> }
  `);
});

/** Compiles `files` (name → source) as one consumer project; resolves with tsc's status and output. */
function tsc(name: string, files: Record<string, string>, options: Record<string, unknown> = {}) {
  for (const [f, text] of Object.entries(files)) write(`${name}/${f}`, text);
  write(`${name}/tsconfig.json`, JSON.stringify({
    compilerOptions: {
      target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom', 'dom.iterable'],
      strict: true, noEmit: true, skipLibCheck: false, types: [], preserveSymlinks: true, ...options,
    },
    files: Object.keys(files),
  }));
  return new Promise<{ status: number | null; out: string }>((resolve) => {
    const p = spawn(join(root, 'node_modules/.bin/tsc'), ['-p', join(tmp, name, 'tsconfig.json')], { cwd: join(tmp, name) });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (status) => resolve({ status, out }));
  });
}
/**
 * The consumer files, by program. A define file must type its element ALONE, so each define file has its own program;
 * the other files share one (their typings do not overlap), compiled once: each test reads its own file's errors.
 */
const PROGRAMS: Record<string, { files: Record<string, string>; options?: Record<string, unknown> }> = {
  'define-portraits': { files: {} },
  'define-eligibility': { files: {} },
  frameworks: { files: {}, options: { jsx: 'react-jsx' } },
};
const results = new Map<string, Promise<{ status: number | null; out: string }>>();
function consumer(program: keyof typeof PROGRAMS, file: string, text: string) {
  PROGRAMS[program].files[file] = text;
  return async () => {
    // Every program at once, when the first test runs (all files are registered by then).
    if (!results.size) for (const [name, p] of Object.entries(PROGRAMS)) results.set(name, tsc(name, p.files, p.options));
    const { status, out } = await results.get(program)!;
    // This file's errors, and any error in no consumer file (in the package's .d.ts files, or tsc's own).
    const own = Object.keys(PROGRAMS[program].files);
    const errors = out.split('\n').filter((l) => /error TS\d+/.test(l) && (l.startsWith(`${file}(`) || !own.some((f) => l.startsWith(`${f}(`))));
    assert.deepEqual(errors, [], out);
    if (own.length === 1) assert.equal(status, 0, out);
  };
}

test('one define file alone types its tag and its events, with precise details', consumer('define-portraits', 'consumer.ts', `
    import '@betagouv/intras/components/portraits/intra-portraits.js';
    import type { Portrait, RejectedRecord } from '@betagouv/intras';
    const el = document.createElement('intra-portraits');
    el.pageSize = 12;
    el.addEventListener('intra-select', (e) => {
      const p: Portrait = e.detail.item;
      const id: string = e.detail.id;
      // @ts-expect-error: the item is a Portrait, not any
      const n: number = e.detail.item;
      void [p, id, n];
    });
    el.addEventListener('intra-load', (e) => { const valid: number = e.detail.valid; void valid; });
    el.addEventListener('intra-error', (e) => {
      const kind: 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'internal' | 'records' = e.detail.kind;
      const rejected: readonly RejectedRecord[] | undefined = e.detail.rejected;
      void [kind, rejected];
    });
    document.querySelector('intra-portraits')?.addEventListener('intra-select', (e) => e.detail.item.displayName.toUpperCase());
    // @ts-expect-error: pageSize is a number
    el.pageSize = '12';
  `));

test('the eligibility define file alone types intra-verdict, intra-load and intra-error', consumer('define-eligibility', 'consumer.ts', `
    import '@betagouv/intras/components/eligibility/intra-eligibility.js';
    const el = document.createElement('intra-eligibility');
    el.programme = 'certification';
    el.addEventListener('intra-verdict', (e) => {
      const v: 'eligible' | 'ineligible' = e.detail.verdict;
      const situation: object = e.detail.situation;
      void [v, situation];
    });
    el.addEventListener('intra-load', (e) => { const t: number = e.detail.total; void t; });
    el.addEventListener('intra-error', (e) => { const fr: string = e.detail.fr; void fr; });
  `));

test('register-all entry: classes, event classes and tags typed', consumer('frameworks', 'all.ts', `
    import { IntraPortraits, IntraEligibility, IntraSelectEvent } from '@betagouv/intras/components/define.js';
    import type { Portrait } from '@betagouv/intras';
    const p: IntraPortraits = document.createElement('intra-portraits');
    const e: IntraEligibility = document.createElement('intra-eligibility');
    p.addEventListener('intra-select', (ev) => { const s: IntraSelectEvent<Portrait> = ev; void s; });
    void e;
  `));

test('classes entry: the classes and their event maps, for a tag defined under another name', consumer('frameworks', 'classes.ts', `
    import { IntraPortraits, type IntraPortraitsEventMap } from '@betagouv/intras/components';
    customElements.define('ma-galerie', class extends IntraPortraits {});
    const select: IntraPortraitsEventMap['intra-select'] = null!;
    const name: string = select.detail.item.displayName;
    void name;
  `));

test('React 19 JSX: @betagouv/intras/jsx/react types attributes, properties and on<event> listeners', consumer('frameworks', 'app.tsx', `
    import '@betagouv/intras/components/define.js';
    import type {} from '@betagouv/intras/jsx/react';
    import type { Portrait } from '@betagouv/intras';
    export function Gallery({ onOpen }: { onOpen: (p: Portrait) => void }) {
      return (
        <main>
          <intra-portraits src="/data/portraits.json" page-size={24} without-filters url-key="galerie" lang="en"
            onintra-select={(e) => onOpen(e.detail.item)} onintra-error={(e) => console.warn(e.detail.fr)} />
          <intra-eligibility programme="clinic" now="2026-11-10" href-clinic="/clinique" hrefCoaching="/coaching"
            onintra-verdict={(e) => console.log(e.detail.verdict)} />
        </main>
      );
    }
    // @ts-expect-error: unknown attribute
    export const a = <intra-portraits pagesize={24} />;
    // @ts-expect-error: page-size is a number
    export const b = <intra-portraits page-size={{}} />;
    // @ts-expect-error: the detail of intra-select is { id, item: Portrait }
    export const c = <intra-portraits onintra-select={(e) => e.detail.item.nope} />;
  `));

test('Vue GlobalComponents: @betagouv/intras/jsx/vue (against a stub of vue\'s module shape)', consumer('frameworks', 'vue.ts', `
    import type { GlobalComponents } from 'vue';
    import type {} from '@betagouv/intras/jsx/vue';
    import type { Portrait } from '@betagouv/intras';
    type Portraits = InstanceType<GlobalComponents['intra-portraits']>;
    type Eligibility = InstanceType<GlobalComponents['intra-eligibility']>;
    export const props: Portraits['$props'] = { src: '/data/portraits.json', pageSize: 24, 'page-size': 24, withoutFilters: true, lang: 'en' };
    export const elig: Eligibility['$props'] = { programme: 'clinic', hrefClinic: '/clinique', 'href-clinic': '/clinique' };
    // @ts-expect-error: pageSize is a number
    export const bad: Portraits['$props'] = { pageSize: 'x' };
    declare const emit: Portraits['$emit'];
    declare const select: import('@betagouv/intras/components').IntraPortraitsEventMap['intra-select'];
    emit('intra-select', select);
    const item: Portrait = select.detail.item;
    void item;
  `));

test('Svelte SvelteHTMLElements: @betagouv/intras/jsx/svelte (against a stub of svelte/elements)', consumer('frameworks', 'svelte.ts', `
    import type { SvelteHTMLElements } from 'svelte/elements';
    import type {} from '@betagouv/intras/jsx/svelte';
    import type { Portrait } from '@betagouv/intras';
    let last: Portrait | undefined;
    export const attrs: SvelteHTMLElements['intra-portraits'] = {
      src: '/data/portraits.json', 'page-size': 24, 'without-search': true,
      'onintra-select': (e) => { last = e.detail.item; },
      'on:intra-select': (e) => { last = e.detail.item; },
    };
    export const elig: SvelteHTMLElements['intra-eligibility'] = { programme: 'certification', 'onintra-verdict': (e) => e.detail.verdict };
    // @ts-expect-error: unknown attribute
    export const bad: SvelteHTMLElements['intra-portraits'] = { 'page-sise': 24 };
    void last;
  `));

test('every element of custom-elements.json is in the three generated typings', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags: string[] = manifest.modules.flatMap((m: any) => (m.declarations ?? []).map((d: any) => d.tagName).filter(Boolean));
  assert.ok(tags.length >= 2);
  for (const f of ['react', 'vue', 'svelte']) {
    const text = readFileSync(join(root, `dist/jsx/${f}.d.ts`), 'utf8');
    for (const t of tags) assert.match(text, new RegExp(`'${t}':`), `${t} in dist/jsx/${f}.d.ts`);
  }
});
