/**
 * `loading="lazy"` and URL fragments (decision 0058): a `#fragment` whose target is not in the page's own DOM may
 * point inside an element (the gallery's `#portrait-<id>` deep link opens that portrait's dialog): the loader then
 * imports every waiting element, at start and on `hashchange`. A fragment that names an element of the page does not
 * (the browser scrolls there, and the elements near it load as they near the screen).
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

const defined = (tag: string) => customElements.get(tag) !== undefined;
const frames = (n = 3) => new Promise<void>((r) => {
  const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : setTimeout(r, 50));
  step(n);
});

describe('autoloader: loading="lazy" and the URL fragment', () => {
  before(async () => {
    document.body.innerHTML = `
      <p id="haut">Haut de page</p>
      <div style="height: 8000px"></div>
      <intra-eligibility loading="lazy" programme="clinic"></intra-eligibility>
      <div style="height: 8000px"></div>
      <intra-job-feed loading="lazy"></intra-job-feed>`;
    history.replaceState(history.state, '', '#haut');
    window.scrollTo(0, 0);
    await import('../../components/autoload.js');
    await frames(6);
    await new Promise((r) => setTimeout(r, 300));
  });
  after(() => { history.replaceState(history.state, '', location.pathname + location.search); });

  it('a fragment naming an element of the page imports nothing far below', () => {
    expect(defined('intra-eligibility') || defined('intra-job-feed')).to.equal(false);
  });

  it('a fragment with no target in the page (a deep link into an element) imports every waiting element', async () => {
    location.hash = '#portrait-camille-exemple';
    await until(() => defined('intra-eligibility') && defined('intra-job-feed'), 5000, 'both defined');
  });
});
