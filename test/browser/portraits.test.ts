import { fixture, html, expect, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/portraits/intra-portraits.js';
import { IntraPortraits } from '../../components/portraits/portraits.js';
import { IntraLoadEvent, IntraErrorEvent, IntraSelectEvent } from '../../components/shared/events.js';
import { makePortrait, resetUrl, until } from './helpers.js';
import { RS6247_SHORT_LABELS } from '../../src/index.js';

const FIXTURES = '/test/fixtures/portraits';

const $ = (el: IntraPortraits, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: IntraPortraits, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const names = (el: IntraPortraits) => $$(el, '.card-title a').map((a) => a.textContent!.trim());
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function loaded(el: IntraPortraits) {
  await el.loaded;
  await el.updateComplete;
  await el.updateComplete;
}

describe('<intra-portraits>', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('is defined as a custom element', () => {
    expect(customElements.get('intra-portraits')).to.exist;
    expect(document.createElement('intra-portraits')).to.be.instanceOf(IntraPortraits);
  });

  describe('data paths', () => {
    it('renders from the items property (array), accessible, no events for a property set by code', async () => {
      let events = 0;
      const el = await fixture<IntraPortraits>(html`<intra-portraits @intra-load=${() => events++} .items=${[makePortrait({ displayName: 'Élodie Marchal' }), makePortrait({ displayName: 'Yanis Bouchet' })]}></intra-portraits>`);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Élodie Marchal', 'Yanis Bouchet']);
      expect($(el, '.count')!.textContent).to.contain('2 portraits');
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('accepts { portraits: [...] } as well as an array', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${{ portraits: [makePortrait({ displayName: 'Nadia Ferrand' })] }}></intra-portraits>`);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Nadia Ferrand']);
    });

    it('reads an inline <script type="application/json"> child and fires intra-load', async () => {
      const data = JSON.stringify([makePortrait({ displayName: 'Inline Personne' })]);
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-portraits><script type="application/json">${data}</script></intra-portraits>`;
      const el = wrapper.firstElementChild as IntraPortraits;
      const ev = oneEvent(el, 'intra-load');
      document.body.append(wrapper);
      const { detail } = (await ev) as IntraLoadEvent;
      expect(detail).to.deep.equal({ source: 'inline', total: 1, valid: 1, rejected: 0, displayable: 1 });
      await loaded(el);
      expect(names(el)).to.deep.equal(['Inline Personne']);
      wrapper.remove();
    });

    it('fetches src over HTTP and fires intra-load with counts', async () => {
      const el = document.createElement('intra-portraits') as IntraPortraits;
      const ev = oneEvent(el, 'intra-load');
      el.src = `${FIXTURES}/valid.json`;
      document.body.append(el);
      const { detail } = (await ev) as IntraLoadEvent;
      expect(detail.source).to.equal('src');
      expect(detail.rejected).to.equal(0);
      expect(detail.valid).to.be.greaterThan(5);
      await loaded(el);
      expect($$(el, '.card').length).to.equal(Math.min(detail.displayable, 24));
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('gives the property precedence over inline JSON and src', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-portraits src="${FIXTURES}/valid.json"><script type="application/json">${JSON.stringify([makePortrait({ displayName: 'Inline' })])}</script></intra-portraits>`;
      const el = wrapper.firstElementChild as IntraPortraits;
      el.items = [makePortrait({ displayName: 'Propriété' })];
      document.body.append(wrapper);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Propriété']);
      wrapper.remove();
    });
  });

  describe('consent', () => {
    it('never renders a portrait without consent or not published, whatever the input says', async () => {
      const items = [
        makePortrait({ displayName: 'Visible Un' }),
        makePortrait({ displayName: 'Brouillon Consenti', status: 'draft' }),
        makePortrait({ displayName: 'Publié Sans Consentement', consent: { given: false } }),
        makePortrait({ displayName: 'Archivé', status: 'archived' }),
      ];
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items}></intra-portraits>`);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Visible Un']);
      expect(el.shadowRoot!.textContent).not.to.contain('Brouillon');
      expect(el.shadowRoot!.textContent).not.to.contain('Sans Consentement');
      expect(el.publishedPortraits.map((p) => p.displayName)).to.deep.equal(['Visible Un']);
    });

    it('does not open a deep link to a portrait that is not publishable', async () => {
      const hidden = makePortrait({ displayName: 'Secret Draft', status: 'draft' });
      history.replaceState(null, '', `#portrait-${hidden.id}`);
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait(), hidden]}></intra-portraits>`);
      await loaded(el);
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect(el.shadowRoot!.textContent).not.to.contain('Secret Draft');
    });
  });

  describe('states', () => {
    it('loading: role=status while src is fetched, accessible', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits src="/test-api/slow?ms=800&file=${FIXTURES}/valid.json"></intra-portraits>`);
      const status = $(el, '[role="status"]');
      expect(status?.textContent).to.contain('Chargement des portraits');
      await expect(el).to.be.accessible();
      await loaded(el);
      expect($$(el, '.card').length).to.be.greaterThan(0);
    });

    it('empty: no publishable portrait', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ status: 'draft' })]}></intra-portraits>`);
      await loaded(el);
      expect($(el, '[role="status"]')!.textContent).to.contain('Aucun portrait publié');
      await expect(el).to.be.accessible();
    });

    it('error by HTTP status: French message, retry button, intra-error detail', async () => {
      const el = document.createElement('intra-portraits') as IntraPortraits;
      const ev = oneEvent(el, 'intra-error');
      el.src = '/test-api/status/404';
      document.body.append(el);
      const { detail } = (await ev) as IntraErrorEvent;
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(404);
      await loaded(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('Impossible d’afficher les portraits');
      expect(alert.textContent).to.contain('404');
      expect(alert.querySelector('button')!.textContent).to.contain('Réessayer');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('error by network failure (closed port) is named as such', async () => {
      const el = document.createElement('intra-portraits') as IntraPortraits;
      const ev = oneEvent(el, 'intra-error');
      el.src = 'http://127.0.0.1:9/portraits.json';
      document.body.append(el);
      const { detail } = (await ev) as IntraErrorEvent;
      expect(detail.kind).to.equal('network');
      await loaded(el);
      expect($(el, '[role="alert"]')!.textContent).to.contain('réseau');
      el.remove();
    });

    it('error for a response that is not JSON, and for a document of the wrong shape', async () => {
      const a = await fixture<IntraPortraits>(html`<intra-portraits src="/test-api/text?body=%3Chtml%3E"></intra-portraits>`);
      await loaded(a);
      expect($(a, '[role="alert"]')!.textContent).to.contain('pas du JSON valide');
      const b = await fixture<IntraPortraits>(html`<intra-portraits src="${FIXTURES}/invalid-document.json"></intra-portraits>`);
      await loaded(b);
      expect($(b, '[role="alert"]')!.textContent).to.contain('format attendu');
    });

    it('retry reloads after a failure (503 then 200)', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits src="/test-api/flaky?key=${Math.random()}&file=${FIXTURES}/valid.json"></intra-portraits>`);
      await loaded(el);
      const button = $(el, '[role="alert"] button')!;
      expect($(el, '[role="alert"]')!.textContent).to.contain('503');
      button.click();
      await until(() => $$(el, '.card').length > 0, 4000, 'cards after retry');
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('partial: invalid records are skipped, counted discreetly, detailed in intra-error and in a console warning', async () => {
      const el = document.createElement('intra-portraits') as IntraPortraits;
      const ev = oneEvent(el, 'intra-error');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
      el.src = `${FIXTURES}/mixed.json`;
      document.body.append(el);
      const { detail } = (await ev) as IntraErrorEvent;
      console.warn = warn;
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('2 fiches ignorées / 2 records skipped');
      expect(warnings[0]).to.match(/#\d+: category \[invalid_value\]/);
      expect(warnings[0]).not.to.contain('diagonal');
      expect(warnings[0]).not.to.contain('p-048');
      expect(detail.kind).to.equal('records');
      expect(detail.rejected!.length).to.equal(2);
      for (const r of detail.rejected!) {
        expect(r.index).to.be.a('number');
        expect(r.issues[0].fr).to.be.a('string').and.not.empty;
        expect(r.issues[0].en).to.be.a('string').and.not.empty;
      }
      await loaded(el);
      expect($(el, '.notice')!.textContent).to.contain('2 fiches ignorées');
      expect($$(el, '.card').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a single bad record never blanks the gallery (property path)', async () => {
      const bad = { ...makePortrait(), category: 'diagonal' };
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ displayName: 'Bonne Fiche' }), bad]}></intra-portraits>`);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Bonne Fiche']);
      expect($(el, '.notice')!.textContent).to.contain('1 fiche ignorée');
    });
  });

  describe('search, facets and URL state', () => {
    const items = () => [
      makePortrait({ displayName: 'Élodie Marchal', category: 'passeur', administration: 'ANCT', competences: ['test'] }),
      makePortrait({ displayName: 'Yanis Bouchet', category: 'horizontal', administration: 'DGFiP', narrative: 'Serial intrapreneur à la DINUM.', competences: ['deploiement'], startups: [{ ghid: 'mon-suivi-justice', name: 'Mon Suivi Justice' }] }),
      makePortrait({ displayName: 'Hélène Roux', category: 'vertical', administration: 'DGFiP', competences: ['pitch'] }),
    ];

    it('search is accent- and case-insensitive over name, narrative and start-ups; count announced', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items()}></intra-portraits>`);
      await loaded(el);
      const q = $(el, '#q') as HTMLInputElement;
      const count = $(el, '.count')!;
      expect(count.getAttribute('aria-live')).to.equal('polite');
      for (const [query, expected] of [['elodie', ['Élodie Marchal']], ['HELENE', ['Hélène Roux']], ['suivi justice', ['Yanis Bouchet']], ['dinum', ['Yanis Bouchet']]] as const) {
        q.value = query;
        q.dispatchEvent(new InputEvent('input'));
        await el.updateComplete;
        expect(names(el), query).to.deep.equal(expected);
        expect(count.textContent).to.contain('1 portrait sur 3');
      }
      await until(() => new URL(location.href).searchParams.get('q') === 'dinum', 2000, 'search written to the URL');
    });

    it('facets filter by archetype, administration and competence; state goes to the URL; back restores it', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items()}></intra-portraits>`);
      await loaded(el);
      const admin = $(el, '#f-administration') as HTMLSelectElement;
      admin.value = 'DGFiP';
      admin.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Yanis Bouchet', 'Hélène Roux']);
      expect(new URL(location.href).searchParams.get('administration')).to.equal('DGFiP');
      const comp = $(el, '#f-competence') as HTMLSelectElement;
      comp.value = 'pitch';
      comp.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Hélène Roux']);
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Yanis Bouchet', 'Hélène Roux']);
      expect(comp.value).to.equal('');
    });

    it('reads its initial state from the URL (shareable link) and the category preset', async () => {
      const url = new URL(location.href);
      url.searchParams.set('parcours', 'passeur');
      history.replaceState(null, '', url);
      const a = await fixture<IntraPortraits>(html`<intra-portraits .items=${items()}></intra-portraits>`);
      await loaded(a);
      expect(names(a)).to.deep.equal(['Élodie Marchal']);
      resetUrl();
      const b = await fixture<IntraPortraits>(html`<intra-portraits category="horizontal" without-filters .items=${items()}></intra-portraits>`);
      await loaded(b);
      expect(names(b)).to.deep.equal(['Yanis Bouchet']);
      expect($(b, '#f-category')).to.equal(null);
      expect($(b, '#q')).to.exist;
    });

    it('no match: message with a reset button that restores everything; accessible', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items()}></intra-portraits>`);
      await loaded(el);
      const q = $(el, '#q') as HTMLInputElement;
      q.value = 'zzzz introuvable';
      q.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Aucun portrait ne correspond à votre recherche');
      await expect(el).to.be.accessible();
      ($(el, '.reset') as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el).length).to.equal(3);
      expect(deepActive()?.id).to.equal('q');
    });

    it('a facet with no value in the data is not shown; card links elide "de" before a vowel', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ displayName: 'Olivier Sanchez', administration: undefined, competences: undefined }), makePortrait({ displayName: 'Bruno Petit', administration: undefined, competences: undefined })]}></intra-portraits>`);
      await loaded(el);
      expect($(el, '#f-category')).to.exist;
      expect($(el, '#f-administration')).to.equal(null);
      expect($(el, '#f-competence')).to.equal(null);
      expect($$(el, '.card-title a').map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Lire le portrait d’Olivier Sanchez', 'Lire le portrait de Bruno Petit']);
    });

    it('without-search and without-filters hide the bar', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits without-search without-filters .items=${items()}></intra-portraits>`);
      await loaded(el);
      expect($(el, '.filters')).to.equal(null);
    });
  });

  describe('cards', () => {
    it('links start-ups to beta.gouv.fr, shows the archetype tag, and an initials avatar without photo', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ displayName: 'Élodie Marchal', category: 'sortie_prive', startups: [{ ghid: 'mon-suivi-justice', name: 'Mon Suivi Justice' }] })]}></intra-portraits>`);
      await loaded(el);
      const link = $(el, '.startups a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://beta.gouv.fr/startups/mon-suivi-justice.html');
      expect($(el, '.tag')!.textContent).to.equal('Sortie dans le privé');
      expect($(el, '.avatar.initials')!.textContent).to.equal('ÉM');
      expect($(el, '.avatar.initials')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('photo: lazy, sized, with alt; falls back to initials when it fails to load', async () => {
      const ok = makePortrait({ displayName: 'Avec Photo', photoUrl: '/test/fixtures/portraits/avatars/p-003.svg', photoAlt: 'Illustration abstraite' });
      const broken = makePortrait({ displayName: 'Photo Cassée', photoUrl: '/test/fixtures/portraits/avatars/missing.svg', photoAlt: '' });
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[ok, broken]}></intra-portraits>`);
      await loaded(el);
      const img = $(el, 'img.avatar') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('64');
      expect(img.getAttribute('height')).to.equal('64');
      expect(img.alt).to.equal('Illustration abstraite');
      await until(() => $$(el, '.avatar.initials').length === 1, 4000, 'broken photo fallback');
      expect($(el, '.avatar.initials')!.textContent).to.equal('PC');
    });

    it('pages large galleries: page-size cards, "Voir plus" moves focus to the first new card', async () => {
      const items = Array.from({ length: 12 }, (_, i) => makePortrait({ displayName: `Personne ${String(i + 1).padStart(2, '0')}` }));
      const el = await fixture<IntraPortraits>(html`<intra-portraits page-size="5" .items=${items}></intra-portraits>`);
      await loaded(el);
      expect($$(el, '.card').length).to.equal(5);
      const more = $(el, '[part="more"]') as HTMLButtonElement;
      expect(more.textContent).to.contain('7 restants');
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, '.card').length).to.equal(10);
      expect(deepActive()?.textContent?.trim()).to.equal('Personne 06');
    });

    it('2,400 portraits render one page, not thousands of nodes', async () => {
      const items = Array.from({ length: 2400 }, (_, i) => makePortrait({ displayName: `Agent ${i}` }));
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items}></intra-portraits>`);
      await loaded(el);
      expect($$(el, '.card').length).to.equal(24);
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      expect(nodes).to.be.lessThan(1000);
    });
  });

  describe('detail dialog', () => {
    it('opens a native modal dialog with narrative and timeline, fires intra-select, deep-links, returns focus', async () => {
      const p = makePortrait({
        displayName: 'Élodie Marchal',
        careerPath: [
          { stage: 'apres', title: 'Responsable de portefeuille', organisationLabel: 'ANCT', sector: 'public', start: '2024-01-01' },
          { stage: 'avant', title: 'Juriste', organisationLabel: 'DDT 33', sector: 'public', start: '2015-09-01', end: '2021-02-28' },
          { stage: 'pendant', title: 'Intrapreneure', organisationLabel: 'beta.gouv.fr', sector: 'public', start: '2021-03-01', end: '2023-12-31', startupGhids: ['aides-jeunes'] },
        ],
      });
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[p]}></intra-portraits>`);
      await loaded(el);
      const link = $(el, '.card-title a')!;
      const sel = oneEvent(el, 'intra-select');
      link.focus();
      link.click();
      const { detail } = (await sel) as IntraSelectEvent;
      expect(detail.id).to.equal(p.id);
      await el.updateComplete;
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(location.hash).to.equal(`#portrait-${p.id}`);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
      expect($(el, '#dialog-title')!.textContent).to.equal('Élodie Marchal');
      expect($$(el, '.timeline .step-title').map((s) => s.textContent)).to.deep.equal(['Juriste', 'Intrapreneure', 'Responsable de portefeuille']);
      await expect(el).to.be.accessible();
      dialog.close();
      await until(() => !location.hash, 2000, 'hash cleared');
      await el.updateComplete;
      expect(deepActive()).to.equal(link);
    });

    it('opens from a deep link (#portrait-<id>) on load, with a timeline built from before/startups/after', async () => {
      const p = makePortrait({ displayName: 'Lien Direct' });
      history.replaceState(null, '', `#portrait-${p.id}`);
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait(), p]}></intra-portraits>`);
      await loaded(el);
      await until(() => ($(el, 'dialog') as HTMLDialogElement).open, 2000, 'dialog open');
      expect($(el, '#dialog-title')!.textContent).to.equal('Lien Direct');
      expect($$(el, '.timeline .stage').map((s) => s.textContent)).to.deep.equal(['Avant', 'Pendant', 'Après']);
    });
  });

  describe('keyboard only', () => {
    it('search → facet → card → dialog → close, focus back on the card', async () => {
      const items = [
        makePortrait({ displayName: 'Élodie Marchal', category: 'passeur' }),
        makePortrait({ displayName: 'Elodie Vasseur', category: 'horizontal' }),
        makePortrait({ displayName: 'Yanis Bouchet', category: 'passeur' }),
      ];
      const el = await fixture<IntraPortraits>(html`<div><button id="before">avant</button><intra-portraits .items=${items}></intra-portraits></div>`)
        .then((d) => d.querySelector('intra-portraits') as IntraPortraits);
      await loaded(el);
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id).to.equal('q');
      await sendKeys({ type: 'elodie' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Élodie Marchal', 'Elodie Vasseur']);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id).to.equal('f-category');
      await sendKeys({ press: 'ArrowDown' }); // horizontal
      await el.updateComplete;
      await until(() => names(el).length === 1, 2000, 'facet applied');
      expect(names(el)).to.deep.equal(['Elodie Vasseur']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.textContent?.trim()).to.equal('Elodie Vasseur');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      await until(() => dialog.open, 2000, 'dialog open');
      expect(deepActive()?.classList.contains('dialog-close')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 2000, 'dialog closed');
      await el.updateComplete;
      expect(deepActive()?.textContent?.trim()).to.equal('Elodie Vasseur');
      // Closing goes back in history (the dialog's entry): wait for that navigation to land, or it lands in the next
      // test and brings back this test's ?q=elodie&parcours=horizontal (a flaky "languages" test found it).
      await until(() => !location.hash, 2000, 'history back landed');
    });
  });

  describe('languages', () => {
    it('French by default, English with lang="en" on the element or an ancestor, live switch', async () => {
      const items = [makePortrait({ category: 'passeur' })];
      const fr = await fixture<IntraPortraits>(html`<intra-portraits .items=${items}></intra-portraits>`);
      await loaded(fr);
      expect($(fr, 'label[for="q"]')!.textContent).to.contain('Rechercher un portrait');
      expect($(fr, '.tag')!.textContent).to.equal('Passeur');
      const en = await fixture<IntraPortraits>(html`<intra-portraits lang="en" .items=${items}></intra-portraits>`);
      await loaded(en);
      expect($(en, 'label[for="q"]')!.textContent).to.contain('Search portraits');
      expect($(en, '.tag')!.textContent).to.equal('Bridge-builder');
      const wrap = await fixture<HTMLElement>(html`<section lang="en-GB"><intra-portraits .items=${items}></intra-portraits></section>`);
      const inner = wrap.querySelector('intra-portraits') as IntraPortraits;
      await loaded(inner);
      expect($(inner, '.count')!.textContent).to.contain('1 portrait');
      expect($(inner, 'label[for="q"]')!.textContent).to.contain('Search');
      wrap.setAttribute('lang', 'fr');
      await until(() => $(inner, 'label[for="q"]')!.textContent!.includes('Rechercher'), 2000, 'ancestor lang change followed');
      en.setAttribute('lang', 'fr');
      await elementUpdated(en);
      expect($(en, 'label[for="q"]')!.textContent).to.contain('Rechercher');
      await expect(en).to.be.accessible();
    });
  });

  describe('robustness (found by trying to break it)', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => makePortrait({ displayName: `Agent ${String(i + 1).padStart(2, '0')}` }));

    it('a page-size that is not a number ≥ 1 falls back to 24; decimals are floored', async () => {
      const a = await fixture<IntraPortraits>(html`<intra-portraits page-size="abc" .items=${many(30)}></intra-portraits>`);
      await loaded(a);
      expect($$(a, '.card').length).to.equal(24);
      const b = await fixture<IntraPortraits>(html`<intra-portraits page-size="2.7" .items=${many(5)}></intra-portraits>`);
      await loaded(b);
      expect($$(b, '.card').length).to.equal(2);
      expect($(b, '[part="more"]')!.textContent).to.contain('3 restants');
    });

    it('a malformed deep link (#portrait-%) is ignored, and history still drives the dialog', async () => {
      history.replaceState(null, '', '#portrait-%E0%A4%A');
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${many(3)}></intra-portraits>`);
      await loaded(el);
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(false);
      resetUrl();
      ($(el, '.card-title a') as HTMLElement).click();
      await until(() => dialog.open, 2000, 'dialog open');
      history.back();
      await until(() => !dialog.open, 2000, 'dialog closed by Back');
    });

    it('closing the dialog keeps the cards shown by "Voir plus" and returns focus to the card', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits page-size="3" .items=${many(8)}></intra-portraits>`);
      await loaded(el);
      ($(el, '[part="more"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const fifth = $$(el, '.card-title a')[4];
      fifth.focus();
      fifth.click();
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      await until(() => dialog.open, 2000, 'dialog open');
      dialog.close();
      await until(() => !location.hash, 2000, 'hash cleared');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect($$(el, '.card').length).to.equal(6);
      expect(deepActive()?.textContent?.trim()).to.equal('Agent 05');
    });

    it('two galleries with url-key and label keep separate URL state and deep links, and pass axe together', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <intra-portraits url-key="a" label="Filtrer la galerie A" .items=${[makePortrait({ id: 'same', displayName: 'Dans A', category: 'vertical' }), makePortrait({ category: 'passeur' })]}></intra-portraits>
        <intra-portraits url-key="b" label="Filtrer la galerie B" .items=${[makePortrait({ id: 'same', displayName: 'Dans B' })]}></intra-portraits>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll('intra-portraits')] as IntraPortraits[];
      await loaded(a); await loaded(b);
      const select = $(a, '#f-category') as HTMLSelectElement;
      select.value = 'vertical';
      select.dispatchEvent(new Event('change'));
      await a.updateComplete;
      expect(new URL(location.href).searchParams.get('a-parcours')).to.equal('vertical');
      expect(new URL(location.href).searchParams.has('parcours')).to.equal(false);
      expect(names(a)).to.deep.equal(['Dans A']);
      expect(names(b)).to.deep.equal(['Dans B']);
      expect($(b, 'a[data-id="same"]')!.getAttribute('href')).to.equal('#b-portrait-same');
      ($(b, 'a[data-id="same"]') as HTMLElement).click();
      await until(() => ($(b, 'dialog') as HTMLDialogElement).open, 2000, 'B dialog');
      expect(($(a, 'dialog') as HTMLDialogElement).open).to.equal(false);
      ($(b, 'dialog') as HTMLDialogElement).close();
      await until(() => !location.hash, 2000, 'hash cleared');
      await expect(wrap).to.be.accessible();
    });

    it('URL values that match no facet are ignored instead of emptying the gallery', async () => {
      const url = new URL(location.href);
      url.searchParams.set('administration', 'Inconnue');
      url.searchParams.set('competence', '<b>');
      history.replaceState(null, '', url);
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${many(2)}></intra-portraits>`);
      await loaded(el);
      expect($$(el, '.card').length).to.equal(2);
      expect(($(el, '#f-administration') as HTMLSelectElement).value).to.equal('');
    });

    it('"Réessayer" keeps focus in the element: on the new alert when it fails again', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits src="/test-api/status/500"></intra-portraits>`);
      await loaded(el);
      const button = $(el, '[role="alert"] button') as HTMLButtonElement;
      button.focus();
      button.click();
      await until(() => el.shadowRoot!.activeElement !== null && el.shadowRoot!.activeElement.getAttribute('role') === 'alert', 3000, 'focus on the alert');
    });

    it('invalid data set by code: error shown without event and without a useless retry button', async () => {
      let events = 0;
      const el = await fixture<IntraPortraits>(html`<intra-portraits @intra-error=${() => events++} .items=${[{ id: 'bad' }]}></intra-portraits>`);
      await loaded(el);
      expect($(el, '[role="alert"]')!.textContent).to.contain('Aucune fiche valide');
      expect($(el, '[role="alert"] button')).to.equal(null);
      expect(events).to.equal(0);
    });

    it('removed while loading: the request is aborted and no event fires; put back, it loads again', async () => {
      let loads = 0;
      const el = document.createElement('intra-portraits') as IntraPortraits;
      el.addEventListener('intra-load', () => loads++);
      el.src = `/test-api/slow?ms=400&file=${FIXTURES}/valid.json`;
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
      await new Promise((r) => setTimeout(r, 600));
      expect(loads).to.equal(0);
      document.body.append(el);
      await until(() => loads === 1, 3000, 'load after re-append');
      el.remove();
    });

    it('its own texts carry their language: French under an unsupported page language', async () => {
      const el = await fixture<IntraPortraits>(html`<intra-portraits lang="de" .items=${many(1)}></intra-portraits>`);
      await loaded(el);
      expect($(el, '.root')!.getAttribute('lang')).to.equal('fr');
      expect($(el, 'label[for="q"]')!.textContent).to.contain('Rechercher');
    });
  });
});

describe('<intra-portraits>: issue 7 (text folding, consent withdrawal, invalid optional parts)', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  const stateItems = () => [
    makePortrait({ id: 'f-1', displayName: 'Inès Garnier', narrative: 'Ancienne secrétaire d’État adjointe.', administration: 'France Travail' }),
    makePortrait({ id: 'f-2', displayName: 'Noé Lambert', narrative: "Juriste au Conseil d'État.", administration: 'France travail' }),
    makePortrait({ id: 'f-3', displayName: 'Zoé Perrin', narrative: 'Produit «\u00a0ﬁnances\u00a0» publiques.', administration: 'France\u00a0Travail' }),
    makePortrait({ id: 'f-4', displayName: 'Théo Caron', narrative: 'Rien à signaler.', administration: 'DGFiP' }),
  ];

  it('typed search: "d’etat" (iOS apostrophe) finds what "d\'etat" finds; ligatures and quotes fold too', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${stateItems()}></intra-portraits>`);
    await loaded(el);
    const q = $(el, '#q') as HTMLInputElement;
    const search = async (text: string) => {
      q.focus();
      q.select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: text });
      await el.updateComplete;
      return names(el);
    };
    const straight = await search("d'etat");
    expect(straight).to.deep.equal(['Inès Garnier', 'Noé Lambert']);
    expect(await search('d’etat')).to.deep.equal(straight);
    expect(await search('D’ÉTAT')).to.deep.equal(straight);
    expect(await search('« finances »')).to.deep.equal(['Zoé Perrin']);
    expect($(el, '.count')!.textContent).to.contain('1 portrait sur 4');
  });

  it('administrations differing only by case or spaces are one facet entry, selecting all of them', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${stateItems()}></intra-portraits>`);
    await loaded(el);
    const admin = $(el, '#f-administration') as HTMLSelectElement;
    const options = [...admin.options].slice(1).map((o) => o.value);
    expect(options).to.deep.equal(['DGFiP', 'France Travail']);
    admin.value = 'France Travail';
    admin.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Inès Garnier', 'Noé Lambert', 'Zoé Perrin']);
  });

  it('a URL with another spelling of the administration selects the entry', async () => {
    const url = new URL(location.href);
    url.searchParams.set('administration', 'france travail');
    history.replaceState(null, '', url);
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${stateItems()}></intra-portraits>`);
    await loaded(el);
    expect(names(el)).to.deep.equal(['Inès Garnier', 'Noé Lambert', 'Zoé Perrin']);
    expect(($(el, '#f-administration') as HTMLSelectElement).value).to.equal('France Travail');
  });

  it('consent withdrawal wins: a later draft or consent:false record of the same id hides the published one, deep link included', async () => {
    for (const withdrawal of [{ status: 'draft' }, { consent: { given: false } }, { status: 'archived' }]) {
      const published = makePortrait({ id: 'w-1', displayName: 'Lou Retrait' });
      location.hash = '#portrait-w-1';
      const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[published, makePortrait({ displayName: 'Autre Personne' }), { ...published, ...withdrawal }]}></intra-portraits>`);
      await loaded(el);
      expect(names(el), JSON.stringify(withdrawal)).to.deep.equal(['Autre Personne']);
      expect(el.publishedPortraits.map((p) => p.id)).not.to.include('w-1');
      expect(el.shadowRoot!.textContent).not.to.contain('Lou Retrait');
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      el.remove();
      resetUrl();
    }
  });

  it('an invalid careerPath position keeps the card: the position is dropped, counted, detailed in intra-error and a console warning', async () => {
    const position = { stage: 'avant', title: 'Inspectrice', organisationLabel: 'DGFiP', sector: 'public', start: '2015-09-01', end: '2019-12-31' };
    const portrait = makePortrait({
      id: 'o-1', displayName: 'Maëlle Dufour',
      careerPath: [position, { stage: 'pendant', titre: 'Intrapreneure', organisationLabel: 'beta.gouv.fr', sector: 'public' }, { ...position, stage: 'apres', title: 'Coach', start: '2024-01-01', end: null }],
      photoUrl: '/\\evil.example/x.png', photoAlt: 'Photo',
    } as never);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<intra-portraits><script type="application/json">${JSON.stringify([portrait, makePortrait({ displayName: 'Sans Souci' })])}</script></intra-portraits>`;
    const el = wrapper.firstElementChild as IntraPortraits;
    const ev = oneEvent(el, 'intra-error');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    document.body.append(wrapper);
    const { detail } = (await ev) as IntraErrorEvent;
    console.warn = warn;
    expect(detail.kind).to.equal('records');
    expect(detail.rejected).to.deep.equal([]);
    expect(detail.dropped!.map((d) => [d.index, d.issues.map((i) => i.path)])).to.deep.equal([[0, ['photoUrl', 'careerPath[1].title']]]);
    expect(detail.fr).to.equal('1 fiche affichée sans une partie invalide.');
    expect(warnings.join('\n')).to.contain('fiche n° 1 / record #1: photoUrl [url_or_path] ; careerPath[1].title [required]');
    expect(warnings.join('\n')).not.to.contain('evil');
    await loaded(el);
    expect(names(el)).to.deep.equal(['Maëlle Dufour', 'Sans Souci']);
    expect($(el, '.notice')!.textContent).to.contain('1 fiche affichée sans une partie invalide');
    expect($(el, 'img.avatar')).to.equal(null, 'the bad photo is not used');
    ($(el, '.card-title a') as HTMLElement).click();
    await el.updateComplete;
    const steps = $$(el, '.timeline .step-title').map((s) => s.textContent!.trim());
    expect(steps).to.deep.equal(['Inspectrice', 'Coach']);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });
});

describe('<intra-portraits>: console warnings an editor can act on (issue 7 #10)', () => {
  /** Loads inline JSON (a file an editor wrote) and returns the console warnings. */
  async function warningsFor(records: unknown[]): Promise<string[]> {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    try {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-portraits><script type="application/json">${JSON.stringify(records)}</script></intra-portraits>`;
      document.body.append(wrapper);
      await (wrapper.firstElementChild as IntraPortraits).loaded;
      wrapper.remove();
    } finally {
      console.warn = warn;
    }
    return warnings;
  }

  it('1-based record numbers, the expected format (AAAA-MM-JJ, allowed values), a pointer to intras validate; no values', async () => {
    const warnings = await warningsFor([
      makePortrait(),
      makePortrait(),
      // consent.at is part of the required consent (publishedAt is an optional part: dropped, warned separately)
      makePortrait({ displayName: 'Zoé Datefausse', consent: { given: true, at: '2025-13-45' } }),
      makePortrait({ category: 'diagonale-secrete' } as Record<string, unknown>),
    ]);
    expect(warnings.length).to.equal(1);
    const w = warnings[0];
    expect(w).to.contain('fiche n° 3');
    expect(w).to.contain('consent.at [invalid_date]');
    expect(w).to.contain('AAAA-MM-JJ');
    expect(w).to.contain('fiche n° 4');
    expect(w).to.contain('horizontal, vertical, passeur, sortie_prive');
    expect(w).to.contain('npx -p @betagouv/intras intras validate');
    expect(w).not.to.contain('fiche n° 0');
    for (const value of ['2025-13-45', 'Zoé', 'diagonale-secrete', 't-']) expect(w).not.to.contain(value);
  });

  it('careerPath enums name their allowed values (sector, kind); a file with no valid record warns too', async () => {
    const warnings = await warningsFor([
      makePortrait({ careerPath: [{ stage: 'avant', title: 'Juriste', organisationLabel: 'DDT', sector: 'publique', kind: 'chef' }] } as Record<string, unknown>),
    ]);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('fiche n° 1');
    expect(warnings[0]).to.contain('careerPath[0].sector [invalid_value]');
    expect(warnings[0]).to.contain('public, prive, associatif');
    expect(warnings[0]).to.contain('metier_origine, intrapreneur');
    expect(warnings[0]).not.to.contain('publique');
  });

  it('names the unknown fields of a rejected or trimmed record, like the CLI (field names only, never values)', async () => {
    const warnings = await warningsFor([
      makePortrait(),
      // a misspelt required field of a position: the position is dropped, the card stays
      makePortrait({ careerPath: [{ stage: 'avant', titre: 'Juriste secret', organisationLabel: 'DDT', sector: 'public' }] } as Record<string, unknown>),
      // a misspelt required field of the record: the record is rejected
      makePortrait({ displayName: undefined, nom: 'Zoé Secrète' } as Record<string, unknown>),
    ]);
    expect(warnings.length).to.equal(2);
    const all = warnings.join('\n');
    expect(all).to.contain('careerPath[0].title [required]');
    expect(all).to.contain('champ inconnu / unknown field: careerPath[0].titre');
    expect(all).to.contain('champ inconnu / unknown field: nom');
    for (const value of ['Juriste secret', 'Zoé Secrète']) expect(all).not.to.contain(value);
  });
});


describe('<intra-portraits>: initials by grapheme (issue 7 #6)', () => {
  const initialsOf = async (displayName: string) => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ displayName })]}></intra-portraits>`);
    await loaded(el);
    return $(el, '.avatar')!;
  };

  it('emoji, NFD accents, leading punctuation and non-Latin names give whole letters', async () => {
    const cases: Array<[string, string]> = [
      ['👩‍💻 Alice', 'A'],
      ['Élodie Martin'.normalize('NFD'), 'ÉM'],
      ['Zoë Ölçer-Ünal'.normalize('NFD'), 'ZÖ'],
      ['« Nadia » Ferrand', 'NF'],
      ['Αλέξης Παππάς', 'ΑΠ'],
      ['Camille 🚀', 'C'],
    ];
    for (const [name, expected] of cases) {
      const avatar = await initialsOf(name);
      expect(avatar.textContent!.trim(), name).to.equal(expected);
      expect(avatar.textContent!.normalize('NFC'), `${name}: NFC text`).to.equal(avatar.textContent);
      expect(avatar.textContent, `${name}: no lone surrogate`).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('a name that gives no letters shows a neutral avatar (no broken character, no "?")', async () => {
    for (const name of ['👩‍💻', '— · —', '12']) {
      const avatar = await initialsOf(name);
      expect(avatar.classList.contains('neutral'), name).to.equal(true);
      expect(avatar.textContent!.trim(), name).to.equal('');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
      expect(avatar.querySelector('svg'), `${name}: a person silhouette`).to.exist;
    }
  });
});

describe('<intra-portraits>: language of the data (issue 7 #11)', () => {
  const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang');
  const story = () => makePortrait({
    displayName: 'Élodie Marchal', headline: 'Cheffe de projet, ANCT', narrative: 'Juriste de formation.\n\nElle pilote six équipes.',
    administration: 'Agence nationale de la cohésion des territoires',
    careerPath: [{ stage: 'avant', title: 'Juriste', organisationLabel: 'DDT de la Gironde', sector: 'public', start: '2015-09-01', end: '2021-02-28' }],
  });

  it('in an English UI, French data (headline, narrative, titles, start-ups) carries lang="fr"; UI texts stay English', async () => {
    const p = story();
    history.replaceState(null, '', `#portrait-${p.id}`);
    const el = await fixture<IntraPortraits>(html`<intra-portraits lang="en" .items=${[p]}></intra-portraits>`);
    await loaded(el);
    await until(() => ($(el, 'dialog') as HTMLDialogElement).open, 2000, 'dialog open');
    expect(langOf($(el, '.card .headline'))).to.equal('fr');
    expect(langOf($(el, '.card .startups a'))).to.equal('fr');
    expect(langOf($(el, '.card .tag'))).to.equal('en');
    expect(langOf($(el, '.startups-label'))).to.equal('en');
    for (const sel of ['dialog .headline', 'dialog .narrative', 'dialog .tag.admin', 'dialog .step-title', 'dialog .step-org']) expect(langOf($(el, sel)), sel).to.equal('fr');
    for (const sel of ['dialog .stage', 'dialog .step-dates', 'dialog .dialog-close', 'dialog h3']) expect(langOf($(el, sel)), sel).to.equal('en');
    ($(el, 'dialog') as HTMLDialogElement).close();
    resetUrl();
  });

  it('a per-record lang and the data-lang attribute set the language of the data (default fr)', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait({ lang: 'en', headline: 'Product manager' }), makePortrait()]}></intra-portraits>`);
    await loaded(el);
    expect($$(el, '.card .headline').map(langOf)).to.deep.equal(['en', 'fr']);
    const all = await fixture<IntraPortraits>(html`<intra-portraits data-lang="en" .items=${[makePortrait(), makePortrait({ lang: 'fr' })]}></intra-portraits>`);
    await loaded(all);
    expect($$(all, '.card .headline').map(langOf)).to.deep.equal(['en', 'fr']);
    expect(langOf($(all, 'label[for="q"]'))).to.equal('fr');
  });

  it('the schema accepts a language tag in lang and rejects anything else, naming the field', async () => {
    const { parsePortraits } = await import('../../src/index.js');
    const r = parsePortraits([makePortrait({ lang: 'en-GB' }), { ...makePortrait(), lang: 'not a tag' }]);
    expect(r.valid.length).to.equal(1);
    expect(r.rejected[0].issues[0].path).to.equal('lang');
  });
});

describe('<intra-portraits>: heading-level (issue 7 #18)', () => {
  const tag = (el: IntraPortraits, sel: string) => $(el, sel)!.tagName.toLowerCase();
  async function openFirst(el: IntraPortraits) {
    ($(el, '.card-title a') as HTMLElement).click();
    await until(() => ($(el, 'dialog') as HTMLDialogElement).open, 2000, 'dialog open');
  }

  it('default 2: card titles h2; in the dialog the name h2 and its sections h3', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[makePortrait()]}></intra-portraits>`);
    await loaded(el);
    expect(tag(el, '.card-title')).to.equal('h2');
    await openFirst(el);
    expect(tag(el, '#dialog-title')).to.equal('h2');
    expect([...new Set($$(el, 'dialog .dialog-body > :is(h1,h2,h3,h4,h5,h6):not(#dialog-title)').map((h) => h.tagName.toLowerCase()))]).to.deep.equal(['h3']);
    ($(el, 'dialog') as HTMLDialogElement).close();
    await until(() => !location.hash, 2000, 'hash cleared');
  });

  it('heading-level="4": card titles h4, dialog sections h5; out-of-range values fall back to 2', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits heading-level="4" .items=${[makePortrait()]}></intra-portraits>`);
    await loaded(el);
    expect(tag(el, '.card-title')).to.equal('h4');
    await openFirst(el);
    expect(tag(el, '#dialog-title')).to.equal('h4');
    expect([...new Set($$(el, 'dialog .dialog-body > :is(h1,h2,h3,h4,h5,h6):not(#dialog-title)').map((h) => h.tagName.toLowerCase()))]).to.deep.equal(['h5']);
    ($(el, 'dialog') as HTMLDialogElement).close();
    await until(() => !location.hash, 2000, 'hash cleared');
    for (const bad of ['0', '6', 'abc', '2.5']) {
      const b = await fixture<IntraPortraits>(html`<intra-portraits heading-level=${bad} .items=${[makePortrait()]}></intra-portraits>`);
      await loaded(b);
      expect(tag(b, '.card-title'), bad).to.equal('h2');
    }
  });
});

describe('<intra-portraits>: counts on every facet (issue 7 #32)', () => {
  it('administration and competence options show their counts, like Parcours', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[
      makePortrait({ administration: 'DGFiP', competences: ['pitch', 'test'] }),
      makePortrait({ administration: 'DGFiP', competences: ['pitch'] }),
      makePortrait({ administration: 'ANCT', competences: ['test'] }),
      makePortrait({ administration: 'ANCT', competences: ['pitch'], status: 'draft' }),
    ]}></intra-portraits>`);
    await loaded(el);
    const options = (sel: string) => $$(el, `${sel} option`).slice(1).map((o) => o.textContent!.trim());
    expect(options('#f-administration')).to.deep.equal(['ANCT (1)', 'DGFiP (2)']);
    expect(options('#f-competence')).to.deep.equal([`${RS6247_SHORT_LABELS.pitch.fr} (2)`, `${RS6247_SHORT_LABELS.test.fr} (2)`]);
    expect(($$(el, '#f-administration option')[1] as HTMLOptionElement).value).to.equal('ANCT');
  });
});

describe('demo page (demo/index.html, issue 7 #18 and #32)', () => {
  /** Loads the demo page in a same-origin iframe (current sources, pinned DSFR) and waits for the gallery. */
  async function demo(): Promise<{ frame: HTMLIFrameElement; doc: Document; gallery: IntraPortraits }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
    frame.src = '/demo/index.html';
    const ready = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await ready;
    const doc = frame.contentDocument!;
    let gallery: IntraPortraits | null = null;
    await until(() => !!(gallery = doc.querySelector('intra-portraits') as IntraPortraits) && !!gallery.shadowRoot?.querySelector('.card-title'), 8000, 'demo gallery');
    return { frame, doc, gallery: gallery! };
  }

  it('headings pass axe heading-order (page h1, card titles h2)', async () => {
    const { frame, doc, gallery } = await demo();
    const axeScript = doc.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    const axeReady = new Promise((r) => axeScript.addEventListener('load', r, { once: true }));
    doc.head.append(axeScript);
    await axeReady;
    const axe = (frame.contentWindow as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
    const { violations } = await axe.run(doc, { runOnly: { type: 'rule', values: ['heading-order'] } });
    expect(violations.flatMap((v) => v.nodes.map((n) => n.html))).to.deep.equal([]);
    expect(gallery.shadowRoot!.querySelector('.card-title')!.tagName).to.equal('H2');
    frame.remove();
  });

  it('the footer motto does not touch the footer rule', async () => {
    const { frame, doc } = await demo();
    const footer = doc.querySelector('.fr-footer')!.getBoundingClientRect();
    const logo = doc.querySelector('.fr-footer__brand .fr-logo')!;
    const padding = parseFloat(getComputedStyle(logo).paddingBottom);
    const mottoBottom = logo.getBoundingClientRect().bottom - padding; // the motto is the logo's ::after, last in its box
    const ruleTop = footer.bottom - 1; // DSFR draws the rule as a 1px inset shadow at the footer's bottom
    expect(ruleTop - mottoBottom, 'space between motto and rule (px)').to.be.at.least(16);
    frame.remove();
  });
});

describe('<intra-portraits>: first render before the whole list is validated (issue 10, speed)', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('5,000 records: the first page shows while loaded is pending; a late invalid record, a late consent withdrawal and a deep link beyond the first page are handled once, at the end', async () => {
    const records: unknown[] = Array.from({ length: 5000 }, (_, i) => makePortrait({ id: `big-${i}`, displayName: `Personne Inventée ${i}` }));
    records[4990] = { ...(records[4990] as object), category: 'inconnue' }; // invalid, late in the list
    records[4995] = { ...(records[0] as object), consent: { given: false } }; // withdraws consent for big-0
    history.replaceState(null, '', `${location.pathname}${location.search}#portrait-big-4000`);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      const errors: IntraErrorEvent[] = [];
      const loads: IntraLoadEvent[] = [];
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-portraits page-size="6"><script type="application/json">${JSON.stringify(records)}</script></intra-portraits>`;
      const el = wrapper.firstElementChild as IntraPortraits;
      el.addEventListener('intra-error', (e) => errors.push(e as IntraErrorEvent));
      el.addEventListener('intra-load', (e) => loads.push(e as IntraLoadEvent));
      let settled = false;
      // What the page shows at the moment the first cards are put in (a microtask after the render, no timer).
      const firstCards = new Promise<{ names: string[]; settled: boolean; loads: number; errors: number; count: string; dialogOpen: boolean; more: boolean }>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!$(el, '[part="card"]')) return;
          observer.disconnect();
          resolve({
            names: names(el), settled, loads: loads.length, errors: errors.length, count: $(el, '.count')!.textContent!,
            dialogOpen: !!el.shadowRoot!.querySelector('dialog')?.open, more: !!$(el, '[part="more"]'),
          });
        });
        document.body.append(wrapper);
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
        el.loaded.then(() => { settled = true; });
      });
      const first = await firstCards;
      expect(first.settled, 'loaded still pending at the first cards').to.equal(false);
      expect(first.loads + first.errors, 'no event before the end').to.equal(0);
      // The first page, in order; big-0 is hidden already (a record far below withdraws its consent).
      expect(first.names).to.deep.equal([1, 2, 3, 4, 5, 6].map((i) => `Personne Inventée ${i}`));
      expect(first.count).to.contain('Chargement des portraits');
      expect(first.more, 'no "Voir plus" before the count is known').to.equal(false);
      expect(first.dialogOpen, 'the deep-linked portrait (record 4,001) is not validated yet').to.equal(false);

      await loaded(el);
      expect(settled).to.equal(true);
      expect(loads.length).to.equal(1);
      expect(loads[0].detail).to.deep.equal({ source: 'inline', total: 5000, valid: 4997, rejected: 3, displayable: 4997 });
      expect(errors.length, 'one intra-error').to.equal(1);
      expect(errors[0].detail.rejected!.map((r) => [r.index, r.issues[0].code])).to.deep.equal([[0, 'consent_withdrawn'], [4990, 'invalid_value'], [4995, 'duplicate_id']]);
      expect(warnings.length, 'one console warning').to.equal(1);
      expect(String(warnings[0][0])).to.contain('fiche n° 4991');
      expect($(el, '.count')!.textContent).to.contain('4997');
      expect(names(el)).to.deep.equal([1, 2, 3, 4, 5, 6].map((i) => `Personne Inventée ${i}`));
      expect($(el, '[part="more"]')).to.exist;
      await until(() => !!el.shadowRoot!.querySelector('dialog')?.open, 4000, 'the deep-linked dialog');
      expect(el.shadowRoot!.querySelector('dialog h2')!.textContent).to.equal('Personne Inventée 4000');
      wrapper.remove();
    } finally {
      console.warn = warn;
    }
  });
});
