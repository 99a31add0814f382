// The two servers behind bench/cold.mjs and scripts/lighthouse.mjs:
// - the reference server (dist/server/main.js) as a child process on an ephemeral port with a
//   temporary database, for the data (procedures, the live queue);
// - for the cold bench, a static server for the pages and every tool's files, which forwards
//   /api/ to the reference server so pages and data share one origin, as on a portal.
// Static files are served the same way for every tool, as a CDN would: gzip -9 (compressed once
// at start) when the browser accepts it, HTTP/1.1 keep-alive. Caching does not matter: every load
// starts with an empty cache.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/**
 * Serves `routes` ({ '/prefix/': directory }), `pages` ({ '/path': html string }) and forwards
 * `/api/` to `apiOrigin`. Resolves with the http.Server (listening on 127.0.0.1, ephemeral port).
 */
export async function startStaticServer({ routes, pages, apiOrigin }) {
  const cache = new Map();
  const load = (file) => {
    if (!cache.has(file)) {
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
      const body = readFileSync(file);
      cache.set(file, { body, gzip: gzipSync(body, { level: 9 }) });
    }
    return cache.get(file);
  };
  const send = (req, res, type, entry) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const pageCache = new Map(Object.entries(pages).map(([path, html]) => [path, { body: Buffer.from(html), gzip: gzipSync(html, { level: 9 }) }]));

  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/api/')) {
      // Streams (the queue's Server-Sent Events) pass through as they come.
      const upstream = request(apiOrigin + req.url, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode, r.headers);
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
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server;
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
