/**
 * Layout stability before definition (issue 10, part 4): with the autoloader (`components/autoload.ts`, the CDN's
 * `intras.js`), an `intra-*` tag is an undefined, empty inline element until its module has loaded — 0 px high — and
 * then grows to its first render (the gallery's skeleton, the eligibility form…), pushing down what follows. The
 * loader reserves each element's first-render height while it is undefined, in a stylesheet it adopts (no inline
 * style: the documented strict CSP holds). Each test puts one undefined element above a tall paragraph, with the
 * loader running, and sums the page's layout-shift scores until the element has rendered (the gallery: until its
 * cards arrived). One page for the whole file: each element's module loads once, so each tag is tested once, on its
 * first load. Chromium only: Firefox has no layout-shift entries (decision 0023).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/autoload.js';

type Shift = { value: number; hadRecentInput: boolean };
type Rendered = HTMLElement & { updateComplete: Promise<boolean>; loaded?: Promise<unknown> };

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));

/** Puts `markup` (one undefined `intra-*` element) above a tall paragraph; CLS until `ready(element)` and two frames. */
async function clsOf(markup: string, ready: (el: Rendered) => Promise<unknown>): Promise<{ cls: number; el: Rendered }> {
  let cls = 0;
  const add = (list: PerformanceEntry[]) => { for (const e of list as unknown as Shift[]) if (!e.hadRecentInput) cls += e.value; };
  const po = new PerformanceObserver((l) => add(l.getEntries()));
  po.observe({ type: 'layout-shift' });
  const host = document.createElement('div');
  host.className = 'cls-host';
  host.innerHTML = `${markup}<p class="after">Paragraphe sous l’élément, haut comme une section de page.</p>`;
  host.querySelector<HTMLElement>('.after')!.style.minHeight = '600px';
  host.style.width = '900px';
  document.body.replaceChildren(host);
  const el = host.firstElementChild as Rendered;
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  await ready(el);
  await el.updateComplete;
  await frames();
  add(po.takeRecords());
  po.disconnect();
  return { cls, el };
}

describe('autoloader: space reserved before definition (issue 10, CLS ≤ 0.05)', () => {
  before(async () => { await setViewport({ width: 1000, height: 1600 }); await frames(); });
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip(); // Firefox: no layout-shift entries
  });

  it('<intra-portraits page-size="6">: nothing under the gallery moves, from the undefined tag to the cards', async () => {
    const { cls, el } = await clsOf(
      '<intra-portraits page-size="6" src="/test-api/slow?ms=400&file=/test/fixtures/portraits/valid.json"></intra-portraits>',
      async (e) => { await e.loaded; },
    );
    expect(el.shadowRoot!.querySelectorAll('.card[part="card"]').length).to.equal(6);
    expect(cls).to.be.at.most(0.05);
  });

  it('<intra-eligibility>: the first step takes the reserved space', async () => {
    const { cls, el } = await clsOf('<intra-eligibility programme="certification"></intra-eligibility>', async () => {});
    expect(el.shadowRoot!.querySelector('form, fieldset')).to.not.equal(null);
    expect(cls).to.be.at.most(0.05);
  });

  it('<intra-job-feed> while its data loads: the skeleton takes the reserved space', async () => {
    const { cls, el } = await clsOf(
      '<intra-job-feed now="2026-11-30" src="/test-api/slow?ms=3000&file=/test/fixtures/jobs/pep-offres-2021-09.json"></intra-job-feed>',
      async () => {},
    );
    expect(el.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    expect(cls).to.be.at.most(0.05);
  });

  it('<intra-support-request>: the form takes the reserved space', async () => {
    const { cls, el } = await clsOf('<intra-support-request></intra-support-request>', async () => {});
    expect(el.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(cls).to.be.at.most(0.05);
  });
});
