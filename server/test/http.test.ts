import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
    writeFileSync(join(cdnDir, 'queue.js'), `import './chunks/core-abc123.js';\n${'// a CDN entry\n'.repeat(200)}`);
    writeFileSync(join(cdnDir, 'chunks/core-abc123.js'), `export const core = 1;\n${'// shared code\n'.repeat(200)}`);
    writeFileSync(join(cdnDir, 'preload.json'), JSON.stringify({
      'queue.js': ['queue.js', 'chunks/core-abc123.js'],
      'procedure-wizard.js': ['procedure-wizard.js', 'chunks/core-abc123.js'],
      'vneid-guide.js': ['vneid-guide.js', 'chunks/core-abc123.js'],
      'feedback-form.js': ['feedback-form.js', 'chunks/core-abc123.js'],
      'dvc-widgets.js': ['dvc-widgets.js'],
    }));
    writeFileSync(join(cdnDir, 'parts.json'), JSON.stringify({ 'dvc-queue-board': ['chunks/board-view-1.js', 'chunks/core-abc123.js'], 'dvc-feedback-form': ['chunks/more-2.js'], 'dvc-queue-ticket': ['chunks/ticket-view-3.js'], 'dvc-queue-ticket[ticket]': ['chunks/tracking-4.js', 'chunks/core-abc123.js'] }));
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
    ['/board', 'board-screen'],
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
      assert.match(html, /<script type="module" src="\/cdn\/(dvc-widgets|queue)\.js"><\/script>/);
      assert.match(html, /<meta name="description" content="[^"]{40,}">/);
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

  /** A GET with the given Accept-Encoding, answered as the bytes on the wire (fetch would decode them). */
  const raw = (path: string, encoding: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(s.url + path, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      }).on('error', reject).end();
    });

  it('compresses pages, the CDN build and API answers with brotli or gzip, as the client accepts', async () => {
    for (const path of ['/cdn/queue.js', '/', '/api/procedures']) {
      const plain = await raw(path, 'identity');
      assert.equal(plain.headers['content-encoding'], undefined, path);
      const br = await raw(path, 'gzip, deflate, br');
      assert.equal(br.headers['content-encoding'], 'br', path);
      assert.match(String(br.headers.vary), /Accept-Encoding/, path);
      assert.ok(br.body.length < plain.body.length, `${path}: ${br.body.length} < ${plain.body.length}`);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body, path);
      const gz = await raw(path, 'gzip;q=1, br;q=0');
      assert.equal(gz.headers['content-encoding'], 'gzip', path);
      assert.deepEqual(gunzipSync(gz.body), plain.body, path);
      assert.equal(Number(gz.headers['content-length']), gz.body.length, path);
    }
    assert.equal((await raw('/cdn/dvc-widgets.js', 'br')).headers['content-encoding'], undefined, 'a tiny file goes as it is');
  });

  it('lets browsers keep hashed chunks for a year, entries for minutes, pages never unchecked', async () => {
    const cache = async (path: string) => (await fetch(s.url + path)).headers.get('cache-control');
    assert.equal(await cache('/cdn/chunks/core-abc123.js'), 'public, max-age=31536000, immutable');
    assert.equal(await cache('/cdn/queue.js'), 'public, max-age=300');
    assert.equal(await cache('/board'), 'no-cache');
    assert.equal(await cache('/assets/demo.css'), 'no-cache');
  });

  it("sends a page's first-screen files as modulepreload links — its entries, and its elements' parts — from the build's lists", async () => {
    const board = await fetch(`${s.url}/board`);
    assert.equal(
      board.headers.get('link'),
      '</cdn/queue.js>; rel=modulepreload, </cdn/chunks/core-abc123.js>; rel=modulepreload, </cdn/chunks/board-view-1.js>; rel=modulepreload',
    );
    assert.equal(
      (await fetch(`${s.url}/`)).headers.get('link'),
      ['procedure-wizard.js', 'chunks/core-abc123.js', 'queue.js', 'vneid-guide.js', 'feedback-form.js', 'chunks/ticket-view-3.js', 'chunks/board-view-1.js', 'chunks/more-2.js']
        .map((f) => `</cdn/${f}>; rel=modulepreload`)
        .join(', '),
    );
  });

  it('adds what an attribute brings to the first screen when the page has it, from its tag or its address (a followed ticket)', async () => {
    const links = async (path: string) => (await fetch(`${s.url}${path}`)).headers.get('link')?.split(', ');
    assert.ok(!(await links('/'))?.includes('</cdn/chunks/tracking-4.js>; rel=modulepreload'));
    const followed = await links('/?ticket=A1b2C3d4E5f6G7h8');
    assert.ok(followed?.includes('</cdn/chunks/tracking-4.js>; rel=modulepreload'));
    assert.equal(followed?.filter((l) => l.includes('core-abc123')).length, 1, 'each file once');
  });
});
