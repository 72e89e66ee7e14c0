import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/eligibility/intra-eligibility.js';
import { IntraEligibility } from '../../components/eligibility/eligibility.js';
import { IntraErrorEvent, IntraLoadEvent, IntraVerdictEvent } from '../../components/shared/events.js';
import { LIVE_DATE_MAX_DELAY_MS } from '../../components/shared/live-date.js';
import { INPUTS as ELIGIBILITY_INPUTS, PROGRAMMES, RULE_SETS, evaluate, questionsFor } from '../../src/eligibility/index.js';
import { installClock } from './helpers.js';

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
/** Input names of the fields shown in the current step (not hidden). */
const shown = (el: IntraEligibility) => [...new Set($$(el, 'form [name]').filter((i) => !i.closest('[hidden]')).map((i) => i.getAttribute('name')!.replace(/-ongoing$/, '')))];
/** Whether the field of `key` is marked optional ("(facultatif)") and has no `required` attribute. */
function isOptional(el: IntraEligibility, key: string): boolean {
  const field = $(el, `[name="${key}"]`)!;
  const box = field.closest('.question')!;
  const marked = !!box.querySelector(':scope > legend .optional, :scope > label .optional');
  const type = field.getAttribute('type');
  // Checkboxes and an ongoing-or-date field never carry `required` (the form checks them itself).
  if (type !== 'checkbox' && type !== 'date' && (field as HTMLInputElement).required === marked) throw new Error(`${key}: required attribute and "(facultatif)" disagree`);
  return marked;
}
/** Answers one question through the DOM as a person would (input and change events); `'clear'` clears it. */
async function answer(el: IntraEligibility, key: string, value: unknown) {
  const fire = (i: HTMLElement) => { i.dispatchEvent(new Event('input', { bubbles: true, composed: true })); i.dispatchEvent(new Event('change', { bubbles: true })); };
  const select = $(el, `select[name="${key}"]`) as HTMLSelectElement | null;
  const inputs = $$(el, `input[name="${key}"]`) as HTMLInputElement[];
  const ongoing = $(el, `[name="${key}-ongoing"]`) as HTMLInputElement | null;
  if (select) { select.value = String(value); fire(select); }
  else if (value === 'clear') {
    if (ongoing?.checked) ongoing.click();
    for (const i of inputs) { if (i.type === 'radio' || i.type === 'checkbox') { if (i.checked) i.click(); } else { i.value = ''; fire(i); } }
  } else if (ongoing && value === null) { if (!ongoing.checked) ongoing.click(); }
  else if (inputs[0].type === 'radio' || inputs[0].type === 'checkbox') {
    for (const v of Array.isArray(value) ? value : [value]) inputs.find((i) => i.value === String(v))!.click();
  } else { inputs[0].value = String(value); fire(inputs[0]); }
  await el.updateComplete;
  await el.updateComplete;
}
/** Runs `fn` with console.warn captured; returns the warnings. */
async function warnings(fn: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { out.push(args.map(String).join(' ')); };
  try { await fn(); } finally { console.warn = original; }
  return out;
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
      // Step 2: mission (8 months by 15 May 2025: the days per week decide between 6 and 12 months, so they are asked).
      await tabTo(named('missionStart'), 'missionStart');
      await typeDate('2024-09-02');
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
        domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2024-09-02', missionEnd: null,
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
      // The acceleration first: once 3 days a week make the duration too short, a question left empty would no
      // longer be asked (issue 7, item 3), and this walk checks that "Précédent" keeps every answer.
      await tabTo(named('reachedAcceleration'), 'reachedAcceleration');
      await sendKeys({ press: SPACE });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()!.getAttribute('name')).to.equal('daysPerWeek');
      await sendKeys({ type: '3' });
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

    it('item 3 (form): keyboard walk with the days per week left empty — not required once the start date and "en cours" decide the duration, announced politely', async () => {
      const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW}></intra-eligibility>`);
      await loaded(el);
      await tabTo(named('domaine'), 'domaine select');
      await sendKeys({ type: 'Intr' });
      await tabTo(named('publicAgent'), 'publicAgent');
      await sendKeys({ press: SPACE }); // Oui
      await tabTo(named('alreadyCertified'), 'alreadyCertified');
      await sendKeys({ press: 'ArrowRight' }); // Non
      await tabTo(submitButton, 'Suivant');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legend(el)).to.equal('Votre mission');
      // Before any answer of the group, the days per week may matter (a recent start): asked, required.
      expect(shown(el)).to.include('daysPerWeek');
      await tabTo(named('missionStart'), 'missionStart');
      await typeDate('2023-09-04');
      await tabTo(named('missionEnd-ongoing'), 'ongoing checkbox');
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      // More than 12 months by 15 May 2025: full-time or part-time, the duration is met; the question is gone.
      expect(evaluate(RULE_SETS.certification, { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-09-04', missionEnd: null, reachedAcceleration: true }, NOW)).to.deep.include({ verdict: 'incomplete', missing: ['targetSession'] });
      expect(shown(el)).not.to.include('daysPerWeek');
      expect($(el, '[role="status"]')!.textContent).to.contain('jours par semaine');
      await tabTo(named('reachedAcceleration'), 'reachedAcceleration');
      await sendKeys({ press: SPACE }); // Oui
      await tabTo(submitButton, 'Suivant');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="error-summary"]'), 'no error: the days per week cannot change the verdict').to.equal(null);
      expect(legend(el)).to.equal('Votre candidature');
      // Précédent: the start date made the question irrelevant; unticking "en cours" brings it back.
      ($$(el, '[part="actions"] button').find((b) => b.textContent!.trim() === 'Précédent') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(shown(el)).not.to.include('daysPerWeek');
      await answer(el, 'missionEnd', 'clear');
      expect(shown(el)).to.include('daysPerWeek');
      expect($(el, '[role="status"]')!.textContent).to.contain('jours par semaine');
    });

    it('item 3 (form): in every group of every programme, a field is shown and required exactly when the engine still needs it, recomputed as the person answers', async () => {
      const HAPPY: Record<string, Record<string, unknown>> = {
        certification: { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2024-01-08', missionEnd: null, daysPerWeek: 5, reachedAcceleration: true, targetSession: '2025-mai' },
        coaching: { domaine: 'Intraprenariat', missionEnd: null, volunteer: true, topics: ['evolution_carriere'], startupStatus: 'active' },
        clinic: { domaine: 'Intraprenariat', topics: ['management_equipe'], startupStatus: 'active' },
        'hr-support': { domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'], hrAction: 'saisine_drh_numerique', homeAdministration: 'Ministère imaginaire', summary: 'Un résumé' },
      };
      const VALUES: Record<string, unknown[]> = {
        domaine: ['Intraprenariat', 'Design'], publicAgent: [true, false], alreadyCertified: [false, true], reachedAcceleration: [true, false], volunteer: [true, false],
        missionStart: ['2023-09-04', '2025-04-01', '2024-01-08'], missionEnd: [null, '2025-03-31', '2024-10-31'], daysPerWeek: [5, 2],
        targetSession: ['2025-mai'], topics: [['management_equipe'], ['evolution_carriere'], ['probleme_rh_administration']],
        startupStatus: ['active', 'stopped'], hrAction: ['courrier_soutien', 'saisine_drh_numerique'], homeAdministration: ['Ministère imaginaire'], summary: ['Un résumé'],
      };
      const el = await fixture<IntraEligibility>(html`<intra-eligibility now=${NOW}></intra-eligibility>`);
      const hiding: string[] = [];
      for (const programme of PROGRAMMES) {
        const rs = RULE_SETS[programme];
        el.programme = programme;
        let before: Record<string, unknown> = {};
        let hiddenSomewhere = 0;
        for (const group of rs.groups) {
          const keys = group.inputs.filter((k) => !ELIGIBILITY_INPUTS[k].derivedOnly);
          // Every single answer and every pair of answers in the group, in asking order.
          const scenarios: Array<Array<[string, unknown]>> = [];
          keys.forEach((k, i) => {
            for (const v of VALUES[k]) {
              scenarios.push([[k, v]]);
              for (const k2 of keys.slice(i + 1)) for (const v2 of VALUES[k2]) scenarios.push([[k, v], [k2, v2]]);
            }
          });
          for (const answers of scenarios) {
            const all = { ...before, ...Object.fromEntries(answers) };
            if (typeof all.missionEnd === 'string' && typeof all.missionStart === 'string' && all.missionEnd < all.missionStart) continue;
            el.situation = { ...before };
            await loaded(el);
            expect(legend(el), programme).to.equal(group.label.fr);
            // The second answer only when its question is still shown after the first.
            const given: Array<[string, unknown]> = [];
            for (const [k, v] of answers) if (shown(el).includes(k)) { await answer(el, k, v); given.push([k, v]); }
            const s = { ...before, ...Object.fromEntries(given) };
            const what = `${programme} ${JSON.stringify(Object.fromEntries(given))}`;
            const v = evaluate(rs, s as never, NOW);
            const expected = keys.filter((k) => !(k in s)).map((k) => {
              const required = v.verdict === 'incomplete' && v.missing.includes(k);
              const hint = rs.hints.some((h) => h.reads.includes(k));
              return { k, required, shown: required || hint };
            });
            for (const { k, required, shown: visible } of expected) {
              expect(shown(el).includes(k), `${what}: ${k} shown`).to.equal(visible);
              if (visible) expect(isOptional(el, k), `${what}: ${k} optional`).to.equal(!required);
              if (!visible && questionsFor(rs, before as never, NOW)[0].questions.some((q) => q.key === k)) hiddenSomewhere++;
            }
            // Submitting reports exactly the required fields left empty, nothing else.
            await next(el);
            const errors = $$(el, '[part="error-summary"] a').map((a) => a.getAttribute('href')!.slice(3));
            expect(errors, what).to.deep.equal(expected.filter((e) => e.required).map((e) => e.k));
          }
          before = { ...before, ...Object.fromEntries(keys.map((k) => [k, HAPPY[programme][k]])) };
        }
        if (hiddenSomewhere) hiding.push(programme);
      }
      // Not vacuous: in these three an answer removes a question of its own group (the clinic asks one required
      // question per group, besides an optional one).
      expect(hiding).to.deep.equal(['certification', 'coaching', 'hr-support']);
    });

    for (const [lang, now, situation, window, label] of [
      ['fr', '2027-04-10', { ...ELIGIBLE_CERT, targetSession: undefined }, '28 mai 2027', 'Période de candidature : pas encore ouverte'],
      ['fr', '2025-09-10', { ...ELIGIBLE_CERT, targetSession: '2025-novembre' }, '28 novembre 2025', 'Période de candidature : pas encore ouverte'],
      ['en', '2027-04-10', { ...ELIGIBLE_CERT, targetSession: undefined }, '28 May 2027', 'Application window: not open yet'],
    ] as const) {
      it(`only the application window missing (${lang}, ${now}): the window is said once, and the criterion does not read "open"`, async () => {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility lang=${lang} programme="certification" now=${now} .situation=${situation}></intra-eligibility>`);
        await loaded(el);
        expect(el.verdict).to.deep.include({ verdict: 'ineligible', onlyTiming: true });
        const text = $(el, '[part="verdict"]')!.textContent!.replace(/\s+/g, ' ');
        expect(text.split(window).length - 1, text).to.equal(1);
        expect($(el, '[part="verdict"] .alert')!.textContent).to.contain(window);
        const criterion = $(el, '.criterion[data-code="SESSION_OPEN"] .criterion-label')!.textContent!;
        expect(criterion).to.equal(label);
        expect(text).not.to.match(/Candidatures ouvertes|Applications open/);
        await expect(el).to.be.accessible();
      });
    }

    it('item 3 (boxes): "Prochaine étape" and "Où adresser votre demande" have no gap above their heading, at every heading level', async () => {
      for (const level of ['2', '4', '5', '6']) {
        for (const [programme, situation, part] of [
          ['certification', ELIGIBLE_CERT, 'next-step'],
          ['clinic', { domaine: 'Intraprenariat', topics: ['evolution_carriere'] }, 'counterfactual'],
        ] as const) {
          const el = await fixture<IntraEligibility>(html`<intra-eligibility heading-level=${level} programme=${programme} now=${NOW} .situation=${situation}></intra-eligibility>`);
          await loaded(el);
          const box = $(el, `[part="${part}"]`)!;
          const heading = box.querySelector('.sub-heading')!;
          const gap = heading.getBoundingClientRect().top - box.getBoundingClientRect().top;
          const padding = parseFloat(getComputedStyle(box).paddingTop);
          expect(gap, `${programme} heading-level=${level}: ${heading.tagName}`).to.be.closeTo(padding, 1);
          el.remove();
        }
      }
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

  describe('live date after a clock jump (sleep, clock change): the page events re-read the date', () => {
    /** Moves the fake clock without running its timers: a suspended laptop's timers have not counted the sleep. */
    const jump = (clock: ReturnType<typeof installClock>, ms: number) => {
      const pending = clock.pending();
      clock.shift(ms);
      expect(clock.pending()).to.equal(pending);
    };
    for (const event of ['visibilitychange', 'focus', 'pageshow'] as const) {
      it(`${event}: 23:50 → +25 min with the midnight timer not fired → the verdict follows the new day, the timer re-arms`, async () => {
        const clock = installClock(new Date(2026, 10, 27, 23, 50));
        try {
          const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" .situation=${{ ...ELIGIBLE_CERT, targetSession: '2026-novembre' }}></intra-eligibility>`);
          await loaded(el);
          expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
          jump(clock, 25 * 60 * 1000); // 00:15 on 28 November; no timer has fired
          await el.updateComplete;
          expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible'); // nothing told the element yet
          if (event === 'visibilitychange') document.dispatchEvent(new Event('visibilitychange'));
          else window.dispatchEvent(new Event(event));
          await el.updateComplete;
          expect($(el, '.verdict-title')!.textContent).to.contain('Vous remplissez les conditions');
          expect($(el, '[part="next-step"]')).to.equal(null);
          expect(clock.pending()).to.equal(1);
          // Re-armed from the new date: the next midnight is a day away, so the timer waits its longest (1 hour), not
          // what was left of the old 10-minute delay.
          const wait = clock.nextAt() - Date.now();
          expect(wait).to.be.within(LIVE_DATE_MAX_DELAY_MS - 5000, LIVE_DATE_MAX_DELAY_MS);
          el.remove();
          expect(clock.pending()).to.equal(0);
          // Removed listeners: an event after disconnect arms nothing.
          window.dispatchEvent(new Event('focus'));
          expect(clock.pending()).to.equal(0);
        } finally {
          clock.restore();
        }
      });
    }
    it('a pinned `now` ignores the page events (no timer, no change)', async () => {
      const clock = installClock(new Date(2026, 10, 27, 23, 50));
      try {
        const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now="2026-11-27" .situation=${{ ...ELIGIBLE_CERT, targetSession: '2026-novembre' }}></intra-eligibility>`);
        await loaded(el);
        clock.shift(25 * 60 * 1000);
        window.dispatchEvent(new Event('focus'));
        await el.updateComplete;
        expect($(el, '.verdict-title')!.textContent).to.contain('Vous êtes éligible');
        expect(clock.pending()).to.equal(0);
        el.remove();
      } finally {
        clock.restore();
      }
    });
  });
});

describe('<intra-eligibility> language switched live', () => {
  it('the step announcement follows a switch to English (and back), never left in the previous language', async () => {
    const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false }}></intra-eligibility>`);
    await loaded(el);
    expect($(el, '[role="status"]')!.textContent).to.contain('Étape 1 : Votre mission');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(legend(el)).to.equal('Your mission');
    expect($(el, '[role="status"]')!.textContent).to.contain('Step 1: Your mission');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.contain('Étape 1 : Votre mission');
  });
});

describe('<intra-eligibility> rule sets per programme (loadRuleSet, decision 0052)', () => {
  it('renders a programme whose rule set is loaded on demand, then another after a live switch; an unknown one is the attribute error', async () => {
    const el = await fixture<IntraEligibility>(html`<intra-eligibility programme="hr-support" now=${NOW}></intra-eligibility>`);
    await loaded(el);
    expect(el.verdict?.programme).to.equal('hr-support');
    expect(asked(el).length).to.be.greaterThan(0);
    el.setAttribute('programme', 'certification');
    await el.updateComplete;
    expect(legend(el)).to.equal('Votre profil');
    expect(el.verdict?.programme).to.equal('certification');
    expect(asked(el)).to.deep.equal(['domaine', 'publicAgent', 'alreadyCertified']);
    el.setAttribute('programme', 'toString');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('L’attribut programme');
  });
});
