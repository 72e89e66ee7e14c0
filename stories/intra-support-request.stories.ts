/**
 * Stories of `<intra-support-request>`, one per state: the kind to choose, each kind's fields, prefilled, a
 * better-fitting programme before the form, errors, waiting to be sent (a receiver that answers 503), the receipt,
 * the `mailto:` fallback, English, dark. Nothing is stored or sent until a story's form is submitted (or a draft
 * opted in); the "waiting" story posts to an address that does not exist on Storybook's server.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/support-request/intra-support-request.js';
import type { IntraSupportRequest } from '../components/support-request/support-request.js';

const meta: Meta = {
  title: 'Éléments/intra-support-request',
  component: 'intra-support-request',
  tags: ['autodocs'],
  args: { kind: '' },
  render: (args) => html`<intra-support-request kind=${args.kind || undefined} mailto="equipe@example.org"></intra-support-request>`,
};
export default meta;
type Story = StoryObj;

/** No `kind`: the person chooses among the four kinds; the fields follow the choice. */
export const ChooseKind: Story = {};

/** Difficult-situations clinic: topics required (team management), start-up and administration optional. */
export const Clinic: Story = { args: { kind: 'clinique_situations_difficiles' } };

/** Support letter: the home administration is required. */
export const SupportLetter: Story = { args: { kind: 'courrier_soutien' } };

/** Referral to the DRH du numérique: home administration and the referral's summary required. */
export const DrhReferral: Story = { args: { kind: 'saisine_drh_numerique' } };

/** Career coaching: the smallest form. */
export const Coaching: Story = { args: { kind: 'accompagnement_carriere' } };

/** Prefilled from attributes (`prefill-name`, `prefill-email`, `prefill-topics`…). */
export const Prefilled: Story = {
  render: () => html`<intra-support-request kind="clinique_situations_difficiles" prefill-name="Camille Exemple"
    prefill-email="camille.exemple@example.org" prefill-startup="Cantine Claire" prefill-topics="management_equipe"></intra-support-request>`,
};

/** Before the form: the clinic asked about a career question — "Votre demande relève de l’accompagnement de carrière", with its link. */
export const BetterFittingProgramme: Story = {
  render: () => html`<intra-support-request kind="clinique_situations_difficiles" prefill-topics="evolution_carriere"
    href-coaching="https://doc.incubateur.net/communaute/travailler-chez-beta.gouv.fr/les-differents-metiers/intrapreneur/accompagnement-de-carrieres-des-intras"></intra-support-request>`,
};

/** Submitted empty: the error summary and one message per field, focus on the first invalid field. */
export const Errors: Story = {
  render: () => html`<intra-support-request kind="saisine_drh_numerique"></intra-support-request>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('intra-support-request')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Waiting to be sent ("En attente d’envoi"): the receiver answers 503, the request waits on the device and is retried. */
export const WaitingToBeSent: Story = {
  render: () => html`<intra-support-request kind="accompagnement_carriere" action="/__intras-no-receiver__/requests" min-fill-time="0" retry-base="30000" draft-key="story"
    prefill-name="Camille Exemple" prefill-email="camille.exemple@example.org" .prefill=${{ message: 'Bonjour, je souhaite être accompagnée.' }}></intra-support-request>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('intra-support-request') as IntraSupportRequest;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-handling')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** The receipt with the reference the receiver returned (here set by a host through `complete()`). */
export const Receipt: Story = {
  render: () => html`<intra-support-request kind="accompagnement_carriere"></intra-support-request>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('intra-support-request') as IntraSupportRequest;
    await el.updateComplete;
    el.complete('R-2026-0042');
  },
};

/** English, from `lang="en"` on the element (or any ancestor). */
export const English: Story = {
  render: () => html`<intra-support-request lang="en" kind="courrier_soutien" mailto="team@example.org"></intra-support-request>`,
};

/** Dark theme: DSFR tokens under `data-fr-theme="dark"` reach inside the shadow root. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => html`<intra-support-request kind="clinique_situations_difficiles"></intra-support-request>`,
};
