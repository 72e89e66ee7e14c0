/**
 * Layout stability of a page with the gallery above other content (issue 10, part 4): while `src` loads, the
 * skeleton reserves the first page's height (the filters, the count, `page-size` cards of a card's height in the
 * cards' grid, the "Voir plus" row), so the paragraph under the gallery does not move when the cards arrive.
 * Measured with the browser's own layout-shift entries (`PerformanceObserver`, Chromium; Firefox has no such entries).
 */
import { fixture, html, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/portraits/intra-portraits.js';
import type { IntraPortraits } from '../../components/portraits/portraits.js';

const PORTRAITS = '/test/fixtures/portraits';

/** Sum of the layout-shift scores (no recent input) while `run` runs, as the CLS of a single session window. */
async function layoutShifts(run: () => Promise<void>): Promise<number> {
  let score = 0;
  const po = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) score += e.value;
  });
  po.observe({ type: 'layout-shift' });
  await run();
  // Shifts are reported after the frame that made them: two frames and a task later they are all in.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  for (const e of po.takeRecords() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) score += e.value;
  po.disconnect();
  return score;
}

describe('<intra-portraits>: layout stability (issue 10)', () => {
  // A tall viewport: the paragraph is in view before and after the cards arrive, so any move of it counts.
  before(async () => { await setViewport({ width: 1000, height: 1600 }); await new Promise((r) => setTimeout(r, 600)); });
  after(() => setViewport({ width: 800, height: 600 }));
  for (const [name, width, pageSize] of [['desktop, 3 per page', 900, 3], ['desktop, 6 per page', 900, 6], ['mobile, 2 per page', 360, 2]] as const) {
    it(`${name}: the paragraph under the gallery does not move when the cards arrive (CLS ≤ 0.05)`, async function () {
      if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip(); // Firefox: no layout-shift entries
      let el!: IntraPortraits;
      const cls = await layoutShifts(async () => {
        const page = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
          <intra-portraits page-size=${pageSize} src="/test-api/slow?ms=400&file=${PORTRAITS}/valid.json"></intra-portraits>
          <p class="after" style="min-height:400px">Paragraphe sous la galerie, haut comme une section de page.</p></div>`);
        el = page.querySelector('intra-portraits')!;
        await new Promise((r) => setTimeout(r, 100)); // the skeleton is painted
        await el.loaded;
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelectorAll('.card[part="card"]').length).to.equal(pageSize);
      expect(cls).to.be.at.most(0.05);
    });
  }
});
