// Pre-rendering that hydrates (issue 10, part 1; decision 0044): the HTML written by `intras render portraits`
// (served fresh by the test server's /test-api/render, web-test-runner.config.mjs) is put in the page with its
// declarative shadow root, read with no element script loaded, then the autoloader runs: it loads Lit's hydration
// support before lit, and the element hydrates, keeping the server's nodes, fetching nothing, moving nothing.
// No @open-wc/testing here: it imports lit, which must not be evaluated before the autoloader decides.
import { expect } from '@esm-bundle/chai';
import type { IntraPortraits } from '../../components/portraits/portraits.js';
import { layoutShifts } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);

const VALID = '/test/fixtures/portraits/valid.json';
const renderUrl = (params: Record<string, string>) => `/test-api/render?${new URLSearchParams(params.element === 'eligibility' ? params : { data: VALID, ...params })}`;

/** Puts server HTML in a new container, parsing its declarative shadow roots as a page load does. */
async function place(url: string, width = 900): Promise<HTMLElement> {
  const text = await (await fetch(url)).text();
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`${text}<p class="after" style="min-height:300px">Sous la galerie.</p>`);
  return host;
}

const requested = (re: RegExp) => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => re.test(p));

describe('intras render portraits → hydration', () => {
  let host: HTMLElement;
  let el: IntraPortraits;
  let before: { cards: Element[]; list: Element; search: Element; selects: Element[]; count: Element; rect: DOMRect; afterTop: number };

  it('reads right with no script: the declarative shadow root holds the styled facets and first page', async () => {
    host = await place(renderUrl({ 'page-size': '6' }));
    el = host.querySelector('intra-portraits') as IntraPortraits;
    expect(customElements.get('intra-portraits'), 'no element script yet').to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root, 'declarative shadow root attached by the parser').to.not.equal(null);
    const cards = [...root.querySelectorAll('.card[part="card"]')];
    expect(cards.length).to.equal(6);
    expect(root.querySelector('.count')!.textContent).to.match(/12 portraits/);
    expect(root.querySelectorAll('#f-category option').length).to.equal(5);
    expect(root.querySelector('[part="more"]')!.textContent).to.match(/6/);
    // Styled by the shadow root's own <style>: cards in a grid, the page's paragraph below them.
    expect(getComputedStyle(root.querySelector('.list')!).display).to.equal('grid');
    expect(cards[0].getBoundingClientRect().height).to.be.greaterThan(100);
    before = {
      cards, list: root.querySelector('.list')!, search: root.querySelector('#q')!, selects: [...root.querySelectorAll('select')],
      count: root.querySelector('.count')!, rect: el.getBoundingClientRect(), afterTop: host.querySelector('.after')!.getBoundingClientRect().top,
    };
  });

  it('hydrates with the autoloader, keeping every server node, fetching nothing, moving nothing', async () => {
    const jsonBefore = requested(/\.json$/).length;
    let loads = 0;
    el.addEventListener('intra-load', () => { loads++; });
    const cls = await layoutShifts(async () => {
      await import('../../components/autoload.js');
      await customElements.whenDefined('intra-portraits');
      await el.loaded;
      await el.updateComplete;
    });
    // Lit's hydration support was requested, and before lit's LitElement module.
    const modules = requested(/lit-element-hydrate-support|lit-element\.js$/);
    expect(modules.map((p) => (p.includes('hydrate') ? 'hydrate' : 'lit-element')), modules.join()).to.deep.equal(['hydrate', 'lit-element']);
    const root = el.shadowRoot!;
    const cards = [...root.querySelectorAll('.card[part="card"]')];
    expect(cards.length).to.equal(6);
    cards.forEach((c, i) => expect(c === before.cards[i], `card ${i} is the server's node`).to.equal(true));
    expect(root.querySelector('.list') === before.list, 'list kept').to.equal(true);
    expect(root.querySelector('#q') === before.search, 'search field kept').to.equal(true);
    [...root.querySelectorAll('select')].forEach((s, i) => expect(s === before.selects[i], `select ${i} kept`).to.equal(true));
    expect(root.querySelector('.count') === before.count, 'count kept').to.equal(true);
    expect(root.querySelectorAll('.list').length, 'nothing rendered twice').to.equal(1);
    expect(requested(/\.json$/).length, 'no data request').to.equal(jsonBefore);
    expect(loads, 'intra-load once').to.equal(1);
    expect(el.publishedPortraits.length).to.equal(12);
    const rect = el.getBoundingClientRect();
    expect(rect.height).to.equal(before.rect.height);
    expect(host.querySelector('.after')!.getBoundingClientRect().top).to.equal(before.afterTop);
    if (cls !== undefined) expect(cls, 'CLS').to.equal(0);
  });

  it('is live after hydration: a search filters the server\'s cards, "Voir plus" adds cards', async () => {
    const root = el.shadowRoot!;
    (root.querySelector('[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelectorAll('.card[part="card"]').length).to.equal(12);
    const search = root.querySelector('#q') as HTMLInputElement;
    search.value = 'zzzz-aucun';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root.querySelector('[part="status"] .state-title, .state-title')).to.not.equal(null);
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    history.replaceState(null, '', location.pathname + location.search.replace(/([?&])q=[^&]*/, '$1'));
  });

  it('an element rendered in English, added after lit loaded, hydrates in English and keeps its nodes', async () => {
    const h = await place(renderUrl({ lang: 'en', 'page-size': '3', 'heading-level': '3' }));
    const en = h.querySelector('intra-portraits') as IntraPortraits;
    expect(en.getAttribute('lang')).to.equal('en');
    const cards = [...en.shadowRoot!.querySelectorAll('.card[part="card"]')];
    expect(en.shadowRoot!.querySelector('.count')!.textContent).to.match(/12 portraits/);
    expect(en.shadowRoot!.querySelector('.filters label')!.textContent).to.match(/Search/);
    expect(en.shadowRoot!.querySelector('h3.card-title')).to.not.equal(null);
    await customElements.whenDefined('intra-portraits');
    await en.loaded;
    await en.updateComplete;
    const after = [...en.shadowRoot!.querySelectorAll('.card[part="card"]')];
    expect(after.length).to.equal(3);
    after.forEach((c, i) => expect(c === cards[i], `card ${i} kept`).to.equal(true));
    expect(en.shadowRoot!.querySelector('.filters label')!.textContent).to.match(/Search/);
  });

  it('intras render eligibility: the first step reads right before its script, then hydrates keeping the form', async () => {
    const h = await place(renderUrl({ element: 'eligibility', programme: 'certification', now: '2026-11-30' }), 700);
    const el = h.querySelector('intra-eligibility') as HTMLElement & { updateComplete: Promise<boolean>; loaded: Promise<unknown>; verdict?: { verdict: string } };
    expect(el.getAttribute('data-rendered-now')).to.equal('2026-11-30');
    expect(el.hasAttribute('now'), 'the date is not pinned').to.equal(false);
    const root = el.shadowRoot!;
    const form = root.querySelector('form');
    const selects = [...root.querySelectorAll('select')];
    expect(form, 'the first step, server-rendered').to.not.equal(null);
    expect(root.querySelector('legend')!.textContent).to.match(/profil/i);
    expect(root.querySelector('.step-count')!.textContent).to.match(/Étape 1 sur/);
    expect(selects.length).to.be.greaterThan(0);
    const top = h.querySelector('.after')!.getBoundingClientRect().top;
    let cls: number | undefined;
    cls = await layoutShifts(async () => {
      await customElements.whenDefined('intra-eligibility'); // the running autoloader saw the tag
      await el.loaded;
      await el.updateComplete;
    });
    expect(root.querySelector('form') === form, 'form kept').to.equal(true);
    [...root.querySelectorAll('select')].forEach((s, i) => expect(s === selects[i], `select ${i} kept`).to.equal(true));
    expect(root.querySelectorAll('form').length).to.equal(1);
    expect(el.verdict?.verdict).to.equal('incomplete');
    expect(h.querySelector('.after')!.getBoundingClientRect().top).to.equal(top);
    if (cls !== undefined) expect(cls, 'CLS').to.equal(0);
  });

  it('LiveDateController: the server render\'s date for the hydrating render only, then the visitor\'s day (an update when it differs)', async () => {
    const { LiveDateController, localToday } = await import('../../components/shared/live-date.js');
    for (const [rendered, updates] of [['2000-01-01', 1], [localToday(), 0]] as const) {
      let requested = 0;
      let controller: { hostConnected(): void; hostUpdated(): void; hostDisconnected(): void } | undefined;
      const host = { addController: (c: typeof controller) => { controller = c; }, removeController: () => {}, requestUpdate: () => { requested++; }, updateComplete: Promise.resolve(true) };
      let hydrating = true;
      const live = new LiveDateController(host as never, { rendered: () => (hydrating ? rendered : undefined) });
      controller!.hostConnected();
      expect(live.today, 'first render: the rendered date').to.equal(rendered);
      hydrating = false;
      controller!.hostUpdated();
      expect(requested, `updates after rendering with ${rendered}`).to.equal(updates);
      expect(live.today, 'then the live date').to.equal(localToday());
      controller!.hostUpdated();
      expect(requested, 'no further update').to.equal(updates);
      controller!.hostDisconnected();
    }
  });

  it('intras render job-feed: the offers open on the render\'s date, then hydrated keeping the cards, fetching nothing', async () => {
    const jsonBefore = requested(/\.json$/).length;
    const h = await place(renderUrl({ element: 'job-feed', data: '/demo/data/offres-pep.json', now: '2026-11-30', 'page-size': '4' }), 900);
    const el = h.querySelector('intra-job-feed') as HTMLElement & { updateComplete: Promise<boolean>; loaded: Promise<unknown>; shownPostings: readonly unknown[] };
    expect(el.getAttribute('data-rendered-now')).to.equal('2026-11-30');
    expect(el.hasAttribute('now'), 'the date is not pinned').to.equal(false);
    const root = el.shadowRoot!;
    const cards = [...root.querySelectorAll('[part="card"]')];
    expect(cards.length, 'first page, server-rendered').to.equal(4);
    const selects = [...root.querySelectorAll('select')];
    const top = h.querySelector('.after')!.getBoundingClientRect().top;
    const cls = await layoutShifts(async () => {
      await customElements.whenDefined('intra-job-feed');
      await el.updateComplete;
    });
    const after = [...root.querySelectorAll('[part="card"]')];
    expect(after.length).to.equal(4);
    after.forEach((c, i) => expect(c === cards[i], `card ${i} kept`).to.equal(true));
    [...root.querySelectorAll('select')].forEach((s, i) => expect(s === selects[i], `select ${i} kept`).to.equal(true));
    expect(requested(/\.json$/).length, 'no data request').to.equal(jsonBefore);
    expect(h.querySelector('.after')!.getBoundingClientRect().top).to.equal(top);
    if (cls !== undefined) expect(cls, 'CLS').to.equal(0);
  });

  it('after hydration, a pre-rendered element follows the page\'s lang like a client-rendered one (rendered in the page\'s language)', async () => {
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'fr';
    const until = async (what: string, ok: () => boolean) => {
      for (const end = Date.now() + 5000; !ok(); await new Promise((r) => setTimeout(r, 20))) if (Date.now() > end) throw new Error(`timed out: ${what}`);
    };
    try {
      const h = await place(renderUrl({ 'page-size': '3' }));
      const fr = h.querySelector('intra-portraits') as IntraPortraits;
      await customElements.whenDefined('intra-portraits');
      await fr.loaded;
      await fr.updateComplete;
      const label = () => fr.shadowRoot!.querySelector('.filters label')!.textContent!;
      const cards = [...fr.shadowRoot!.querySelectorAll('.card[part="card"]')];
      expect(label()).to.match(/Rechercher un portrait/);
      document.documentElement.lang = 'en';
      await until('English texts', () => /Search portraits/.test(label()));
      await fr.updateComplete;
      expect(fr.shadowRoot!.querySelector('.count')!.textContent).to.match(/12 portraits/);
      [...fr.shadowRoot!.querySelectorAll('.card[part="card"]')].forEach((c, i) => expect(c === cards[i], `card ${i} kept`).to.equal(true));
      document.documentElement.lang = 'fr';
      await until('French again', () => /Rechercher un portrait/.test(label()));
      // Rendered in another language than the page's: that language was chosen, it is kept.
      const h2 = await place(renderUrl({ lang: 'en', 'page-size': '3' }));
      const en = h2.querySelector('intra-portraits') as IntraPortraits;
      await en.loaded;
      await en.updateComplete;
      expect(en.getAttribute('lang')).to.equal('en');
      expect(en.shadowRoot!.querySelector('.filters label')!.textContent).to.match(/Search portraits/);
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = pageLang;
    }
  });
});
