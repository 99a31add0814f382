// The demo portal page used the way citizens use a phone: a reload while an application is being
// sent, the phone's Back and Forward buttons, a double tap. Real Chromium, the CDN build under the
// page's Content-Security-Policy, the reference server as a child process with its own database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { halt, launch } from '../fixtures/server-commands.mjs';

let server;
let browser;
let db;

before(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'dvc-e2e-real-use-')), 'dvc.sqlite');
  server = await launch({ port: 0, db, env: { STAFF_TOKEN: 'e2e-token', RATE_LIMIT_TICKETS: '1000/1min' } });
  browser = await chromium.launch({ executablePath: findChrome({ install: false }), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  if (server) await halt(server, 'SIGTERM');
});

const count = (sql) => {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).pluck().get();
  } finally {
    conn.close();
  }
};

/** A phone-sized page of the demo portal (touch, 390 px), with the page's own errors collected; `kiosk` as if the page's HTML said so. */
async function phone(path = '/', { kiosk = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  if (kiosk) {
    await page.addInitScript(() =>
      new MutationObserver(() => document.querySelector('dvc-procedure-wizard:not([kiosk])')?.setAttribute('kiosk', '')).observe(document, { childList: true, subtree: true }),
    );
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}${path}`);
  return { page, errors, close: () => context.close() };
}

const wizard = (page) => page.locator('dvc-procedure-wizard');
const heading = (page) => wizard(page).locator('h2').first().textContent();
const view = (page) => wizard(page).evaluate((el) => `${el.state.view}${el.state.stepId ? `:${el.state.stepId}` : ''}`);

/** Waits until the wizard shows `wanted` (a view, or `step:<id>`). */
async function reaches(page, wanted) {
  for (const end = Date.now() + 1800; ; ) {
    const now = await view(page);
    if (now === wanted || (wanted === 'step' && now.startsWith('step:'))) return now;
    if (Date.now() > end) throw new Error(`the wizard shows ${now}, not ${wanted}`);
    await page.waitForTimeout(20);
  }
}

/** A procedure of the catalogue whose second question page has a required question. */
async function twoStepProcedure() {
  const catalog = await (await fetch(`${server.url}/api/procedures`)).json();
  for (const { code } of catalog) {
    const def = await (await fetch(`${server.url}/api/procedures/${code}`)).json();
    const plain = def.steps.filter((s) => !s.visibleIf);
    if (plain.length > 1 && plain[1] === def.steps[1] && def.steps[1].fields.some((f) => f.required)) return def;
  }
  throw new Error('no procedure with two plain question pages in the catalogue');
}

/** Opens `code` from the picker and waits for its overview. */
async function choose(page, code) {
  await wizard(page).locator(`[part=picker] button:has-text("(${code})")`).click();
  await reaches(page, 'overview');
}

/** Answers every question of the page shown, as a person would (typing, ticking), with valid answers. */
function answerPage(page) {
  return wizard(page).evaluate(async (el) => {
    const step = el.state.def.steps.find((s) => s.id === el.state.stepId);
    const $ = (sel) => el.shadowRoot.querySelector(sel);
    // Each keystroke is drawn before the next, as with a person typing.
    const type = async (input, value) => {
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
      await el.updateComplete;
    };
    const past = new Date(Date.now() - 10 * 86_400_000);
    for (const f of step.fields) {
      const id = `#f-${f.id}`;
      const text = { 'citizen-id': '001203004567', phone: '0912 345 678', email: 'an@example.vn', number: String(f.min ?? 1) }[f.type];
      if (['text', 'textarea'].includes(f.type)) await type($(id), 'Nguyễn Văn An');
      else if (text) await type($(id), text);
      else if (f.type === 'select') await type($(id), f.options[0].value);
      else if (f.type === 'date') {
        await type($(id), String(past.getDate()));
        await type($(`${id}-month`), String(past.getMonth() + 1));
        await type($(`${id}-year`), String(past.getFullYear()));
      } else {
        $(f.type === 'checkbox' ? id : `input[name="f-${f.id}"]`).click(); // a tick, or the first choice
        await el.updateComplete;
      }
    }
  });
}

/** Presses a button as a person does: after reading the page (a press right after a page change is taken for a double tap). */
async function press(page, label) {
  await page.waitForTimeout(450);
  await wizard(page).locator(`button:has-text("${label}")`).first().click();
}

/** From the overview to the check page, answering every page. Resolves with the pages passed. */
async function toCheck(page) {
  await press(page, 'Bắt đầu');
  const passed = [await reaches(page, 'step')];
  for (let i = 0; i < 20 && (await view(page)).startsWith('step:'); i++) {
    await answerPage(page);
    await press(page, 'Tiếp tục');
    const now = await view(page);
    if (now.startsWith('step:') && now === passed.at(-1)) {
      await page.waitForTimeout(100);
      throw new Error(`${now} did not take the answers: ${await wizard(page).locator('.errors').textContent().catch(() => '')}`);
    }
    passed.push(now);
  }
  await reaches(page, 'check');
  return passed;
}

/** The check page's answers, as shown. */
const shownAnswers = (page) =>
  wizard(page).evaluate(async (el) => {
    await el.updateComplete;
    return [...el.shadowRoot.querySelectorAll('.row dd:first-of-type')].map((d) => d.textContent.trim());
  });

describe('a reload while the application is being sent', () => {
  for (const [mode, persist] of [['with persist', true], ['without persist (this tab)', false]]) {
    it(`sends the same Idempotency-Key again: one application, and the first reference (${mode})`, async () => {
      const def = await twoStepProcedure();
      const before = count('SELECT count(*) FROM applications');
      const { page, errors, close } = await phone();
      await wizard(page).evaluate((el, p) => (el.persist = p), persist);
      await choose(page, def.code);
      await toCheck(page);
      const answers = await shownAnswers(page);
      // The POST reaches the server, whose answer never reaches the page: the citizen reloads.
      let first;
      await page.route('**/api/applications', async (route) => {
        if (first) return route.continue(); // after the reload
        const response = await route.fetch();
        first = await response.json();
      });
      await press(page, 'Nộp hồ sơ');
      for (const end = Date.now() + 1800; !first && Date.now() < end; ) await page.waitForTimeout(20);
      assert.ok(first?.reference, 'the server accepted the first POST');
      await page.reload();
      await reaches(page, 'check');
      assert.deepEqual(await shownAnswers(page), answers, 'every answer is back after the reload');
      await press(page, 'Nộp hồ sơ');
      await reaches(page, 'done');
      assert.equal(await wizard(page).locator('.reference').textContent(), first.reference);
      assert.equal(count('SELECT count(*) FROM applications') - before, 1, 'two POSTs, one application');
      assert.deepEqual(errors, []);
      await close();
    });
  }

  it('on a kiosk starts afresh: nothing of the citizen is kept', async () => {
    const def = await twoStepProcedure();
    const { page, close } = await phone('/', { kiosk: true });
    await choose(page, def.code);
    await toCheck(page);
    await page.reload();
    await reaches(page, 'picker');
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('dvc:procedure-wizard'))), []);
    await close();
  });
});

describe('a reload while feedback or a queue number is on its way', () => {
  /** Holds the first request to `pattern` after the server has it (the answer is lost), lets later ones through. */
  async function loseFirstAnswer(page, pattern) {
    const first = {};
    await page.route(pattern, async (route) => {
      if (first.body) return route.continue();
      first.body = await (await route.fetch()).json();
    });
    return async () => {
      for (const end = Date.now() + 1800; !first.body && Date.now() < end; ) await page.waitForTimeout(20);
      assert.ok(first.body, 'the server answered the first request');
      return first.body;
    };
  }

  it('feedback: the form comes back as typed, and sending it again stores it once', async () => {
    const before = count('SELECT count(*) FROM feedback');
    const { page, errors, close } = await phone();
    const form = page.locator('dvc-feedback-form');
    await form.locator('input[name=overall][value="4"]').check();
    await form.locator('#comment').fill('Cán bộ hướng dẫn rất tận tình');
    const answered = await loseFirstAnswer(page, '**/api/feedback');
    await form.locator('[part=submit]').click();
    await answered();
    await page.reload();
    const comment = form.locator('#comment');
    for (const end = Date.now() + 1800; (await comment.inputValue().catch(() => '')) === '' && Date.now() < end; ) await page.waitForTimeout(20);
    assert.equal(await comment.inputValue(), 'Cán bộ hướng dẫn rất tận tình', 'what was typed is back');
    await page.waitForTimeout(450);
    await form.locator('[part=submit]').click();
    await form.locator('[part=thanks]').waitFor();
    assert.equal(count('SELECT count(*) FROM feedback') - before, 1, 'two POSTs, one feedback');
    assert.deepEqual(errors, []);
    await close();
  });

  it('queue number: taken again with the same key after the reload, so the citizen gets the first ticket', async () => {
    const before = count('SELECT count(*) FROM tickets');
    const { page, errors, close } = await phone();
    const ticket = page.locator('dvc-queue-ticket');
    await ticket.locator('[part=services] button').first().click();
    const answered = await loseFirstAnswer(page, '**/api/queue/tickets');
    await page.waitForTimeout(450);
    await ticket.locator('button.btn:not(.secondary)').first().click();
    const first = await answered();
    await page.reload();
    await ticket.locator('[part=number]').waitFor();
    assert.equal((await ticket.locator('[part=number]').textContent()).trim(), first.number);
    assert.equal(count('SELECT count(*) FROM tickets') - before, 1, 'two POSTs, one ticket');
    assert.deepEqual(errors, []);
    await close();
  });
});

describe("the phone's Back and Forward buttons", () => {
  it('move between the wizard pages keeping every answer; a reload keeps the page; after sending, Back never sends again', async () => {
    const def = await twoStepProcedure();
    const before = count('SELECT count(*) FROM applications');
    const { page, errors, close } = await phone();
    await choose(page, def.code);
    const pages = ['overview', ...(await toCheck(page))];
    const answers = await shownAnswers(page);
    // Back through every page to the picker, then Forward to the check page again.
    for (const shown of [...pages].reverse().slice(1)) {
      await page.goBack();
      await reaches(page, shown);
    }
    await page.goBack();
    await reaches(page, 'picker');
    for (const shown of pages) {
      await page.goForward();
      await reaches(page, shown);
    }
    assert.deepEqual(await shownAnswers(page), answers, 'Back and Forward kept every answer');
    await page.reload();
    await reaches(page, 'check');
    assert.deepEqual(await shownAnswers(page), answers, 'a reload kept the page and every answer');
    await press(page, 'Nộp hồ sơ');
    await reaches(page, 'done');
    const reference = await wizard(page).locator('.reference').textContent();
    await page.goBack();
    await reaches(page, 'done');
    await page.goBack();
    await reaches(page, 'done');
    assert.equal(await wizard(page).locator('.reference').textContent(), reference);
    assert.equal(count('SELECT count(*) FROM applications') - before, 1);
    assert.deepEqual(errors, []);
    await close();
  });

  it("move between the VNeID guide's pages, and a reload keeps the page and the answers", async () => {
    const { page, errors, close } = await phone();
    const guide = page.locator('dvc-vneid-guide');
    const shown = () => guide.evaluate((el) => `${el.state.view}${el.state.view === 'task' ? `:${el.state.taskId}` : ''}`);
    const until = async (wanted) => {
      for (const end = Date.now() + 1800; (await shown()) !== wanted; ) {
        if (Date.now() > end) throw new Error(`the guide shows ${await shown()}, not ${wanted}`);
        await page.waitForTimeout(20);
      }
    };
    await guide.locator('input[name=chipCard][value=no]').check();
    await guide.locator('input[name=level2][value=no]').check();
    await guide.locator('button:has-text("Tiếp tục")').click();
    await until('needs');
    await page.waitForTimeout(450);
    await guide.locator('button:has-text("Xem các việc cần làm")').click();
    await until('tasks');
    const tasks = await guide.locator('.task-link').allTextContents();
    await page.waitForTimeout(450);
    await guide.locator('.task-link').nth(1).click();
    const task = await shown();
    assert.match(task, /^task:/);
    await page.goBack();
    await until('tasks');
    await page.goBack();
    await until('needs');
    await page.goForward();
    await until('tasks');
    await page.goForward();
    await until(task);
    await page.reload();
    await until(task);
    await page.goBack();
    await until('tasks');
    assert.deepEqual(await guide.locator('.task-link').allTextContents(), tasks, 'the same answers, so the same tasks');
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('a double tap', () => {
  for (const gap of [50, 180, 350]) {
    it(`on "Tiếp tục", ${gap} ms apart, leaves the citizen on the next page with no errors shown`, async () => {
      const def = await twoStepProcedure();
      const { page, close } = await phone();
      await choose(page, def.code);
      await press(page, 'Bắt đầu');
      await reaches(page, `step:${def.steps[0].id}`);
      await answerPage(page);
      await page.waitForTimeout(450);
      const continueButton = wizard(page).locator('form button[type=submit]');
      await continueButton.scrollIntoViewIfNeeded(); // the citizen scrolls down to it
      const button = await continueButton.boundingBox();
      const x = button.x + button.width / 2;
      const y = button.y + button.height / 2;
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(gap);
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(100);
      assert.equal(await view(page), `step:${def.steps[1].id}`);
      assert.equal(await wizard(page).locator('.errors').count(), 0, 'no error summary');
      assert.equal(await wizard(page).locator('[aria-invalid=true]').count(), 0, 'no field marked');
      // Focus is on the new page's heading, scrolled to the top: the next button is not under the finger.
      assert.equal(await wizard(page).evaluate((el) => el.shadowRoot.activeElement?.localName), 'h2');
      const top = await wizard(page).evaluate((el) => el.shadowRoot.querySelector('h2').getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 60, `the heading is at the top of the screen (${top} px)`);
      // A tap once the page has been seen is a press like any other.
      await page.waitForTimeout(450);
      await press(page, 'Tiếp tục');
      assert.equal(await wizard(page).locator('.errors').count(), 1);
      await close();
    });
  }

  it('on a kiosk service button takes no number without the confirmation', async () => {
    const { page, close } = await phone('/kiosk');
    const ticket = page.locator('dvc-queue-ticket');
    await ticket.locator('[part=services] button').first().waitFor();
    const before = count('SELECT count(*) FROM tickets');
    await page.waitForTimeout(450);
    await ticket.locator('[part=services] button').first().scrollIntoViewIfNeeded();
    const box = await ticket.locator('[part=services] button').first().boundingBox();
    // The confirmation's "Take a number" lands where the first service was.
    await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
    await page.waitForTimeout(180);
    await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
    await page.waitForTimeout(300);
    assert.equal(await ticket.locator('[part=ticket]').count(), 0, 'no ticket shown');
    assert.equal(count('SELECT count(*) FROM tickets') - before, 0, 'no ticket taken');
    await close();
  });
});
