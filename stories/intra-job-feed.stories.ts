/**
 * Stories of `<intra-job-feed>`, one per state: default (the demo's PEP snapshot via `src`, dates shifted), inline
 * JSON, loading, empty, no open offer, no match, error (HTTP 404), partial (records skipped), with expired offers,
 * JSON-LD out, English, dark, heading level.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/job-feed/intra-job-feed.js';
import type { JobPosting } from '../src/index.js';

const NOW = '2026-11-30';
const base = {
  employer: { label: 'Direction interministérielle du numérique' }, versant: 'FPE', categorie: 'A', openTo: 'both',
  location: { label: 'Paris (75)', departement: '75', region: 'Île-de-France' }, remote: 'partial', postedAt: '2026-11-02',
  source: { kind: 'manual' }, status: 'published',
} as const;
const sample: JobPosting[] = [
  { ...base, id: 'story-1', title: 'Designer UX', closesAt: '2026-12-05', url: 'https://place-emploi-public.gouv.fr/offre-emploi/story-1/', description: 'Recherche utilisateur, entretiens avec les usagers, prototypes et tests utilisateurs.' },
  { ...base, id: 'story-2', title: 'Cheffe / Chef de projet numérique', closesAt: NOW, url: 'https://place-emploi-public.gouv.fr/offre-emploi/story-2/', description: 'Piloter le déploiement, la conduite du changement et le budget du produit.' },
  { ...base, id: 'story-3', title: 'Product owner', categorie: 'B', contractKind: 'fixed-term', closesAt: '2027-02-01', url: 'https://place-emploi-public.gouv.fr/offre-emploi/story-3/', location: { label: 'Rennes', departement: '35', region: 'Bretagne' }, description: 'Backlog, priorisation, feuille de route.' },
  { ...base, id: 'story-4', title: 'Juriste (offre clôturée)', closesAt: '2026-11-20', url: 'https://place-emploi-public.gouv.fr/offre-emploi/story-4/' },
] as JobPosting[];

const meta: Meta = {
  title: 'Éléments/intra-job-feed',
  component: 'intra-job-feed',
  tags: ['autodocs'],
  args: { src: 'data/offres-pep.json', now: NOW, 'page-size': 6 },
  render: (args) => html`<intra-job-feed src=${args.src} now=${args.now} page-size=${args['page-size']}></intra-job-feed>`,
};
export default meta;
type Story = StoryObj;

/** The demo data: 153 real Place de l'emploi public offers (dates shifted, see demo/data/offres-pep.json.SOURCE.md). */
export const Default: Story = {};

/** Data inline in the page: a `<script type="application/json">` child. */
export const InlineJson: Story = {
  render: () => html`<intra-job-feed now=${NOW}><script type="application/json">${JSON.stringify({ postings: sample })}</script></intra-job-feed>`,
};

/** Loading: `src` whose response never arrives (the story holds that one request). */
export const Loading: Story = {
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).endsWith('#pending') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return html`<intra-job-feed src="data/offres-pep.json#pending"></intra-job-feed>`;
  },
};

/** Empty: no posting at all. */
export const Empty: Story = { render: () => html`<intra-job-feed now=${NOW} .items=${[]}></intra-job-feed>` };

/** Every posting has closed on that day. */
export const NoneOpen: Story = { render: () => html`<intra-job-feed now="2027-06-01" .items=${sample}></intra-job-feed>` };

/** No match: a search for a word no posting has (the reset button brings the list back). */
export const NoMatch: Story = {
  render: () => {
    const url = new URL(location.href);
    url.searchParams.set('story-q', 'astronaute');
    history.replaceState(null, '', url);
    return html`<intra-job-feed url-key="story" now=${NOW} .items=${sample}></intra-job-feed>`;
  },
};

/** An HTTP error, with "Réessayer". */
export const Error404: Story = { args: { src: 'data/missing.json' } };

/** Partial: one record is invalid (a `javascript:` URL), the others are shown, "1 offre ignorée". */
export const Partial: Story = {
  render: () => html`<intra-job-feed now=${NOW} .items=${[...sample, { ...sample[0], id: 'bad', url: 'javascript:alert(1)' }]}></intra-job-feed>`,
};

/** `with-expired`: the closed offer is shown, labelled "Clôturée". */
export const WithExpired: Story = { render: () => html`<intra-job-feed now=${NOW} with-expired .items=${sample}></intra-job-feed>` };

/** `emit-json-ld`: one JSON-LD script per open offer on screen, as children of the element (inspect the DOM). */
export const JsonLd: Story = { render: () => html`<intra-job-feed now=${NOW} emit-json-ld .items=${sample}></intra-job-feed>` };

/** English interface, French data. */
export const English: Story = { render: () => html`<intra-job-feed lang="en" now=${NOW} .items=${sample}></intra-job-feed>` };

/** DSFR dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Card titles as `<h3>` under a page's `<h2>`. */
export const HeadingLevel: Story = {
  render: () => html`<h2>Offres</h2><intra-job-feed heading-level="3" now=${NOW} .items=${sample}></intra-job-feed>`,
};
