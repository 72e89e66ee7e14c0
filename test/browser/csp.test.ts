/**
 * The elements under a strict Content Security Policy with Trusted Types (README, "Content Security Policy"; docs/
 * decisions/0023-csp-forced-colours-firefox.md). test/browser/csp/page.html is served with the CSP of
 * `CSP_POLICIES` (web-test-runner.config.mjs) and renders every element in each state; its report lists every
 * `securitypolicyviolation`.
 */
import { expect } from '@open-wc/testing';
import type { CspReport } from './csp/page.js';

async function runPage(policy: 'strict' | 'tt-none'): Promise<{ report: CspReport; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:700px';
  frame.src = `/test/browser/csp/page.html?policy=${policy}`;
  document.body.append(frame);
  const end = Date.now() + 25000;
  let report: CspReport | undefined;
  while (!(report = (frame.contentWindow as unknown as { cspReport?: CspReport } | null)?.cspReport)?.done) {
    if (Date.now() > end) throw new Error(`CSP page did not finish: ${JSON.stringify(report)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { report, frame };
}

describe('Content Security Policy', function () {
  this.timeout(30000);

  it('renders every element in every state under the documented CSP (Trusted Types, no inline style, no data: image) with zero violations', async () => {
    const { report, frame } = await runPage('strict');
    try {
      // The header really applies: an inline style attribute set from the page is refused and reported.
      expect(report.errors, 'errors').to.deep.equal([]);
      expect(report.defined).to.equal(true);
      expect(report.fallbackVisible, 'fallback content hidden once the element renders').to.equal(false);
      const states = report.states;
      expect(Object.keys(states)).to.deep.equal([
        'portraits:loaded', 'portraits:more', 'portraits:no-match', 'portraits:dialog-initials', 'portraits:dialog-photo',
        'portraits:loading', 'portraits:empty', 'portraits:error',
        'eligibility:step-1', 'eligibility:errors', 'eligibility:step-2', 'eligibility:eligible', 'eligibility:ineligible',
        'eligibility:redirect', 'eligibility:loading', 'eligibility:bad-programme', 'eligibility:load-error',
        'job-feed:loaded', 'job-feed:more', 'job-feed:no-match', 'job-feed:csv', 'job-feed:loading', 'job-feed:empty', 'job-feed:error',
        'support-request:form', 'support-request:errors', 'support-request:precheck', 'support-request:mailto', 'support-request:receipt',
      ]);
      expect(states['support-request:form']).to.equal('4 kinds');
      expect(states['support-request:errors']).to.equal('Le formulaire contient 5 erreurs');
      expect(states['support-request:precheck']).to.equal('Votre demande relève de l’accompagnement de carrière');
      expect(states['support-request:mailto']).to.equal('mailto:equipe@example.org?');
      expect(states['support-request:receipt']).to.equal('R-2026-0042');
      expect(states['portraits:loaded']).to.match(/^4 cards, [1-9]\d* initials, 3 selects, notice: true$/);
      expect(states['portraits:no-match']).to.contain('Aucun');
      expect(states['portraits:loading']).to.contain('Chargement');
      expect(states['portraits:error']).to.contain('500');
      expect(states['eligibility:step-2']).to.equal('2 date inputs');
      expect(states['eligibility:eligible']).to.match(/^eligible: ./);
      // JSON-LD data blocks are written and readable under script-src 'self' and Trusted Types, and follow the cards.
      expect(states['job-feed:loaded']).to.match(/^6 cards, \d+ selects, 6 JSON-LD, parsed: true$/);
      expect(states['job-feed:more']).to.equal('12 cards, 12 JSON-LD');
      expect(states['job-feed:no-match']).to.equal('Aucune offre ne correspond à votre recherche, JSON-LD: 0');
      expect(states['job-feed:csv']).to.match(/^[1-9]\d* cards$/);
      expect(states['job-feed:error']).to.contain('500');
      expect(report.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the CSP is enforced on the test page (a check that this test can fail): an inline style attribute is reported', async () => {
    const { frame } = await runPage('strict');
    try {
      const doc = frame.contentDocument!;
      const seen: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      const p = doc.createElement('p');
      p.setAttribute('style', 'color: red');
      doc.body.append(p);
      const img = doc.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      doc.body.append(img);
      const end = Date.now() + 3000;
      while (seen.length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(seen).to.include('style-src-attr');
      expect(seen).to.include('img-src');
    } finally {
      frame.remove();
    }
  });

  it("without the lit-html Trusted Types policy (trusted-types 'none') the violation is reported and the page's fallback content inside the element stays visible", async () => {
    const { report, frame } = await runPage('tt-none');
    try {
      expect(report.defined).to.equal(false);
      expect(report.violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
      expect(report.fallbackVisible, 'fallback content rendered').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
