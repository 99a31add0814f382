import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PATHS } from '../src/paths.js';
import { assertError, call, startServer, tempDir, type TestServer } from './helpers.js';

describe('http: errors, CORS, security headers, static pages', () => {
  let s: TestServer;
  const cdnDir = tempDir();
  before(async () => {
    mkdirSync(join(cdnDir, 'chunks'));
    writeFileSync(join(cdnDir, 'dvc-widgets.js'), 'export {};\n');
    s = await startServer({
      corsOrigins: ['https://portal.example'],
      paths: { ...DEFAULT_PATHS, cdnDir },
      validateApplication: () => {
        throw new Error('secret internal detail');
      },
    });
  });
  after(() => s.close());

  it('unknown routes are 404 JSON; wrong methods 405 with Allow', async () => {
    assertError(await call(s.url, '/api/nope'), 404, 'not-found');
    assertError(await call(s.url, '/nope'), 404, 'not-found');
    const r = await call(s.url, '/api/queue/services', { method: 'PUT' });
    assertError(r, 405, 'method-not-allowed');
    assert.equal(r.headers.get('allow'), 'GET');
    assertError(await call(s.url, '/', { method: 'POST' }), 405, 'method-not-allowed');
  });

  it('never shows a stack trace or internal message on a 500 (it is logged instead)', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const r = await call(s.url, '/api/applications', { json: { procedureCode: '1.001193', answers: {}, documents: [] } });
    assertError(r, 500, 'internal');
    assert.doesNotMatch(JSON.stringify(r.body), /secret internal detail/);
    assert.equal(logged.mock.callCount(), 1);
  });

  it('allows CORS only for configured origins', async () => {
    const ok = await call(s.url, '/api/queue/services', { headers: { Origin: 'https://portal.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://portal.example');
    assert.match(ok.headers.get('access-control-expose-headers')!, /Retry-After/);
    const other = await call(s.url, '/api/queue/services', { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${s.url}/api/queue/tickets`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key, content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    const denied = await fetch(`${s.url}/api/queue/tickets`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(denied.status, 403);
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
  });

  it('API answers carry nosniff and a deny-all CSP', async () => {
    const r = await call(s.url, '/api/queue');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  for (const [path, marker] of [
    ['/', 'id="procedure-wizard"'],
    ['/board', 'board-page'],
    ['/kiosk', 'kiosk'],
    ['/counter', 'id="token-form"'],
  ] as const) {
    it(`serves ${path} under a strict CSP with no inline script or style`, async () => {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      const csp = res.headers.get('content-security-policy')!;
      for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"]) {
        assert.ok(csp.includes(part), `${path} CSP has ${part}`);
      }
      assert.doesNotMatch(csp, /unsafe-(inline|eval)/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
      const html = await res.text();
      assert.ok(html.includes(marker));
      assert.match(html, /<script type="module" src="\/cdn\/dvc-widgets.js"><\/script>/);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
      assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler');
      for (const [, src] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
        assert.equal((await fetch(s.url + src)).status, 200, src);
      }
    });
  }

  it('serves the CDN build at /cdn/ to any origin, and nothing outside its folders', async () => {
    const js = await fetch(`${s.url}/cdn/dvc-widgets.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /^text\/javascript/);
    assert.equal(js.headers.get('access-control-allow-origin'), '*');
    assert.equal((await fetch(`${s.url}/cdn/missing.js`)).status, 404);
    for (const p of ['/cdn/..%2F..%2Fpackage.json', '/assets/..%2Fcounter.html', '/assets/%2e%2e/index.html', '/assets/.hidden.js', '/assets/%E0%A4%A']) {
      assert.equal((await fetch(s.url + p)).status, 404, p);
    }
    const head = await fetch(`${s.url}/assets/demo.css`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });
});
