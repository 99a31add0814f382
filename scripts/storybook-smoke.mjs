// `npm run smoke`: opens every story of the built Storybook (storybook-static/) in Chromium, in
// Vietnamese, and fails on a page error, a console error, a story that errors or never finishes,
// any axe violation reported by addon-a11y, a request that leaves the local server, or the English
// source text of a message showing in `vi`. Also fails when there are no stories at all.
// Run `npm run build-storybook` first. Writes .test-results/storybook.json ({ passed, failed, failures }).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { firstLine, forbiddenEnglish, serve } from './page-kit.mjs';

const ROOT = resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
// Storybook globals for every story; `locale:vi` is the point. Another theme can be checked with
// e.g. STORYBOOK_SMOKE_GLOBALS='locale:vi;theme:high-contrast'.
const GLOBALS = process.env.STORYBOOK_SMOKE_GLOBALS ?? 'locale:vi';
const LOCALE = /(?:^|;)locale:([\w-]+)/.exec(GLOBALS)?.[1] ?? 'vi';
const PARALLEL = 2;
const STORY_TIMEOUT_MS = 15_000;
const RESULT_FILE = '.test-results/storybook.json';

/**
 * Runs in the page before Storybook: hooks the preview's channel (Storybook assigns it to
 * `globalThis.__STORYBOOK_ADDONS_CHANNEL__`) and records the render events, the a11y report that
 * `storyFinished` carries, and — on every frame until then — any forbidden English on screen,
 * shadow roots included.
 */
function pageProbe(forbidden) {
  const state = { finished: null, errors: [], english: null };
  window.__dvcSmoke = state;

  const deepText = (node, out) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue);
    if (node.shadowRoot) deepText(node.shadowRoot, out);
    for (const child of node.childNodes) deepText(child, out);
    return out;
  };
  const scan = () => {
    const root = document.getElementById('storybook-root') ?? document.body;
    if (!root || state.english) return;
    const text = deepText(root, []).join(' ').replace(/\s+/g, ' ');
    const hit = forbidden.find((t) => text.includes(t));
    if (hit) state.english = hit;
  };
  const everyFrame = () => {
    scan();
    if (!state.finished) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  // A story of an element whose module never ran (e.g. dropped as side-effect free) renders an
  // empty unknown element: axe finds nothing wrong with that, so look for it explicitly.
  const undefinedElements = (root) => {
    const found = new Set();
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-') && !customElements.get(el.localName)) found.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return [...found];
  };
  const message = (e) => (e && typeof e === 'object' ? e.message || e.title || e.description || JSON.stringify(e) : String(e));
  const hook = (channel) => {
    if (!channel || typeof channel.on !== 'function' || channel.__dvcSmoke) return;
    channel.__dvcSmoke = true;
    const failures = {
      storyErrored: 'story errored',
      storyThrewException: 'story threw',
      storyMissing: 'story missing',
      playFunctionThrewException: 'play function threw',
      unhandledErrorsWhilePlaying: 'unhandled errors while playing',
    };
    for (const [event, label] of Object.entries(failures)) {
      channel.on(event, (...args) => state.errors.push(`${label}: ${args.map(message).join('; ')}`));
    }
    channel.on('storyFinished', (payload) => {
      scan();
      const reports = (payload?.reporters ?? []).map((r) => ({
        type: r.type,
        status: r.status,
        error: r.result?.error ? message(r.result.error) : null,
        violations: (r.result?.violations ?? []).map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: (v.nodes ?? []).map((n) => (Array.isArray(n.target) ? n.target.flat().join(' ') : String(n.target))),
        })),
      }));
      state.finished = {
        status: payload?.status,
        reports,
        errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
        undefinedElements: undefinedElements(document.getElementById('storybook-root') ?? document.body),
      };
    });
  };
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = value;
      hook(value);
    },
  });
}

async function checkStory(context, base, entry, forbidden) {
  const reasons = [];
  const page = await context.newPage();
  // Nothing may leave the local server: no fonts, analytics or CDNs, from a story or Storybook.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || /^(data|blob):/.test(url)) return route.continue();
    reasons.push(`external request: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => reasons.push(`page error: ${firstLine(e.message)}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The blocked external request already has its own reason.
    if (/ERR_BLOCKED_BY_CLIENT/.test(msg.text())) return;
    reasons.push(`console error: ${firstLine(msg.text())}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) reasons.push(`HTTP ${res.status()} ${res.url().replace(base, '')}`);
  });
  await page.addInitScript(pageProbe, forbidden);
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=${GLOBALS}`;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    await page.waitForFunction(() => window.__dvcSmoke?.finished, null, {
      timeout: STORY_TIMEOUT_MS,
      polling: 50,
    });
    const state = await page.evaluate(() => window.__dvcSmoke);
    const { finished } = state;
    reasons.push(...state.errors);
    if (finished.status !== 'success') reasons.push(`story finished with status "${finished.status}"`);
    if (finished.errorDisplay) reasons.push('Storybook shows its error display');
    for (const tag of finished.undefinedElements) reasons.push(`<${tag}> is not defined`);
    const a11y = finished.reports.filter((r) => r.type === 'a11y');
    if (a11y.length === 0) reasons.push('no addon-a11y report (a11y checks did not run)');
    for (const report of a11y) {
      if (report.error) reasons.push(`a11y run failed: ${report.error}`);
      for (const v of report.violations) {
        reasons.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
      }
      if (report.status !== 'passed' && report.violations.length === 0 && !report.error) {
        reasons.push(`a11y report status "${report.status}"`);
      }
    }
    if (state.english) reasons.push(`English text on screen in ${LOCALE}: "${state.english}"`);
  } catch (e) {
    const state = await page.evaluate(() => window.__dvcSmoke).catch(() => null);
    reasons.push(...(state?.errors ?? []));
    reasons.push(/Timeout/i.test(e.message) ? `no storyFinished within ${STORY_TIMEOUT_MS / 1000} s` : firstLine(e.message));
  } finally {
    await page.close().catch(() => {});
  }
  return [...new Set(reasons)];
}

function finish(passed, failed, failures = []) {
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(RESULT_FILE, `${JSON.stringify({ passed, failed, failures })}\n`);
  process.exit(failed ? 1 : 0);
}

async function main() {
  const started = Date.now();
  const indexFile = join(ROOT, 'index.json');
  if (!existsSync(indexFile)) {
    console.log(`✗ ${indexFile} is missing: run \`npm run build-storybook\` first.`);
    finish(0, 1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter((e) => e.type === 'story');
  if (stories.length === 0) {
    console.log(`✗ no stories in ${indexFile}`);
    finish(0, 1);
  }

  const forbidden = LOCALE === 'vi' ? forbiddenEnglish() : [];
  const server = await serve(ROOT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const context = await browser.newContext({ locale: 'vi-VN', reducedMotion: 'reduce' });
  let passed = 0;
  const failures = [];
  const queue = [...stories];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const reasons = await checkStory(context, base, entry, forbidden);
      if (reasons.length === 0) {
        passed++;
        console.log(`✓ ${entry.id}`);
      } else {
        failures.push(`${entry.id}: ${reasons.join(' | ')}`);
        console.log(`✗ ${failures.at(-1)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, stories.length) }, worker));
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
  console.log(`(${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  finish(passed, failures.length, failures);
}

main().catch((e) => {
  console.log(`✗ storybook smoke crashed: ${e.stack ?? e}`);
  finish(0, 1);
});
