// A pre-rendered element (`intras render`, decision 0044) already has its first render's height: the autoloader's
// reserved space (decision 0048) must not apply to it. Here the server wrote 12 portraits with `page-size` 24: a
// reservation sized for 24 skeleton cards would make the gallery grow when the loader starts, then shrink back when
// the element is defined, moving the paragraph below twice. Chromium only for the shift score (decision 0023); the
// height check runs everywhere.
// No @open-wc/testing here: it imports lit, which must not be evaluated before the autoloader decides.
import { expect } from '@esm-bundle/chai';

describe('intras render + autoloader: no space reserved for a pre-rendered element', () => {
  it('a pre-rendered gallery shorter than a skeleton page keeps its height from the loader start to hydration', async () => {
    const text = await (await fetch('/test-api/render?data=/test/fixtures/portraits/valid.json&page-size=24')).text();
    const host = document.createElement('div');
    host.style.width = '900px';
    document.body.append(host);
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`${text}<p class="after" style="min-height:300px">Sous la galerie.</p>`);
    const el = host.querySelector('intra-portraits') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(el.shadowRoot!.querySelectorAll('.card[part="card"]').length).to.equal(12);
    const heightBefore = el.getBoundingClientRect().height;
    let score = 0;
    const shifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
    const add = (entries: PerformanceEntryList) => { for (const e of entries as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) score += e.value; };
    const po = shifts ? new PerformanceObserver((list) => add(list.getEntries())) : undefined;
    po?.observe({ type: 'layout-shift' });
    await import('../../components/autoload.js');
    // The loader adopts its stylesheet at once; the element is defined after the first frame.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(el.getBoundingClientRect().height, 'height with the loader running, before definition').to.equal(heightBefore);
    await customElements.whenDefined('intra-portraits');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(el.getBoundingClientRect().height, 'height once hydrated').to.equal(heightBefore);
    if (po) { add(po.takeRecords()); po.disconnect(); expect(score).to.be.at.most(0.05); }
  });
});
