import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // Demo data (invented portraits, generated avatars) and the pinned DSFR CSS, served like on a site editor's page.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../node_modules/@gouvfr/dsfr/dist', to: '/dsfr' },
  ],
  core: { disableTelemetry: true },
};
export default config;
