// Issue 5's "done when", end to end: the demo pages with the CDN build — the board live against a
// reference server started with `--simulate`, calling and speaking numbers (a recording
// `speechSynthesis`: headless Chromium has no voices); the kiosk and the portal page take a number
// from a quiet server, where nobody calls it before the test has looked at it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { halt, launch } from '../fixtures/server-commands.mjs';

let server;
let quiet;
let browser;

before(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dvc-e2e-queue-')), 'dvc.sqlite');
  server = await launch({ port: 0, db, env: { STAFF_TOKEN: 'e2e-token', SIMULATE: '1', SIMULATE_MS: '100' } });
  quiet = await launch({ port: 0, db: join(mkdtempSync(join(tmpdir(), 'dvc-e2e-quiet-')), 'dvc.sqlite'), env: { STAFF_TOKEN: 'e2e-token' } });
  browser = await chromium.launch({ executablePath: findChrome({ install: false }), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  if (server) await halt(server, 'SIGTERM');
  if (quiet) await halt(quiet, 'SIGTERM');
});

/**
 * A Vietnamese voice that, like a real browser, refuses to speak before the page has had a user
 * gesture; it records what it says. (A real click counts as the gesture here: Playwright's own
 * script evaluation would already set `navigator.userActivation`.)
 */
function installSpeech() {
  const spoken = [];
  let gesture = false;
  addEventListener('click', () => (gesture = true), true);
  const synth = new EventTarget();
  Object.assign(synth, {
    getVoices: () => [{ lang: 'vi-VN', name: 'Tiếng Việt', default: true, localService: true, voiceURI: 'vi' }],
    speak(u) {
      if (!gesture) return setTimeout(() => u.onerror?.({ error: 'not-allowed' }));
      spoken.push({ text: u.text, lang: u.lang });
      setTimeout(() => u.onend?.({}), 20);
    },
    cancel() {},
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__spoken = spoken;
}

async function open(path, init, base = server) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  if (init) await page.addInitScript(init);
  await page.goto(`${base.url}${path}`);
  return { page, problems };
}

/** Takes a number for the first service through the page's ticket widget; resolves with it. */
async function takeNumber(page) {
  const ticket = page.locator('dvc-queue-ticket');
  await ticket.locator('.choice').first().click({ timeout: 5000 });
  // A person reads the confirmation first; a press within 400 ms of a new page counts as a double tap.
  await page.waitForTimeout(450);
  await ticket.getByRole('button', { name: 'Lấy số', exact: true }).click();
  await ticket.locator('.number').waitFor({ timeout: 5000 });
  return ticket.locator('.number').textContent();
}

describe('queue demo pages, live', () => {
  it('/board calls numbers on screen and, after "Enable sound", speaks them in Vietnamese digit by digit', async () => {
    const { page, problems } = await open('/board', installSpeech);
    const board = page.locator('dvc-queue-board');
    const big = board.locator('.big');
    await big.waitFor({ timeout: 5000 });
    const first = await big.textContent();
    await page.waitForFunction((n) => document.querySelector('dvc-queue-board').shadowRoot.querySelector('.big')?.textContent !== n, first, { timeout: 5000 });
    // Blocked until a gesture, as on a real TV browser: the board offers the one-time button.
    await board.getByRole('button', { name: 'Bật âm thanh' }).click({ timeout: 5000 });
    const said = await page.waitForFunction(() => window.__spoken.find((s) => s.text.startsWith('Xin mời công dân có số thứ tự')), null, { timeout: 5000 });
    const { text, lang } = await said.jsonValue();
    assert.equal(lang, 'vi-VN');
    assert.match(text, /số thứ tự [A-Z], (không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)(, (không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín))+ đến /);
    assert.equal(await board.getByRole('button', { name: 'Bật âm thanh' }).count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/board fills a 1280 × 720 and a 1920 × 1080 TV: no scrolling, the lists beside the latest call, the number large', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${server.url}/board`);
      // A full recent list (the simulation calls every 100 ms): the board at its tallest.
      await page.waitForFunction(() => document.querySelector('dvc-queue-board')?.shadowRoot?.querySelectorAll('.recent li').length >= 8, null, { timeout: 5000 });
      const seen = await page.evaluate(() => {
        const root = document.querySelector('dvc-queue-board').shadowRoot;
        const [now, cols] = ['.now', '.cols'].map((s) => root.querySelector(s).getBoundingClientRect());
        const { scrollWidth, scrollHeight } = document.documentElement;
        return { scrollWidth, scrollHeight, beside: cols.left >= now.right, big: root.querySelector('.big').getBoundingClientRect().height };
      });
      assert.deepEqual([seen.scrollWidth, seen.scrollHeight], [width, height], `the board scrolls at ${width} × ${height}`);
      assert.equal(seen.beside, true, `the lists are under the latest call at ${width} × ${height}`);
      assert.ok(seen.big >= height / 8, `the number is ${seen.big} px high on a ${height} px screen`);
      await page.close();
    }
  });

  it('/kiosk fills a 1080 × 1920 portrait screen with one big button per service, without scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(`${quiet.url}/kiosk`);
    const choices = page.locator('dvc-queue-ticket .choice');
    await choices.first().waitFor({ timeout: 5000 });
    const boxes = await choices.evaluateAll((list) => list.map((b) => b.getBoundingClientRect().toJSON()));
    assert.ok(boxes.length >= 2);
    // Below the heading, the buttons take most of the screen, each a large target.
    assert.ok(boxes.at(-1).bottom - boxes[0].top >= 0.75 * 1920, `the buttons span ${boxes.at(-1).bottom - boxes[0].top} px`);
    for (const b of boxes) assert.ok(b.height >= 200 && b.width >= 0.8 * 1080, `a button of ${b.width} × ${b.height} px`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), 1920);
    assert.equal(await page.locator('a[href*="/api/"]').count(), 0);
    await page.close();
  });

  it('/kiosk takes a number: the ticket with its QR code and a print button', async () => {
    const { page, problems } = await open('/kiosk', undefined, quiet);
    const ticket = page.locator('dvc-queue-ticket');
    assert.match(await takeNumber(page), /^[A-Z]-\d{3}$/);
    await ticket.locator('svg.qr').waitFor({ timeout: 5000 });
    assert.equal(await ticket.getByRole('button', { name: 'In phiếu' }).count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/ takes a number on the portal page and follows it live', async () => {
    const { page, problems } = await open('/', undefined, quiet);
    const number = await takeNumber(page);
    // Kept with `persist`: a reload follows the same number.
    await page.reload();
    await page.locator('dvc-queue-ticket .number').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('dvc-queue-ticket .number').textContent(), number);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
