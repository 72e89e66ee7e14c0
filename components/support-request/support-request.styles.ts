/** Styles of `<intra-support-request>` (DSFR tokens with light fallbacks; `--intra-support-request-*` custom properties). */
import { css } from 'lit';

export const supportRequestStyles = css`
  :host {
    --_accent: var(--intra-support-request-accent, var(--text-action-high-blue-france, #000091));
    --_max: var(--intra-support-request-max-width, 48rem);
    --_gap: var(--intra-support-request-gap, 1.5rem);
  }
  .wrap { max-width: var(--_max); }
  .title { font-size: 1.375rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); margin-bottom: .75rem; }
  .title:focus { outline: none; }
  .title:focus-visible { outline: 2px solid var(--intra-focus-color, #0a76f6); outline-offset: 2px; }
  .sub-heading { font-size: 1.125rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); margin-bottom: .5rem; }
  .intro { font-size: .875rem; color: var(--text-mention-grey, #666); margin-bottom: 1rem; }
  .confidentiality {
    padding: .75rem 1rem; margin-bottom: var(--_gap); border-left: 4px solid var(--_accent);
    background-color: var(--background-alt-blue-france, #f5f5fe);
  }
  form { display: flex; flex-direction: column; gap: var(--_gap); }
  .optional { color: var(--text-mention-grey, #666); font-weight: 400; }
  .question > legend, .question > label { font-weight: 500; }
  .question .hint { margin-top: .25rem; }
  textarea { min-height: 8rem; resize: vertical; line-height: 1.5rem; }
  .field textarea, .field input { margin-top: 0; }
  .choice label .hint { margin-top: .125rem; }
  .summary { margin-bottom: var(--_gap); }
  .summary:focus { outline: none; }
  .summary ul { margin: .25rem 0 0; padding-left: 1.25rem; }
  .notice, .precheck-box, .recap, .queued-list {
    padding: 1rem 1.25rem; border-left: 4px solid var(--_accent);
    background-color: var(--background-alt-blue-france, #f5f5fe);
    overflow-wrap: anywhere;
  }
  .notice > * + *, .precheck-box > * + * { margin-top: .5rem; }
  .notice a, .precheck-box a { font-weight: 700; }
  /* The empty live region (it must stay rendered to announce the notice) takes no room: its gap is cancelled. */
  form > .live:empty { margin-top: calc(-1 * var(--_gap)); }
  /* The honeypot: out of sight, out of the layout (absolute: no flex gap) and out of the tab order; people never
     see it, form-filling bots do (not display:none, which bots skip). */
  .hp { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .consent { display: flex; flex-direction: column; gap: 1rem; }
  .consent > legend { font-weight: 700; margin-bottom: .25rem; }
  .draft { padding-top: 1rem; border-top: 1px solid var(--border-default-grey, #ddd); }
  .actions { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: .5rem; padding-bottom: 1.5rem; }
  .status-box > * + *, .receipt > * + *, .mailto > * + * { margin-top: 1rem; }
  .reference { font-size: 1.5rem; line-height: 2rem; font-weight: 700; letter-spacing: .02em; color: var(--text-title-grey, #161616); }
  .recap { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
  .recap dt { color: var(--text-mention-grey, #666); }
  .recap dd { margin: 0; white-space: pre-wrap; min-width: 0; }
  .queued-list { margin: 0; padding-left: 2rem; }
  .mailto textarea { min-height: 14rem; }
  .mailto input[readonly], .mailto textarea[readonly] { color: var(--text-default-grey, #3a3a3a); }
  @media (forced-colors: active) {
    .confidentiality, .notice, .precheck-box, .recap, .queued-list { border: 1px solid CanvasText; border-left-width: 4px; }
    .draft { border-top-color: CanvasText; }
  }
`;
