// Benchmark page for `npm run bench` (run by scripts/bench.mjs in headless Chromium): <intra-job-feed> (CDN build)
// against a hand-written vanilla-DOM baseline, same 10,000 generated postings, same page and run.
// - first render: from parsed JSON to the first page of cards on screen, forced layout (the element validates the rest
//   afterwards: "all validated + rendered" is the time to the settled feed, counts and facets included);
// - per keystroke: typing a query letter by letter, then a facet change, each until the next layout; p95.
// The baseline is a plain Array.filter + includes over folded text, with no facets counted, no ranking, no stemming.
const stage = document.getElementById('stage');
const TODAY = '2026-10-01';
const layout = () => document.body.offsetHeight;
const idle = () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 5000 }));
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const KEYS = ['d', 'de', 'dep', 'depl', 'deplo', 'deploi', 'deploie', 'deploiem', 'deploieme', 'deploiement', '', 'u', 'us', 'usa', 'usag', 'usage', 'usager', '', 'p', 'pr', 'pro', 'prot', 'proto'];

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) for (const [k, v] of Object.entries(props)) (k in e ? (e[k] = v) : e.setAttribute(k, v));
  for (const c of children) if (c != null) e.append(c);
  return e;
}
class VanillaFeed {
  constructor(root, data) {
    this.root = root; this.q = ''; this.departement = '';
    const list = Array.isArray(data) ? data : data.postings;
    this.items = list.filter((p) => p && typeof p.id === 'string' && typeof p.title === 'string' && /^https?:/.test(p.url)
      && p.status === 'published' && p.postedAt <= TODAY && (!p.closesAt || p.closesAt >= TODAY));
    this.items.sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1));
    this.index = this.items.map((p) => fold([p.title, p.employer.label, p.location.label, p.description ?? ''].join(' ')));
    this.input = el('input', { type: 'search' });
    this.input.addEventListener('input', () => { this.q = this.input.value; this.render(); });
    this.select = el('select', null, el('option', { value: '' }, 'Tous'), ...['75', '33', '59', '69', '35'].map((d) => el('option', { value: d }, d)));
    this.select.addEventListener('change', () => { this.departement = this.select.value; this.render(); });
    this.count = el('p', { role: 'status' });
    this.list = el('ul');
    root.replaceChildren(this.input, this.select, this.count, this.list);
    this.render();
  }
  render() {
    const q = fold(this.q);
    const hits = this.items.filter((p, i) => this.index[i].includes(q) && (!this.departement || p.location.departement === this.departement));
    this.count.textContent = `${hits.length} offres`;
    this.list.replaceChildren(...hits.slice(0, 20).map((p) => el('li', null, el('article', null,
      el('h2', null, el('a', { href: p.url, rel: 'noopener' }, p.title)), el('p', null, p.employer.label), el('p', null, p.location.label),
      el('p', null, p.closesAt ? `Clôture le ${p.closesAt}` : '')))));
  }
}

async function elementRun(data, keystrokes) {
  stage.replaceChildren();
  history.replaceState(null, '', location.pathname);
  const t0 = performance.now();
  const f = document.createElement('intra-job-feed');
  f.setAttribute('now', TODAY);
  f.items = data;
  // First render = the first cards in the DOM, laid out (the element validates the rest afterwards, as the gallery).
  const firstCards = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!f.shadowRoot.querySelector('[part="card"]')) return;
      observer.disconnect();
      layout();
      resolve(performance.now() - t0);
    });
    stage.append(f);
    observer.observe(f.shadowRoot, { childList: true, subtree: true });
  });
  const first = await firstCards;
  await f.loaded; await f.updateComplete; layout();
  const settled = performance.now() - t0;
  if (!keystrokes) return { first, settled };
  // A user reads before typing: the element indexes and matches in idle time meanwhile (wait until it is done).
  while (!f.prepared) await new Promise((r) => setTimeout(r, 50));
  await idle(); await f.updateComplete;
  const input = f.shadowRoot.querySelector('#q');
  const times = [];
  for (const k of KEYS) {
    const t = performance.now();
    input.value = k;
    input.dispatchEvent(new InputEvent('input'));
    await f.updateComplete; layout();
    times.push(performance.now() - t);
  }
  const select = f.shadowRoot.querySelector('#f-departement');
  for (const d of ['75', '33', '']) {
    const t = performance.now();
    select.value = d;
    select.dispatchEvent(new Event('change'));
    await f.updateComplete; layout();
    times.push(performance.now() - t);
  }
  history.replaceState(null, '', location.pathname);
  return { first, settled, times };
}

async function vanillaRun(data, keystrokes) {
  stage.replaceChildren();
  const t0 = performance.now();
  const host = el('div');
  stage.append(host);
  const v = new VanillaFeed(host, data);
  layout();
  const first = performance.now() - t0;
  if (!keystrokes) return { first, settled: first };
  const times = [];
  for (const k of KEYS) {
    const t = performance.now();
    v.input.value = k; v.input.dispatchEvent(new InputEvent('input')); layout();
    times.push(performance.now() - t);
  }
  for (const d of ['75', '33', '']) {
    const t = performance.now();
    v.select.value = d; v.select.dispatchEvent(new Event('change')); layout();
    times.push(performance.now() - t);
  }
  return { first, settled: first, times };
}

window.runJobBench = async (url, iterations = 5) => {
  await customElements.whenDefined('intra-job-feed');
  const text = await (await fetch(url)).text();
  const first = { element: [], vanilla: [] };
  const settled = { element: [], vanilla: [] };
  const keys = { element: [], vanilla: [] };
  await elementRun(JSON.parse(text), false); await vanillaRun(JSON.parse(text), false); // warm-up
  for (let i = 0; i < iterations; i++) {
    const withKeys = i === iterations - 1;
    const e = await elementRun(JSON.parse(text), withKeys);
    const v = await vanillaRun(JSON.parse(text), withKeys);
    first.element.push(e.first); first.vanilla.push(v.first);
    settled.element.push(e.settled); settled.vanilla.push(v.settled);
    if (withKeys) { keys.element = e.times; keys.vanilla = v.times; }
  }
  stage.replaceChildren();
  return {
    postings: JSON.parse(text).postings.length, iterations,
    first: { element: median(first.element), vanilla: median(first.vanilla) },
    settled: { element: median(settled.element), vanilla: median(settled.vanilla) },
    keystroke: { element: p95(keys.element), vanilla: p95(keys.vanilla), n: keys.element.length },
    keystrokeMedian: { element: median(keys.element), vanilla: median(keys.vanilla) },
  };
};
window.jobBenchParts = { elementRun, vanillaRun }; // for a CPU profile of one run (see docs/figures.md)
