// The classes entry (`@betagouv/intras/components`) defines no tag: a page that imports a class chooses whether and
// under which name to define it. The register-all entry (`components/define.ts`, the CDN file) defines every tag.
// Each test file runs in its own page, so nothing else has defined the tags here.
import { fixture, html, expect } from '@open-wc/testing';
import { IntraPortraits, IntraEligibility } from '../../components/index.js';
import { makePortrait } from './helpers.js';

describe('components entry: classes only', () => {
  it('importing the classes defines no intra-* tag', () => {
    expect(IntraPortraits).to.be.a('function');
    expect(IntraEligibility).to.be.a('function');
    // Booleans, not the classes: chai would serialise a whole class into the failure message.
    expect(customElements.get('intra-portraits') === undefined, 'intra-portraits is not defined').to.equal(true);
    expect(customElements.get('intra-eligibility') === undefined, 'intra-eligibility is not defined').to.equal(true);
  });

  it('a class defined under the page\'s own name renders', async () => {
    customElements.define('ma-galerie', class extends IntraPortraits {});
    const el = await fixture<IntraPortraits>(html`<ma-galerie .items=${[makePortrait({ displayName: 'Inès Valadier' })]}></ma-galerie>`);
    await el.loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Inès Valadier');
    expect(customElements.get('intra-portraits') === undefined, 'intra-portraits is not defined').to.equal(true);
  });

  it('the register-all entry defines every tag, once', async () => {
    await import('../../components/define.js');
    expect(customElements.get('intra-portraits') === IntraPortraits, 'intra-portraits is IntraPortraits').to.equal(true);
    expect(customElements.get('intra-eligibility') === IntraEligibility, 'intra-eligibility is IntraEligibility').to.equal(true);
  });
});
