// `intras render portraits --data-src URL` (issue 10, part 4; decision 0056): the page's HTML holds the first page,
// count and facets of the whole data but no inline data; the element waits under `defer-hydration` for `src`, then
// hydrates from the whole data keeping the server's nodes — or, when the fetched data is not what the server rendered
// (published since), renders that data in place without a blank frame; a failed fetch leaves the server's HTML and
// says why (FR/EN). Data served by the test server on loopback (web-test-runner.config.mjs).
// No @open-wc/testing here: it imports lit, which must not be evaluated before the autoloader decides.
import { expect } from '@esm-bundle/chai';
import type { IntraPortraits } from '../../components/portraits/portraits.js';
import { captureConsole, layoutShifts } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);

const VALID = '/test/fixtures/portraits/valid.json';
const DEMO = '/demo/data/portraits.json';
const MIXED = '/test/fixtures/portraits/mixed.json';
const renderUrl = (params: Record<string, string>) => `/test-api/render?${new URLSearchParams({ data: VALID, 'page-size': '6', ...params })}`;

/** Console errors and warnings of the page while a test runs. */
const logged = captureConsole();
beforeEach(() => { logged.length = 0; });

/** Puts server HTML in a new container, parsing its declarative shadow roots as a page load does. */
async function place(url: string, width = 900): Promise<{ host: HTMLElement; el: IntraPortraits }> {
  const text = await (await fetch(url)).text();
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`${text}<p class="after" style="min-height:300px">Sous la galerie.</p>`);
  return { host, el: host.querySelector('intra-portraits') as IntraPortraits };
}

/** The number of cards in `el`'s shadow root at every animation frame until `stop()` (a frame with none is blank). */
function watchFrames(el: HTMLElement): { stop: () => number[] } {
  const counts: number[] = [];
  let on = true;
  const tick = () => { if (!on) return; counts.push(el.shadowRoot!.querySelectorAll('.card').length); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  return { stop: () => { on = false; return counts; } };
}

const requests = (path: string) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname + new URL(e.name).search === path).length;
const nextEvent = (el: EventTarget, type: string) => new Promise<CustomEvent>((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent), { once: true }));

function snapshot(el: HTMLElement) {
  const root = el.shadowRoot!;
  return {
    cards: [...root.querySelectorAll('.card[part="card"]')], list: root.querySelector('.list'), search: root.querySelector('#q'),
    selects: [...root.querySelectorAll('select')], count: root.querySelector('.count'), more: root.querySelector('[part="more"]'),
  };
}

function expectSameNodes(el: HTMLElement, before: ReturnType<typeof snapshot>): void {
  const now = snapshot(el);
  expect(now.cards.length).to.equal(before.cards.length);
  now.cards.forEach((c, i) => expect(c === before.cards[i], `card ${i} is the server's node`).to.equal(true));
  expect(now.list === before.list, 'list kept').to.equal(true);
  expect(now.search === before.search, 'search field kept').to.equal(true);
  now.selects.forEach((s, i) => expect(s === before.selects[i], `select ${i} kept`).to.equal(true));
  expect(now.count === before.count, 'count kept').to.equal(true);
  expect(now.more === before.more, '"Voir plus" kept').to.equal(true);
  expect(el.shadowRoot!.querySelectorAll('.list').length, 'nothing rendered twice').to.equal(1);
}

describe('intras render portraits --data-src → hydration after the whole data', () => {
  it('the HTML has the first page, the count of the whole data, src, defer-hydration and no inline data', async () => {
    const { el } = await place(renderUrl({ 'data-src': VALID }));
    expect(customElements.get('intra-portraits'), 'no element script yet').to.equal(undefined);
    expect(el.getAttribute('src')).to.equal(VALID);
    expect(el.hasAttribute('defer-hydration')).to.equal(true);
    expect(el.querySelector('script'), 'no inline data').to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.card[part="card"]').length).to.equal(6);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.match(/12 portraits/);
  });

  it('waits under defer-hydration for src, then hydrates from it keeping every server node, one request, no shift, no console message', async () => {
    const src = `/test-api/slow?ms=700&file=${VALID}`;
    const { host, el } = await place(renderUrl({ 'data-src': src }));
    const before = snapshot(el);
    const afterTop = host.querySelector('.after')!.getBoundingClientRect().top;
    const loads: CustomEvent[] = [];
    el.addEventListener('intra-load', (e) => loads.push(e as CustomEvent));
    const frames = watchFrames(el);
    const cls = await layoutShifts(async () => {
      await import('../../components/autoload.js');
      await customElements.whenDefined('intra-portraits');
      await new Promise((r) => setTimeout(r, 200));
      // Defined, but the whole data is still on its way: not hydrated, the server's HTML untouched.
      expect(el.hasAttribute('defer-hydration'), 'still deferred while src loads').to.equal(true);
      expect(el.hasUpdated, 'no render yet').to.equal(false);
      expectSameNodes(el, before);
      await el.loaded;
      await el.updateComplete;
    });
    expect(frames.stop().every((n) => n === 6), 'the six cards at every frame').to.equal(true);
    expect(el.hasAttribute('defer-hydration')).to.equal(false);
    expectSameNodes(el, before);
    expect(requests(src), 'src fetched once').to.equal(1);
    expect(loads.length, 'intra-load once').to.equal(1);
    expect(loads[0].detail).to.include({ source: 'src', total: 12, valid: 12 });
    expect(el.publishedPortraits.length).to.equal(12);
    expect(host.querySelector('.after')!.getBoundingClientRect().top).to.equal(afterTop);
    if (cls !== undefined) expect(cls, 'CLS').to.equal(0);
    expect(logged, 'no console message').to.deep.equal([]);
  });

  it('data with rejected records (--allow-invalid, src = the same file): hydrates keeping every node, the notice included, focus kept', async () => {
    // Re-check trial: the server rendered the publishable records only, the browser's digest (with the rejected
    // records' count) differed, the shadow root was rebuilt: focus lost while typing, cards moved by the notice.
    const src = `/test-api/slow?ms=500&file=${MIXED}`;
    const { el } = await place(renderUrl({ data: MIXED, 'data-src': src, 'allow-invalid': '1' }));
    const before = snapshot(el);
    const notice = el.shadowRoot!.querySelector('.notice, [part="notice"]');
    expect(notice?.textContent ?? '', 'the notice is in the server HTML').to.match(/ignorée/);
    (before.search as HTMLInputElement).focus();
    await import('../../components/autoload.js');
    await customElements.whenDefined('intra-portraits');
    await el.loaded;
    await el.updateComplete;
    expect(el.hasAttribute('defer-hydration')).to.equal(false);
    expectSameNodes(el, before);
    expect(el.shadowRoot!.activeElement === before.search, 'focus still in the search field').to.equal(true);
  });

  it('is live after hydration: "Voir plus" adds the cards of the whole data', async () => {
    const { el } = await place(renderUrl({ 'data-src': VALID }));
    await customElements.whenDefined('intra-portraits');
    await el.loaded;
    await el.updateComplete;
    const root = el.shadowRoot!;
    (root.querySelector('[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelectorAll('.card[part="card"]').length).to.equal(12);
    expect(root.querySelector('[part="more"]')).to.equal(null);
    expect(logged).to.deep.equal([]);
  });

  it('data published since the render: ends in the fetched data\'s state, no blank frame, no console error', async () => {
    const { el } = await place(renderUrl({ 'data-src': DEMO }));
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.match(/12 portraits/);
    const loads: CustomEvent[] = [];
    el.addEventListener('intra-load', (e) => loads.push(e as CustomEvent));
    const frames = watchFrames(el);
    await customElements.whenDefined('intra-portraits');
    await el.loaded;
    await el.updateComplete;
    const counts = frames.stop();
    expect(counts.every((n) => n > 0), `cards at every frame: ${counts.join(',')}`).to.equal(true);
    const root = el.shadowRoot!;
    const shown = el.publishedPortraits.length;
    expect(shown, 'the demo data, not the 12 rendered').to.be.greaterThan(30);
    expect(root.querySelector('.count')!.textContent).to.match(new RegExp(`${shown} portraits`));
    expect(root.querySelectorAll('.card[part="card"]').length).to.equal(6);
    expect(root.querySelectorAll('.list').length, 'one list').to.equal(1);
    expect(root.querySelectorAll('.filters').length, 'one filter bar').to.equal(1);
    expect(loads.length).to.equal(1);
    expect(el.hasAttribute('defer-hydration')).to.equal(false);
    // Live: "Voir plus" pages through the fetched data.
    (root.querySelector('[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelectorAll('.card[part="card"]').length).to.equal(12);
    expect(logged.filter((l) => l.startsWith('error')), 'no console error').to.deep.equal([]);
  });

  it('data published since the render, a control focused meanwhile: focus is on the same control after the fresh render', async () => {
    const { el } = await place(renderUrl({ 'data-src': `/test-api/slow?ms=600&file=${DEMO}` }));
    await import('../../components/autoload.js');
    await customElements.whenDefined('intra-portraits');
    (el.shadowRoot!.querySelector('#q') as HTMLInputElement).focus();
    await el.loaded;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    expect(el.publishedPortraits.length, 'the fetched data was rendered afresh').to.be.greaterThan(30);
    expect(root.activeElement?.id, 'focus on the new search field').to.equal('q');
  });

  for (const [name, src, message] of [
    ['404', '/test-api/status/404', /Les données sont introuvables \(erreur 404\)/],
    ['bad JSON', '/test-api/text?body=pas%20du%20json', /pas du JSON valide/],
    ['a connection reset', `/test-api/reset?file=${VALID}`, /le réseau ne répond pas/],
  ] as const) {
    it(`a failed fetch (${name}) keeps the server's HTML and its cards, and says what failed (FR)`, async () => {
      const { el } = await place(renderUrl({ 'data-src': src }));
      const before = snapshot(el);
      const error = nextEvent(el, 'intra-error');
      await customElements.whenDefined('intra-portraits');
      const detail = (await error).detail as { fr: string; kind: string };
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      expect(detail.fr).to.match(message);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert, 'an alert').to.not.equal(null);
      expect(alert.textContent).to.match(message);
      expect(alert.textContent).to.match(/La première page reste affichée/);
      expectSameNodes(el, before);
      expect(el.hasAttribute('defer-hydration'), 'not hydrated').to.equal(true);
      expect(await Promise.race([el.loaded, new Promise((r) => setTimeout(() => r('pending'), 2000))]), '`loaded` settles, with undefined').to.equal(undefined);
      // The controls that cannot work without the whole data are disabled, and say so.
      expect((before.search as HTMLInputElement).disabled).to.equal(true);
      expect((before.more as HTMLButtonElement).disabled).to.equal(true);
      expect(logged.filter((l) => l.startsWith('error')), 'no console error').to.deep.equal([]);
    });
  }

  it('a failed fetch says so in English for an English element; "Retry" hydrates once the data is there, keeping the nodes', async () => {
    const src = `/test-api/flaky?key=render-data-src-${Date.now()}&file=${VALID}`;
    const { el } = await place(renderUrl({ 'data-src': src, lang: 'en' }));
    const before = snapshot(el);
    const error = nextEvent(el, 'intra-error');
    await customElements.whenDefined('intra-portraits');
    await error;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/The data server is not responding properly \(error 503\)/);
    expect(alert.textContent).to.match(/The first page stays on screen/);
    const load = nextEvent(el, 'intra-load');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await load;
    await el.loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'alert gone').to.equal(null);
    expectSameNodes(el, before);
    expect((before.search as HTMLInputElement).disabled, 'search enabled again').to.equal(false);
    expect((before.more as HTMLButtonElement).disabled).to.equal(false);
    expect(el.publishedPortraits.length).to.equal(12);
    expect(logged.filter((l) => l.startsWith('error')), 'no console error').to.deep.equal([]);
  });

  it('intras render job-feed --data-src: waits for src, then hydrates keeping the offers\' cards and filters', async () => {
    const PEP = '/demo/data/offres-pep.json';
    const text = await (await fetch(renderUrl({ element: 'job-feed', data: PEP, 'data-src': PEP, 'page-size': '4' }))).text();
    const host = document.createElement('div');
    host.style.width = '900px';
    document.body.append(host);
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(text);
    const el = host.querySelector('intra-job-feed') as HTMLElement & { updateComplete: Promise<boolean>; loaded: Promise<unknown> };
    expect(el.getAttribute('src')).to.equal(PEP);
    expect(el.querySelector('script'), 'no inline data').to.equal(null);
    const root = el.shadowRoot!;
    const cards = [...root.querySelectorAll('[part="card"]')];
    const selects = [...root.querySelectorAll('select')];
    expect(cards.length).to.equal(4);
    await customElements.whenDefined('intra-job-feed');
    await el.loaded;
    await el.updateComplete;
    expect(el.hasAttribute('defer-hydration')).to.equal(false);
    const after = [...root.querySelectorAll('[part="card"]')];
    expect(after.length).to.equal(4);
    after.forEach((c, i) => expect(c === cards[i], `card ${i} kept`).to.equal(true));
    [...root.querySelectorAll('select')].forEach((s, i) => expect(s === selects[i], `select ${i} kept`).to.equal(true));
    expect(logged.filter((l) => l.startsWith('error')), 'no console error').to.deep.equal([]);
  });
});
