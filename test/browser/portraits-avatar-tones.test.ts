// Initials avatars on a page without the DSFR colour tokens (a site that does not load DSFR, or `intras render` output
// read without DSFR): one light tone per portrait, not a single colour for all (new-user trial: "every initials avatar
// is the same lavender"). `--intra-avatar-fallback`, when set, still gives them all one colour.
import { fixture, html, expect } from '@open-wc/testing';
import '../../components/portraits/intra-portraits.js';
import type { IntraPortraits } from '../../components/portraits/portraits.js';
import { makePortrait } from './helpers.js';

const names = ['Élodie Marchal', 'Yanis Bouchet', 'Aïcha Benali', 'Théo Rivière', 'Maëlle Dupuis', 'Karim Haddad', 'Lou Perrin', 'Inès Caron', 'Jules Moreau', 'Sacha Leroy'];

async function backgrounds(el: IntraPortraits): Promise<string[]> {
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.avatar[class*="tone-"]')].map((a) => getComputedStyle(a).backgroundColor);
}

describe('<intra-portraits> initials avatars without DSFR', () => {
  it('several tones among ten portraits, each light enough for the initials (contrast with #161616 ≥ 4.5:1)', async () => {
    const items = names.map((displayName, i) => makePortrait({ id: `t-${i}`, displayName, photoUrl: undefined }));
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${items}></intra-portraits>`);
    const bg = await backgrounds(el);
    expect(bg.length).to.equal(10);
    expect(new Set(bg).size, bg.join(' | ')).to.be.greaterThan(2);
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/\d+/g) ?? []).slice(0, 3).map((v) => { const x = Number(v) / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const text = lum('rgb(22, 22, 22)');
    for (const c of bg) expect((lum(c) + 0.05) / (text + 0.05), c).to.be.at.least(4.5);
  });

  it('--intra-avatar-fallback gives every avatar that one colour', async () => {
    const items = names.map((displayName, i) => makePortrait({ id: `u-${i}`, displayName, photoUrl: undefined }));
    const el = await fixture<IntraPortraits>(html`<intra-portraits style="--intra-avatar-fallback: rgb(10, 20, 30)" .items=${items}></intra-portraits>`);
    expect(new Set(await backgrounds(el))).to.deep.equal(new Set(['rgb(10, 20, 30)']));
  });
});
