// English texts are loaded only when an element's language resolves to English (components/shared/i18n.ts): a French
// page never requests an `*.i18n.en` module; switching an element to English fetches the catalogues of the elements
// imported on the page (in the CDN build: those whose tags are on it) and the element
// re-renders in English (its `updateComplete` waits for the catalogue). One page per test file here.
import { fixture, html, expect } from '@open-wc/testing';
import '../../components/portraits/intra-portraits.js';
import '../../components/eligibility/intra-eligibility.js'; // registers its English loader too
import type { IntraPortraits } from '../../components/portraits/portraits.js';
import { makePortrait } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);
const englishModules = (): string[] => [...new Set(performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname).filter((p) => /\.i18n\.en\.(js|ts)$/.test(p))
  .map((p) => p.split('/').pop()!.replace(/\.(js|ts)$/, '')))].sort();

describe('English texts on demand', () => {
  it('a French element requests no English catalogue; lang="en" loads them and re-renders in English', async () => {
    const el = await fixture<IntraPortraits>(html`<intra-portraits lang="fr" .items=${[makePortrait(), makePortrait()]}></intra-portraits>`);
    await el.loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('2 portraits');
    expect(el.shadowRoot!.textContent).to.contain('Rechercher un portrait');
    expect(englishModules()).to.deep.equal([]);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Search portraits');
    // The English catalogues of the elements imported on this page (here the gallery and the eligibility element).
    expect(englishModules()).to.deep.equal(['eligibility.i18n.en', 'portraits.i18n.en']);
  });

  it('an element created in English renders English once its updateComplete settles', async () => {
    const el = await fixture<IntraPortraits>(html`<div lang="en-GB"><intra-portraits .items=${[makePortrait()]}></intra-portraits></div>`)
      .then((d) => d.querySelector('intra-portraits') as IntraPortraits);
    await el.loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('1 portrait');
    expect(el.shadowRoot!.textContent).to.contain('RS6247 competence');
  });
});
