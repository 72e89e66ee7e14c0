/**
 * `UrlStateController` (components/shared/url-state.ts) on its own, in a small test element: the URL state of the
 * gallery and the job feed (decision 0005) — query parameters read and written under a `url-key` namespace, a facet
 * change as one history entry, the search written after a 300 ms pause (the first write pushes, the next ones replace),
 * back/forward, and the job feed's facet writes after the paint (`written`).
 * Push vs replace is counted by wrapping `history.pushState` / `history.replaceState` of this page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SEARCH_URL_DELAY_MS, UrlStateController } from '../../components/shared/url-state.js';
import { AfterPaintWrites } from '../../components/shared/url-after-paint.js';

const PARAMS = { q: 'q', colour: 'couleur' } as const;
type State = { q: string; colour: string };

class UrlStateHost extends LitElement {
  static override properties = { key: { attribute: 'url-key' } };
  declare key?: string;
  state: State = { q: '', colour: '' };
  reads: Array<Record<string, string | null>> = [];
  navigations = 0;
  /** The options this test element gives (a subclass per variant). */
  static afterPaint = false;
  static hashchange = false;
  readonly later = (this.constructor as typeof UrlStateHost).afterPaint ? new AfterPaintWrites(this) : undefined;
  readonly url = new UrlStateController(this, {
    params: PARAMS,
    key: () => this.key,
    read: (v) => {
      this.reads.push(v);
      const before = JSON.stringify(this.state);
      this.state = { q: v.q ?? '', colour: v.colour ?? '' };
      return before !== JSON.stringify(this.state);
    },
    write: () => ({ q: this.state.q.trim() ? this.state.q : '', colour: this.state.colour }),
    navigated: () => { this.navigations++; },
    later: this.later,
    hashchange: (this.constructor as typeof UrlStateHost).hashchange,
  });
}
customElements.define('test-url-state', UrlStateHost);
customElements.define('test-url-state-paint', class extends UrlStateHost { static override afterPaint = true; });
customElements.define('test-url-state-hash', class extends UrlStateHost { static override hashchange = true; });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const params = () => new URL(location.href).searchParams;
/** Leaves only the runner's own parameters, no hash. */
function resetUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (!k.startsWith('wtr')) url.searchParams.delete(k);
  url.hash = '';
  history.replaceState(null, '', url);
}
/** Records the history writes of this page (`push` / `replace`) until `restore()`. */
function spyHistory() {
  const writes: Array<'push' | 'replace'> = [];
  const push = history.pushState;
  const replace = history.replaceState;
  history.pushState = function (...a: Parameters<History['pushState']>) { writes.push('push'); return push.apply(this, a); };
  history.replaceState = function (...a: Parameters<History['replaceState']>) { writes.push('replace'); return replace.apply(this, a); };
  return { writes, restore: () => { history.pushState = push; history.replaceState = replace; } };
}
const popped = () => new Promise((r) => window.addEventListener('popstate', r, { once: true }));

describe('UrlStateController', () => {
  let spy: ReturnType<typeof spyHistory> | undefined;
  beforeEach(resetUrl);
  afterEach(() => { spy?.restore(); spy = undefined; resetUrl(); });

  it('reads the namespaced parameters (null when absent), says whether one is there, and does not read on its own', async () => {
    const url = new URL(location.href);
    url.searchParams.set('a-couleur', 'bleu');
    url.searchParams.set('q', 'not mine');
    history.replaceState(null, '', url);
    const el = await fixture<UrlStateHost>(html`<test-url-state url-key="a"></test-url-state>`);
    expect(el.reads, 'the host decides when to read first').to.deep.equal([]);
    expect(el.url.read()).to.equal(true);
    expect(el.reads).to.deep.equal([{ q: null, colour: 'bleu' }]);
    expect(el.url.has('colour')).to.equal(true);
    expect(el.url.has('q')).to.equal(false);
    expect(el.url.name('portrait-')).to.equal('a-portrait-');
    expect(el.url.read(), 'nothing changed').to.equal(false);
  });

  it('commit() pushes one entry with the state (empty values removed, other parameters and the hash kept), none when the URL is the same', async () => {
    const url = new URL(location.href);
    url.searchParams.set('page', 'x');
    url.searchParams.set('q', 'old');
    url.hash = 'top';
    history.replaceState(null, '', url);
    const el = await fixture<UrlStateHost>(html`<test-url-state></test-url-state>`);
    el.url.read();
    spy = spyHistory();
    el.url.commit(() => { el.state = { q: '  ', colour: 'vert' }; });
    expect(spy.writes).to.deep.equal(['push']);
    expect([params().get('page'), params().get('q'), params().get('couleur'), location.hash]).to.deep.equal(['x', null, 'vert', '#top']);
    el.url.commit(() => {});
    expect(spy.writes, 'same URL: no entry').to.deep.equal(['push']);
  });

  it('writes the search after a 300 ms pause in typing: the first write pushes, the next replace, until the field\'s change', async () => {
    expect(SEARCH_URL_DELAY_MS).to.equal(300);
    const el = await fixture<UrlStateHost>(html`<test-url-state></test-url-state>`);
    spy = spyHistory();
    el.state = { ...el.state, q: 'd' };
    el.url.typed();
    el.state = { ...el.state, q: 'de' };
    el.url.typed();
    await sleep(100);
    expect(spy.writes, 'not during the typing').to.deep.equal([]);
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes).to.deep.equal(['push']);
    expect(params().get('q')).to.equal('de');
    el.state = { ...el.state, q: 'des' };
    el.url.typed();
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes).to.deep.equal(['push', 'replace']);
    el.url.typingEnded();
    el.state = { ...el.state, q: 'design' };
    el.url.typed();
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes).to.deep.equal(['push', 'replace', 'push']);
    expect(params().get('q')).to.equal('design');
  });

  it('commit() writes a search still waiting first, as its own entry; with drop the waiting search is not written', async () => {
    const el = await fixture<UrlStateHost>(html`<test-url-state></test-url-state>`);
    spy = spyHistory();
    el.state = { ...el.state, q: 'designer' };
    el.url.typed();
    el.url.commit(() => { el.state = { ...el.state, colour: 'rouge' }; });
    expect(spy.writes).to.deep.equal(['push', 'push']);
    const back = popped();
    history.back();
    await back;
    expect([params().get('q'), params().get('couleur')]).to.deep.equal(['designer', null]);
    el.state = { q: 'x', colour: '' };
    el.url.typed();
    el.url.commit(() => { el.state = { q: '', colour: 'bleu' }; }, true);
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes, 'the dropped search is never written').to.deep.equal(['push', 'push', 'push']);
    expect([params().get('q'), params().get('couleur')]).to.deep.equal([null, 'bleu']);
  });

  it('back and forward read the URL again; navigated() only when the state changed; hashchange only when asked', async () => {
    const el = await fixture<UrlStateHost>(html`<test-url-state></test-url-state>`);
    el.url.read();
    el.url.commit(() => { el.state = { ...el.state, colour: 'vert' }; });
    let back = popped();
    history.back();
    await back;
    expect(el.state.colour).to.equal('');
    expect(el.navigations).to.equal(1);
    const reads = el.reads.length;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(el.reads.length, 'hashchange is not listened to by default').to.equal(reads);
    const withHash = await fixture<UrlStateHost>(html`<test-url-state-hash></test-url-state-hash>`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(withHash.reads.length).to.equal(1);
    expect(withHash.navigations, 'nothing changed').to.equal(0);
    el.remove();
    withHash.remove();
    const noir = new URL(location.href);
    noir.searchParams.set('couleur', 'noir');
    history.pushState(null, '', noir);
    back = popped();
    history.back();
    await back;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect([el.reads.length, withHash.reads.length], 'no listener once disconnected').to.deep.equal([reads, 1]);
  });

  it('later (AfterPaintWrites): the entry is written after the host\'s update and a frame; written settles then; back drops a write not made yet', async () => {
    const el = await fixture<UrlStateHost>(html`<test-url-state-paint></test-url-state-paint>`);
    spy = spyHistory();
    el.url.commit(() => { el.state = { ...el.state, colour: 'vert' }; });
    expect(spy.writes, 'not before the paint').to.deep.equal([]);
    await el.later!.written;
    expect(spy.writes).to.deep.equal(['push']);
    expect(params().get('couleur')).to.equal('vert');
    // The search, written after its pause, comes after the facet's entry (written after the paint, or by the search).
    el.url.commit(() => { el.state = { ...el.state, colour: 'rouge' }; });
    el.state = { ...el.state, q: 'abc' };
    el.url.typed();
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes).to.deep.equal(['push', 'push', 'push']);
    expect([params().get('q'), params().get('couleur')]).to.deep.equal(['abc', 'rouge']);
    // Back or forward before the write: the queued entry is dropped (it would overwrite the entry the visitor went to).
    el.url.commit(() => { el.state = { ...el.state, colour: 'jaune' }; });
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.later!.written;
    await sleep(50);
    expect(spy.writes.length).to.equal(3);
    expect(el.state.colour, 'read again from the URL').to.equal('rouge');
    // Leaving the page: a queued entry is written at once.
    el.url.commit(() => { el.state = { ...el.state, colour: 'blanc' }; });
    el.remove();
    expect(params().get('couleur')).to.equal('blanc');
  });

  it('writeSearch() writes a search still waiting now, as its own entry (the gallery calls it before its dialog\'s hash entry); nothing when none waits', async () => {
    const el = await fixture<UrlStateHost>(html`<test-url-state url-key="g"></test-url-state>`);
    spy = spyHistory();
    el.url.writeSearch();
    expect(spy.writes).to.deep.equal([]);
    el.state = { ...el.state, q: 'designer' };
    el.url.typed();
    el.url.writeSearch();
    expect(spy.writes).to.deep.equal(['push']);
    expect(params().get('g-q')).to.equal('designer');
    await sleep(SEARCH_URL_DELAY_MS + 100);
    expect(spy.writes, 'written once').to.deep.equal(['push']);
    // Another entry follows it in the gallery (the dialog's hash): the next search write starts a new entry.
    el.state = { ...el.state, q: 'designers' };
    el.url.typed();
    el.url.writeSearch();
    expect(spy.writes).to.deep.equal(['push', 'push']);
  });
});
