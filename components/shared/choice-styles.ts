/** Styles of the form controls shared by `<intra-eligibility>` and `<intra-support-request>`. */
import { css } from 'lit';

/**
 * Fieldsets, radios and checkboxes (`.choice` wraps one native input and its label), DSFR-like: 1.5rem controls
 * in the DSFR blue, the label beside them, an error bar on the left of an invalid group (`.group-error`).
 *
 * Radios and checkboxes are drawn with the DSFR tokens, so that they follow the page's theme (data-fr-theme="dark"
 * changes the tokens; `color-scheme` cannot follow it into a shadow root, and native controls stayed white). DSFR
 * draws its tick with a data: SVG, which the documented CSP forbids (img-src 'self', decision 0023): ours is the
 * ::before of the box, an L of two borders turned 45°, in the DSFR's inverted text colour on the active blue (white
 * on #000091; #000091 on #8585f6 in the dark theme), sized in rem like the box. The state stays the native checkbox's,
 * for assistive technologies. In forced colours, the system's own controls.
 *
 * A module of its own (not components/shared/styles.ts): only the two form elements import it, so the CDN build puts
 * it in their shared chunk and the gallery and the job feed do not download it.
 */
export const choiceStyles = css`
  fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  legend { padding: 0; color: var(--text-label-grey, #161616); }
  .choices { display: flex; flex-direction: column; gap: .75rem; margin-top: .75rem; }
  .choices.inline { flex-direction: row; flex-wrap: wrap; gap: .75rem 2rem; }
  .choice { display: flex; align-items: flex-start; gap: .5rem; }
  .choice input {
    flex: none; width: 1.5rem; height: 1.5rem; margin: 0; cursor: pointer;
    accent-color: var(--background-active-blue-france, #000091);
  }
  .choice label { cursor: pointer; padding-top: 0; }
  .choice input[type='radio'], .choice input[type='checkbox'] {
    appearance: none; -webkit-appearance: none;
    border: 1px solid var(--border-action-high-blue-france, #000091);
    background-color: var(--background-default-grey, #fff);
  }
  .choice input[type='radio'] { border-radius: 50%; }
  .choice input[type='checkbox'] { border-radius: .25rem; }
  .choice input[type='radio']:checked {
    background-color: var(--background-active-blue-france, #000091);
    box-shadow: inset 0 0 0 .3125rem var(--background-default-grey, #fff);
  }
  .choice input[type='checkbox']:checked {
    border-color: var(--border-active-blue-france, #000091);
    background-color: var(--background-active-blue-france, #000091);
  }
  .choice input[type='checkbox']:checked::before {
    content: ''; display: block; box-sizing: border-box; width: .4375rem; height: .8125rem; margin: .125rem 0 0 .46875rem;
    border: solid var(--text-inverted-blue-france, #f5f5fe); border-width: 0 .125rem .125rem 0; transform: rotate(45deg);
  }
  .choice input[type='radio']:focus-visible, .choice input[type='checkbox']:focus-visible {
    outline: 2px solid var(--intra-focus-color, #0a76f6); outline-offset: 2px;
  }
  .group-error { padding-left: .75rem; box-shadow: inset 2px 0 0 0 var(--border-plain-error, #ce0500); }
  .error-text { display: block; font-size: .75rem; line-height: 1.25rem; color: var(--text-default-error, #ce0500); }
  .error-text::before { content: '⚠ '; }
  [aria-invalid='true']:is(input, select, textarea):not([type='radio'], [type='checkbox']) {
    box-shadow: inset 0 -2px 0 0 var(--border-plain-error, #ce0500);
  }
  @media (forced-colors: active) {
    .choice input[type='radio'], .choice input[type='checkbox'] { appearance: auto; -webkit-appearance: auto; }
    .choice input[type='checkbox']:checked::before { content: none; }
    .group-error { border-left: 2px solid CanvasText; }
    [aria-invalid='true']:is(input, select, textarea):not([type='radio'], [type='checkbox']) { border-width: 2px; }
  }
`;
