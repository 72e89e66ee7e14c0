/**
 * DSFR-token primitives shared by every element (design.md §4): card, tag, badge, buttons, input, select,
 * alert, visually-hidden, focus ring. They mirror DSFR 1.14 metrics and use the DSFR tokens with their
 * light value as fallback (`var(--text-default-grey, #3a3a3a)`), so a DSFR page (light or dark) gets its
 * exact colours and fonts and any other page still gets a clean look. DSFR itself is never bundled.
 *
 * Rules that hold for every primitive (docs/decisions/0023-csp-forced-colours-firefox.md):
 * - no `url()` image (a strict CSP's `img-src 'self'` blocks `data:` images) and no `:host-context()` (Firefox and
 *   Safari ignore it): what depends on the theme follows `currentColor` or a token;
 * - each frame drawn with a `box-shadow` (which forced colours drop) gets a system-colour border or outline in
 *   `@media (forced-colors: active)`;
 * - hover and focus states keep 4.5:1 for their text in DSFR light and dark (test/browser/themes.test.ts).
 */
import { css } from 'lit';

/** Host defaults, typography, focus ring and visually-hidden helper. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--text-default-grey, #3a3a3a);
    font-family: var(--intra-font-family, Marianne, arial, sans-serif);
    font-size: 1rem;
    line-height: 1.5rem;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  :focus-visible {
    outline: 2px solid var(--intra-focus-color, #0a76f6);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important;
    margin: -1px !important; overflow: hidden !important; clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important; border: 0 !important;
  }
  h2, h3, h4, p, ul, ol, figure { margin: 0; }
  a { color: var(--text-action-high-blue-france, #000091); text-decoration: underline; text-underline-offset: 2px; }
  a:hover { text-decoration-thickness: 2px; }
`;

/** Buttons: primary (`.btn`), secondary (`.btn.secondary`), tertiary (`.btn.tertiary`), small (`.sm`). */
export const buttonStyles = css`
  .btn {
    display: inline-flex; align-items: center; gap: .5rem; min-height: 2.5rem; padding: .5rem 1.5rem;
    border: 0; border-radius: 0; cursor: pointer; font: inherit; font-weight: 500; line-height: 1.5rem;
    color: var(--text-inverted-blue-france, #f5f5fe);
    background-color: var(--background-action-high-blue-france, #000091);
  }
  .btn:hover { background-color: var(--background-action-high-blue-france-hover, #1212ff); }
  .btn:active { background-color: var(--background-action-high-blue-france-active, #2323ff); }
  .btn.secondary, .btn.tertiary {
    color: var(--text-action-high-blue-france, #000091); background-color: transparent;
    box-shadow: inset 0 0 0 1px var(--border-action-high-blue-france, #000091);
  }
  .btn.tertiary { box-shadow: inset 0 0 0 1px var(--border-default-grey, #ddd); }
  /* DSFR's hover background, with the hover shade of the same blue for the text: the plain blue on the dark hover
     grey is 3.96:1 (#8585f6 on #343434), its hover shade 6.2:1 (#b1b1f9); light: #1212ff on #f6f6f6, 7.7:1. */
  .btn.secondary:hover, .btn.tertiary:hover {
    color: var(--background-action-high-blue-france-hover, #1212ff);
    background-color: var(--background-default-grey-hover, #f6f6f6);
  }
  .btn.sm { min-height: 2rem; padding: .25rem .75rem; font-size: .875rem; line-height: 1.5rem; }
  .btn[disabled] { cursor: not-allowed; color: var(--text-disabled-grey, #929292); background-color: var(--background-disabled-grey, #e5e5e5); box-shadow: none; }
  @media (forced-colors: active) {
    .btn { border: 1px solid ButtonText; }
    a.btn { border-color: LinkText; }
    .btn[disabled] { border-color: GrayText; }
  }
`;

/** Form fields: label, hint, input, select. */
export const fieldStyles = css`
  .field { display: flex; flex-direction: column; gap: .5rem; min-width: 0; }
  label, .label { display: block; color: var(--text-label-grey, #161616); font-weight: 400; }
  .hint { display: block; font-size: .75rem; line-height: 1.25rem; color: var(--text-mention-grey, #666); }
  input[type='search'], input[type='text'], input[type='email'], input[type='date'], input[type='number'], select, textarea {
    display: block; width: 100%; min-height: 2.5rem; padding: .5rem 1rem; margin: 0; font: inherit;
    color: var(--text-label-grey, #161616);
    background-color: var(--background-contrast-grey, #eee);
    border: 0; border-radius: .25rem .25rem 0 0;
    box-shadow: inset 0 -2px 0 0 var(--border-plain-grey, #3a3a3a);
    appearance: none;
  }
  /* The arrow: a chevron of two gradient strokes in the select's own text colour (currentColor), so it follows the
     theme (dark included) with no data: image and no host-context selector. */
  select {
    padding-right: 2.5rem;
    background-image:
      linear-gradient(45deg, transparent calc(50% - 1px), currentColor calc(50% - 1px), currentColor calc(50% + 1px), transparent calc(50% + 1px)),
      linear-gradient(-45deg, transparent calc(50% - 1px), currentColor calc(50% - 1px), currentColor calc(50% + 1px), transparent calc(50% + 1px));
    background-repeat: no-repeat;
    background-size: .375rem .375rem;
    background-position: calc(100% - 1.375rem + 1px) 50%, calc(100% - 1rem) 50%;
  }
  input::placeholder { color: var(--text-mention-grey, #666); font-style: italic; opacity: 1; }
  @media (forced-colors: active) {
    /* Forced colours drop box-shadows and gradients: a system-colour frame, and the native arrow of the select. */
    input[type='search'], input[type='text'], input[type='email'], input[type='date'], input[type='number'], select, textarea {
      border: 1px solid FieldText; border-bottom-width: 2px;
    }
    select { appearance: auto; }
  }
`;

/** Tags (`.tag`) and badges (`.badge`). */
export const tagStyles = css`
  .tag {
    display: inline-flex; align-items: center; min-height: 1.5rem; padding: .125rem .625rem; border-radius: 1rem;
    font-size: .75rem; line-height: 1.25rem; color: var(--text-action-high-grey, #161616);
    background-color: var(--background-action-low-blue-france, #e3e3fd);
  }
  .badge {
    display: inline-flex; align-items: center; padding: 0 .375rem; border-radius: .25rem; font-size: .75rem;
    line-height: 1.25rem; font-weight: 700; text-transform: uppercase;
    color: var(--text-default-info, #0063cb); background-color: var(--background-contrast-info, #e8edff);
  }
  @media (forced-colors: active) {
    .tag, .badge { border: 1px solid CanvasText; }
  }
`;

/** Alerts: `.alert` with `.error`, `.info`, `.success`, `.warning`. */
export const alertStyles = css`
  .alert {
    position: relative; padding: 1rem 1rem 1rem 3rem;
    box-shadow: inset 0 0 0 1px var(--border-plain-info, #0063cb), inset 2.5rem 0 0 0 var(--background-flat-info, #0063cb);
    background-color: var(--background-default-grey, #fff);
  }
  .alert::before { content: 'i'; position: absolute; left: 0; top: 1rem; width: 2.5rem; text-align: center;
    color: var(--text-inverted-grey, #fff); font-weight: 700; }
  .alert.error { box-shadow: inset 0 0 0 1px var(--border-plain-error, #ce0500), inset 2.5rem 0 0 0 var(--background-flat-error, #ce0500); }
  .alert.error::before { content: '!'; }
  .alert.success { box-shadow: inset 0 0 0 1px var(--border-plain-success, #18753c), inset 2.5rem 0 0 0 var(--background-flat-success, #18753c); }
  .alert.success::before { content: '✓'; }
  .alert.warning { box-shadow: inset 0 0 0 1px var(--border-plain-warning, #b34000), inset 2.5rem 0 0 0 var(--background-flat-warning, #b34000); }
  .alert.warning::before { content: '!'; }
  .alert-title { font-weight: 700; font-size: 1.125rem; line-height: 1.75rem; margin-bottom: .25rem; color: var(--text-title-grey, #161616); }
  @media (forced-colors: active) {
    .alert { border: 1px solid CanvasText; border-left-width: .5rem; }
  }
`;

/**
 * The layout of a filtered list of cards, shared by the gallery and the job feed: filters in a grid (the search box
 * wide), the count line, the skipped-records notice, the cards in columns of at least `--_card-min` (set by each
 * element from its `--intra-*-card-min-width`) with `--_gap` between them.
 */
export const listStyles = css`
  .filters {
    display: grid; gap: 1rem; align-items: end; margin-bottom: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .filters .search { grid-column: 1 / -1; }
  @media (min-width: 62em) { .filters .search { grid-column: span 2; } }
  .count { font-size: .875rem; color: var(--text-mention-grey, #666); margin-bottom: 1rem; }
  .notice { font-size: .75rem; line-height: 1.25rem; color: var(--text-mention-grey, #666); margin: -0.75rem 0 1rem; }
  .list {
    list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  .list > li { min-width: 0; }
`;

/** Card frame (`.card`), DSFR-like: grey border, bottom blue bar on hover of an enlarged link. */
export const cardStyles = css`
  .card {
    position: relative; display: flex; flex-direction: column; height: 100%;
    background-color: var(--background-default-grey, #fff);
    box-shadow: inset 0 0 0 1px var(--border-default-grey, #ddd), inset 0 -.25rem 0 0 var(--border-plain-blue-france, #000091);
  }
  /* Hover: DSFR's hover grey (#f6f6f6) in light; in dark its hover grey (#343434) leaves the mention grey and the
     action blue under 4.5:1, so the hover shade is --background-alt-grey (light #f6f6f6, dark #1e1e1e). */
  .card:hover { background-color: var(--background-alt-grey, #f6f6f6); }
  @media (forced-colors: active) {
    .card { border: 1px solid CanvasText; border-bottom-width: .25rem; }
  }
`;

