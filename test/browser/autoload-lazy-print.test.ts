/**
 * A `loading="lazy"` element printed before its module has arrived (breaker trial F5; decision 0058): `beforeprint`
 * only starts the import, and the browser lays the printout out at once (Chromium: beforeprint 1631 ms, afterprint
 * 1644, element defined 1700). The printout then shows the element's fallback content (its light DOM) instead of the
 * empty space reserved for its first render on screen: a reserved support form is 76rem of blank paper. On screen the
 * reservation stays (layout stability, decision 0048). Print media emulated (`emulateMedia`, Chromium); Firefox's
 * WebDriver BiDi cannot emulate it, so there the document's print rules (the `@media print` blocks of its adopted
 * sheets) are applied as screen rules instead, which is what printing does. The element's module is never requested
 * here: it stays far below the screen and nothing fires `beforeprint`.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

const frames = (n = 3) => new Promise<void>((r) => {
  const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : setTimeout(r, 50));
  step(n);
});

let printSheet: CSSStyleSheet | undefined;
/** Print media on (`true`) or off: emulated where the browser allows it, else the print rules applied to the screen. */
async function print(on: boolean): Promise<void> {
  try {
    await emulateMedia({ media: on ? 'print' : 'screen' });
    if (on) expect(matchMedia('print').matches).to.equal(true);
  } catch (e) {
    if (!/CDP/.test(String(e))) throw e;
    if (on) {
      const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((x) => x.cssText));
      expect(rules.length, 'the loader has print rules').to.be.greaterThan(0);
      printSheet = new CSSStyleSheet();
      printSheet.replaceSync(rules.join('\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
    } else {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
    }
  }
}

describe('autoloader: a lazy element not loaded yet, printed', () => {
  before(async () => {
    document.body.innerHTML = `
      <div style="height: 6000px"></div>
      <intra-support-request id="support" loading="lazy"><p id="fallback">Demande d’accompagnement : <a href="/aide">formulaire</a></p></intra-support-request>
      <div style="height: 6000px"></div>`;
    window.scrollTo(0, 0);
    await import('../../components/autoload.js');
    await frames(6);
    await new Promise((r) => setTimeout(r, 300)); // past the loader's first-frame start
  });
  after(() => print(false));

  it('on screen its first-render height is reserved; in print it takes only its fallback content\'s height', async () => {
    const el = document.getElementById('support')!;
    const fallback = document.getElementById('fallback')!;
    expect(customElements.get('intra-support-request'), 'still waiting').to.equal(undefined);
    expect(el.getBoundingClientRect().height, 'reserved on screen').to.be.greaterThan(600);
    await print(true);
    await frames(2);
    const printed = el.getBoundingClientRect().height;
    expect(printed, 'no reserved blank in print').to.be.below(fallback.getBoundingClientRect().height + 40);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    await print(false);
    await frames(2);
    expect(el.getBoundingClientRect().height, 'reserved again on screen').to.be.greaterThan(600);
  });
});
