import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { countReporter } from './test/fixtures/count-reporter.mjs';
import { fixtureMiddleware } from './test/fixtures/http-fixture.mjs';
import { mediaFeaturesPlugin } from './test/fixtures/media-plugin.mjs';
import { permissionsPlugin } from './test/fixtures/permissions-plugin.mjs';
import { screenshotPlugin } from './test/fixtures/screenshot-plugin.mjs';
import { referenceServerMiddleware, serverCommandsPlugin } from './test/fixtures/server-commands.mjs';

/** Mounts node request handlers in the dev server, so tests talk real HTTP (server/README.md, Tests). */
const mounts = [fixtureMiddleware, referenceServerMiddleware];

/**
 * The screenshot comparison runs apart, alone (npm test does it after the rest: scripts/test.mjs):
 * a tab in the background draws no frames, and with two files at once its screenshots hung.
 */
export const SCREENSHOT_TESTS = 'test/core/host-css.test.ts';

export default {
  files: ['test/**/*.test.ts', `!${SCREENSHOT_TESTS}`],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 120_000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: CHROME_ARGS, headless: true },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), mediaFeaturesPlugin(), permissionsPlugin(), screenshotPlugin(), serverCommandsPlugin()],
  middleware: mounts,
  testFramework: { config: { timeout: 4000 } },
  // Parts are fetched as soon as the first screen is drawn, as before `prefetchDelay` (src/core/part.ts)
  // deferred them: a test that mounts a widget does not wait a second for its part. The delay's
  // own tests set it on their widget's class. The tests' imports of part.js arrive as part.ts: the same module.
  testRunnerHtml: (testFramework) =>
    `<html><body><script type="module">import { LazyElement } from '/src/core/part.ts'; LazyElement.prefetchDelay = 0;</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter(process.env.WTR_RESULTS ?? '.test-results/browser.json')],
};
