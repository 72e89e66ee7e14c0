/**
 * The embed pages (dist/embed/*.html, docs/embed.md) inside an iframe on ANOTHER origin: the test page is on
 * http://localhost:PORT, the frame on http://127.0.0.1:PORT (web-test-runner.config.mjs serves /dist/embed/ from the
 * current sources, with the build-time allow-list `http://localhost:PORT`). The parent snippet under test is
 * embed/parent.ts (dist/embed/parent.js); what happens inside the cross-origin frame is read with the `frame-eval`
 * server command (puppeteer evaluates in that frame).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EMBED_MESSAGE_TYPE } from '../../embed/parent.js';

const here = location.origin;
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const other = `http://${otherHost}:${location.port}`;

type FrameState = { scrollHeight: number; clientHeight: number; text: string; lang: string; cards: number; defined: boolean };
const STATE = `(() => {
  const el = document.querySelector('main > :first-child');
  const root = el && el.shadowRoot;
  const s = document.scrollingElement;
  return { scrollHeight: s.scrollHeight, clientHeight: s.clientHeight, text: document.body.innerText + (root ? root.textContent : ''),
    lang: document.documentElement.lang, cards: root ? root.querySelectorAll('[part~="card"]').length : -1,
    defined: !!(el && customElements.get(el.localName)) };
})()`;
/** Evaluates `expression` in the frame (`{}` while the frame is not attached yet: `until` waits). */
async function frameEval<T = FrameState>(frame: HTMLIFrameElement, expression = STATE): Promise<T> {
  const r = await executeServerCommand<{ attached: boolean; value?: T }, { url: string; expression: string }>('frame-eval', { url: frame.src, expression });
  return (r?.attached ? r.value : {}) as T;
}

const heights: Array<{ origin: string; data: unknown }> = [];
window.addEventListener('message', (e) => { if (e.origin !== here) heights.push({ origin: e.origin, data: e.data }); });

async function until<T>(what: string, fn: () => T | Promise<T>, ms = 15000): Promise<Exclude<T, false | undefined | null | 0 | ''>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as Exclude<T, false | undefined | null | 0 | ''>;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function embed(page: string, query: string, attrs: Record<string, string> = {}): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.setAttribute('data-intras-embed', '');
  f.title = 'Portraits d’intrapreneurs';
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.style.cssText = 'width:900px;height:150px;border:0;display:block';
  f.src = `${other}/dist/embed/${page}.html?${query}`;
  document.body.append(f);
  return f;
}
const px = (f: HTMLIFrameElement) => parseFloat(f.style.height);

describe('embed pages in a cross-origin iframe', function () {
  this.timeout(40000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a frame below the fold gets its rendered height without being scrolled to (rendering paused off-screen)', async () => {
    heights.length = 0;
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.append(spacer);
    try {
      const f = embed('eligibility', 'programme=certification&lang=fr');
      await until('the form rendered in the frame', async () => ((await frameEval(f)).text ?? '').includes('Étape'));
      // The parent never scrolled: the height comes from the page's own report after its render.
      await until('the frame sized to its rendered form', () => px(f) > 200, 10000);
      expect(window.scrollY).to.equal(0);
    } finally {
      spacer.remove();
    }
  });

  it('renders the gallery in the frame; the parent snippet sets the height so the frame never scrolls, and follows "Voir plus" and a search', async () => {
    heights.length = 0;
    const f = embed('portraits', 'src=/demo/data/portraits.json&page-size=4&heading-level=3&lang=en');
    const s1 = await until('4 cards', async () => { const s = await frameEval(f); return s.cards === 4 && s; });
    expect(s1.defined).to.equal(true);
    expect(s1.lang).to.equal('en');
    // The page posts only { type, height } (a number), nothing from the data.
    const msg = await until('height message', () => heights.find((h) => h.origin === other));
    expect(Object.keys(msg.data as object).sort()).to.deep.equal(['height', 'type']);
    expect((msg.data as { type: string }).type).to.equal(EMBED_MESSAGE_TYPE);
    const settled = async () => {
      const s = await frameEval(f);
      return s.scrollHeight <= s.clientHeight && Math.abs(px(f) - s.clientHeight) < 1 && s;
    };
    const a = await until('frame sized to its content', settled);
    expect(px(f)).to.be.greaterThan(300);
    expect(a.scrollHeight).to.be.at.most(a.clientHeight);
    const before = px(f);

    // "Voir plus" comes once the records after the first page are validated (in slices, after the first render).
    await until('"Voir plus" clicked', async () => (await frameEval<boolean>(f, `(() => { const b = document.querySelector('intra-portraits').shadowRoot.querySelector('[part="more"]'); b?.click(); return !!b; })()`)) === true);
    const b = await until('8 cards and a taller frame', async () => { const s = await settled(); return s && s.cards === 8 && px(f) > before + 50 && s; });
    expect(b.scrollHeight).to.be.at.most(b.clientHeight);
    const afterMore = px(f);

    // A search that matches nothing: the frame shrinks to fit.
    await frameEval(f, `(() => { const q = document.querySelector('intra-portraits').shadowRoot.querySelector('#q');
      q.value = 'zzzz-aucun-portrait'; q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); })()`);
    const c = await until('a shorter frame after the search', async () => { const s = await settled(); return s && s.cards === 0 && px(f) < afterMore - 300 && s; });
    expect(c.scrollHeight).to.be.at.most(c.clientHeight);
  });

  it('bad parameters: a French and English message on the page naming each one, and the height still sent', async () => {
    const f = embed('portraits', 'src=/demo/data/portraits.json&page-size=beaucoup&colour=red');
    const s = await until('message', async () => { const st = await frameEval(f); return /page-size/.test(st.text) && st; });
    expect(s.text).to.contain('« page-size »').and.to.contain('"page-size"');
    expect(s.text).to.contain('« colour »').and.to.contain('"colour"');
    expect(s.defined).to.equal(false);
    await until('sized', async () => { const st = await frameEval(f); return px(f) > 0 && st.scrollHeight <= st.clientHeight; });
  });

  it('refuses javascript:, data: and a cross-origin src not on the allow-list, before any request', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{"portraits":[]}', `http://127.0.0.2:${location.port}/demo/data/portraits.json`]) {
      const f = embed('portraits', `src=${encodeURIComponent(src)}`);
      const s = await until('message', async () => { const st = await frameEval(f); return /« src »/.test(st.text) && st; });
      expect(s.defined, src).to.equal(false);
      const fetched = await frameEval<string[]>(f, `performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /portraits\\.json|^data:/.test(n))`);
      expect(fetched, src).to.deep.equal([]);
      f.remove();
    }
  });

  it('loads a src from an allow-listed origin (the host site, with CORS) under the page CSP', async () => {
    const f = embed('job-feed', `src=${encodeURIComponent(`${here}/embed-data/offres-pep.json`)}&now=2026-11-30&page-size=3`);
    const s = await until('3 offers', async () => { const st = await frameEval(f); return st.cards === 3 && st; });
    expect(s.defined).to.equal(true);
    await until('sized', async () => { const st = await frameEval(f); return px(f) > 200 && st.scrollHeight <= st.clientHeight; });
  });

  it('the page runs under its CSP meta: an inline style attribute is refused, and HTML strings need a Trusted Types policy', async () => {
    const f = embed('portraits', 'src=/demo/data/portraits.json&page-size=2');
    await until('rendered', async () => (await frameEval(f)).cards === 2);
    const r = await frameEval<{ violations: string[]; tt: string }>(f, `new Promise((resolve) => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const p = document.createElement('p');
      p.setAttribute('style', 'color: red');
      document.body.append(p);
      let tt = 'no Trusted Types in this browser';
      if ('trustedTypes' in window) { try { p.innerHTML = '<b>x</b>'; tt = 'accepted'; } catch (e) { tt = e.name; } }
      setTimeout(() => resolve({ violations, tt }), 300);
    })`);
    expect(r.violations).to.include('style-src-attr');
    expect(r.tt).to.be.oneOf(['TypeError', 'no Trusted Types in this browser']);
  });

  it('the eligibility and support-request pages render their element', async () => {
    const e = embed('eligibility', 'programme=certification&heading-level=3');
    await until('eligibility form', async () => { const st = await frameEval(e); return st.defined && /RS6247|certification/i.test(st.text); });
    const r = embed('support-request', 'mailto=equipe%40exemple.gouv.fr');
    await until('support form', async () => { const st = await frameEval(r); return st.defined && /@/.test(st.text) || (st.defined && st.text.length > 100); });
  });

  it('the parent snippet ignores messages from other origins, from other windows and of another shape', async () => {
    const f = embed('portraits', 'src=/demo/data/portraits.json&page-size=2');
    await until('rendered and sized', async () => {
      const s = await frameEval(f);
      return s.cards === 2 && s.scrollHeight <= s.clientHeight && Math.abs(px(f) - s.clientHeight) < 1;
    });
    await new Promise((r) => setTimeout(r, 300)); // the page's own messages have arrived
    const h = px(f);
    const applied = new Set<number>();
    new MutationObserver(() => applied.add(px(f))).observe(f, { attributes: true, attributeFilter: ['style'] });
    // Another window on the frame's origin, not marked data-intras-embed: its real height messages size nothing.
    const g = embed('portraits', 'src=/demo/data/portraits.json&page-size=8');
    g.removeAttribute('data-intras-embed');
    await until('unmarked frame rendered', async () => (await frameEval(g)).cards === 8);
    // A real message from this page's own origin (not the frame's).
    window.postMessage({ type: EMBED_MESSAGE_TYPE, height: 4321 }, '*');
    // Messages of another shape from the embedded window itself, then a good one (the control: the same path applies it).
    const post = (data: string) => frameEval(f, `parent.postMessage(${data}, '*')`);
    for (const data of [`{ type: '${EMBED_MESSAGE_TYPE}', height: '4002' }`, `{ type: '${EMBED_MESSAGE_TYPE}', height: -1 }`,
      `{ type: '${EMBED_MESSAGE_TYPE}', height: Infinity }`, `{ type: '${EMBED_MESSAGE_TYPE}', height: 1e7 }`,
      `{ type: '${EMBED_MESSAGE_TYPE}', height: 4005, extra: 'data' }`, `{ type: 'other', height: 4003 }`, `'${EMBED_MESSAGE_TYPE}'`, 'null', '[4004]'])
      await post(data);
    await post(`{ type: '${EMBED_MESSAGE_TYPE}', height: 777 }`);
    await until('control message applied', () => px(f) === 777);
    expect([...applied]).to.deep.equal([777]);
    expect(h).to.not.equal(777);
    // The same window once navigated to another origin (this page's): its messages no longer match the iframe's src.
    await frameEval(f, `location.href = ${JSON.stringify(`${here}/dist/embed/portraits.html?src=/demo/data/portraits.json&page-size=1`)}`);
    await until('navigated frame rendered', () => f.contentDocument?.querySelector('intra-portraits')?.shadowRoot?.querySelectorAll('[part~="card"]').length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(px(f)).to.equal(777);
    expect([...applied]).to.deep.equal([777]);
  });

  it('with parent-origin, the page posts its height to that origin only', async () => {
    heights.length = 0;
    const wrong = embed('portraits', `src=/demo/data/portraits.json&page-size=2&parent-origin=${encodeURIComponent('http://127.0.0.3:9')}`);
    const right = embed('portraits', `src=/demo/data/portraits.json&page-size=2&parent-origin=${encodeURIComponent(here)}`);
    await until('right frame sized', () => px(right) > 200);
    // The wrong one learns the real parent's origin from parent.js's ping and says so instead of rendering (below).
    await until('wrong frame told its parent-origin is wrong', async () => /« parent-origin »/.test((await frameEval(wrong)).text ?? ''));
    await until('right frame settled', async () => { const st = await frameEval(right); return st.cards === 2 && st.scrollHeight <= st.clientHeight; });
    expect(px(wrong)).to.equal(150); // never told
  });

  it('a parent-origin that is not the host page\'s origin is a bad parameter: named in French and English, in the page and in the console', async () => {
    await executeServerCommand('frame-console');
    const wrong = 'https://www.exemple.gouv.fr';
    const f = embed('portraits', `src=/demo/data/portraits.json&page-size=2&parent-origin=${encodeURIComponent(wrong)}`);
    const s = await until('message', async () => { const st = await frameEval(f); return /« parent-origin »/.test(st.text ?? '') && st; });
    expect(s.text).to.contain(`« ${wrong} »`).and.to.contain(`« ${here} »`).and.to.contain(`parent-origin=${encodeURIComponent(here)}`);
    expect(s.text).to.contain('"parent-origin"');
    expect(s.cards).to.equal(-1, 'no element: the message replaces it');
    const logged = await until('console error in the frame', async () => {
      const all = await executeServerCommand<Array<{ type: string; text: string }>, undefined>('frame-console');
      return (all ?? []).find((m) => m.type === 'error' && m.text.includes('intras embed:') && m.text.includes('« parent-origin »') && m.text.includes('"parent-origin"'));
    });
    expect(logged.text).to.contain(here);
    // Logged once (it was a warning at start, from location.ancestorOrigins, then an error after the ping).
    await new Promise((r) => setTimeout(r, 300));
    const mismatch = ((await executeServerCommand<Array<{ type: string; text: string }>, undefined>('frame-console')) ?? [])
      .filter((m) => m.text.includes('intras embed:') && m.text.includes(`« ${wrong} »`));
    expect(mismatch.map((m) => m.type)).to.deep.equal(['error']);
    // A malformed one is refused at once, like any bad value, with the origin it probably meant.
    const g = embed('portraits', `src=/demo/data/portraits.json&parent-origin=${encodeURIComponent(`${here}/`)}`);
    const t = await until('refused', async () => { const st = await frameEval(g); return /« parent-origin »/.test(st.text ?? '') && st; });
    expect(t.text).to.contain(`vouliez-vous dire « ${here} » ?`).and.to.contain(`did you mean "${here}"?`);
    expect(t.text).to.not.match(/\?\./, 'no full stop after the question mark');
    await until('console error for the malformed one', async () => ((await executeServerCommand<Array<{ type: string; text: string }>, undefined>('frame-console')) ?? [])
      .some((m) => m.type === 'error' && m.text.includes(`vouliez-vous dire « ${here} »`)));
  });

  it('a wrong parent-origin\'s message is readable in the 150 px frame that is never sized: the box fits the frame and scrolls inside', async () => {
    const f = embed('portraits', `src=/demo/data/portraits.json&parent-origin=${encodeURIComponent('https://www.exemple.gouv.fr')}`);
    f.style.width = '320px';
    await until('message', async () => /« parent-origin »/.test((await frameEval(f)).text ?? ''));
    const b = await frameEval<{ bottom: number; inner: number; page: number; overflow: string; scrolls: boolean; tabIndex: number; li: number }>(f, `(() => {
      const b = document.querySelector('.intras-embed-issues');
      return { bottom: b.getBoundingClientRect().bottom, inner: innerHeight, page: document.scrollingElement.scrollHeight,
        overflow: getComputedStyle(b).overflowY, scrolls: b.scrollHeight > b.clientHeight, tabIndex: b.tabIndex,
        li: b.querySelector('li').getBoundingClientRect().top };
    })()`);
    expect(b.inner).to.equal(150);
    expect(b.bottom).to.be.at.most(b.inner, 'the whole box, its border included, inside the frame');
    expect(b.page).to.be.at.most(b.inner, 'the page itself does not scroll: the box does');
    expect(b.overflow).to.equal('auto');
    expect(b.scrolls).to.equal(true);
    expect(b.tabIndex).to.equal(0, 'keyboard users can scroll it');
    expect(b.li).to.be.below(b.inner, 'the first message starts in view');
    expect(px(f)).to.equal(150); // never sized
  });

  it('the parent snippet warns once in the console when a marked frame answers from another origin than its src (a redirect), or a frame lacks data-intras-embed', async () => {
    const warns: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => { warns.push(a.map(String).join(' ')); };
    try {
      const f = embed('portraits', 'src=/demo/data/portraits.json&page-size=1');
      await until('rendered', async () => (await frameEval(f)).cards === 1);
      // The frame's page moves to this page's origin, as after a redirect: its heights are ignored, and said once.
      await frameEval(f, `location.href = ${JSON.stringify(`${here}/dist/embed/portraits.html?src=/demo/data/portraits.json&page-size=2`)}`);
      await until('warned about the origin', () => warns.some((w) => w.startsWith('intras parent.js:') && w.includes(`« ${here} »`) && w.includes(`« ${other} »`)));
      const g = embed('portraits', 'src=/demo/data/portraits.json&page-size=1');
      g.removeAttribute('data-intras-embed');
      await until('warned about the attribute', () => warns.some((w) => w.includes('data-intras-embed') && w.includes(g.src)));
      // Both pages go on posting (render, data, layout): still one line each.
      await until('unmarked frame rendered', async () => (await frameEval(g)).cards === 1);
      await new Promise((r) => setTimeout(r, 500));
      expect(warns.filter((w) => w.includes(`« ${here} »`)).length).to.equal(1, 'once per frame');
      expect(warns.filter((w) => w.includes('data-intras-embed')).length).to.equal(1, 'once per frame');
    } finally {
      console.warn = original;
    }
  });
});
