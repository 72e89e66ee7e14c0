import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/job-feed/intra-job-feed.js';
import { IntraJobFeed } from '../../components/job-feed/job-feed.js';
import { IntraErrorEvent, IntraLoadEvent, IntraSelectEvent } from '../../components/shared/events.js';
import { CSP_CSV_HEADERS, type JobPosting } from '../../src/index.js';
import { installClock, until } from './helpers.js';

const FIXTURES = '/test/fixtures/jobs';
const NOW = '2026-10-01';

let n = 0;
/** An invented, valid, published posting; override any field. */
function makePosting(over: Partial<JobPosting> & Record<string, unknown> = {}): JobPosting {
  n++;
  return {
    id: `job-${n}`,
    title: `Cheffe de projet numérique ${n}`,
    employer: { label: 'Direction interministérielle du numérique' },
    versant: 'FPE', categorie: 'A', openTo: 'both', contractKind: 'statutory',
    location: { label: 'Paris (75)', departement: '75', region: 'Île-de-France' },
    remote: 'partial', postedAt: '2026-09-01', closesAt: '2026-10-31',
    url: `https://place-emploi-public.gouv.fr/offre-emploi/test-${n}/`,
    description: 'Piloter le déploiement d’un produit numérique avec une équipe pluridisciplinaire, en lien avec les usagers.',
    source: { kind: 'manual' }, status: 'published',
    ...over,
  } as JobPosting;
}

const $ = (el: IntraJobFeed, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: IntraJobFeed, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const titles = (el: IntraJobFeed) => $$(el, '.card-title').map((h) => {
  const c = h.cloneNode(true) as HTMLElement;
  c.querySelectorAll('.sr-only').forEach((x) => x.remove());
  return c.textContent!.trim();
});
const jsonLd = (el: IntraJobFeed) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
async function loaded(el: IntraJobFeed) {
  await el.loaded;
  await el.updateComplete;
  await el.updateComplete;
}
function resetUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (!k.startsWith('wtr')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}
/** A CSP CSV text (`;`, BOM) from rows of header → value. */
function csv(rows: Record<string, string>[]): string {
  const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[CSP_CSV_HEADERS.join(';'), ...rows.map((r) => CSP_CSV_HEADERS.map((h) => cell(r[h] ?? '')).join(';'))].join('\r\n')}\r\n`;
}
const cspRow = (ref: string, title: string) => ({
  'Référence': ref, 'Intitulé du poste': title, 'Employeur': 'Agence nationale de la cohésion des territoires', 'Catégorie': 'A',
  'Versant': "Fonction publique de l'État", "Nature de l'emploi": 'Emploi ouvert aux titulaires et aux contractuels',
  'Localisation du poste': 'Gironde (33)', 'Date de première publication': '01/09/2026', 'Date de fin de publication par défaut': '30/10/2026',
});

describe('<intra-job-feed>', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('is defined as a custom element', () => {
    expect(customElements.get('intra-job-feed')).to.exist;
    expect(document.createElement('intra-job-feed')).to.be.instanceOf(IntraJobFeed);
  });

  describe('data paths', () => {
    it('renders from the items property, accessible, h2 titles, no events for data set by code', async () => {
      let events = 0;
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} @intra-load=${() => events++} @intra-error=${() => events++}
        .items=${[makePosting({ title: 'Designer UX' }), makePosting({ title: 'Développeuse back-end' })]}></intra-job-feed>`);
      await loaded(el);
      expect(titles(el)).to.have.members(['Designer UX', 'Développeuse back-end']);
      expect($(el, '.count')!.textContent).to.contain('2 offres ouvertes');
      expect($(el, '.count')!.getAttribute('aria-live')).to.equal('polite');
      expect($$(el, 'h2.card-title')).to.have.length(2);
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON ({ postings }) and fires intra-load with the open count', async () => {
      const data = JSON.stringify({ postings: [makePosting({ title: 'Inline offre' }), makePosting({ closesAt: '2026-09-15' })] });
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-job-feed now="${NOW}"><script type="application/json">${data}</script></intra-job-feed>`;
      const el = wrapper.firstElementChild as IntraJobFeed;
      const ev = oneEvent(el, 'intra-load');
      document.body.append(wrapper);
      const { detail } = (await ev) as IntraLoadEvent;
      expect(detail).to.deep.equal({ source: 'inline', total: 2, valid: 2, rejected: 0, displayable: 1 });
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Inline offre']);
      wrapper.remove();
    });

    it('loads the real PEP export from src (format detected from its shape), de-duplicated', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now="2021-09-20" with-expired src="${FIXTURES}/pep-offres-2021-09.json"></intra-job-feed>`);
      const { detail } = (await oneEvent(el, 'intra-load')) as IntraLoadEvent;
      expect(detail.total).to.equal(154);
      expect(detail.valid).to.equal(153, 'one exact repeat merged');
      await loaded(el);
      expect($(el, '.count')!.textContent).to.contain('153 offres');
      expect($$(el, '[part="card"]')).to.have.length(20);
      await expect(el).to.be.accessible();
    });

    it('detects a CSV from its content type (text/csv) and reads the Choisir le service public fixture', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now="2026-10-01" src="${FIXTURES}/csp-offres-invented.csv"></intra-job-feed>`);
      await loaded(el);
      expect(titles(el).length).to.be.greaterThan(0);
      expect(titles(el)).to.include('Responsable de portefeuille de produits numériques');
    });

    it('format="csv" forces the CSV reader; a CSV with one bad row keeps the others and says "1 offre ignorée"', async () => {
      const text = csv([cspRow('2026-1', 'Product owner'), { ...cspRow('2026-2', ''), 'Intitulé du poste': '' }, cspRow('2026-3', 'Coach agile')]);
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} format="csv" src=${`/test-api/text?body=${encodeURIComponent(text)}`}></intra-job-feed>`);
      const err = (await oneEvent(el, 'intra-error')) as IntraErrorEvent;
      expect(err.detail.kind).to.equal('records');
      expect(err.detail.rejected).to.have.length(1);
      await loaded(el);
      expect(titles(el)).to.have.members(['Product owner', 'Coach agile']);
      expect($(el, '[part="notice"]')!.textContent).to.contain('1 offre ignorée');
      await expect(el).to.be.accessible();
    });

    it('reads JSON-LD from an HTML page given as text (format jsonld)', async () => {
      const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Intrapreneur·e', datePosted: '2026-09-02', validThrough: '2026-12-01',
        hiringOrganization: { '@type': 'Organization', name: 'DINUM' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Paris', postalCode: '75007' } },
        url: 'https://beta.gouv.fr/recrutement/intra', identifier: { '@type': 'PropertyValue', value: 'X1' } };
      const page = `<!doctype html><title>x</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${page}></intra-job-feed>`);
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Intrapreneur·e']);
    });
  });

  describe('states', () => {
    it('loading: a status and a hidden skeleton, accessible', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} src="/test-api/slow?ms=1500&file=/test/fixtures/jobs/pep-offres-2021-09.json"></intra-job-feed>`);
      await until(() => !!$(el, '[part="status"]'), 2000, 'loading status');
      expect($(el, '[part="status"]')!.textContent).to.contain('Chargement des offres');
      expect($(el, '.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      await loaded(el);
    });

    it('empty: an empty list says so; all closed says there is no open offer', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[]}></intra-job-feed>`);
      await loaded(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('Aucune offre publiée');
      await expect(el).to.be.accessible();
      el.items = [makePosting({ closesAt: '2026-09-01' })];
      await loaded(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('Aucune offre ouverte');
    });

    it('errors by cause with "Réessayer": 404, then a flaky server recovers; focus follows', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} src="/test-api/status/404"></intra-job-feed>`);
      const err = (await oneEvent(el, 'intra-error')) as IntraErrorEvent;
      expect(err.detail).to.include({ kind: 'http', status: 404 });
      await loaded(el);
      expect($(el, '[role="alert"]')!.textContent).to.contain('introuvables (erreur 404)');
      await expect(el).to.be.accessible();
      el.src = `/test-api/flaky?key=jobs-${Date.now()}&file=/test/fixtures/jobs/metiers-numeriques-notion-2021-10.json`;
      await loaded(el);
      expect($(el, '[role="alert"]')!.textContent).to.contain('erreur 503');
      ($(el, '[role="alert"] button') as HTMLButtonElement).click();
      await loaded(el);
      // Loaded after the retry: on NOW the 2021 Notion offers (no closing date) are closed, 60 days after posting.
      await until(() => !$(el, '[role="alert"]') && /Aucune offre ouverte/.test($(el, '[part="status"]')?.textContent ?? ''), 3000, 'loaded after retry');
      el.now = '2021-10-01';
      await loaded(el);
      expect($$(el, '[part="card"]').length).to.be.greaterThan(0);
    });

    it('a file that cannot be read: parse error for broken JSON, invalid for a CSV with another separator', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} src="/test-api/text?body=%7B%22postings%22%3A"></intra-job-feed>`);
      const err = (await oneEvent(el, 'intra-error')) as IntraErrorEvent;
      expect(err.detail.kind).to.equal('parse');
      await loaded(el);
      expect($(el, '[role="alert"]')!.textContent).to.contain('JSON invalide');
      const bad = `Référence,Intitulé du poste,Employeur\n1,x,y\n`;
      el.format = 'csv';
      el.src = `/test-api/text?body=${encodeURIComponent(bad)}`;
      const err2 = (await oneEvent(el, 'intra-error')) as IntraErrorEvent;
      expect(err2.detail.kind).to.equal('invalid');
      expect(err2.detail.fr).to.match(/séparateur|ligne/i);
    });

    it('a data error a reload cannot fix (parse, invalid): no "Réessayer", one console warning with line, column and the command', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
      try {
        const bad = `Référence,Intitulé du poste,Employeur\n1,x,y\n`;
        const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} format="csv" src=${`/test-api/text?body=${encodeURIComponent(bad)}`}></intra-job-feed>`);
        await oneEvent(el, 'intra-error');
        await loaded(el);
        expect($(el, '[role="alert"]')).to.exist;
        expect($(el, '[role="alert"] button'), 'no retry for a file that is wrong').to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/ligne 1/).and.match(/intras jobs import <fichier>/);
        const missing = csv([cspRow('2026-1', 'Chargée de mission')]).replace('Employeur;', 'Employeuse;');
        el.src = `/test-api/text?body=${encodeURIComponent(missing)}`;
        await oneEvent(el, 'intra-error');
        await loaded(el);
        expect($(el, '[role="alert"] button')).to.equal(null);
        expect(warnings).to.have.length(2);
        expect(warnings[1]).to.match(/« Employeur »/).and.match(/intras jobs import/);
        expect(warnings.join('\n')).not.to.match(/intras validate/);
      } finally {
        console.warn = warn;
      }
    });

    it('a CSV with a bad row: the console warning names the CSV line and the source column, and `intras jobs import`', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
      try {
        const rows = [cspRow('2026-1', 'Une'), { ...cspRow('2026-2', 'Deux'), 'Compétences attendues': 'ligne 1\nligne 2' }, { ...cspRow('2026-3', 'Trois'), 'Date de première publication': '31/02/2026' }];
        const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} format="csv" src=${`/test-api/text?body=${encodeURIComponent(csv(rows))}`}></intra-job-feed>`);
        await loaded(el);
        const w = warnings.find((x) => x.includes('1 fiche ignorée'));
        expect(w, warnings.join('\n')).to.exist;
        expect(w).to.match(/ligne 5 \/ line 5/).and.match(/postedAt/).and.match(/« Date de première publication »/);
        expect(w).to.contain('npx -p @betagouv/intras intras jobs import <fichier>');
        expect(w).not.to.contain('intras validate');
        expect(w).not.to.contain('31/02/2026', 'never the value');
      } finally {
        console.warn = warn;
      }
    });

    it('no match: a message and a reset button that brings the list back and focuses the search', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[makePosting({ title: 'Designer UX' })]}></intra-job-feed>`);
      await loaded(el);
      const input = $(el, '#q') as HTMLInputElement;
      input.value = 'zzzzqqq';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect($(el, '[part="status"] .state-title')!.textContent).to.contain('Aucune offre ne correspond');
      await expect(el).to.be.accessible();
      ($(el, '.reset') as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Designer UX']);
      expect(deepActive()).to.equal($(el, '#q'));
    });

    it('`now` out of range or not a date: an error naming the attribute', async () => {
      for (const now of ['1999-12-31', '2101-01-01', '2026-02-30', 'demain']) {
        const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${now} .items=${[makePosting()]}></intra-job-feed>`);
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent, now).to.contain(`L’attribut now « ${now} »`);
      }
    });
  });

  describe('search, facets, sort, URL', () => {
    it('folded full-text search (accents, plural/feminine) and facets with counts; the count is live', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[
        makePosting({ title: 'Chargée de déploiement', location: { label: 'Rennes', departement: '35', region: 'Bretagne' } }),
        makePosting({ title: 'Développeuse', categorie: 'B', openTo: 'contractuels' }),
        makePosting({ title: 'Agent d’accueil', categorie: 'C', description: 'Accueil du public.' }),
      ]}></intra-job-feed>`);
      await loaded(el);
      const input = $(el, '#q') as HTMLInputElement;
      input.value = 'DEPLOIEMENTS';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Chargée de déploiement');
      input.value = 'developpeur';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Développeuse']);
      input.value = '';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      const cat = $(el, '#f-categorie') as HTMLSelectElement;
      expect([...cat.options].map((o) => o.textContent!.trim())).to.deep.equal(['Toutes', 'A (1)', 'B (1)', 'C (1)']);
      cat.value = 'B';
      cat.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Développeuse']);
      expect($(el, '.count')!.textContent).to.contain('1 offre sur 3');
      await el.urlUpdated; // the history entry is written after the paint (issue 8)
      expect(new URL(location.href).searchParams.get('categorie')).to.equal('B');
      const dep = $(el, '#f-departement') as HTMLSelectElement;
      expect([...dep.options].map((o) => o.textContent!.trim())).to.include('Ille-et-Vilaine (35) (0)');
      expect($$(el, '#f-openTo option').map((o) => o.textContent!.trim())).to.deep.equal(['Tous', 'Titulaires (0)', 'Contractuels (1)']);
    });

    it('sorts by closing date and by newest; the sort is in the URL', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[
        makePosting({ title: 'Late', closesAt: '2026-12-01', postedAt: '2026-09-20' }),
        makePosting({ title: 'Soon', closesAt: '2026-10-03', postedAt: '2026-08-01' }),
        makePosting({ title: 'Middle', closesAt: '2026-11-01', postedAt: '2026-09-10' }),
      ]}></intra-job-feed>`);
      await loaded(el);
      const sort = $(el, '#f-sort') as HTMLSelectElement;
      sort.value = 'closing';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Soon', 'Middle', 'Late']);
      await el.urlUpdated;
      expect(new URL(location.href).searchParams.get('tri')).to.equal('closing');
      sort.value = 'newest';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Late', 'Middle', 'Soon']);
    });

    it('url-key namespaces the state; the back button restores it', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed url-key="a" now=${NOW} .items=${[
        makePosting({ title: 'Rennes', location: { label: 'Rennes', departement: '35', region: 'Bretagne' } }), makePosting({ title: 'Paris' })]}></intra-job-feed>`);
      await loaded(el);
      const region = $(el, '#f-region') as HTMLSelectElement;
      region.value = 'Bretagne';
      region.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await el.urlUpdated;
      expect(new URL(location.href).searchParams.get('a-region')).to.equal('Bretagne');
      expect(new URL(location.href).searchParams.has('region')).to.equal(false);
      expect(titles(el)).to.deep.equal(['Rennes']);
      const back = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect(titles(el)).to.have.members(['Rennes', 'Paris']);
    });

    it('a facet change is written to the URL after the new cards, as its own entry after a search typed just before', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[
        makePosting({ title: 'Designer Rennes', location: { label: 'Rennes', departement: '35', region: 'Bretagne' } }),
        makePosting({ title: 'Designer Paris' }), makePosting({ title: 'Juriste' })]}></intra-job-feed>`);
      await loaded(el);
      const start = location.href;
      const input = $(el, '#q') as HTMLInputElement;
      input.value = 'designer';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      const region = $(el, '#f-region') as HTMLSelectElement;
      region.value = 'Bretagne';
      region.dispatchEvent(new Event('change'));
      // Not yet: the cards come first.
      expect(location.href).to.equal(start);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Designer Rennes']);
      await el.urlUpdated;
      const params = new URL(location.href).searchParams;
      expect([params.get('q'), params.get('region')]).to.deep.equal(['designer', 'Bretagne']);
      // Back: the search alone (the typed search got its own entry before the facet's).
      const back = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('q')).to.equal('designer');
      expect(new URL(location.href).searchParams.has('region')).to.equal(false);
      expect(titles(el)).to.have.members(['Designer Rennes', 'Designer Paris']);
    });

    it('reads its state from the URL on connection', async () => {
      const url = new URL(location.href);
      url.searchParams.set('q', 'designer');
      history.replaceState(null, '', url);
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[makePosting({ title: 'Designer UX' }), makePosting({ title: 'Juriste' })]}></intra-job-feed>`);
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Designer UX']);
      expect(($(el, '#q') as HTMLInputElement).value).to.equal('designer');
    });

    it('a facet value in the URL that no posting has (a stale link, ?versant=ZZZ) is ignored, not an empty list', async () => {
      const url = new URL(location.href);
      url.searchParams.set('versant', 'ZZZ');
      url.searchParams.set('region', 'Atlantide');
      history.replaceState(null, '', url);
      const items = [makePosting({ title: 'Designer UX' }), makePosting({ title: 'Juriste', versant: 'FPT' })];
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${items}></intra-job-feed>`);
      await loaded(el);
      expect(titles(el)).to.have.members(['Designer UX', 'Juriste']);
      const select = $(el, '#f-versant') as HTMLSelectElement;
      expect(select.value, 'the select shows "all"').to.equal('');
      expect(select.selectedIndex).to.equal(0);
      // A value the data has still filters.
      url.searchParams.set('versant', 'FPT');
      history.replaceState(null, '', url);
      const el2 = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${items}></intra-job-feed>`);
      await loaded(el2);
      expect(titles(el2)).to.deep.equal(['Juriste']);
      resetUrl();
    });
  });

  describe('cards', () => {
    it('closing labels from the date: dans 5 jours, aujourd’hui, demain, le …; closed ones hidden unless with-expired ("Clôturée", "Pourvue")', async () => {
      const items = [
        makePosting({ title: 'Five', closesAt: '2026-10-06' }), makePosting({ title: 'Today', closesAt: NOW }),
        makePosting({ title: 'Tomorrow', closesAt: '2026-10-02' }), makePosting({ title: 'Far', closesAt: '2026-12-24' }),
        makePosting({ title: 'Closed', closesAt: '2026-09-30' }), makePosting({ title: 'Filled', status: 'filled' }),
        makePosting({ title: 'Draft', status: 'draft' }),
      ];
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${items}></intra-job-feed>`);
      await loaded(el);
      const closing = (title: string) => $$(el, '[part="card"]').find((c) => c.querySelector('.card-title')!.textContent!.includes(title))?.querySelector('[part="closing"]')?.textContent?.trim();
      expect(titles(el)).to.have.members(['Five', 'Today', 'Tomorrow', 'Far']);
      expect(closing('Five')).to.equal('Clôture dans 5 jours');
      expect(closing('Today')).to.equal('Clôture aujourd’hui');
      expect(closing('Tomorrow')).to.equal('Clôture demain');
      expect(closing('Far')).to.equal('Clôture le 24 décembre 2026');
      el.withExpired = true;
      await el.updateComplete;
      expect(titles(el)).to.have.members(['Five', 'Today', 'Tomorrow', 'Far', 'Closed', 'Filled']);
      expect(closing('Closed')).to.equal('Clôturée');
      expect(closing('Filled')).to.equal('Pourvue');
      await expect(el).to.be.accessible();
    });

    it('link to the offer: external, rel="noopener", http(s) only; javascript: and data: URLs never become links', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[
          makePosting({ title: 'Good' }), makePosting({ title: 'Js', url: 'javascript:alert(1)' }), makePosting({ title: 'Data', url: 'data:text/html,<script>alert(1)</script>' }),
          makePosting({ title: 'Upper', url: 'JAVASCRIPT:alert(1)' }), makePosting({ title: 'Relative', url: '/offre/1' })]}></intra-job-feed>`);
        await loaded(el);
        const links = $$(el, 'a');
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://place-emploi-public.gouv.fr/offre-emploi/test-' + (n - 4) + '/']);
        expect(links[0].getAttribute('rel')).to.equal('noopener');
        expect(links[0].getAttribute('target')).to.equal('_blank');
        expect(titles(el)).to.deep.equal(['Good']);
        expect($(el, '[part="notice"]')!.textContent).to.contain('4 offres ignorées');
      } finally { console.warn = warn; }
    });

    it('XSS payloads in every text field render as text', async () => {
      const x = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} emit-json-ld .items=${[makePosting({
        title: `T ${x}`, employer: { label: `E ${x}`, parentLabel: `P ${x}` }, location: { label: `L ${x}`, departement: '75', region: 'Île-de-France' },
        description: `D ${x} recherche utilisateur, prototype, backlog, priorisation`, profile: `Pr ${x} </script><script>window.__xss=1</script>`,
        metierReference: { scheme: 'RMFP', label: `M ${x}` } })]}></intra-job-feed>`);
      await loaded(el);
      expect($$(el, 'img, script')).to.have.length(0);
      expect($(el, '.card-title')!.textContent).to.contain('<img src=x');
      expect($(el, '.employer')!.textContent).to.contain('<img src=x');
      expect($(el, '.place')!.textContent).to.contain('<script>');
      const [script] = jsonLd(el);
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!).title).to.equal(`T ${x}`);
      expect(el.querySelectorAll('img')).to.have.length(0);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('competence badges, and the matched terms on demand (a disclosure button, keyboard)', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[makePosting({ title: 'Designer UX', description: 'Recherche utilisateur et entretiens avec les usagers.' })]}></intra-job-feed>`);
      await loaded(el);
      expect($$(el, '.competences .tag').map((t) => t.textContent!.trim())).to.include('Investigation du problème');
      const button = $(el, '[part="why"]') as HTMLButtonElement;
      const explanation = $(el, '[part="explanation"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(explanation.hidden).to.equal(true);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(explanation.hidden).to.equal(false);
      expect(explanation.textContent).to.contain('« recherche utilisateur »');
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' }); // the space bar ("Space" is unknown to Firefox's WebDriver BiDi)
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('heading-level sets the card title level', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} heading-level="3" .items=${[makePosting()]}></intra-job-feed>`);
      await loaded(el);
      expect($$(el, 'h3.card-title')).to.have.length(1);
    });

    it('intra-select with { id, item } when the offer link is followed', async () => {
      const p = makePosting({ title: 'Cliquable' });
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[p]}></intra-job-feed>`);
      await loaded(el);
      el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      const ev = oneEvent(el, 'intra-select');
      ($(el, '.card-title a') as HTMLAnchorElement).click();
      const { detail } = (await ev) as IntraSelectEvent<JobPosting>;
      expect(detail.id).to.equal(p.id);
      expect(detail.item.title).to.equal('Cliquable');
    });
  });

  describe('keyboard', () => {
    it('"Voir plus" adds a page and moves focus to the first new card', async () => {
      const items = Array.from({ length: 5 }, (_, i) => makePosting({ title: `Offre ${i}`, postedAt: `2026-09-0${i + 1}` }));
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} page-size="2" .items=${items}></intra-job-feed>`);
      await loaded(el);
      expect($$(el, '[part="card"]')).to.have.length(2);
      const more = $(el, '[part="more"]') as HTMLButtonElement;
      expect(more.textContent).to.contain('3 restantes');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, '[part="card"]')).to.have.length(4);
      expect(deepActive()).to.equal($$(el, '.card-title a')[2]);
    });

    it('Tab goes from the search to the facets and the sort, then the cards', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[makePosting({ categorie: 'A' }), makePosting({ categorie: 'B', title: 'Designer UX' })]}></intra-job-feed>`);
      await loaded(el);
      ($(el, '#q') as HTMLInputElement).focus();
      await sendKeys({ type: 'designer' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Designer UX']);
      await sendKeys({ press: 'Tab' });
      expect((deepActive() as HTMLElement).tagName).to.equal('SELECT');
    });
  });

  describe('expiry with the live date', () => {
    it('a page open across midnight stops showing (and marking up) the offer that closed', async () => {
      const clock = installClock(new Date(2026, 9, 1, 23, 58)); // 23:58 on 1 October 2026
      try {
        const el = await fixture<IntraJobFeed>(html`<intra-job-feed emit-json-ld .items=${[makePosting({ title: 'Last day', closesAt: '2026-10-01' }), makePosting({ title: 'Later', closesAt: '2026-10-20' })]}></intra-job-feed>`);
        await loaded(el);
        expect(titles(el)).to.have.members(['Last day', 'Later']);
        expect(jsonLd(el)).to.have.length(2);
        clock.tick(3 * 60 * 1000); // 00:01 on 2 October
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Later']);
        expect(jsonLd(el).map((s) => JSON.parse(s.textContent!).title)).to.deep.equal(['Later']);
        expect(clock.pending()).to.equal(1, 're-armed for the next midnight');
        el.remove();
        expect(clock.pending()).to.equal(0, 'cleared on disconnect');
        expect(jsonLd(el)).to.have.length(0, 'an element taken out takes its JSON-LD with it');
        const pinned = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} .items=${[makePosting()]}></intra-job-feed>`);
        await loaded(pinned);
        expect(clock.pending()).to.equal(0, 'a pinned date needs no timer');
        pinned.remove();
      } finally {
        clock.restore();
      }
    });
  });

  describe('offers without a closing date (open-days)', () => {
    it('close 60 days after postedAt by default, or `open-days`; JSON-LD validThrough is that date', async () => {
      const items = [makePosting({ title: 'Sans date', closesAt: undefined, postedAt: '2026-09-01' })];
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now="2026-10-21" emit-json-ld .items=${items}></intra-job-feed>`);
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Sans date']);
      expect($(el, '[part="card"]')!.textContent).to.contain('Clôture dans 10 jours');
      expect(JSON.parse(jsonLd(el)[0].textContent!).validThrough).to.equal('2026-10-31T23:59:59');
      el.now = '2026-11-01';
      await loaded(el);
      expect(titles(el)).to.deep.equal([]);
      expect(jsonLd(el)).to.have.length(0, 'a 2026-09-01 offer without closing date is not marked up on 2026-11-01');
      el.setAttribute('open-days', '90');
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Sans date']);
      expect(JSON.parse(jsonLd(el)[0].textContent!).validThrough).to.equal('2026-11-30T23:59:59');
      el.setAttribute('open-days', 'toujours');
      await loaded(el);
      expect(titles(el)).to.deep.equal([], 'an invalid open-days falls back to 60');
    });
  });

  describe('JSON-LD out', () => {
    it('opt-in: one script per open offer shown, in the light DOM; removed when filtered out; never for closed or filled ones', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} with-expired .items=${[
        makePosting({ title: 'Open A' }), makePosting({ title: 'Open B', categorie: 'B' }), makePosting({ title: 'Closed', closesAt: '2026-09-01' }),
        makePosting({ title: 'Filled', status: 'filled' })]}></intra-job-feed>`);
      await loaded(el);
      expect(jsonLd(el)).to.have.length(0, 'off by default');
      el.emitJsonLd = true;
      await el.updateComplete;
      const scripts = jsonLd(el);
      expect(scripts.map((s) => JSON.parse(s.textContent!).title)).to.have.members(['Open A', 'Open B']);
      const ld = JSON.parse(scripts[0].textContent!);
      expect(ld['@type']).to.equal('JobPosting');
      expect(ld.validThrough).to.equal('2026-10-31T23:59:59');
      expect(scripts[0].parentElement).to.equal(el);
      const cat = $(el, '#f-categorie') as HTMLSelectElement;
      cat.value = 'B';
      cat.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(jsonLd(el).map((s) => JSON.parse(s.textContent!).title)).to.deep.equal(['Open B']);
      el.emitJsonLd = false;
      await el.updateComplete;
      expect(jsonLd(el)).to.have.length(0);
    });

    it('only for the offers on screen (the pages shown)', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed now=${NOW} emit-json-ld page-size="2" .items=${Array.from({ length: 5 }, () => makePosting())}></intra-job-feed>`);
      await loaded(el);
      expect(jsonLd(el)).to.have.length(2);
      ($(el, '[part="more"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(jsonLd(el)).to.have.length(4);
    });
  });

  describe('languages', () => {
    it('English interface with lang="en"; the data keep their language', async () => {
      const el = await fixture<IntraJobFeed>(html`<intra-job-feed lang="en" now=${NOW} .items=${[makePosting({ title: 'Cheffe de projet', closesAt: '2026-10-06' })]}></intra-job-feed>`);
      await loaded(el);
      expect($(el, '.count')!.textContent).to.contain('1 open offer');
      expect($(el, 'label[for="q"]')!.textContent).to.contain('Search job offers');
      expect($(el, '[part="closing"]')!.textContent).to.contain('Closes in 5 days');
      expect($(el, '.card-title a')!.getAttribute('lang')).to.equal('fr');
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });
});
