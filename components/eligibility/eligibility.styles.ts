/** Styles of `<intra-eligibility>` (DSFR tokens with light fallbacks; `--intra-eligibility-*` custom properties). */
import { css } from 'lit';

export const eligibilityStyles = css`
  :host {
    --_accent: var(--intra-eligibility-accent, var(--text-action-high-blue-france, #000091));
    --_max: var(--intra-eligibility-max-width, 48rem);
    --_gap: var(--intra-eligibility-gap, 1.5rem);
  }
  .wrap { max-width: var(--_max); }
  .optional { color: var(--text-mention-grey, #666); font-weight: 400; }
  .step-count { font-size: .875rem; line-height: 1.5rem; color: var(--text-mention-grey, #666); margin-bottom: .25rem; }
  .progress { display: flex; gap: .5rem; margin-bottom: 1.5rem; }
  .progress span { flex: 1; height: .5rem; background-color: var(--background-contrast-grey, #eee); }
  .progress span.done { background-color: var(--_accent); }
  .group > legend {
    font-size: 1.375rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616);
    margin-bottom: 1rem;
  }
  .group > legend:focus { outline: none; }
  .group > legend:focus-visible { outline: 2px solid var(--intra-focus-color, #0a76f6); outline-offset: 2px; }
  .questions { display: flex; flex-direction: column; gap: var(--_gap); }
  .question > legend, .question > label { font-weight: 500; }
  .question .hint { margin-top: .25rem; }
  .question > input, .question > textarea, .date-row input { margin-top: .5rem; }
  .number-row { display: flex; align-items: center; gap: .75rem; margin-top: .5rem; }
  .number-row input { max-width: 8rem; margin: 0; }
  /* Every date input has the same width, with or without the "en cours" checkbox. */
  .question input[type='date'] { max-width: 14rem; }
  .ongoing { margin-top: .75rem; }
  .ongoing-or { display: block; margin-top: .75rem; font-size: .875rem; color: var(--text-mention-grey, #666); }
  .summary { margin-bottom: 1.5rem; }
  .summary:focus { outline: none; }
  .summary:focus-visible { outline: 2px solid var(--intra-focus-color, #0a76f6); outline-offset: 2px; }
  .summary ul { margin: .25rem 0 0; padding-left: 1.25rem; }
  /* Space under the buttons too (DSFR's button groups keep 1rem under each button): on a narrow page the next
     heading of the page otherwise touches them. */
  .actions { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 2rem; padding-bottom: 1.5rem; }
  .verdict-title { font-size: 1.25rem; line-height: 1.75rem; margin-bottom: .25rem; font-weight: 700; color: var(--text-title-grey, #161616); }
  .verdict-title:focus { outline: none; }
  .verdict-title:focus-visible { outline: 2px solid var(--intra-focus-color, #0a76f6); outline-offset: 2px; }
  .verdict > * + * { margin-top: var(--_gap); }
  .verdict .sub-heading { font-size: 1.125rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); margin-bottom: .5rem; }
  .criteria { list-style: none; padding: 0; margin: .75rem 0 0; display: flex; flex-direction: column; gap: 1rem; }
  .criterion { padding: 1rem 1.25rem; background-color: var(--background-alt-grey, #f6f6f6); }
  .criterion-label { font-weight: 700; color: var(--text-title-grey, #161616); }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 0; font-size: .875rem; }
  .facts dt { color: var(--text-mention-grey, #666); }
  .facts dd { margin: 0; }
  /* Long unbroken words (a pasted URL, a long administration name) wrap instead of widening the grid. */
  .facts > *, .criterion, .counterfactual, .redirect, .next-step, .suggestions li { min-width: 0; overflow-wrap: anywhere; }
  .select-row select { margin-top: .5rem; max-width: 100%; }
  .counterfactual, .redirect, .next-step {
    padding: 1rem 1.25rem; border-left: 4px solid var(--_accent);
    background-color: var(--background-alt-blue-france, #f5f5fe);
  }
  .counterfactual > * + *, .redirect > * + *, .next-step > * + * { margin-top: .75rem; }
  .redirect a { font-weight: 700; }
  .redirect .hint { margin-top: .5rem; font-size: .875rem; }
  .cf-title { font-weight: 700; color: var(--text-title-grey, #161616); }
  .suggestions { padding-left: 1.25rem; margin: 0; }
  .suggestions li + li { margin-top: .5rem; }
  details summary { cursor: pointer; font-weight: 500; color: var(--_accent); }
  details .criteria { margin-top: 1rem; }
  .state { padding: 2rem 0; }
  .alert-actions { margin-top: .75rem; }
  .alert ul { margin: .5rem 0 0; padding-left: 1.25rem; }
  @media (forced-colors: active) {
    /* Backgrounds are forced to Canvas: frames in system colours (the done steps filled with Highlight). */
    .progress span { border: 1px solid CanvasText; }
    .progress span.done { background-color: Highlight; border-color: Highlight; }
    .criterion { border: 1px solid CanvasText; }
    .counterfactual, .redirect, .next-step { border: 1px solid CanvasText; border-left-width: 4px; }
  }
`;
