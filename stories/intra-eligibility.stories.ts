/**
 * Stories of `<intra-eligibility>`, one per state: each programme's first question, prefilled → eligible,
 * ineligible with the counterfactual, redirects to a better-fitting programme (with and without a link), heading level,
 * invalid prefill, loading, English, dark.
 * Every story pins `now` so the certification sessions and durations do not move with the calendar.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/eligibility/intra-eligibility.js';
import type { EligibilitySituation } from '../src/index.js';

const NOW = '2025-05-15';

const eligible: EligibilitySituation = {
  domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2024-01-08', missionEnd: null,
  daysPerWeek: 5, reachedAcceleration: true, targetSession: '2025-mai',
};

const meta: Meta = {
  title: 'Éléments/intra-eligibility',
  component: 'intra-eligibility',
  tags: ['autodocs'],
  args: { programme: 'certification', now: NOW },
  render: (args) => html`<intra-eligibility programme=${args.programme} now=${args.now}></intra-eligibility>`,
};
export default meta;
type Story = StoryObj;

/** Certification (RS6247): the first group of questions (profile). */
export const Certification: Story = {};

/** Career coaching: the first group (profile: domain, end of mission or ongoing). */
export const Coaching: Story = { args: { programme: 'coaching' } };

/** Difficult-situations clinic: the first group (domain). */
export const Clinic: Story = { args: { programme: 'clinic' } };

/** HR support: the first group (domain, public agent). */
export const HrSupport: Story = { args: { programme: 'hr-support' } };

/** Prefilled with every answer (the `situation` property): straight to the verdict, eligible, criteria met in a `<details>`. */
export const PrefilledEligible: Story = {
  render: () => html`<intra-eligibility programme="certification" now=${NOW} .situation=${eligible}></intra-eligibility>`,
};

/** Eligible with a link to apply (`href-certification`): the next step gives the application window. */
export const EligibleWithNextStep: Story = {
  render: () => html`<intra-eligibility programme="certification" now=${NOW} href-certification="/certification/candidater" .situation=${eligible}></intra-eligibility>`,
};

/** Only the application window is missing: "Vous remplissez les conditions", with the next window (not "pas éligible"). */
export const OnlyTiming: Story = {
  render: () => html`<intra-eligibility programme="certification" now="2025-09-10" .situation=${{ ...eligible, targetSession: '2025-novembre' }}></intra-eligibility>`,
};

/** Ineligible: part-time since September 2024 and no acceleration; each failed criterion with its source, and the counterfactual. */
export const IneligibleWithCounterfactual: Story = {
  render: () => html`<intra-eligibility programme="certification" now=${NOW}
    .situation=${{ ...eligible, missionStart: '2024-09-02', daysPerWeek: 3, reachedAcceleration: false }}></intra-eligibility>`,
};

/** Redirect, not a refusal: a career question asked to the clinic → "Votre demande relève de l’accompagnement de carrière", linked to the site editor's `href-coaching`. */
export const Redirect: Story = {
  render: () => html`<intra-eligibility programme="clinic" now=${NOW} href-coaching="https://doc.incubateur.net/communaute/travailler-chez-beta.gouv.fr/les-differents-metiers/intrapreneur/accompagnement-de-carrieres-des-intras"
    .situation=${{ domaine: 'Intraprenariat', topics: ['evolution_carriere'], startupStatus: 'active' }}></intra-eligibility>`,
};

/** Redirect without any `href-*`: an HR problem asked to the clinic → HR support, its reason once, the programme named in a sentence. */
export const RedirectWithoutLink: Story = {
  render: () => html`<intra-eligibility programme="clinic" now=${NOW}
    .situation=${{ domaine: 'Intraprenariat', topics: ['probleme_rh_administration'] }}></intra-eligibility>`,
};

/** `heading-level="3"`: the verdict title is an `<h3>` (under the page's `<h2>`), its sub-headings `<h4>`. */
export const HeadingLevel: Story = {
  render: () => html`<h2>Vérifier votre éligibilité</h2><intra-eligibility heading-level="3" programme="certification" now=${NOW}
    .situation=${{ ...eligible, missionStart: '2024-09-02', daysPerWeek: 3, reachedAcceleration: false }}></intra-eligibility>`,
};

/** Invalid prefill: `daysPerWeek` above 5 and an unknown domain; the error names each field and offers "Réessayer". */
export const InvalidPrefill: Story = {
  render: () => html`<intra-eligibility programme="certification" now=${NOW} .situation=${{ domaine: 'Bureau', daysPerWeek: 9 }}></intra-eligibility>`,
};

/** Loading: a `src` whose response never arrives (the story holds that one request). */
export const Loading: Story = {
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).endsWith('#pending') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return html`<intra-eligibility programme="certification" now=${NOW} src="data/situation.json#pending"></intra-eligibility>`;
  },
};

/** English, from `lang="en"` on the element (or any ancestor). */
export const English: Story = {
  render: () => html`<intra-eligibility lang="en" programme="coaching" now=${NOW}></intra-eligibility>`,
};

/** Dark theme: DSFR tokens under `data-fr-theme="dark"` reach inside the shadow root. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => html`<intra-eligibility programme="certification" now=${NOW}
    .situation=${{ ...eligible, missionStart: '2024-09-02', daysPerWeek: 3, reachedAcceleration: false }}></intra-eligibility>`,
};
