/**
 * Layout polish found on screenshots of the demo (issue 7, item 32), checked on the element's boxes at a desktop and
 * a mobile width: same width for every date input, space between a text and the button under it, space under the
 * last row of buttons (on mobile the next heading of the page touched "Suivant").
 */
import { fixture, html, expect } from '@open-wc/testing';
import '../../components/eligibility/intra-eligibility.js';
import type { IntraEligibility } from '../../components/eligibility/eligibility.js';

const NOW = '2025-05-15';
const ELIGIBLE_CERT = {
  domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-02-06', missionEnd: null,
  daysPerWeek: 4, reachedAcceleration: true, targetSession: '2025-mai',
};
const box = (el: IntraEligibility, sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect();

async function mount(width: number, template: ReturnType<typeof html>): Promise<IntraEligibility> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('intra-eligibility') as IntraEligibility;
  await el.loaded;
  await el.updateComplete;
  return el;
}

describe('<intra-eligibility> layout', () => {
  for (const [name, width] of [['desktop', 600], ['mobile', 343]] as const) {
    it(`${name}: the mission start and end date inputs have the same width`, async () => {
      const el = await mount(width, html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
      const widths = [...el.shadowRoot!.querySelectorAll('input[type="date"]')].map((i) => Math.round(i.getBoundingClientRect().width));
      expect(widths).to.have.length(2);
      expect(widths[0]).to.equal(widths[1]);
    });

    it(`${name}: "Candidater" stands apart from the text above it (≥ 12px)`, async () => {
      const el = await mount(width, html`<intra-eligibility programme="certification" now=${NOW} href-certification="/candidater" .situation=${ELIGIBLE_CERT}></intra-eligibility>`);
      const button = el.shadowRoot!.querySelector('.next-step a.btn')!;
      const text = button.parentElement!.previousElementSibling!;
      expect(button.getBoundingClientRect().top - text.getBoundingClientRect().bottom).to.be.at.least(12);
    });

    it(`${name}: the element keeps space (≥ 16px) under its last row of buttons, in the form and in the verdict`, async () => {
      const form = await mount(width, html`<intra-eligibility programme="certification" now=${NOW}></intra-eligibility>`);
      expect(form.getBoundingClientRect().bottom - box(form, 'button[type="submit"]').bottom).to.be.at.least(16);
      const verdict = await mount(width, html`<intra-eligibility programme="certification" now=${NOW} .situation=${ELIGIBLE_CERT}></intra-eligibility>`);
      const last = [...verdict.shadowRoot!.querySelectorAll('.actions .btn')].pop()!;
      expect(verdict.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom).to.be.at.least(16);
    });
  }
});
