// Whole pages in Chromium against the real reference server: the demo pages with the CDN build,
// under their strict Content-Security-Policy. Any console error, page error, CSP violation or
// request leaving this machine fails.
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
  const db = join(mkdtempSync(join(tmpdir(), 'dvc-e2e-')), 'dvc.sqlite');
  server = await launch({ port: 0, db, env: { STAFF_TOKEN: 'e2e-token' } });
  browser = await chromium.launch({ executablePath: findChrome({ install: false }), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  if (server) await halt(server, 'SIGTERM');
});

/** Opens `path` and records everything that must never happen on a portal page. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => {
    const { hostname, protocol } = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(hostname) && protocol !== 'data:') problems.push(`third-party request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return { page, problems, warnings, response };
}

describe('demo pages', () => {
  for (const path of ['/', '/board', '/kiosk', '/counter']) {
    it(`${path} loads under a strict CSP without errors`, async () => {
      const { page, problems, response } = await open(path);
      const csp = response.headers()['content-security-policy'];
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.ok((await page.locator('h1').first().textContent()).trim().length > 0);
      await page.waitForTimeout(300);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('/ switches the language through <html lang>, and the widgets follow it', async () => {
    const { page, problems } = await open('/');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await page.click('[data-set-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const locale = await page.evaluate(async () => {
      const { getLocale } = await import('/cdn/dvc-widgets.js');
      return getLocale();
    });
    assert.equal(locale, 'en');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/ names the unit from its meta tags, in the heading and the widgets, in vi, en and de', async () => {
    const { page, problems } = await open('/');
    const consent = page.locator('dvc-feedback-form label.check span');
    await page.locator('dvc-feedback-form #name').fill('Lan');
    assert.equal((await page.locator('h1').textContent()).trim(), 'Cổng dịch vụ công phường Kim Long (bản trình diễn)');
    assert.equal((await consent.textContent()).trim(), 'Tôi đồng ý để Trung tâm Phục vụ hành chính công phường Kim Long liên hệ với tôi về góp ý này.');
    await page.click('[data-set-lang="en"]');
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('portal'));
    assert.equal((await page.locator('h1').textContent()).trim(), 'Public-service portal of Kim Long Ward (demo)');
    await page.waitForFunction(() => document.querySelector('dvc-feedback-form').shadowRoot.querySelector('label.check span')?.textContent.startsWith('I agree'));
    assert.equal((await consent.textContent()).trim(), 'I agree that the Public Administration Service Centre of Kim Long Ward may contact me about this feedback.');
    await page.click('[data-set-lang="de"]');
    await page.waitForFunction(() => document.querySelector('dvc-feedback-form').shadowRoot.querySelector('label.check span')?.textContent.startsWith('Ich'));
    assert.equal((await page.locator('h1').textContent()).trim(), 'Bürgerportal von phường Kim Long (Demo)');
    assert.match(await consent.textContent(), /dass Trung tâm Phục vụ hành chính công phường Kim Long mich/);
    await page.click('[data-set-lang="vi"]');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('notices a CSP violation (the guard of these tests works)', async () => {
    const { page, problems } = await open('/');
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
    });
    await page.waitForTimeout(100);
    assert.ok(problems.some((p) => p.includes('CSP violation: style-src')), problems.join('\n'));
    await page.close();
  });

  it('survives the bundle loaded twice on one page', async () => {
    const { page, problems, warnings } = await open('/');
    await page.evaluate(() => import('/cdn/dvc-widgets.js?second-copy'));
    await page.waitForTimeout(200);
    assert.deepEqual(problems, []);
    // Each element defined by the second copy is left alone with one warning, nothing more.
    const tags = new Set(warnings.map((w) => w.match(/<([a-z-]+)> is already defined/)?.[1]).filter(Boolean));
    assert.equal(tags.size, warnings.filter((w) => w.includes('is already defined')).length);
    await page.close();
  });
});
