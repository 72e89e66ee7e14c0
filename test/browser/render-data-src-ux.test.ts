// `intras render … --data-src` (decision 0056, 0066): what the visitor lives through while the whole data is on its way
// and when it fails — no layout shift from the failure alert (F1), focus kept after "Réessayer" (F2), a loading
// status, `aria-busy` and no typed text lost while waiting (F3), the same console report as a plain `src` element
// for a file with no valid record (F7). Data served by the test server on loopback (web-test-runner.config.mjs).
// No @open-wc/testing here: it imports lit, which must not be evaluated before the autoloader decides.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole, layoutShifts } from './helpers.js';

const VALID = '/test/fixtures/portraits/valid.json';
const PEP = '/demo/data/offres-pep.json';
const renderUrl = (params: Record<string, string>) => `/test-api/render?${new URLSearchParams({ data: VALID, 'page-size': '6', ...params })}`;
type Lit = HTMLElement & { updateComplete: Promise<boolean>; loaded: Promise<unknown> };

/** Console errors and warnings of the page while a test runs. */
const logged = captureConsole();
let hosts: HTMLElement[] = [];
beforeEach(() => { logged.length = 0; });
afterEach(() => { for (const h of hosts) h.remove(); hosts = []; history.replaceState(null, '', location.pathname); });
before(async () => { await import('../../components/autoload.js'); });

/** Server HTML at the top of the viewport (earlier hosts removed), parsed as a page load does. */
async function place(url: string, tag = 'intra-portraits'): Promise<Lit> {
  const text = await (await fetch(url)).text();
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.prepend(host);
  hosts.push(host);
  window.scrollTo(0, 0);
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`${text}<p class="after" style="min-height:300px">Sous la liste.</p>`);
  return host.querySelector(tag) as Lit;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
const nextEvent = (el: EventTarget, type: string) => new Promise<CustomEvent>((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent), { once: true }));
const until = async (what: () => boolean, ms = 5000) => { const end = performance.now() + ms; while (!what()) { if (performance.now() > end) throw new Error('timed out'); await frame(); } };
/** The focused element, through shadow roots. */
const focused = (): Element | null => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; };

describe('--data-src: a failed fetch moves nothing in view (F1)', () => {
  for (const [tag, data] of [['intra-portraits', VALID], ['intra-job-feed', PEP]] as const) {
    it(`${tag}: the alert (role="alert") is shown where nothing in view moves; CLS ≤ 0.05`, async () => {
      const el = await place(renderUrl({ element: tag.slice(6), data, 'page-size': '6', 'data-src': '/test-api/status/404' }), tag);
      await frame();
      const cards = [...el.shadowRoot!.querySelectorAll('[part="card"]')];
      const tops = cards.map((c) => c.getBoundingClientRect().top);
      const cls = await layoutShifts(async () => {
        await nextEvent(el, 'intra-error');
        await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'));
        await frame();
      });
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(/Les données sont introuvables \(erreur 404\)/);
      cards.forEach((c, i) => expect(c.getBoundingClientRect().top, `card ${i} did not move`).to.equal(tops[i]));
      if (cls !== undefined) expect(cls, 'CLS').to.be.at.most(0.05);
      expect(el.getAttribute('aria-busy'), 'no longer busy').to.not.equal('true');
    });
  }
});

describe('--data-src: "Réessayer" keeps the keyboard user in place (F2)', () => {
  it('after a successful retry, focus is on the result count, as after the element\'s own "Réessayer" (never on <body>)', async () => {
    const el = await place(renderUrl({ 'data-src': `/test-api/flaky?key=ux-${Date.now()}&file=${VALID}` }));
    await nextEvent(el, 'intra-error');
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"] button'));
    (el.shadowRoot!.querySelector('[role="alert"] button') as HTMLButtonElement).focus();
    const load = nextEvent(el, 'intra-load');
    await sendKeys({ press: 'Enter' });
    expect(focused(), 'focus kept while fetching again').to.not.equal(document.body);
    await load;
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'count');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    (el.shadowRoot!.querySelector('[part="more"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="card"]').length, '"Voir plus" works from the keyboard').to.equal(12);
  });
});

describe('--data-src: while the data loads (F3)', () => {
  it('says it is loading (aria-busy, a polite status) and keeps the search typed meanwhile, applied at hydration', async () => {
    const el = await place(renderUrl({ 'data-src': `/test-api/slow?ms=1500&file=${VALID}` }));
    await customElements.whenDefined('intra-portraits');
    await until(() => el.getAttribute('aria-busy') === 'true');
    const root = el.shadowRoot!;
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).to.match(/Chargement des données/);
    const search = root.querySelector('#q') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'Aurore' });
    const category = root.querySelector('#f-category') as HTMLSelectElement;
    category.value = 'passeur';
    await el.loaded;
    await el.updateComplete;
    await until(() => root.querySelectorAll('[part="card"]').length === 1);
    expect(root.querySelector('[part="card"]')!.textContent).to.contain('Aurore Benali');
    expect((root.querySelector('#q') as HTMLInputElement).value, 'typed text kept').to.equal('Aurore');
    expect((root.querySelector('#f-category') as HTMLSelectElement).value, 'filter kept').to.equal('passeur');
    expect(el.getAttribute('aria-busy')).to.not.equal('true');
    expect(root.querySelector('[role="status"]')!.textContent).to.not.match(/Chargement des données/);
    expect(focused(), 'focus stays in the search field').to.equal(root.querySelector('#q'));
    expect(logged.filter((l) => l.startsWith('error')), 'no console error').to.deep.equal([]);
  });
});

describe('--data-src: a file with no valid record (F7)', () => {
  it('prints the same console report as a plain src element (record number, field) and the same message', async () => {
    const bad = encodeURIComponent(JSON.stringify([{ id: 'x-1', displayName: 'Zoé Exemple', nom: 'X' }]));
    const el = await place(renderUrl({ 'data-src': `/test-api/text?body=${bad}` }));
    const error = (await nextEvent(el, 'intra-error')).detail as { kind: string; fr: string };
    expect(error.kind).to.equal('invalid');
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(error.fr);
    const warnings = logged.filter((l) => l.startsWith('warn'));
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.contain('aucune fiche valide / no valid record');
    expect(warnings[0]).to.contain('fiche n° 1');
    expect(warnings[0]).to.contain('champ inconnu / unknown field: nom');
  });
});
