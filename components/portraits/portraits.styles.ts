/** Styles of `<intra-portraits>` (DSFR tokens with light fallbacks; `--intra-portraits-*` custom properties). */
import { css } from 'lit';

export const portraitsStyles = css`
  :host {
    --_accent: var(--intra-portraits-accent, var(--text-action-high-blue-france, #000091));
    --_avatar: var(--intra-portraits-avatar-size, 4rem);
    --_gap: var(--intra-portraits-gap, 1.5rem);
    --_card-min: var(--intra-portraits-card-min-width, 16rem);
  }
  .card { padding: 1.5rem 1.5rem 1.75rem; gap: .5rem; }
  .avatar {
    display: inline-flex; align-items: center; justify-content: center; flex: none;
    width: var(--_avatar); height: var(--_avatar); border-radius: 50%; object-fit: cover;
    font-weight: 700; font-size: calc(var(--_avatar) * .35); letter-spacing: .02em;
    color: var(--text-title-grey, #161616); background-color: var(--background-contrast-grey, #eee);
  }
  .avatar.neutral { color: var(--text-mention-grey, #666); }
  /* Initials avatars: one DSFR illustrative "contrast" colour per portrait, from the fixed palette AVATAR_TONES
     (portraits.ts); classes rather than a style attribute, so the element runs under style-src 'self'. */
  .avatar.tone-green-tilleul-verveine { background-color: var(--background-contrast-green-tilleul-verveine, var(--intra-avatar-fallback, #fceeac)); }
  .avatar.tone-green-emeraude { background-color: var(--background-contrast-green-emeraude, var(--intra-avatar-fallback, #c3fad5)); }
  .avatar.tone-blue-ecume { background-color: var(--background-contrast-blue-ecume, var(--intra-avatar-fallback, #e9edfe)); }
  .avatar.tone-purple-glycine { background-color: var(--background-contrast-purple-glycine, var(--intra-avatar-fallback, #fee7fc)); }
  .avatar.tone-pink-macaron { background-color: var(--background-contrast-pink-macaron, var(--intra-avatar-fallback, #fee9e6)); }
  .avatar.tone-yellow-tournesol { background-color: var(--background-contrast-yellow-tournesol, var(--intra-avatar-fallback, #feecc2)); }
  .avatar.tone-orange-terre-battue { background-color: var(--background-contrast-orange-terre-battue, var(--intra-avatar-fallback, #fee9e5)); }
  .avatar.tone-brown-cafe-creme { background-color: var(--background-contrast-brown-cafe-creme, var(--intra-avatar-fallback, #f7ecdb)); }
  .card-title { font-size: 1.25rem; line-height: 1.75rem; font-weight: 700; margin-top: .5rem; color: var(--text-title-grey, #161616); }
  .card-title a { color: var(--_accent); text-decoration: none; }
  .card-title a:hover, .card-title a:focus-visible { text-decoration: underline; }
  .card-title a::after { content: ''; }
  .headline { font-size: .875rem; line-height: 1.5rem; color: var(--text-default-grey, #3a3a3a); }
  .tags { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .25rem; }
  .startups { font-size: .875rem; line-height: 1.5rem; margin-top: auto; padding-top: .5rem; }
  .startups-label { color: var(--text-mention-grey, #666); }
  .more-row { display: flex; justify-content: center; margin-top: 2rem; }
  .state { padding: 2rem 0; }
  .state-title { font-size: 1.25rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey, #161616); margin-bottom: .5rem; }
  .state .btn { margin-top: 1rem; }
  .alert-actions { margin-top: .75rem; }
  /* Skeleton sized like the loaded gallery (issue 10, CLS): a card's height, the filters' and "Voir plus" boxes. */
  .skeleton .card { min-height: var(--intra-portraits-skeleton-card-height, 19.5rem); }
  .skeleton .bar.title { height: 1.75rem; width: 60%; }
  .skeleton .bar.input { height: 2.5rem; width: 100%; margin-top: .5rem; }
  .skeleton .bar.more { height: 2.5rem; width: 10rem; margin: 0; }
  .more-row.skeleton { min-height: 2.5rem; }
  .skeleton .avatar, .skeleton .bar { background-color: var(--background-contrast-grey, #eee); }
  .skeleton .bar { display: block; height: 1rem; margin-top: 1rem; width: 80%; }
  .skeleton .bar.short { width: 50%; }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .card { animation: pulse 1.2s ease-in-out infinite alternate; }
    @keyframes pulse { from { opacity: 1; } to { opacity: .55; } }
  }

  dialog {
    width: min(100% - 2rem, var(--intra-portraits-dialog-width, 48rem)); max-height: calc(100% - 2rem);
    padding: 0; border: 0; color: var(--text-default-grey, #3a3a3a);
    background-color: var(--background-lifted-grey, var(--background-default-grey, #fff));
    box-shadow: 0 6px 18px 0 rgba(0, 0, 18, .16);
  }
  dialog::backdrop { background-color: rgba(22, 22, 22, .64); }
  .dialog-body { padding: 1rem 2rem 2rem; }
  .dialog-header { display: flex; justify-content: flex-end; margin: 0 -1rem .5rem 0; }
  .dialog-id { display: flex; gap: 1.5rem; align-items: center; margin-bottom: 1.5rem; }
  .dialog-id .avatar { --_avatar: 6rem; }
  #dialog-title { font-size: 1.75rem; line-height: 2.25rem; font-weight: 700; color: var(--text-title-grey, #161616); }
  .section-title { font-size: 1.125rem; line-height: 1.75rem; font-weight: 700; margin: 1.5rem 0 .5rem; color: var(--text-title-grey, #161616); }
  .narrative + .narrative { margin-top: .75rem; }
  .chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
  .timeline { list-style: none; padding: 0 0 0 1.5rem; margin: 0; border-left: 2px solid var(--border-default-grey, #ddd); }
  .step { position: relative; display: flex; flex-direction: column; padding: 0 0 1.25rem .5rem; }
  .step::before {
    content: ''; position: absolute; left: -2.05rem; top: .35rem; width: .85rem; height: .85rem; border-radius: 50%;
    background-color: var(--background-default-grey, #fff); border: 2px solid var(--border-plain-grey, #3a3a3a);
  }
  .step.pendant::before { background-color: var(--_accent); border-color: var(--_accent); }
  .stage { font-size: .75rem; line-height: 1.25rem; font-weight: 700; text-transform: uppercase; color: var(--text-mention-grey, #666); }
  .step-title { font-weight: 700; color: var(--text-title-grey, #161616); }
  .step-org, .step-dates, .step-startups { font-size: .875rem; }
  .step-dates { color: var(--text-mention-grey, #666); }
  .published { margin-top: 1.5rem; font-size: .75rem; color: var(--text-mention-grey, #666); }
  @media (max-width: 36em) {
    .dialog-body { padding: .75rem 1.25rem 1.5rem; }
    .dialog-id { flex-direction: column; align-items: flex-start; gap: 1rem; }
    .dialog-id .avatar { --_avatar: 4.5rem; }
    #dialog-title { font-size: 1.5rem; line-height: 2rem; }
  }
  @media (forced-colors: active) {
    dialog { border: 1px solid CanvasText; }
    .avatar.initials, .skeleton .avatar, .skeleton .bar { border: 1px solid CanvasText; }
  }
`;
