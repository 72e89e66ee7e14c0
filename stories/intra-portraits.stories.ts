/**
 * Stories of `<intra-portraits>`, one per state: default (demo data via `src`), inline JSON, loading, empty,
 * no match, error (HTTP 404), invalid data (partial and fully invalid), English, dark, deep-linked dialog.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/portraits/intra-portraits.js';
import type { Portrait } from '../src/index.js';

const sample: Portrait[] = [
  {
    id: 'story-1', displayName: 'Élodie Marchal', headline: 'Responsable de portefeuille, ANCT', category: 'passeur',
    administration: 'Agence Nationale de la Cohésion des Territoires', before: 'Juriste en DDT',
    startups: [{ ghid: 'aides-territoires', name: 'Aides-territoires' }], after: ['Responsable de portefeuille'],
    narrative: 'Juriste de formation, elle a porté Aides-territoires pendant trois ans avant d’accompagner à son tour six équipes.',
    competences: ['pitch', 'financement'], consent: { given: true, at: '2025-03-01' }, status: 'published', publishedAt: '2025-03-15',
    careerPath: [
      { stage: 'avant', title: 'Juriste', organisationLabel: 'DDT de la Gironde', sector: 'public', start: '2014-09-01', end: '2019-12-31' },
      { stage: 'pendant', title: 'Intrapreneure', organisationLabel: 'ANCT', sector: 'public', start: '2020-01-06', end: '2022-12-31', startupGhids: ['aides-territoires'] },
      { stage: 'apres', title: 'Responsable de portefeuille', organisationLabel: 'ANCT', sector: 'public', start: '2023-01-01' },
    ],
  },
  {
    id: 'story-2', displayName: 'Yanis Bouchet', headline: 'Product Manager dans une entreprise de l’ESS', category: 'sortie_prive',
    before: 'Attaché d’administration en préfecture', startups: [{ ghid: 'dossierfacile', name: 'DossierFacile' }],
    after: ['Product Manager (privé)'], narrative: 'Il a mis son poste en disponibilité pour rejoindre le privé, avec l’envie de revenir.',
    competences: ['test', 'deploiement'], consent: { given: true, at: '2025-04-01' }, status: 'published',
  },
];

const meta: Meta = {
  title: 'Éléments/intra-portraits',
  component: 'intra-portraits',
  tags: ['autodocs'],
  args: { src: 'data/portraits.json', 'page-size': 24 },
  render: (args) => html`<intra-portraits src=${args.src} page-size=${args['page-size']}></intra-portraits>`,
};
export default meta;
type Story = StoryObj;

/** The demo data (44 invented portraits, real start-ups), fetched from `src`; 2 invalid records are skipped (partial). */
export const Default: Story = {};

/** Data inline in the page: a `<script type="application/json">` child. */
export const InlineJson: Story = {
  render: () => html`<intra-portraits><script type="application/json">${JSON.stringify(sample)}</script></intra-portraits>`,
};

/** Loading: `src` whose response never arrives (the story holds that one request). */
export const Loading: Story = {
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).endsWith('#pending') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return html`<intra-portraits src="data/portraits.json#pending"></intra-portraits>`;
  },
};

/** Empty: no portrait is publishable (drafts or no consent are never shown). */
export const Empty: Story = {
  render: () => html`<intra-portraits .items=${sample.map((p) => ({ ...p, status: 'draft' }))}></intra-portraits>`,
};

/** Error: the `src` answers 404; the alert names the cause and offers "Réessayer". */
export const Error404: Story = { args: { src: 'data/missing.json' } };

/** Invalid data: one good record, one with an unknown `category`: shown with a discreet "1 fiche ignorée". */
export const PartialInvalid: Story = {
  render: () => html`<intra-portraits .items=${[sample[0], { ...sample[1], category: 'diagonal' }]}></intra-portraits>`,
};

/** Invalid data: nothing valid at all: error state ("Aucune fiche valide"). */
export const AllInvalid: Story = {
  render: () => html`<intra-portraits .items=${[{ id: 'x', displayName: '' }]}></intra-portraits>`,
};

/** English, from `lang="en"` on the element (or any ancestor). */
export const English: Story = {
  render: () => html`<intra-portraits lang="en" .items=${sample}></intra-portraits>`,
};

/** Dark theme: DSFR tokens under `data-fr-theme="dark"` reach inside the shadow root. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Preset archetype, facets hidden, small pages. */
export const PresetCategory: Story = {
  render: () => html`<intra-portraits src="data/portraits.json" category="vertical" without-filters page-size="6"></intra-portraits>`,
};

/** A server that never answers: after `timeout` ms (here 2 s; default 15 s) the error state offers "Réessayer". */
export const Timeout: Story = {
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).endsWith('#never')
      ? new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : realFetch(input, init));
    return html`<intra-portraits timeout="2000" src="data/portraits.json#never"></intra-portraits>`;
  },
};

/** Under a `<h2>` section: `heading-level="3"` makes the card titles `<h3>` and the dialog's sections `<h4>`. */
export const HeadingLevel: Story = {
  render: () => html`<h2>Portraits</h2><intra-portraits heading-level="3" .items=${sample}></intra-portraits>`,
};

/** English interface, French data: the data's texts carry `lang="fr"` (`data-lang` for the set, `lang` per record). */
export const EnglishUiFrenchData: Story = {
  render: () => html`<intra-portraits lang="en" data-lang="fr" .items=${[sample[0], { ...sample[1], lang: 'en', headline: 'Product manager at a social enterprise' }]}></intra-portraits>`,
};

/** Names that give no letters get a neutral avatar; emoji and decomposed accents give whole initials ("A", "ÉM"). */
export const Initials: Story = {
  render: () => html`<intra-portraits .items=${[
    { ...sample[0], id: 'i-1', displayName: '👩‍💻 Alice Perrin' },
    { ...sample[1], id: 'i-2', displayName: 'Élodie Martin'.normalize('NFD') },
    { ...sample[1], id: 'i-3', displayName: '🚀' },
  ]}></intra-portraits>`,
};
