/** Styles of `<intra-job-feed>` (DSFR tokens with light fallbacks; `--intra-job-feed-*` custom properties). */
import { css } from 'lit';

export const jobFeedStyles = css`
  :host {
    --_accent: var(--intra-job-feed-accent, var(--text-action-high-blue-france, #000091));
    --_gap: var(--intra-job-feed-gap, 1.5rem);
    --_card-min: var(--intra-job-feed-card-min-width, 20rem);
  }
  .card { padding: 1.5rem 1.5rem 1.75rem; gap: .5rem; }
  .card-title { font-size: 1.25rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); overflow-wrap: anywhere; }
  .card-title a { color: var(--_accent); text-decoration: none; }
  .card-title a:hover, .card-title a:focus-visible { text-decoration: underline; }
  /* External link mark, drawn with text (no image: strict CSP, forced colours). */
  .card-title a[target='_blank']::after { content: ' ↗'; font-weight: 400; }
  .employer { font-weight: 700; overflow-wrap: anywhere; }
  .place, .dates { font-size: .875rem; color: var(--text-mention-grey, #666); overflow-wrap: anywhere; }
  .tags { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0; }
  .closing { font-weight: 700; font-size: .875rem; color: var(--text-default-info, #0063cb); }
  .closing.soon { color: var(--text-default-warning, #b34000); }
  .closing.closed { color: var(--text-default-error, #ce0500); }
  .card.closed { background-color: var(--background-alt-grey, #f6f6f6); }
  .competences { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0; }
  .competences .tag { background-color: var(--background-contrast-green-emeraude, #c3fad5); }
  .why { margin-top: auto; padding-top: .5rem; }
  .why-button { min-height: 2rem; padding: .25rem .75rem; font-size: .875rem; }
  .why-button[aria-expanded='true']::after { content: ' −'; }
  .why-button[aria-expanded='false']::after { content: ' +'; }
  .explanation { font-size: .875rem; margin-top: .5rem; overflow-wrap: anywhere; }
  .more-row { display: flex; justify-content: center; margin-top: 2rem; }
  .state { padding: 2rem 0; }
  .state-title { font-size: 1.25rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); margin-bottom: .5rem; }
  .state .btn { margin-top: 1rem; }
  .skeleton .card { min-height: 12rem; }
  .skeleton .bar { display: block; height: 1rem; margin-top: 1rem; width: 80%; background-color: var(--background-contrast-grey, #eee); }
  .skeleton .bar.short { width: 50%; }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .card { animation: pulse 1.2s ease-in-out infinite alternate; }
    @keyframes pulse { from { opacity: 1; } to { opacity: .6; } }
  }
  @media (forced-colors: active) {
    .skeleton .bar { border: 1px solid CanvasText; }
    .closing, .closing.soon, .closing.closed { color: CanvasText; }
  }
`;
