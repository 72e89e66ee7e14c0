// Benchmark page for `npm run bench` (run by scripts/bench.mjs in headless Chromium).
// Compares <intra-portraits> (CDN build) with a hand-written vanilla-DOM baseline on the same 2,400 portraits,
// in the same page and run: first render (first cards laid out), all records validated and rendered, "Voir plus",
// one search keystroke. Times include a forced layout.
const stage = document.getElementById('stage');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const layout = () => document.body.offsetHeight;
// A user pauses before typing: let idle work run (the element indexes search text when idle).
const idle = () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 500 }));

// ---------------------------------------------------------------- vanilla baseline
const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const LABELS = { horizontal: 'Parcours horizontal', vertical: 'Parcours vertical', passeur: 'Passeur', sortie_prive: 'Sortie dans le privé' };
function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) for (const [k, v] of Object.entries(props)) (k in e ? (e[k] = v) : e.setAttribute(k, v));
  for (const c of children) if (c != null) e.append(c);
  return e;
}
class VanillaGallery {
  constructor(root, data, pageSize = 24) {
    this.root = root; this.pageSize = pageSize; this.pages = 1; this.q = '';
    const list = Array.isArray(data) ? data : data.portraits;
    // minimal hand validation: required strings, known category, consent gate
    this.items = list.filter((p) => p && typeof p.id === 'string' && typeof p.displayName === 'string' && typeof p.headline === 'string'
      && LABELS[p.category] && Array.isArray(p.startups) && p.consent?.given === true && p.status === 'published');
    this.index = new Map(this.items.map((p) => [p.id, fold([p.displayName, p.headline, p.narrative, ...p.startups.map((s) => s.name)].join('\n'))]));
    this.root.replaceChildren();
    const input = el('input', { type: 'search', id: 'q' });
    input.addEventListener('input', () => { this.q = input.value; this.pages = 1; this.renderList(); });
    const admins = [...new Set(this.items.map((p) => p.administration).filter(Boolean))].sort();
    this.root.append(el('div', { className: 'filters' },
      el('label', { htmlFor: 'q' }, 'Rechercher un portrait'), input,
      el('select', null, el('option', { value: '' }, 'Tous'), ...Object.entries(LABELS).map(([k, v]) => el('option', { value: k }, v))),
      el('select', null, el('option', { value: '' }, 'Toutes'), ...admins.map((a) => el('option', { value: a }, a)))));
    this.count = el('p', { role: 'status' });
    this.list = el('ul');
    this.more = el('button', { type: 'button' }, 'Voir plus');
    this.more.addEventListener('click', () => { this.pages++; this.renderList(true); });
    this.root.append(this.count, this.list, this.more);
    this.input = input;
    this.renderList();
  }
  card(p) {
    const initials = p.displayName.split(/\s+/).map((w) => w[0]).slice(0, 2).join('').toUpperCase();
    return el('li', null, el('article', { className: 'card' },
      p.photoUrl ? el('img', { src: p.photoUrl, alt: p.photoAlt ?? '', width: 64, height: 64, loading: 'lazy' }) : el('span', { className: 'avatar' }, initials),
      el('h3', null, el('a', { href: `#portrait-${p.id}` }, p.displayName)),
      el('p', null, p.headline), el('p', null, el('span', { className: 'tag' }, LABELS[p.category])),
      el('p', null, 'Start-ups : ', ...p.startups.flatMap((s, i) => [i ? ', ' : '', el('a', { href: `https://beta.gouv.fr/startups/${s.ghid}.html` }, s.name)]))));
  }
  renderList(append = false) {
    const words = fold(this.q).split(/\s+/).filter(Boolean);
    const matches = words.length ? this.items.filter((p) => words.every((w) => this.index.get(p.id).includes(w))) : this.items;
    const shown = Math.min(matches.length, this.pageSize * this.pages);
    this.count.textContent = `${matches.length} portraits`;
    if (append) { for (const p of matches.slice(this.list.children.length, shown)) this.list.append(this.card(p)); }
    else this.list.replaceChildren(...matches.slice(0, shown).map((p) => this.card(p)));
    this.more.hidden = shown >= matches.length;
    if (append) this.list.children[shown - this.pageSize]?.querySelector('a')?.focus();
  }
}

// ---------------------------------------------------------------- runs
async function elementRun(data) {
  stage.replaceChildren();
  const t0 = performance.now();
  const g = document.createElement('intra-portraits');
  g.items = data;
  // First render = the first cards in the DOM, laid out (the element validates the rest afterwards, issue 10).
  const firstCards = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!g.shadowRoot.querySelector('[part="card"]')) return;
      observer.disconnect();
      layout();
      resolve(performance.now() - t0);
    });
    stage.append(g);
    observer.observe(g.shadowRoot, { childList: true, subtree: true });
  });
  const first = await firstCards;
  await g.loaded; await g.updateComplete; layout();
  const settled = performance.now() - t0;
  const nodes = g.shadowRoot.querySelectorAll('*').length + 1;
  const t1 = performance.now();
  g.shadowRoot.querySelector('[part="more"]').click();
  await g.updateComplete; layout();
  const more = performance.now() - t1;
  const input = g.shadowRoot.querySelector('#q');
  await idle();
  const t2 = performance.now();
  input.value = 'elodie';
  input.dispatchEvent(new InputEvent('input'));
  await g.updateComplete; layout();
  const search = performance.now() - t2;
  history.replaceState(null, '', location.pathname);
  return { first, settled, more, search, nodes };
}

async function vanillaRun(data) {
  stage.replaceChildren();
  const t0 = performance.now();
  const host = el('div');
  stage.append(host);
  const g = new VanillaGallery(host, data);
  layout();
  const first = performance.now() - t0;
  const nodes = host.querySelectorAll('*').length + 1;
  const t1 = performance.now();
  g.more.click(); layout();
  const more = performance.now() - t1;
  await idle();
  const t2 = performance.now();
  g.input.value = 'elodie';
  g.input.dispatchEvent(new InputEvent('input')); layout();
  const search = performance.now() - t2;
  return { first, settled: first, more, search, nodes };
}

window.runBench = async (url, iterations = 15) => {
  await customElements.whenDefined('intra-portraits');
  const text = await (await fetch(url)).text();
  const results = { element: [], vanilla: [] };
  for (let i = 0; i < 3; i++) { await elementRun(JSON.parse(text)); await vanillaRun(JSON.parse(text)); } // warm-up
  for (let i = 0; i < iterations; i++) {
    // alternate order so neither side always runs on a warmer heap
    if (i % 2) { results.vanilla.push(await vanillaRun(JSON.parse(text))); await frame(); results.element.push(await elementRun(JSON.parse(text))); }
    else { results.element.push(await elementRun(JSON.parse(text))); await frame(); results.vanilla.push(await vanillaRun(JSON.parse(text))); }
    await frame();
  }
  const summary = {};
  for (const side of ['element', 'vanilla']) {
    summary[side] = Object.fromEntries(['first', 'settled', 'more', 'search', 'nodes'].map((k) => [k, median(results[side].map((r) => r[k]))]));
  }
  stage.replaceChildren();
  return { iterations, portraits: JSON.parse(text).portraits?.length ?? JSON.parse(text).length, ...summary };
};
