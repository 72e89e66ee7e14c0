// <intra-job-feed> with a large list (issue 8, first render of 10,000 postings): the first page is shown before every
// record is validated; counts, facets, events and warnings come once, when the load has settled.
import { expect, oneEvent } from '@open-wc/testing';
import '../../components/job-feed/intra-job-feed.js';
import type { IntraJobFeed } from '../../components/job-feed/job-feed.js';
import type { IntraErrorEvent, IntraLoadEvent } from '../../components/shared/events.js';

const NOW = '2026-10-01';
const N = 10_000;
const BAD = 9_990;

/** Invented postings, open on NOW (every 5th in Gironde); record BAD has no title. */
function postings(): unknown[] {
  return Array.from({ length: N }, (_, i) => ({
    id: `gen-${i}`, ...(i === BAD ? {} : { title: `Chargée de mission numérique ${i}` }), employer: { label: `Direction ${i % 13}` },
    versant: 'FPE', categorie: i % 2 ? 'A' : 'B', location: i % 5 ? { label: 'Paris (75)', departement: '75' } : { label: 'Bordeaux', departement: '33' },
    postedAt: '2026-09-01', closesAt: '2026-12-31', url: `https://example.org/offre/${i}`,
    description: 'Piloter le déploiement avec les usagers.', source: { kind: 'manual' }, status: 'published',
  }));
}
const $ = (el: IntraJobFeed, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: IntraJobFeed, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** Removes the feed's state from the URL (the test runner's own `wtr…` parameters stay). */
function resetUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (!k.startsWith('wtr')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}
beforeEach(resetUrl);
afterEach(resetUrl);

describe('<intra-job-feed> with 10,000 postings', () => {

  it('shows the first page before every record is validated; a bad record late in the list is still reported; facets settle once', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<intra-job-feed now="${NOW}" page-size="10"><script type="application/json">${JSON.stringify({ postings: postings() })}</script></intra-job-feed>`;
    const el = wrapper.firstElementChild as IntraJobFeed;
    let settled = false;
    const load = oneEvent(el, 'intra-load');
    const error = oneEvent(el, 'intra-error');
    void load.then(() => { settled = true; });
    // What is on screen when the first cards appear.
    const firstCards = new Promise<{ cards: number; count: string; selects: number; settled: boolean; busy: string | null }>((resolve) => {
      const seen = () => {
        const cards = $$(el, '[part="card"]').length;
        if (!cards) return false;
        resolve({ cards, count: ($(el, '[role="status"]')?.textContent ?? '').trim(), selects: $$(el, 'select').length, settled, busy: $(el, '.list')!.getAttribute('aria-busy') });
        return true;
      };
      const observe = () => {
        const o = new MutationObserver(() => { if (seen()) o.disconnect(); });
        o.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      };
      customElements.whenDefined('intra-job-feed').then(observe);
    });
    document.body.append(wrapper);
    const first = await firstCards;
    expect(first.settled, 'first cards before intra-load').to.equal(false);
    expect(first.cards).to.equal(10);
    expect(first.count).to.contain('Chargement');
    expect(first.busy).to.equal('true');
    expect(first.selects, 'no facet counts before every record is read').to.equal(0);

    const { detail } = (await load) as IntraLoadEvent;
    expect(detail).to.deep.equal({ source: 'inline', total: N, valid: N - 1, rejected: 1, displayable: N - 1 });
    const err = (await error) as IntraErrorEvent;
    expect(err.detail.kind).to.equal('records');
    expect(err.detail.rejected!.map((r) => r.index)).to.deep.equal([BAD]);
    await el.loaded; await el.updateComplete;
    expect($(el, '.count')!.textContent).to.match(/9\s?999 offres/);
    expect($(el, '[part="notice"]')!.textContent).to.contain('1 offre ignorée');
    expect($$(el, '[part="card"]')).to.have.length(10);
    const departements = $$(el, '#f-departement option').map((o) => o.textContent!.trim());
    expect(departements.some((t) => /Gironde \(33\) \(1\s?999\)/.test(t)), departements.join(' | ')).to.equal(true);
    expect(departements.some((t) => /Paris \(75\) \(8\s?000\)/.test(t)), departements.join(' | ')).to.equal(true);
    wrapper.remove();
  });
});

describe('<intra-job-feed> with 2,500 postings, typing', () => {
  it('a keystroke updates the cards and the count at once; the facet counts follow when the typing pauses, or at a facet change', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const { until } = await import('./helpers.js');
    const items = postings().slice(0, 2500);
    const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${items}></intra-job-feed>`);
    await el.loaded; await el.updateComplete;
    const options = (id: string) => $$(el, `#${id} option`).map((o) => o.textContent!.trim().replace(/\s/g, ''));
    expect(options('f-departement')).to.deep.equal(['Tous', 'Gironde(33)(500)', 'Paris(75)(2000)']);
    const input = $(el, '#q') as HTMLInputElement;
    input.value = 'bordeaux';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect($(el, '.count')!.textContent).to.match(/500 offres sur 2\s?500/);
    expect(options('f-departement'), 'counts of the pause before').to.deep.equal(['Tous', 'Gironde(33)(500)', 'Paris(75)(2000)']);
    await until(() => options('f-departement').includes('Paris(75)(0)'), 3000, 'facet counts after the pause');
    expect(options('f-departement')).to.deep.equal(['Tous', 'Gironde(33)(500)', 'Paris(75)(0)']);
    expect(options('f-categorie')).to.deep.equal(['Toutes', 'A(250)', 'B(250)']);
    // Typing again, then a facet change: the counts are computed with it, without waiting.
    input.value = 'chargee';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const cat = $(el, '#f-categorie') as HTMLSelectElement;
    cat.value = 'A';
    cat.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(options('f-departement')).to.deep.equal(['Tous', 'Gironde(33)(250)', 'Paris(75)(1000)']);
    expect(options('f-categorie')).to.deep.equal(['Toutes', 'A(1250)', 'B(1250)']);
  });
});

describe('<intra-job-feed> format readers on demand', () => {
  const requested = (re: RegExp) => performance.getEntriesByType('resource').some((e) => re.test(e.name));

  it('our JSON (property, inline) never imports the other readers (papaparse, JSON-LD, PEP, Notion)', () => {
    // The tests above loaded our JSON only, from a property and from inline JSON. (papaparse itself is in this
    // unbundled page's graph through other modules; test/node/jobs-chunks.test.ts checks the bundle.)
    expect(requested(/job-formats/), 'job-formats module').to.equal(false);
  });

  it('a CSV src imports them, then reads the Choisir le service public fixture', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const el = await fixture<IntraJobFeed>(html`<intra-job-feed now="2026-10-01" src="/test/fixtures/jobs/csp-offres-invented.csv"></intra-job-feed>`);
    await el.loaded; await el.updateComplete;
    expect(requested(/job-formats/)).to.equal(true);
    expect($$(el, '[part="card"]').length).to.be.greaterThan(0);
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
