import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(vite) {
    // Our decorators are TypeScript's legacy ones (experimentalDecorators, useDefineForClassFields
    // false): point Vite 8's transformer at our tsconfig explicitly (docs/toolchain.md, pitfall 1).
    return {
      ...vite,
      tsconfig,
      // axe-core alone is ~660 kB: the default 500 kB warning is noise for a Storybook.
      build: { ...vite.build, chunkSizeWarningLimit: 1500 },
    };
  },
};

export default config;
