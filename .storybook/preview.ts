import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

/** `globals.theme` switches the DSFR light/dark tokens on the preview document (as `data-fr-theme` does on a DSFR page). */
const preview: Preview = {
  globalTypes: {
    theme: { description: 'Thème DSFR', toolbar: { title: 'Thème', items: ['light', 'dark'], dynamicTitle: true } },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = context.parameters.theme ?? context.globals.theme ?? 'light';
      document.documentElement.setAttribute('data-fr-theme', theme);
      // Storybook's iframe says lang="en"; a beta.gouv page is French (stories set `lang` on the element for English).
      document.documentElement.lang = context.parameters.lang ?? 'fr';
      document.body.style.background = 'var(--background-default-grey, #fff)';
      return story();
    },
  ],
};
export default preview;
