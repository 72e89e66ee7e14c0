// The autoloader (`components/autoload.ts`, built as dist/cdn/intras.js): it defines an `intra-*` element only when
// its tag is on the page — already there when the loader runs, or added later — and requests no other element's
// module. What the page requested is read from the browser's resource timing entries (one page per test file here,
// so nothing else has loaded an element).
import { expect } from '@open-wc/testing';
import { requestedElements, until } from './helpers.js';

performance.setResourceTimingBufferSize(100_000);

const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('autoloader', () => {
  let loader: typeof import('../../components/autoload.js');

  it('defines a tag already on the page when it runs, and loads no other element', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<intra-portraits></intra-portraits>';
    document.body.append(host);
    expect(defined('intra-portraits'), 'not defined before the loader').to.equal(false);
    expect(requestedElements()).to.deep.equal([]);

    loader = await import('../../components/autoload.js');
    await customElements.whenDefined('intra-portraits');
    expect(host.firstElementChild!.shadowRoot, 'the existing element was upgraded').to.not.equal(null);
    expect(requestedElements()).to.deep.equal(['portraits']);
    for (const tag of ['intra-eligibility', 'intra-job-feed', 'intra-support-request']) expect(defined(tag), tag).to.equal(false);
  });

  it('defines a tag added later (nested in added markup), still loading only that element', async () => {
    const host = document.createElement('section');
    host.innerHTML = '<div><p>Éligibilité</p><intra-eligibility></intra-eligibility></div>';
    document.body.append(host);
    await customElements.whenDefined('intra-eligibility');
    expect(requestedElements()).to.deep.equal(['eligibility', 'portraits']);
    expect(defined('intra-job-feed') || defined('intra-support-request'), 'job feed and support request not defined').to.equal(false);
  });

  it('an element created by script and appended is defined too', async () => {
    document.body.append(document.createElement('intra-job-feed'));
    await customElements.whenDefined('intra-job-feed');
    expect(requestedElements()).to.deep.equal(['eligibility', 'job-feed', 'portraits']);
    expect(defined('intra-support-request')).to.equal(false);
  });

  it('an unknown intra-* tag is reported once in French and English, and loads nothing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    try {
      const before = requestedElements();
      document.body.insertAdjacentHTML('beforeend', '<intra-inconnu></intra-inconnu><intra-inconnu></intra-inconnu>');
      await loader.discover(document.body);
      await until(() => warnings.length > 0, 2000, 'a warning');
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('intra-inconnu').and.contain('inconnu').and.contain('unknown');
      expect(requestedElements()).to.deep.equal(before);
    } finally {
      console.warn = warn;
    }
  });

  it('discover() defines the tags inside a shadow root the page passes to it', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<intra-support-request></intra-support-request>';
    await new Promise((r) => setTimeout(r, 50));
    expect(defined('intra-support-request'), 'tags in shadow roots are not observed').to.equal(false);
    await loader.discover(root);
    expect(defined('intra-support-request')).to.equal(true);
  });
});
