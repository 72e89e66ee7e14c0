import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/eligibility/intra-eligibility.js';
import { IntraEligibility } from '../../components/eligibility/eligibility.js';
import { IntraErrorEvent, IntraLoadEvent, IntraVerdictEvent } from '../../components/shared/events.js';
import { PROGRAMMES, RULE_SETS, evaluate, questionsFor } from '../../src/index.js';

const FIXTURES = '/test/fixtures/eligibility-element';
/** The space bar: ' ' is a key name in both puppeteer keyboards (CDP and WebDriver BiDi, where 'Space' is unknown). */
const SPACE = ' ';
const NOW = '2025-05-15';

const $ = (el: IntraEligibility, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: IntraEligibility, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const legend = (el: IntraEligibility) => $(el, '.group > legend')?.textContent?.trim();
/** Input names shown in the current step. */
const asked = (el: IntraEligibility) => [...new Set($$(el, 'form [name]').map((i) => i.getAttribute('name')!.replace(/-ongoing$/, '')))];
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/**
 * Waits until `predicate` holds, polling with timers: unlike requestAnimationFrame, timers keep running when the
 * runner puts this page in the background (concurrency 2, another file's keyboard test brings its page to front).
 */
async function poll(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function loaded(el: IntraEligibility) {
  await el.loaded;
  await el.updateComplete;
  await el.updateComplete;
}

/** Presses Tab until the focused element matches `test` (a real keyboard path; fails after `max` presses). */
async function tabTo(test: (a: Element) => boolean, what: string, max = 20) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && test(a)) return a as HTMLElement;
  }
  throw new Error(`Tab never reached ${what}`);
}
const named = (name: string, value?: string) => (a: Element) => a.getAttribute('name') === name && (value === undefined || (a as HTMLInputElement).value === value);
const submitButton = (a: Element) => a.matches('button[type="submit"]');

/** Types a date into a focused `<input type="date">` in the browser's segment order (dd/mm/yyyy or mm/dd/yyyy). */
async function typeDate(iso: string) {
  const [y, m, d] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2024, 0, 8))
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type);
  for (const part of order) await sendKeys({ type: part === 'day' ? d : part === 'month' ? m : y });
}

async function next(el: IntraEligibility) {
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}
function check(el: IntraEligibility, name: string, value: string) {
  const select = $(el, `select[name="${name}"]`) as HTMLSelectElement | null;
  if (select) { select.value = value; return; }
  const input = $$(el, `[name="${name}"]`).find((i) => (i as HTMLInputElement).value === value) as HTMLInputElement;
  input.checked = true;
}
/** Runs `fn` with console.warn captured; returns the warnings. */
async function warnings(fn: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { out.push(args.map(String).join(' ')); };
  try { await fn(); } finally { console.warn = original; }
  return out;
}

/**
 * A fake clock for this page: `Date` reads a moved time, and timers of a second or more wait for `tick()` (shorter
 * ones run for real, so Lit, fixtures and polling keep working). Restore it in a `finally`.
 */
function installClock(start: Date) {
  const RealDate = Date;
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  let offset = start.getTime() - RealDate.now();
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1_000_000;
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(RealDate.now() + offset);
    }
    static override now() { return RealDate.now() + offset; }
  }
  (window as unknown as { Date: DateConstructor }).Date = FakeDate as DateConstructor;
  window.setTimeout = ((fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (ms < 1000) return realSet(fn, ms, ...args);
    const id = nextId++;
    timers.set(id, { at: FakeDate.now() + ms, fn: () => fn(...args) });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => { if (id === undefined || !timers.delete(id)) realClear(id); }) as typeof clearTimeout;
  return {
    tick(ms: number) {
      offset += ms;
      for (const [id, t] of [...timers]) if (t.at <= FakeDate.now()) { timers.delete(id); t.fn(); }
    },
    pending: () => timers.size,
    restore() {
      (window as unknown as { Date: DateConstructor }).Date = RealDate;
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
/** Texts of the verdict's paragraphs and list items, trimmed. */
const verdictTexts = (el: IntraEligibility) => $$(el, '[part="verdict"] p, [part="verdict"] li > p').map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
const ELIGIBLE_CERT = {
  domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-02-06', missionEnd: null,
  daysPerWeek: 4, reachedAcceleration: true, targetSession: '2025-mai',
};

describe('<intra-eligibility>', () => {
  it('is defined as a custom element', () => {
    expect(customElements.get('intra-eligibility')).to.exist;
    expect(document.createElement('intra-eligibility')).to.be.instanceOf(IntraEligibility);
  });

  describe('default render', () => {
    for (const programme of PROGRAMMES) {
      it(`${programme}: asks the engine's first group, step 1, accessible`, async () => {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme=${programme} now=${NOW}></intra-eligibility>`);
        await loaded(el);
        const [first, ...rest] = questionsFor(RULE_SETS[programme], {}, NOW);
        expect(legend(el)).to.equal(first.label.fr);
        expect(asked(el)).to.deep.equal(first.questions.map((q) => q.key));
        expect($(el, '[part="progress"]')!.textContent).to.contain(`Étape 1 sur ${rest.length + 1}`);
        expect($(el, 'button[type="submit"]')!.textContent).to.contain('Suivant');
        expect($(el, 'fieldset.group')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('data paths (prefill)', () => {
    it('situation property: prefilled answers are not asked again; no intra-load / intra-verdict for a property', async () => {
      let events = 0;
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW}
        @intra-load=${() => events++} @intra-verdict=${() => events++}
        .situation=${{ domaine: 'Intraprenariat', publicAgent: true }}></intra-eligibility>`);
      await loaded(el);
      expect(asked(el)).to.deep.equal(['alreadyCertified']);
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('inline <script type="application/json">: a complete prefill goes straight to the verdict, with intra-load and intra-verdict', async () => {
      const data = await (await fetch(`${FIXTURES}/certification-eligible.json`)).text();
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-eligibility programme="certification" now="${NOW}"><script type="application/json">${data}</script></intra-eligibility>`;
      const el = wrapper.firstElementChild as IntraEligibility;
      const load = oneEvent(el, 'intra-load');
      const verdict = oneEvent(el, 'intra-verdict');
      document.body.append(wrapper);
      const { detail } = (await load) as IntraLoadEvent;
      expect(detail).to.deep.include({ source: 'inline', total: 1, valid: 1, rejected: 0 });
      const v = (await verdict) as IntraVerdictEvent;
      expect(v).to.be.instanceOf(IntraVerdictEvent);
      expect(v.bubbles && v.composed).to.equal(true);
      expect(v.detail.verdict).to.equal('eligible');
      expect(v.detail.programme).to.equal('certification');
      expect(v.detail.situation.daysPerWeek).to.equal(5);
      await loaded(el);
      expect($(el, 'form')).to.equal(null);
      expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
      await expect(el).to.be.accessible();
      wrapper.remove();
    });

    it('src over HTTP: the profile is prefilled, the form starts at the mission group', async () => {
      const el = document.createElement('intra-eligibility') as IntraEligibility;
      el.setAttribute('programme', 'certification');
      el.setAttribute('now', NOW);
      const load = oneEvent(el, 'intra-load');
      el.src = `${FIXTURES}/certification-profile.json`;
      document.body.append(el);
      expect(((await load) as IntraLoadEvent).detail.source).to.equal('src');
      await loaded(el);
      expect(legend(el)).to.equal('Votre mission');
      expect(asked(el)).to.deep.equal(['missionStart', 'missionEnd', 'daysPerWeek', 'reachedAcceleration']);
      expect($(el, '[part="progress"]')!.textContent).to.contain('Étape 1 sur 2');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('the property wins over inline JSON and src', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<intra-eligibility programme="certification" now="${NOW}" src="${FIXTURES}/certification-profile.json"><script type="application/json">{"domaine":"Design"}</script></intra-eligibility>`;
      const el = wrapper.firstElementChild as IntraEligibility;
      el.situation = { domaine: 'Intraprenariat' };
      document.body.append(wrapper);
      await loaded(el);
      expect(asked(el)).to.deep.equal(['publicAgent', 'alreadyCertified']);
      wrapper.remove();
    });
  });

  describe('states', () => {
    it('invalid prefill (src): French error naming the field, intra-error, retry; accessible', async () => {
      const el = document.createElement('intra-eligibility') as IntraEligibility;
      el.setAttribute('programme', 'certification');
      el.setAttribute('now', NOW);
      const ev = oneEvent(el, 'intra-error');
      el.src = `${FIXTURES}/invalid.json`;
      document.body.append(el);
      const { detail } = (await ev) as IntraErrorEvent;
      expect(detail.kind).to.equal('invalid');
      expect(detail.rejected![0].issues[0].path).to.equal('daysPerWeek');
      await loaded(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('Les réponses préremplies ne sont pas valides');
      expect(alert.textContent).to.contain('daysPerWeek');
      expect(alert.querySelector('button')!.textContent).to.contain('Réessayer');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('invalid prefill (property) names every bad field; retry after a 503 loads the prefill', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'X', daysPerWeek: 9 }}></intra-eligibility>`);
      await loaded(el);
      const text = $(el, '[role="alert"]')!.textContent!;
      expect(text).to.contain('domaine');
      expect(text).to.contain('daysPerWeek');
      expect(text).to.contain('Ces champs des données préremplies');
      // Data set by code: no event, and no "Réessayer" (retrying cannot fix it).
      expect($(el, '[role="alert"] button')).to.equal(null);
      let errors = 0;
      const byCode = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} @intra-error=${() => errors++} .situation=${{ daysPerWeek: 0 }}></intra-eligibility>`);
      await loaded(byCode);
      expect($(byCode, '[role="alert"]')!.textContent).to.contain('daysPerWeek');
      expect($(byCode, '[role="alert"] button')).to.equal(null);
      expect(errors).to.equal(0);
      const flaky = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} src="/test-api/flaky?key=${Math.random()}&file=${FIXTURES}/certification-profile.json"></intra-eligibility>`);
      await loaded(flaky);
      expect($(flaky, '[role="alert"]')!.textContent).to.contain('503');
      ($(flaky, '[role="alert"] button') as HTMLButtonElement).click();
      await poll(() => legend(flaky) === 'Votre mission', 'form after retry');
    });

    it('unknown or missing programme: an error naming the attribute (FR and EN), accessible', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="bootcamp" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('L’attribut programme');
      expect(alert.textContent).to.contain('« bootcamp »');
      await expect(el).to.be.accessible();
      const en = await fixture<IntraEligibility>(html`<intra-eligibility lang="en"></intra-eligibility>`);
      await loaded(en);
      expect($(en, '[role="alert"]')!.textContent).to.contain('The programme attribute must be');
      const badNow = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now="15/05/2025"></intra-eligibility>`);
      await loaded(badNow);
      expect($(badNow, '[role="alert"]')!.textContent).to.contain('L’attribut now');
    });

    it('loading: role=status while src is fetched, accessible, then the form', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} src="/test-api/slow?ms=800&file=${FIXTURES}/certification-profile.json"></intra-eligibility>`);
      expect($(el, '[role="status"]')!.textContent).to.contain('Chargement de vos réponses');
      await expect(el).to.be.accessible();
      await loaded(el);
      expect(legend(el)).to.equal('Votre mission');
    });

    it('defaults `now` to today when the attribute is absent (session choices from today)', async () => {
      const situation = {
        domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2020-01-06', missionEnd: null, daysPerWeek: 5, reachedAcceleration: true,
      } as const;
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" .situation=${situation}></intra-eligibility>`);
      await loaded(el);
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(el.verdict).to.deep.equal(evaluate(RULE_SETS.certification, situation, today));
      el.remove();
      // On a day of an application window the session is asked, with the choices of that day (between two windows
      // it is not: no answer could be open, issue 7 item 3).
      const clock = installClock(new Date(2026, 10, 10, 12, 0));
      try {
        const inWindow = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" .situation=${situation}></intra-eligibility>`);
        await loaded(inWindow);
        const expected = questionsFor(RULE_SETS.certification, situation, '2026-11-10')[0].questions[0].choices!.map((c) => c.value);
        expect($$(inWindow, '[name="targetSession"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(expected);
        inWindow.remove();
      } finally {
        clock.restore();
      }
    });
  });

  describe('form', () => {
    it('errors: summary + inline messages tied by aria-describedby, focus on the first invalid field; accessible', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
      await loaded(el);
      ($(el, '[name="daysPerWeek"]') as HTMLInputElement).value = '7';
      await next(el);
      const summary = $(el, '[part="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.textContent).to.contain('Le formulaire contient 4 erreurs');
      expect(summary.textContent).to.contain('Saisissez un nombre entre 0,5 et 5');
      const days = $(el, '[name="daysPerWeek"]')!;
      expect(days.getAttribute('aria-invalid')).to.equal('true');
      expect(days.getAttribute('aria-describedby')).to.contain('e-daysPerWeek');
      expect($(el, '#e-daysPerWeek')!.textContent).to.contain('Saisissez un nombre');
      // GOV.UK / DSFR pattern: focus moves to the summary, whose links lead to the fields.
      expect(deepActive()).to.equal(summary);
      expect($$(el, '[part="error-summary"] a').map((a) => a.getAttribute('href'))).to.deep.equal(['#f-missionStart', '#f-missionEnd', '#f-daysPerWeek', '#f-reachedAcceleration']);
      expect(legend(el)).to.equal('Votre mission');
      await expect(el).to.be.accessible();
      // A summary link moves focus to its field.
      ($$(el, '[part="error-summary"] a')[2] as HTMLAnchorElement).click();
      expect(deepActive()).to.equal(days);
      // Half days are allowed (step 0.5), quarter days are not.
      (days as HTMLInputElement).value = '2.25';
      await next(el);
      expect($(el, '#e-daysPerWeek')!.textContent).to.contain('multiple de 0,5');
      // 0 days a week is not "part-time": refused by the form (min 0.5).
      (($(el, '[name="daysPerWeek"]')) as HTMLInputElement).value = '0';
      await next(el);
      expect($(el, '#e-daysPerWeek')!.textContent).to.contain('entre 0,5 et 5');
      expect($(el, '[name="daysPerWeek"]')!.getAttribute('min')).to.equal('0.5');
    });

    it('mission dates are checked: start after today, end before start, end date and "en cours" both, years out of range', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
      await loaded(el);
      const start = () => $(el, '[name="missionStart"]') as HTMLInputElement;
      const end = () => $(el, '[name="missionEnd"]') as HTMLInputElement;
      const ongoing = () => $(el, '[name="missionEnd-ongoing"]') as HTMLInputElement;
      const fill = (s: string, e: string, on: boolean) => {
        start().value = s; end().value = e; ongoing().checked = on;
        ($(el, '[name="daysPerWeek"]') as HTMLInputElement).value = '5';
        check(el, 'reachedAcceleration', 'true');
      };
      fill('2025-06-01', '', true);
      await next(el);
      expect($(el, '#e-missionStart')!.textContent).to.contain('La date de début ne peut pas être postérieure à aujourd’hui (15 mai 2025)');
      fill('2024-03-01', '2024-01-31', false);
      await next(el);
      expect($(el, '#e-missionEnd')!.textContent).to.contain('La date de fin doit être égale ou postérieure à la date de début');
      fill('2024-03-01', '2024-12-31', true);
      await next(el);
      expect($(el, '#e-missionEnd')!.textContent).to.contain('pas les deux');
      fill('2012-03-01', '2036-01-01', false);
      await next(el);
      expect($(el, '#e-missionStart')!.textContent).to.contain('Saisissez une date entre le 1er janvier 2015 et le 15 mai 2035');
      expect($(el, '#e-missionEnd')!.textContent).to.contain('entre le 1er janvier 2015 et le 15 mai 2035');
      expect(start().getAttribute('min')).to.equal('2015-01-01');
      expect(start().getAttribute('max')).to.equal(NOW);
      expect($(el, '[part="error-summary"]')!.textContent).to.contain('2 erreurs');
      await expect(el).to.be.accessible();
      fill('2024-03-01', '2024-12-31', false);
      await next(el);
      expect($(el, '[part="error-summary"]')).to.equal(null);
    });

    it('more than 7 choices (domaine): a labelled <select> instead of radios; accessible', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      const select = $(el, 'select[name="domaine"]') as HTMLSelectElement;
      expect(select).to.exist;
      expect($$(el, 'input[name="domaine"]')).to.have.length(0);
      expect(select.options).to.have.length(12); // "Sélectionnez une option" + the 11 domaines
      expect($(el, 'label[for="f-domaine"]')!.textContent).to.contain('Quel est votre domaine');
      await next(el);
      expect($(el, '#e-domaine')!.textContent).to.contain('Sélectionnez une réponse');
      expect(select.getAttribute('aria-describedby')).to.contain('e-domaine');
      await expect(el).to.be.accessible();
      check(el, 'domaine', 'Intraprenariat');
      await next(el);
      expect(legend(el)).to.equal('Votre demande');
      // Two choices or a few: radios as before.
      expect($$(el, 'input[type="radio"][name="startupStatus"]')).to.have.length(4);
    });

    it('long unbroken words wrap inside the facts; text inputs have a max length', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="hr-support" now=${NOW} style="width:320px;display:block"
        .situation=${{ domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'], hrAction: 'saisine_drh_numerique' }}></intra-eligibility>`);
      await loaded(el);
      expect($(el, '[name="homeAdministration"]')!.getAttribute('maxlength')).to.equal('200');
      expect($(el, '[name="summary"]')!.getAttribute('maxlength')).to.equal('2000');
      ($(el, '[name="homeAdministration"]') as HTMLInputElement).value = 'D'.repeat(150);
      ($(el, '[name="summary"]') as HTMLInputElement).value = 'Résumé';
      await next(el);
      expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
      ($(el, 'details') as HTMLDetailsElement).open = true;
      const dd = $$(el, '.facts dd').find((d) => d.textContent!.includes('DDDD'))!;
      expect(getComputedStyle(dd).overflowWrap).to.equal('anywhere');
      expect(dd.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    });

    it('keyboard only: certification walk to an eligible verdict (focus on the verdict heading, intra-verdict)', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      const verdicts: IntraVerdictEvent[] = [];
      el.addEventListener('intra-verdict', (e) => verdicts.push(e));
      // Step 1: profile.
      await tabTo(named('domaine'), 'domaine select');
      await sendKeys({ type: 'Intr' }); // type-ahead in the <select>: "Intraprenariat (intrapreneur·e)"
      expect(($(el, 'select[name="domaine"]') as HTMLSelectElement).value).to.equal('Intraprenariat');
      await tabTo(named('publicAgent'), 'publicAgent');
      await sendKeys({ press: SPACE }); // Oui
      await tabTo(named('alreadyCertified'), 'alreadyCertified');
      await sendKeys({ press: 'ArrowRight' }); // Non
      await tabTo(submitButton, 'Suivant');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legend(el)).to.equal('Votre mission');
      expect(deepActive()).to.equal($(el, '.group > legend'));
      expect($(el, '[role="status"]')!.textContent).to.contain('Étape 2 : Votre mission');
      // Step 2: mission.
      await tabTo(named('missionStart'), 'missionStart');
      await typeDate('2024-01-08');
      await tabTo(named('missionEnd-ongoing'), 'ongoing checkbox');
      await sendKeys({ press: SPACE });
      await tabTo(named('daysPerWeek'), 'daysPerWeek');
      await sendKeys({ type: '5' });
      await tabTo(named('reachedAcceleration'), 'reachedAcceleration');
      await sendKeys({ press: SPACE });
      await tabTo(submitButton, 'Suivant');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="error-summary"]'), 'no error after step 2').to.equal(null);
      expect(legend(el)).to.equal('Votre candidature');
      expect($(el, '[part="progress"]')!.textContent).to.contain('Étape 3 sur 3');
      // Step 3: session.
      await tabTo(named('targetSession', '2025-mai'), 'targetSession');
      await sendKeys({ press: SPACE });
      await tabTo(submitButton, 'Voir le résultat');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const title = $(el, '.verdict-title')!;
      expect(title.textContent).to.contain('Vous êtes éligible');
      expect(deepActive()).to.equal(title);
      expect($(el, '[role="status"]')!.textContent).to.contain('Vous êtes éligible');
      expect(verdicts).to.have.length(1);
      expect(verdicts[0].detail.verdict).to.equal('eligible');
      expect(verdicts[0].detail.situation).to.deep.equal({
        domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2024-01-08', missionEnd: null,
        daysPerWeek: 5, reachedAcceleration: true, targetSession: '2025-mai',
      });
      expect($(el, 'details summary')!.textContent).to.contain('Conditions remplies (6)');
      await expect(el).to.be.accessible();
      // "Recommencer" by keyboard: back to step 1, focus on its legend.
      await tabTo((a) => a.textContent?.trim() === 'Recommencer', 'Recommencer');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legend(el)).to.equal('Votre profil');
      expect(deepActive()).to.equal($(el, '.group > legend'));
    });

    it('keyboard only: an ineligible verdict shows each failed criterion (value, threshold, source) and the counterfactual; "Précédent" changes an answer', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
      await loaded(el);
      let verdict: IntraVerdictEvent | undefined;
      el.addEventListener('intra-verdict', (e) => { verdict = e; });
      await tabTo(named('missionStart'), 'missionStart');
      await typeDate('2024-09-02');
      await tabTo(named('missionEnd-ongoing'), 'ongoing checkbox');
      await sendKeys({ press: SPACE });
      await tabTo(named('daysPerWeek'), 'daysPerWeek');
      await sendKeys({ type: '3' });
      await tabTo(named('reachedAcceleration'), 'reachedAcceleration');
      await sendKeys({ press: SPACE });
      await tabTo(submitButton, 'Suivant');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const title = $(el, '.verdict-title')!;
      expect(title.textContent).to.contain('Vous n’êtes pas éligible');
      expect(deepActive()).to.equal(title);
      expect(verdict!.detail.verdict).to.equal('ineligible');
      const failed = $(el, '.criterion[data-code="MIN_DURATION"]')!;
      expect(failed.textContent).to.contain('3 j/semaine');
      expect(failed.textContent).to.contain('6 mois à temps plein');
      const source = failed.querySelector('a')!;
      expect(source.href).to.contain('doc.incubateur.net');
      expect(source.href).to.contain('certification-des-intrapreneurs');
      const cf = $(el, '[part="counterfactual"]')!;
      expect(cf.textContent).to.contain('Ce qui changerait la réponse');
      expect(cf.textContent).to.contain('session de novembre 2025');
      await expect(el).to.be.accessible();
      // Précédent: back to the mission step with the answers kept; change the days to 5.
      await tabTo((a) => a.textContent?.trim() === 'Précédent', 'Précédent');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legend(el)).to.equal('Votre mission');
      const days = $(el, '[name="daysPerWeek"]') as HTMLInputElement;
      expect(days.value).to.equal('3');
      expect(($(el, '[name="missionStart"]') as HTMLInputElement).value).to.equal('2024-09-02');
      days.value = '5';
      // Full time since 2 September 2024: more than 6 months on 15 May 2025, so the session question comes next.
      await next(el);
      expect(legend(el)).to.equal('Votre candidature');
      expect($(el, '[part="progress"]')!.textContent).to.contain('Étape 2 sur 2');
    });

    it('a redirect links to the editor’s href (clinic, career topic → career coaching); per-target attribute, property and fallback', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} href-coaching="/accompagnement-carriere" redirect-href="/contact"
        .situation=${{ domaine: 'Intraprenariat' }}></intra-eligibility>`);
      await loaded(el);
      expect(asked(el)).to.deep.equal(['topics', 'startupStatus']);
      check(el, 'topics', 'evolution_carriere');
      await next(el);
      const box = $(el, '[part="redirect"]')!;
      // A redirect, not a refusal (issue 7, item 12): the title says where the request belongs.
      expect($(el, '.verdict-title')!.textContent).to.contain('Votre demande relève de l’accompagnement de carrière');
      expect(box.textContent).to.contain('accompagnement de carrière');
      const link = box.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/accompagnement-carriere');
      expect(link.textContent).to.contain('L’accompagnement de carrière');
      await expect(el).to.be.accessible();
      el.redirectHrefs = { accompagnement_carriere: 'https://example.org/coaching' };
      await el.updateComplete;
      expect($(el, '[part="redirect"] a')!.getAttribute('href')).to.equal('https://example.org/coaching');
      el.redirectHrefs = undefined;
      el.removeAttribute('href-coaching');
      await el.updateComplete;
      expect($(el, '[part="redirect"] a')!.getAttribute('href')).to.equal('/contact');
      el.removeAttribute('redirect-href');
      await el.updateComplete;
      expect($(el, '[part="redirect"] a')).to.equal(null);
      expect($(el, '[part="redirect"]')!.textContent).to.contain('L’accompagnement de carrière');
    });

    it('unsafe links (javascript:, data:, //host) are never rendered as links: plain name, one warning naming the attribute', async () => {
      let el!: IntraEligibility;
      const warned = await warnings(async () => {
        el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} redirect-href="javascript:alert(1)"
          .situation=${{ domaine: 'Intraprenariat', topics: ['evolution_carriere'] }}></intra-eligibility>`);
        await loaded(el);
        el.requestUpdate();
        await el.updateComplete;
      });
      const box = $(el, '[part="redirect"]')!;
      expect(box.querySelector('a')).to.equal(null);
      expect(box.querySelector('strong')!.textContent).to.contain('L’accompagnement de carrière');
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('redirect-href');
      expect(warned[0]).not.to.contain('alert(1)');
      const more = await warnings(async () => {
        el.setAttribute('href-coaching', 'data:text/html,<script>alert(1)</script>');
        await el.updateComplete;
        expect($(el, '[part="redirect"] a')).to.equal(null);
        el.redirectHrefs = { accompagnement_carriere: '//evil.example/x' };
        await el.updateComplete;
        expect($(el, '[part="redirect"] a')).to.equal(null);
        el.redirectHrefs = { accompagnement_carriere: 'JavaScript:alert(1)' };
        await el.updateComplete;
        expect($(el, '[part="redirect"] a')).to.equal(null);
        el.redirectHrefs = { accompagnement_carriere: '/coaching' };
        await el.updateComplete;
        expect($(el, '[part="redirect"] a')!.getAttribute('href')).to.equal('/coaching');
      });
      expect(more).to.have.length(2);
      expect(more[0]).to.contain('href-coaching');
      expect(more[1]).to.contain('redirectHrefs.accompagnement_carriere');
      expect(more.join(' ')).not.to.contain('script');
      await expect(el).to.be.accessible();
    });

    it('a scope (topic) mismatch names the programme that fits, never "pick another topic"', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="coaching" now=${NOW}
        .situation=${{ domaine: 'Intraprenariat', missionEnd: null, volunteer: true, topics: ['probleme_rh_administration'] }}></intra-eligibility>`);
      await loaded(el);
      const cf = $(el, '[part="counterfactual"]')!;
      expect(cf.textContent).to.contain('Où adresser votre demande');
      expect(cf.textContent).to.contain('soutien RH');
      expect(cf.textContent).not.to.contain('doit porter');
      expect($(el, '[part="redirect"]')!.textContent).to.contain('Le soutien RH');
    });

    it('outside the application window, an otherwise eligible person reads "Vous remplissez les conditions" with the next window', async () => {
      // Between two windows (the May 2025 one closed on 30 May).
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now="2025-09-10" .situation=${{ ...ELIGIBLE_CERT, targetSession: '2025-novembre' }}></intra-eligibility>`);
      await loaded(el);
      const title = $(el, '.verdict-title')!;
      expect(el.verdict!.verdict).to.equal('ineligible');
      expect(title.textContent).to.contain('Vous remplissez les conditions');
      expect(title.textContent).not.to.contain('pas éligible');
      expect($(el, '[part="verdict"] .alert')!.textContent).to.contain('candidatures du 3 au 28 novembre 2025');
      expect($(el, '[part="verdict"] .alert')!.classList.contains('info')).to.equal(true);
      await expect(el).to.be.accessible();
      // Another failed criterion too: still "pas éligible".
      el.situation = { ...ELIGIBLE_CERT, targetSession: '2025-novembre', reachedAcceleration: false };
      await loaded(el);
      expect($(el, '.verdict-title')!.textContent).to.contain('Vous n’êtes pas éligible');
      // English.
      const en = await fixture<IntraEligibility>(html`<intra-eligibility lang="en" programme="certification" now="2025-09-10" .situation=${{ ...ELIGIBLE_CERT, targetSession: '2025-novembre' }}></intra-eligibility>`);
      await loaded(en);
      expect($(en, '.verdict-title')!.textContent).to.contain('You meet the conditions');
      expect($(en, '[part="verdict"] .alert')!.textContent).to.contain('applications from 3 to 28 November 2025');
      // The May window is open while the person aims at November: the window to use is May's.
      const open = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ ...ELIGIBLE_CERT, targetSession: '2025-novembre' }}></intra-eligibility>`);
      await loaded(open);
      expect($(open, '.verdict-title')!.textContent).to.contain('Vous remplissez les conditions');
      expect($(open, '[part="verdict"] .alert')!.textContent).to.contain('candidatures du 5 au 30 mai 2025');
    });

    it('eligible certification: the next step gives the window and a link to apply with href-certification (safe links only)', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} href-certification="/certification/candidater" .situation=${ELIGIBLE_CERT}></intra-eligibility>`);
      await loaded(el);
      const next = $(el, '[part="next-step"]')!;
      expect(next.textContent).to.contain('Prochaine étape');
      expect(next.textContent).to.contain('candidatures du 5 mai 2025 au 30 mai 2025');
      expect(next.querySelector('a')!.getAttribute('href')).to.equal('/certification/candidater');
      await expect(el).to.be.accessible();
      await warnings(async () => {
        el.setAttribute('href-certification', 'javascript:alert(1)');
        await el.updateComplete;
      });
      expect($(el, '[part="next-step"] a')).to.equal(null);
      expect($(el, '[part="next-step"]')!.textContent).to.contain('candidatures du 5 mai 2025');
    });

    it('"Non" to coaching reads as "for volunteers", not a harsh "pas éligible" (the verdict stays ineligible)', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="coaching" now=${NOW} .situation=${{ domaine: 'Intraprenariat', missionEnd: null }}></intra-eligibility>`);
      await loaded(el);
      check(el, 'volunteer', 'false');
      check(el, 'topics', 'evolution_carriere');
      await next(el);
      expect(el.verdict!.verdict).to.equal('ineligible');
      const title = $(el, '.verdict-title')!.textContent!;
      expect(title).to.contain('Cet accompagnement est proposé aux volontaires');
      expect(title).not.to.contain('pas éligible');
      expect($(el, '[part="verdict"] .alert')!.textContent).to.contain('il suffit d’en faire la demande');
      await expect(el).to.be.accessible();
    });

    it('intra-verdict detail is a copy: changing it does not touch the element', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="coaching" now=${NOW} .situation=${{ domaine: 'Intraprenariat', missionEnd: null }}></intra-eligibility>`);
      await loaded(el);
      let detail: IntraVerdictEvent['detail'] | undefined;
      el.addEventListener('intra-verdict', (e) => { detail = e.detail; });
      check(el, 'volunteer', 'true');
      check(el, 'topics', 'evolution_carriere');
      await next(el);
      expect(detail!.verdict).to.equal('eligible');
      (detail!.met as unknown as unknown[]).length = 0;
      (detail!.situation as { domaine?: string }).domaine = 'Design';
      (detail!.met as unknown as Array<{ label: { fr: string } }>).push({ label: { fr: 'x' } });
      expect(el.verdict!.met.length).to.equal(4);
      expect(el.verdict!.met[0].label.fr).to.equal('Être intrapreneur·e');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'details summary')!.textContent).to.contain('(4)');
    });

    it('unknown prefill keys: one console.warn naming the keys, never the values', async () => {
      const warned = await warnings(async () => {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} .situation=${{ domaine: 'Intraprenariat', email: 'secret@example.org', nom: 'Secret' }}></intra-eligibility>`);
        await loaded(el);
        expect(asked(el)).to.deep.equal(['topics', 'startupStatus']);
      });
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('email, nom');
      expect(warned[0]).not.to.contain('secret');
      expect(warned[0]).not.to.contain('Secret');
    });

    it('optional questions left blank are not asked again', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="coaching" now=${NOW} .situation=${{ domaine: 'Intraprenariat', missionEnd: null }}></intra-eligibility>`);
      await loaded(el);
      expect(asked(el)).to.deep.equal(['volunteer', 'topics', 'startupStatus']);
      expect($(el, 'fieldset.question:last-of-type legend')!.textContent).to.contain('(facultatif)');
      check(el, 'volunteer', 'true');
      check(el, 'topics', 'evolution_carriere');
      await next(el);
      expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
    });
  });

  describe('languages', () => {
    it('English with lang="en" (element or ancestor): questions, buttons, errors and verdict', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility lang="en" programme="hr-support" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      expect(legend(el)).to.equal('Your profile');
      expect($(el, 'button[type="submit"]')!.textContent).to.contain('Next');
      expect($(el, '[part="progress"]')!.textContent).to.contain('Step 1 of 2');
      await next(el);
      expect($(el, '[part="error-summary"]')!.textContent).to.contain('The form has 2 errors');
      await expect(el).to.be.accessible();
      check(el, 'domaine', 'Intraprenariat');
      check(el, 'publicAgent', 'false');
      await next(el);
      expect($(el, '.verdict-title')!.textContent).to.contain('You are not eligible');
      expect($(el, '[part="counterfactual"]')!.textContent).to.contain('No change of your own makes you eligible');
      // French source titles are marked as French inside the English element.
      const source = $(el, '.criterion .facts a')!;
      expect(source.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();

      // (Built by hand: open-wc's fixture() waits an animation frame for a non-Lit root such as <section>.)
      const wrap = document.createElement('section');
      wrap.lang = 'en-GB';
      wrap.innerHTML = `<intra-eligibility programme="clinic" now="${NOW}"></intra-eligibility>`;
      document.body.append(wrap);
      const inner = wrap.querySelector('intra-eligibility') as IntraEligibility;
      await loaded(inner);
      expect(legend(inner)).to.equal('Your profile');
      inner.setAttribute('lang', 'fr');
      await inner.updateComplete;
      expect(legend(inner)).to.equal('Votre profil');
      wrap.remove();
    });
  });

  describe('issue 7', () => {
    it('item 1: without `now`, the date is read live: after midnight the window has closed and the verdict says so', async () => {
      // 23:58 on 27 November 2026, the last day of the November 2026 window.
      const clock = installClock(new Date(2026, 10, 27, 23, 58));
      try {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" .situation=${{ ...ELIGIBLE_CERT, targetSession: '2026-novembre' }}></intra-eligibility>`);
        await loaded(el);
        expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
        expect($(el, '[part="next-step"]')!.textContent).to.contain('27 novembre 2026');
        clock.tick(3 * 60 * 1000); // 00:01 on 28 November
        await el.updateComplete;
        expect($(el, '.verdict-title')!.textContent).to.contain('Vous remplissez les conditions');
        expect($(el, '[part="verdict"] .alert')!.textContent).to.contain('mai 2027');
        expect($(el, '[part="next-step"]')).to.equal(null);
        expect(clock.pending()).to.equal(1); // re-armed for the next midnight
        el.remove();
        expect(clock.pending()).to.equal(0); // cleared on disconnect
        // The form's date bounds follow too: the start date may not be after the live today.
        const form = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
        await loaded(form);
        expect($(form, '[name="missionStart"]')!.getAttribute('max')).to.equal('2026-11-28');
        clock.tick(24 * 3600 * 1000);
        await form.updateComplete;
        expect($(form, '[name="missionStart"]')!.getAttribute('max')).to.equal('2026-11-29');
        form.remove();
        // A pinned `now` needs no timer.
        const pinned = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW}></intra-eligibility>`);
        await loaded(pinned);
        expect(clock.pending()).to.equal(0);
        pinned.remove();
      } finally {
        clock.restore();
      }
    });

    for (const now of ['9999-12-31', '9990-06-01', '1900-01-01', '2014-12-31', '2101-01-01']) {
      it(`item 4: now="${now}" is an error naming the attribute and the accepted range (FR/EN), never an uncaught error`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${now}></intra-eligibility>`);
          await loaded(el);
          const text = $(el, '[role="alert"]')!.textContent!;
          expect(text).to.contain('L’attribut now');
          expect(text).to.contain(`« ${now} »`);
          expect(text).to.contain('1er janvier 2015');
          expect(text).to.contain('31 décembre 2100');
          await expect(el).to.be.accessible();
          el.setAttribute('lang', 'en');
          await el.updateComplete;
          expect($(el, '[role="alert"]')!.textContent).to.contain('The now attribute').and.to.contain('31 December 2100');
          el.remove();
          await new Promise((r) => setTimeout(r, 50));
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    // 2015-01-01: a mission started that day is too short (a verdict); 2100-12-31: between two windows, every condition
    // met, the next window is named (May 2101).
    for (const [now, start, after] of [['2015-01-01', '2015-01-01', 'Vous n’êtes pas éligible'], ['2100-12-31', '2090-01-02', 'Vous remplissez les conditions']] as const) {
      it(`item 4: at the edges (now="${now}") the date bounds are in order and step 2 moves on`, async () => {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${now} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
        await loaded(el);
        for (const name of ['missionStart', 'missionEnd']) {
          const input = $(el, `[name="${name}"]`) as HTMLInputElement;
          expect(input.min <= input.max, `${name}: ${input.min} ≤ ${input.max}`).to.equal(true);
        }
        ($(el, '[name="missionStart"]') as HTMLInputElement).value = start;
        ($(el, '[name="missionEnd-ongoing"]') as HTMLInputElement).checked = true;
        ($(el, '[name="daysPerWeek"]') as HTMLInputElement).value = '5';
        check(el, 'reachedAcceleration', 'true');
        await next(el);
        expect($(el, '[part="error-summary"]')).to.equal(null);
        expect($(el, '.verdict-title')!.textContent).to.contain(after);
      });
    }

    it('item 12: a career question asked to the clinic is a redirect, said once: "Votre demande relève de l’accompagnement de carrière"', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} .situation=${{ domaine: 'Intraprenariat', topics: ['evolution_carriere'] }}></intra-eligibility>`);
      await loaded(el);
      const title = $(el, '.verdict-title')!.textContent!;
      expect(title).to.contain('Votre demande relève de l’accompagnement de carrière');
      expect(title).not.to.contain('éligible');
      const texts = verdictTexts(el);
      expect(texts.filter((t) => /carrière/.test(t) && /exclues|relèvent/.test(t))).to.have.length(1);
      expect(new Set(texts).size, texts.join(' | ')).to.equal(texts.length);
      // Named in a sentence, without any href-*: not a bare bold name.
      const name = $(el, '[part="redirect"] strong')!;
      expect(name.closest('p')!.textContent!.trim().length).to.be.greaterThan(name.textContent!.trim().length + 10);
      await expect(el).to.be.accessible();
      const en = await fixture<IntraEligibility>(html`<intra-eligibility lang="en" programme="clinic" now=${NOW} .situation=${{ domaine: 'Intraprenariat', topics: ['evolution_carriere'] }}></intra-eligibility>`);
      await loaded(en);
      expect($(en, '.verdict-title')!.textContent).to.contain('Your request falls under career coaching');
      expect($(en, '.verdict-title')!.textContent).not.to.contain('not eligible');
    });

    it('item 12: an HR problem asked to the clinic gives the HR reason, not "career questions are excluded"', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} .situation=${{ domaine: 'Intraprenariat', topics: ['probleme_rh_administration'] }}></intra-eligibility>`);
      await loaded(el);
      expect($(el, '.verdict-title')!.textContent).to.contain('Votre demande relève du soutien RH');
      const text = $(el, '[part="verdict"]')!.textContent!;
      expect(text).not.to.contain('carrière');
      expect(text).to.contain('problème RH');
      const en = await fixture<IntraEligibility>(html`<intra-eligibility lang="en" programme="clinic" now=${NOW} .situation=${{ domaine: 'Intraprenariat', topics: ['probleme_rh_administration'] }}></intra-eligibility>`);
      await loaded(en);
      expect($(en, '[part="verdict"]')!.textContent).not.to.contain('career questions are excluded');
    });

    it('item 12: no verdict says the same sentence twice (redirects, refusals, offers); offers without href are named in a sentence', async () => {
      const cases: Array<[string, object]> = [
        ['clinic', { domaine: 'Design', topics: ['management_equipe'] }],
        ['clinic', { domaine: 'Intraprenariat', topics: ['impact'] }],
        ['clinic', { domaine: 'Intraprenariat', topics: ['management_equipe'], startupStatus: 'stopped' }],
        ['coaching', { domaine: 'Intraprenariat', missionEnd: null, volunteer: true, topics: ['management_equipe'] }],
        ['hr-support', { domaine: 'Intraprenariat', publicAgent: true, topics: ['evolution_carriere'] }],
        ['hr-support', { domaine: 'Intraprenariat', publicAgent: false }],
        ['certification', { ...ELIGIBLE_CERT, alreadyCertified: true }],
      ];
      for (const [programme, situation] of cases) {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme=${programme} now=${NOW} .situation=${situation}></intra-eligibility>`);
        await loaded(el);
        const texts = verdictTexts(el);
        expect(new Set(texts).size, `${programme} ${JSON.stringify(situation)}: ${texts.join(' | ')}`).to.equal(texts.length);
        for (const strong of $$(el, '[part="verdict"] strong')) {
          expect(strong.closest('p, li')!.textContent!.replace(/\s+/g, ' ').trim(), 'a bold name alone').not.to.equal(strong.textContent!.trim());
        }
        el.remove();
      }
      // The closing retrospective offer links with href-clinic, inside its sentence.
      const linked = await fixture<IntraEligibility>(html`<intra-eligibility programme="clinic" now=${NOW} href-clinic="/clinique" .situation=${{ domaine: 'Intraprenariat', topics: ['management_equipe'], startupStatus: 'stopped' }}></intra-eligibility>`);
      await loaded(linked);
      const offer = $(linked, '.suggestions li[data-code="OFFER_CLOSING_RETROSPECTIVE"]')!;
      expect(offer.querySelector('a')!.getAttribute('href')).to.equal('/clinique');
      expect(offer.querySelector('strong')).to.equal(null);
    });

    it('item 18: heading-level sets the verdict heading (default 2), its sub-headings one below; axe heading-order', async () => {
      const def = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} href-certification="/c" .situation=${ELIGIBLE_CERT}></intra-eligibility>`);
      await loaded(def);
      expect($(def, '.verdict-title')!.tagName).to.equal('H2');
      expect($(def, '[part="next-step"] h3, [part="next-step"] [role="heading"]')!.tagName).to.equal('H3');
      const wrap = document.createElement('div');
      wrap.innerHTML = `<h1>Page</h1><h2>Section</h2><intra-eligibility heading-level="3" programme="certification" now="${NOW}"></intra-eligibility>`;
      document.body.append(wrap);
      const el = wrap.querySelector('intra-eligibility') as IntraEligibility;
      el.situation = { ...ELIGIBLE_CERT, reachedAcceleration: false };
      await loaded(el);
      expect($(el, '.verdict-title')!.tagName).to.equal('H3');
      const subs = $$(el, '[part="verdict"] h1, [part="verdict"] h2, [part="verdict"] h3, [part="verdict"] h4, [part="verdict"] h5, [part="verdict"] h6').filter((h) => !h.classList.contains('verdict-title'));
      expect(subs.length).to.be.greaterThan(0);
      for (const h of subs) expect(h.tagName).to.equal('H4');
      await expect(wrap).to.be.accessible();
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect($(el, '.verdict-title')!.tagName).to.equal('H6');
      expect($(el, '[part="counterfactual"] h6')).to.exist;
      el.setAttribute('heading-level', 'x');
      await el.updateComplete;
      expect($(el, '.verdict-title')!.tagName).to.equal('H2');
      wrap.remove();
    });

    it('item 32: "Autre" is the last choice of the domaine select', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      const options = [...(el.shadowRoot!.querySelector('select[name="domaine"]') as HTMLSelectElement).options].map((o) => o.value);
      expect(options.at(-1)).to.equal('Autre');
    });
  });
  it('"Réessayer" keeps focus in the element (on the alert when the prefill fails again)', async () => {
    const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now="2026-11-10" src="/test-api/status/500"></intra-eligibility>`);
    await el.loaded;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    button.focus();
    button.click();
    const end = performance.now() + 3000;
    while (el.shadowRoot!.activeElement?.getAttribute('role') !== 'alert') {
      if (performance.now() > end) throw new Error('focus did not reach the alert');
      await new Promise((r) => setTimeout(r, 10));
    }
  });
});
