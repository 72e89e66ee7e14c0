// A pre-rendered element (`intras render`, decision 0044) that cannot hydrate — Lit was already evaluated without the
// hydration support (another element loaded first), or its chunk failed to load — is emptied and rendered afresh
// (never shown twice, never blank). Found by a breaker trial: the fresh render threw `insertBefore … not a child`
// and left an empty shadow root.
import { expect } from '@esm-bundle/chai';
import '../../components/eligibility/intra-eligibility.js'; // lit evaluated now, without the hydration support

describe('intras render without hydration support: rendered afresh', () => {
  it('a pre-rendered gallery placed after lit loaded shows its cards again, with no error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => { errors.push(String(e.message)); };
    const onRejection = (e: PromiseRejectionEvent) => { errors.push(String(e.reason)); };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const text = await (await fetch('/test-api/render?data=/test/fixtures/portraits/valid.json&page-size=3')).text();
    const host = document.createElement('div');
    document.body.append(host);
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(text);
    const el = host.querySelector('intra-portraits') as HTMLElement & { updateComplete: Promise<boolean>; loaded: Promise<unknown> };
    expect(el.shadowRoot!.querySelectorAll('.card[part="card"]').length, 'server cards before the script').to.equal(3);
    const serverCard = el.shadowRoot!.querySelector('.card[part="card"]');
    await import('../../components/portraits/intra-portraits.js');
    await el.updateComplete;
    await el.loaded;
    await el.updateComplete;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors, errors.join('\n')).to.deep.equal([]);
    const cards = el.shadowRoot!.querySelectorAll('.card[part="card"]');
    expect(cards.length, 'cards rendered afresh').to.equal(3);
    expect(serverCard!.isConnected, 'the server nodes were replaced, not kept alongside').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.list').length, 'one list, not two').to.equal(1);
  });
});
