// "Never lose what they typed": the feedback form on the demo portal page, after the citizen leaves
// the page and comes back (history navigation that reloads the page: the back/forward cache is off,
// as it is for many pages), shows what was typed again — and a shared kiosk keeps nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { halt, launch } from '../fixtures/server-commands.mjs';

let server;
let browser;

before(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dvc-e2e-restore-')), 'dvc.sqlite');
  server = await launch({ port: 0, db, env: { STAFF_TOKEN: 'e2e-token' } });
  browser = await chromium.launch({ executablePath: findChrome({ install: false }), args: [...CHROME_ARGS, '--disable-features=BackForwardCache'] });
});

after(async () => {
  await browser?.close();
  if (server) await halt(server, 'SIGTERM');
});

/** Rates 4, types a comment, goes to another page and back; resolves with what the form shows. */
async function leaveAndReturn(kiosk) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  const form = page.locator('dvc-feedback-form');
  if (kiosk) await form.evaluate((el) => (el.kiosk = true));
  await form.locator('input[name=overall][value="4"]').check();
  await form.locator('textarea').first().fill('Cán bộ rất nhiệt tình');
  // The form hands its state to the browser when it has drawn what was typed (a person is never
  // faster than that; a script navigating at once can be).
  await form.evaluate((el) => el.updateComplete);
  await page.goto(`${server.url}/board`);
  await page.goBack();
  const textarea = form.locator('textarea').first();
  await textarea.waitFor();
  // The browser hands the state back as the element upgrades, and the form takes it once the rest
  // of it has loaded: wait for the comment, or — where nothing must come back — a moment.
  for (const end = Date.now() + (kiosk ? 300 : 1500); Date.now() < end && !(await textarea.inputValue()); ) await page.waitForTimeout(50);
  const shown = { comment: await textarea.inputValue(), rated: await form.locator('input[name=overall][value="4"]').isChecked() };
  await page.close();
  return shown;
}

describe('feedback form across history navigation', () => {
  it('shows the rating and the comment again after going back to the page', async () => {
    assert.deepEqual(await leaveAndReturn(false), { comment: 'Cán bộ rất nhiệt tình', rated: true });
  });

  it('keeps nothing on a shared kiosk', async () => {
    assert.deepEqual(await leaveAndReturn(true), { comment: '', rated: false });
  });
});
