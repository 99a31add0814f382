// The two servers behind bench/cold.mjs and scripts/lighthouse.mjs:
// - the reference server (dist/server/main.js) as a child process on an ephemeral port with a
//   temporary database, for the data (procedures, the live queue);
// - for the cold bench, a static server for the pages and every tool's files, which forwards
//   /api/ to the reference server so pages and data share one origin, as on a portal.
// Static files are served the same way for every tool, as a CDN would: brotli at quality 11 when
// the browser accepts it (Chromium does over TLS; `encoding: 'gzip'`: gzip -9 instead, as an old
// server), compressed once per file as the reference server does, over HTTP/2 with TLS (a
// throwaway certificate made with openssl; browsers speak HTTP/2 only over TLS) as public CDNs
// and nginx with TLS serve them, or over HTTP/1.1 keep-alive, as an old portal's own web server
// might. Caching does not matter: every load starts with an empty cache.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createSecureServer } from 'node:http2';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { aptInstall, which } from '../../scripts/machine.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Starts dist/server/main.js; resolves with { origin, staffToken, stop() }. */
export async function startReferenceServer(root, extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-db-'));
  const staffToken = 'bench-staff-token-0123456789abcdef';
  const args = ['dist/server/main.js', '--port', '0', '--db', join(dir, 'dvc.sqlite'), '--staff-token', staffToken, ...extraArgs];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`dist/server/main.js exited with ${code} (run \`npm run build\` first?)`)));
  });
  child.stdout.resume();
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  // Also when the bench dies of an error: an orphaned server would hold the terminal's pipe open.
  process.once('exit', stop);
  return { origin, staffToken, stop };
}

/** A self-signed certificate for 127.0.0.1, valid for a day: { key, cert } (PEM). */
function throwawayCertificate() {
  if (!which('openssl')) aptInstall('openssl', 'HTTP/2 needs a certificate: install openssl, or pass --http 1.1');
  const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-tls-'));
  try {
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'];
    const made = spawnSync('openssl', [...args, '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    if (made.status !== 0) throw new Error('openssl could not make a certificate');
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The encodings a CDN serves static files with, at their most compact (as server/src/http/compress.ts). */
const COMPRESS = { br: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip: (b) => gzipSync(b, { level: 9 }) };

// Connection-level headers HTTP/2 forbids (RFC 9113 §8.2.2), and its pseudo-headers, which an
// HTTP/1.1 upstream must not get.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
const forwardable = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith(':') && !HOP_BY_HOP.has(k)));

/**
 * Serves `routes` ({ '/prefix/': directory }), `pages` ({ '/path': html string }) and forwards
 * `/api/` to `apiOrigin`, over HTTP/2 with TLS (`http2`) or HTTP/1.1, on 127.0.0.1 at an
 * ephemeral port; `encoding`: `br` (then gzip) or `gzip`. Resolves with { origin, stop() }.
 */
export async function startStaticServer({ routes, pages, apiOrigin, http2, encoding = 'br' }) {
  /** A body with its compressed forms, made when first asked for. */
  const compressible = (body) => {
    const made = {};
    return { body, as: (name) => (made[name] ??= COMPRESS[name](body)) };
  };
  const cache = new Map();
  const load = (file) => {
    if (!cache.has(file)) {
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
      cache.set(file, compressible(readFileSync(file)));
    }
    return cache.get(file);
  };
  const send = (req, res, type, entry) => {
    const accepted = req.headers['accept-encoding'] ?? '';
    const used = [encoding, 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
    const body = used ? entry.as(used) : entry.body;
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...(used ? { 'Content-Encoding': used, Vary: 'Accept-Encoding' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const pageCache = new Map(Object.entries(pages).map(([path, html]) => [path, compressible(Buffer.from(html))]));

  const handle = (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/api/')) {
      // Streams (the queue's Server-Sent Events) pass through as they come.
      const headers = { ...forwardable(req.headers), host: new URL(apiOrigin).host };
      const upstream = request(apiOrigin + req.url, { method: req.method, headers }, (r) => {
        res.writeHead(r.statusCode, http2 ? forwardable(r.headers) : r.headers);
        r.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      res.on('close', () => upstream.destroy());
      return;
    }
    if (pageCache.has(path)) return send(req, res, TYPES['.html'], pageCache.get(path));
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const file = prefix && normalize(join(routes[prefix], decodeURIComponent(path.slice(prefix.length))));
    const entry = file && file.startsWith(routes[prefix]) && TYPES[extname(file)] ? load(file) : undefined;
    if (!entry) return res.writeHead(404).end();
    send(req, res, TYPES[extname(file)], entry);
  };
  const server = http2 ? createSecureServer(throwawayCertificate(), handle) : createServer(handle);
  const sessions = new Set();
  if (http2) server.on('session', (s) => (sessions.add(s), s.once('close', () => sessions.delete(s))));
  else server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const stop = () => {
    server.close();
    if (http2) sessions.forEach((s) => s.destroy());
    else server.closeAllConnections();
  };
  return { origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`, stop };
}

/** JSON over HTTP to the reference server (setup only: seeding the queue, reading procedures). */
export async function api(origin, path, { method = 'GET', body, token } = {}) {
  const res = await fetch(origin + path, {
    method,
    headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
