/**
 * When the autoloader imports at once despite, or without, `loading="lazy"` (issue 10, part 4; decision 0058):
 * - a lazy element already in the viewport;
 * - an element without the attribute, however far below (the default stays eager);
 * - an `<intra-support-request loading="lazy">` far below while the device holds requests queued on an earlier visit
 *   (its outbox, components/support-request/delivery.ts): they are sent at page load, as without the attribute —
 *   checked with the REAL receiver (test/browser/support-receiver.mjs), one stored row;
 * - printing (`beforeprint`) imports every lazy element left.
 * One page for the whole file (each tag loads once).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);

const defined = (tag: string) => customElements.get(tag) !== undefined;
const frames = (n = 3) => new Promise<void>((r) => {
  const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : setTimeout(r, 50));
  step(n);
});
const marker = `lazy-outbox-${Date.now().toString(36)}`;
const rows = () => executeServerCommand('receiver-rows', { marker }) as Promise<Array<{ reference: string; key: string }>>;

describe('autoloader: eager cases of loading="lazy"', function () {
  this.timeout(60000);
  const key = crypto.randomUUID();

  before(async function () {
    this.timeout(120000); // PGlite's initdb, once per run
    while (!((await executeServerCommand('receiver-start', { origin: location.origin })) as { ready: boolean }).ready) { /* initdb */ }
    await executeServerCommand('receiver-clear');
    localStorage.clear();
    // A request queued on an earlier visit (offline then), as the element writes it (delivery.ts, QueuedRequest).
    localStorage.setItem('intras.support.queue', JSON.stringify([{
      v: 1, action: new URL('/receiver/requests', location.href).href, queuedAt: Date.now() - 60_000,
      request: {
        idempotencyKey: key, kind: 'clinique_situations_difficiles', name: 'Camille Exemple', email: 'camille.exemple@example.org',
        topics: ['management_equipe'], message: `Une difficulté avec mon équipe (${marker}).`,
        consent: { handling: { given: true, at: new Date(Date.now() - 120_000).toISOString() } }, fillTimeMs: 12_000,
      },
    }]));
    document.body.innerHTML = `
      <intra-portraits id="gallery" loading="lazy" without-filters></intra-portraits>
      <div style="height: 8000px"></div>
      <intra-eligibility id="elig" programme="clinic"></intra-eligibility>
      <div style="height: 8000px"></div>
      <intra-job-feed id="feed" loading="lazy"></intra-job-feed>
      <div style="height: 8000px"></div>
      <intra-support-request id="support" loading="lazy" action="/receiver/requests"></intra-support-request>
      <div style="height: 8000px"></div>`;
    window.scrollTo(0, 0);
    await import('../../components/autoload.js');
  });
  after(() => { localStorage.clear(); });

  it('a lazy element already in the viewport is imported at once', async () => {
    await until(() => defined('intra-portraits'), 5000, 'gallery defined');
  });

  it('an element without loading="lazy" is imported at once, however far below (the default)', async () => {
    await until(() => defined('intra-eligibility'), 5000, 'eligibility defined');
  });

  it('a lazy support request far below, with a request queued on an earlier visit: imported at load and the request sent — one row', async () => {
    await until(() => defined('intra-support-request'), 5000, 'support request defined at load');
    let stored = await rows();
    for (const end = Date.now() + 20000; !stored.length && Date.now() < end; stored = await rows()) await new Promise((r) => setTimeout(r, 100));
    expect(stored.map((r) => r.key)).to.deep.equal([key]);
    await until(() => localStorage.getItem('intras.support.queue') === null, 5000, 'queue emptied');
    window.scrollTo(0, 0); // the element shows its receipt (and may scroll to it): back to the top for the next case
  });

  it('a lazy element far below with nothing queued stays waiting; printing imports it', async () => {
    await frames(4);
    expect(defined('intra-job-feed'), 'job feed still waiting').to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => defined('intra-job-feed'), 5000, 'job feed defined for printing');
  });
});
