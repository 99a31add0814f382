import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { configure, setLocale } from '../src/index.js';
import './themes.css';

type Manifest = {
  modules?: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
};

/**
 * Autodocs read `custom-elements.json` (written by `npm run analyze`, chained before every
 * Storybook command). Protected/private and static members are implementation details, not
 * controls a portal can set: drop them from the tables.
 */
function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => ({
        ...decl,
        members: decl.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest as Manifest));

const THEMES = ['default', 'high-contrast', 'large-text', 'largest-text'] as const;

/**
 * The unit's own name, page-wide as a portal sets it (`configure()`, as `<meta name="dvc-unit">`
 * would): every string that names the office shows it; `none` shows the generic words.
 */
const UNITS: Record<string, { unit?: string | Record<string, string>; centre?: string | Record<string, string> }> = {
  none: {},
  ward: { unit: { vi: 'phường Kim Long', en: 'Kim Long Ward', de: 'phường Kim Long' } },
  commune: {
    unit: 'xã Phú Vang',
    centre: { vi: 'Trung tâm Phục vụ hành chính công xã Phú Vang', en: 'the Public Administration Service Centre of Phú Vang Commune', de: 'Trung tâm Phục vụ hành chính công xã Phú Vang' },
  },
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'vi', right: '🇻🇳', title: 'Tiếng Việt' },
          { value: 'en', right: '🇬🇧', title: 'English' },
          { value: 'de', right: '🇩🇪', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    unit: {
      description: 'The unit’s own name, set page-wide (configure() or <meta name="dvc-unit">)',
      toolbar: {
        title: 'Unit',
        icon: 'home',
        items: [
          { value: 'ward', title: 'phường Kim Long (unit only)' },
          { value: 'commune', title: 'xã Phú Vang, with its centre' },
          { value: 'none', title: 'Not set (generic words)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme applied through the --dvc-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'large-text', title: 'Large text (150 %)' },
          { value: 'largest-text', title: 'Large text (200 %)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'vi',
    unit: 'ward',
    theme: 'default',
  },
  // The strings of the chosen locale are loaded before the story renders, so a Vietnamese story
  // never paints English first (docs/toolchain.md, pitfall 9).
  loaders: [
    async ({ globals }) => {
      const { unit, centre } = UNITS[String(globals.unit)] ?? UNITS.ward;
      configure({ unit, centre });
      const locale = await setLocale(String(globals.locale ?? 'vi'));
      document.documentElement.lang = locale;
      return { locale };
    },
  ],
  decorators: [
    (story, { globals }) => {
      const theme = (THEMES as readonly string[]).includes(globals.theme) ? globals.theme : 'default';
      return html`<div class="dvc-sb-theme dvc-sb-theme--${theme}">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // A violation fails the story (in the test panel, the smoke script and any test runner).
      test: 'error',
      config: {
        // 7:1 text contrast (WCAG AAA) on top of axe's default 4.5:1 (docs/toolchain.md, pitfall 13).
        rules: [{ id: 'color-contrast-enhanced', enabled: true }],
      },
      options: {
        rules: { 'color-contrast-enhanced': { enabled: true } },
      },
    },
  },
};

export default preview;
