// An element created in English waits for its English texts before its first render (components/shared/base.ts), so
// no French text is shown or kept in its state — here the step announcement, computed once per step. Its own test
// file (its own page): no other test has loaded the English catalogues before.
import { fixture, html, expect } from '@open-wc/testing';
import '../../components/eligibility/intra-eligibility.js';
import type { IntraEligibility } from '../../components/eligibility/eligibility.js';

describe('English texts on demand: first render', () => {
  it('an element created in English keeps no French text in its state (the step announcement is English)', async () => {
    const el = await fixture<IntraEligibility>(html`<intra-eligibility lang="en" programme="hr-support" now="2025-05-15"></intra-eligibility>`);
    await el.loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.contain('Step 1 of 2');
    expect(el.shadowRoot!.querySelector('.wrap > [role="status"]')!.textContent).to.match(/^Step 1: /);
  });
});
