/**
 * Page script of test/browser/csp/page.html, served under a strict CSP (see web-test-runner.config.mjs): records every
 * `securitypolicyviolation`, then renders each element in each of its states and publishes a report on
 * `window.cspReport` for test/browser/csp.test.ts (which reads it from the parent page: same origin).
 */
export interface CspReport {
  done: boolean;
  /** `effectiveDirective blockedURI (sample)` of each violation, in order. */
  violations: string[];
  /** State name → a short text proving it rendered (or an error message). */
  states: Record<string, string>;
  /** Whether `intra-portraits` got defined (false when Lit cannot create its Trusted Types policy). */
  defined: boolean;
  /** Uncaught errors (module loading included). */
  errors: string[];
  /** Whether the page's fallback content inside `<intra-portraits id="fallback-probe">` is rendered. */
  fallbackVisible?: boolean;
}

const report: CspReport = { done: false, violations: [], states: {}, defined: false, errors: [] };
(window as unknown as { cspReport: CspReport }).cspReport = report;
const seen = new Set<Event>();
const onViolation = (e: SecurityPolicyViolationEvent) => {
  if (seen.has(e)) return;
  seen.add(e);
  report.violations.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sample})`);
};
document.addEventListener('securitypolicyviolation', onViolation, true);
window.addEventListener('securitypolicyviolation', onViolation, true);
window.addEventListener('error', (e) => report.errors.push(String(e.message)));

const until = async (predicate: () => boolean, what: string | (() => string), ms = 5000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 50));

type El = HTMLElement & { updateComplete: Promise<unknown>; loaded: Promise<unknown> };
const root = (el: Element) => el.shadowRoot!;

async function mount(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<El> {
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function portraits(): Promise<void> {
  const F = '/test/fixtures/portraits';
  // Loaded: cards with photos and initials avatars, search, facet selects, "Voir plus", partial notice.
  const el = await mount('intra-portraits', { src: `${F}/mixed.json`, 'page-size': '4' });
  await el.loaded; await el.updateComplete;
  await until(() => root(el).querySelectorAll('.card').length === 4, 'cards');
  const initials = root(el).querySelectorAll('.avatar.initials').length;
  report.states['portraits:loaded'] = `${root(el).querySelectorAll('.card').length} cards, ${initials} initials, ${root(el).querySelectorAll('select').length} selects, notice: ${!!root(el).querySelector('.notice')}`;
  (root(el).querySelector('[part="more"]') as HTMLButtonElement).click();
  await el.updateComplete;
  report.states['portraits:more'] = `${root(el).querySelectorAll('.card').length} cards`;
  // No match.
  const q = root(el).querySelector('#q') as HTMLInputElement;
  q.value = 'zzzzzz';
  q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => !!root(el).querySelector('.reset'), () => `no match (count: ${root(el).querySelector('.count')?.textContent}, q: ${q.value})`);
  report.states['portraits:no-match'] = root(el).querySelector('.state-title')!.textContent!.trim();
  q.value = '';
  q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => root(el).querySelectorAll('.card').length > 0, 'cards again');
  // Dialog: a portrait with initials, then one with a photo.
  for (const kind of ['initials', 'photo']) {
    const card = [...root(el).querySelectorAll('.card')].find((c) => !!c.querySelector(kind === 'photo' ? 'img.avatar' : '.avatar.initials'))!;
    (card.querySelector('.card-title a') as HTMLElement).click();
    await el.updateComplete;
    await until(() => !!root(el).querySelector('dialog[open] .timeline'), 'dialog');
    report.states[`portraits:dialog-${kind}`] = root(el).querySelector('#dialog-title')!.textContent!.trim();
    (root(el).querySelector('.dialog-close') as HTMLButtonElement).click();
    await el.updateComplete;
  }
  el.remove();
  history.replaceState(null, '', location.pathname + location.search);

  const loading = await mount('intra-portraits', { src: `/test-api/slow?ms=400&file=${F}/valid.json` });
  await until(() => !!root(loading).querySelector('.skeleton'), 'loading');
  report.states['portraits:loading'] = root(loading).querySelector('[role="status"]')!.textContent!.trim();
  await loading.loaded; loading.remove();

  const empty = await mount('intra-portraits', {}, { items: [] });
  report.states['portraits:empty'] = root(empty).querySelector('[part="status"]')!.textContent!.trim();
  empty.remove();

  const error = await mount('intra-portraits', { src: '/test-api/status/500' });
  await error.loaded; await error.updateComplete;
  report.states['portraits:error'] = root(error).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
  error.remove();
}

async function eligibility(): Promise<void> {
  const NOW = '2025-05-15';
  // Step 1 (select, radios), then its error summary.
  const el = await mount('intra-eligibility', { programme: 'certification', now: NOW });
  await el.loaded; await el.updateComplete;
  report.states['eligibility:step-1'] = `${root(el).querySelector('legend')!.textContent!.trim()}, select: ${!!root(el).querySelector('select')}`;
  (root(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
  report.states['eligibility:errors'] = root(el).querySelector('[part="error-summary"] .alert-title')!.textContent!.trim();
  el.remove();
  // Step 2 (dates, checkbox, number), prefilled profile.
  const step2 = await mount('intra-eligibility', { programme: 'certification', now: NOW }, { situation: { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false } });
  await step2.loaded; await step2.updateComplete;
  report.states['eligibility:step-2'] = `${root(step2).querySelectorAll('input[type="date"]').length} date inputs`;
  step2.remove();
  // Verdicts: eligible (with the link to apply and the met criteria open), ineligible, redirect.
  const eligible = await mount('intra-eligibility', { programme: 'certification', now: NOW, 'href-certification': '/candidater' }, {
    situation: { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-02-06', missionEnd: null, daysPerWeek: 4, reachedAcceleration: true, targetSession: '2025-mai' },
  });
  await eligible.loaded; await eligible.updateComplete;
  (root(eligible).querySelector('details') as HTMLDetailsElement | null)?.setAttribute('open', '');
  report.states['eligibility:eligible'] = `${(eligible as unknown as { verdict?: { verdict: string } }).verdict?.verdict}: ${root(eligible).querySelector('.verdict-title')!.textContent!.trim()}`;
  eligible.remove();
  const ineligible = await mount('intra-eligibility', { programme: 'certification', now: NOW }, { situation: { domaine: 'Design', publicAgent: true, alreadyCertified: false } });
  await ineligible.loaded; await ineligible.updateComplete;
  report.states['eligibility:ineligible'] = root(ineligible).querySelector('.verdict-title')!.textContent!.trim();
  ineligible.remove();
  const redirect = await mount('intra-eligibility', { programme: 'clinic', now: NOW, 'redirect-href': '/contact' }, { situation: { domaine: 'Intraprenariat', topics: ['evolution_carriere'] } });
  await redirect.loaded; await redirect.updateComplete;
  report.states['eligibility:redirect'] = root(redirect).querySelector('.verdict-title')!.textContent!.trim();
  redirect.remove();
  // Loading and errors.
  const loading = await mount('intra-eligibility', { programme: 'certification', now: NOW, src: '/test-api/slow?ms=400&file=/test/fixtures/eligibility-element/certification-profile.json' });
  report.states['eligibility:loading'] = root(loading).querySelector('[part="status"]')?.textContent?.trim() ?? '';
  await loading.loaded; loading.remove();
  const bad = await mount('intra-eligibility', { programme: 'bootcamp', now: NOW });
  report.states['eligibility:bad-programme'] = root(bad).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
  bad.remove();
  const failed = await mount('intra-eligibility', { programme: 'certification', now: NOW, src: '/test-api/status/500' });
  await failed.loaded; await failed.updateComplete;
  report.states['eligibility:load-error'] = root(failed).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
  failed.remove();
}

async function jobFeed(): Promise<void> {
  const F = '/test/fixtures/jobs';
  // Loaded from the real PEP export (JSON) with JSON-LD out: cards, facet selects, the explanation disclosure open,
  // and the JSON-LD data blocks written in the light DOM (not executed: allowed under script-src 'self').
  const el = await mount('intra-job-feed', { src: `${F}/pep-offres-2021-09.json`, now: '2021-09-20', 'emit-json-ld': '', 'page-size': '6' });
  await el.loaded; await el.updateComplete;
  await until(() => root(el).querySelectorAll('.card').length === 6, 'job cards');
  (root(el).querySelector('[part="why"]') as HTMLButtonElement | null)?.click();
  await el.updateComplete;
  const ld = el.querySelectorAll(':scope > script[type="application/ld+json"]');
  const parsed = [...ld].every((s) => JSON.parse(s.textContent!)['@type'] === 'JobPosting');
  report.states['job-feed:loaded'] = `${root(el).querySelectorAll('.card').length} cards, ${root(el).querySelectorAll('select').length} selects, ${ld.length} JSON-LD, parsed: ${parsed}`;
  (root(el).querySelector('[part="more"]') as HTMLButtonElement).click();
  await el.updateComplete;
  report.states['job-feed:more'] = `${root(el).querySelectorAll('.card').length} cards, ${el.querySelectorAll(':scope > script[type="application/ld+json"]').length} JSON-LD`;
  const q = root(el).querySelector('#q') as HTMLInputElement;
  q.value = 'zzzzzz';
  q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => !!root(el).querySelector('.reset'), 'job no match');
  report.states['job-feed:no-match'] = `${root(el).querySelector('.state-title')!.textContent!.trim()}, JSON-LD: ${el.querySelectorAll(':scope > script[type="application/ld+json"]').length}`;
  el.remove();
  history.replaceState(null, '', location.pathname + location.search);
  const csv = await mount('intra-job-feed', { src: `${F}/csp-offres-invented.csv`, now: '2026-10-01', 'with-expired': '' });
  await csv.loaded; await csv.updateComplete;
  report.states['job-feed:csv'] = `${root(csv).querySelectorAll('.card').length} cards`;
  csv.remove();
  const loading = await mount('intra-job-feed', { src: `/test-api/slow?ms=400&file=${F}/metiers-numeriques-notion-2021-10.json` });
  await until(() => !!root(loading).querySelector('.skeleton'), 'job loading');
  report.states['job-feed:loading'] = root(loading).querySelector('[role="status"]')!.textContent!.trim();
  await loading.loaded; loading.remove();
  const empty = await mount('intra-job-feed', {}, { items: [] });
  report.states['job-feed:empty'] = root(empty).querySelector('[part="status"]')!.textContent!.trim();
  empty.remove();
  const error = await mount('intra-job-feed', { src: '/test-api/status/500' });
  await error.loaded; await error.updateComplete;
  report.states['job-feed:error'] = root(error).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
  error.remove();
}

async function supportRequest(): Promise<void> {
  type SR = El & { view: string; complete(reference?: string): void };
  const fill = async (el: SR) => {
    for (const [name, value] of [['name', 'Camille CSP'], ['email', 'camille@example.org'], ['message', 'Bonjour']]) {
      const input = root(el).querySelector(`[name="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    (root(el).querySelector('#f-handling') as HTMLInputElement).click();
    await el.updateComplete;
  };
  // The form (kinds to choose), then its errors.
  const form = await mount('intra-support-request', {}) as SR;
  report.states['support-request:form'] = `${root(form).querySelectorAll('[name="kind"]').length} kinds`;
  (root(form).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await form.updateComplete;
  report.states['support-request:errors'] = root(form).querySelector('[part="error-summary"] .alert-title')!.textContent!.trim();
  form.remove();
  // A better-fitting programme before the form.
  const pre = await mount('intra-support-request', { kind: 'clinique_situations_difficiles', 'prefill-topics': 'evolution_carriere', 'href-coaching': '/coaching' }) as SR;
  report.states['support-request:precheck'] = root(pre).querySelector('.title')!.textContent!.trim();
  pre.remove();
  // The mailto fallback, and a receipt.
  const mail = await mount('intra-support-request', { kind: 'accompagnement_carriere', mailto: 'equipe@example.org', 'min-fill-time': '0' }) as SR;
  await fill(mail);
  (root(mail).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await until(() => mail.view === 'mailto', 'mailto');
  await mail.updateComplete;
  report.states['support-request:mailto'] = (root(mail).querySelector('[part="mailto"] a') as HTMLAnchorElement).href.slice(0, 26);
  mail.complete('R-2026-0042');
  await mail.updateComplete;
  report.states['support-request:receipt'] = root(mail).querySelector('[part="reference"]')!.textContent!.trim();
  mail.remove();
}

try {
  await import('../../../components/portraits/intra-portraits.js');
  await import('../../../components/eligibility/intra-eligibility.js');
  await import('../../../components/job-feed/intra-job-feed.js');
  await import('../../../components/support-request/intra-support-request.js');
  report.defined = !!customElements.get('intra-portraits');
  const probe = document.getElementById('fallback-probe') as El;
  await probe.updateComplete;
  report.fallbackVisible = probe.querySelector('.fallback')!.getClientRects().length > 0;
  probe.remove();
  await portraits();
  await eligibility();
  await jobFeed();
  await supportRequest();
} catch (e) {
  report.errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
} finally {
  report.fallbackVisible ??= !!document.querySelector('.fallback')?.getClientRects().length;
  await settle();
  report.done = true;
}
