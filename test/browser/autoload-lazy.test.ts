/**
 * The autoloader's `loading="lazy"` (issue 10, part 4; decision 0058): an `intra-*` tag with that attribute has its
 * module imported only when it nears the viewport (within two viewport heights), when the page's own scrolling, a
 * `#hash` link or the keyboard (the first Tab key press) needs it — never before. Its first-render height stays
 * reserved meanwhile (layout stability). One page for the whole file: each element's module loads once, so each tag
 * serves one case; what the page requested is read from the resource timing entries.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requestedElements, until } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);

const defined = (tag: string) => customElements.get(tag) !== undefined;
const frames = (n = 3) => new Promise<void>((r) => {
  const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : setTimeout(r, 50));
  step(n);
});
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

describe('autoloader: loading="lazy" (imported when the element nears the viewport)', () => {
  before(async () => {
    document.body.innerHTML = `
      <p><a id="to-feed" href="#offres">Aller aux offres</a> <button id="top">Haut de page</button></p>
      <div style="height: 6000px"></div>
      <intra-eligibility id="elig" loading="lazy" programme="clinic"></intra-eligibility>
      <div style="height: 6000px"></div>
      <section id="offres"><h2>Offres</h2><intra-job-feed id="feed" loading="lazy"></intra-job-feed></section>
      <div style="height: 6000px"></div>
      <button id="before-support">Avant le formulaire</button>
      <intra-support-request id="support" loading="lazy"></intra-support-request>
      <div style="height: 6000px"></div>`;
    window.scrollTo(0, 0);
    await import('../../components/autoload.js');
    await frames(6);
    await new Promise((r) => setTimeout(r, 300)); // past the loader's first-frame start (and its 100 ms fallback)
  });
  after(() => { history.replaceState(history.state, '', location.pathname + location.search); });

  it('far below the viewport: not imported, its first-render height reserved', () => {
    expect(requestedElements(), 'no element module requested').to.deep.equal([]);
    for (const tag of ['intra-eligibility', 'intra-job-feed', 'intra-support-request']) expect(defined(tag), tag).to.equal(false);
    expect($('#elig').getBoundingClientRect().height, 'eligibility reserved').to.be.greaterThan(200);
    expect($('#support').getBoundingClientRect().height, 'support request reserved').to.be.greaterThan(600);
  });

  it('scrolled to within a viewport height below the screen (not visible yet): imported, and only that one', async () => {
    const top = $('#elig').getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - 2 * window.innerHeight + 10); // its top 1 viewport height - 10 px below the screen's bottom
    expect($('#elig').getBoundingClientRect().top, 'still off screen').to.be.greaterThan(window.innerHeight);
    await until(() => defined('intra-eligibility'), 5000, 'eligibility defined');
    await until(() => !!$('#elig').shadowRoot?.querySelector('input, button, [role="radiogroup"]'), 5000, 'eligibility rendered');
    expect(requestedElements()).to.deep.equal(['eligibility']);
    expect(defined('intra-job-feed') || defined('intra-support-request'), 'the others wait').to.equal(false);
  });

  it('a #hash link to the section that holds it: imported', async () => {
    $('#to-feed').click();
    await until(() => defined('intra-job-feed'), 5000, 'job feed defined');
    expect(requestedElements()).to.deep.equal(['eligibility', 'job-feed']);
    expect(defined('intra-support-request'), 'the support request waits').to.equal(false);
  });

  it('the first Tab key press imports the lazy elements left, and the keyboard then reaches their controls', async () => {
    window.scrollTo(0, 0);
    await frames();
    $('#top').focus();
    expect(defined('intra-support-request'), 'still waiting before the key press').to.equal(false);
    await sendKeys({ press: 'Tab' });
    await until(() => defined('intra-support-request'), 5000, 'support request defined after Tab');
    const el = $('#support');
    await until(() => !!el.shadowRoot?.querySelector('input, textarea'), 5000, 'form rendered');
    $('#before-support').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'focus went into the form').to.equal(el);
    expect(el.shadowRoot!.activeElement, 'a control of the form').to.not.equal(null);
  });
});
