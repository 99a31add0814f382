import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { ServerConfig } from '../config.js';
import { acceptedEncoding, encode } from '../http/compress.js';
import { notFound } from '../http/errors.js';
import { setSecurityHeaders } from '../http/security.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xlf': 'application/xml; charset=utf-8',
};

const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/board': 'board.html',
  '/kiosk': 'kiosk.html',
  '/counter': 'counter.html',
};

/** `rel` inside `dir`, or undefined for anything that would leave it or name a hidden file. */
function safeJoin(dir: string, rel: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) ? file : undefined;
}

/**
 * How long a browser may keep a file: the CDN build's chunks have their content's hash in their
 * name, so they never change (a year, immutable); its entries keep their names across builds
 * (five minutes); pages and the demo's assets are checked every time.
 */
function cacheControl(kind: 'page' | 'asset' | 'chunk' | 'entry'): string {
  if (kind === 'chunk') return 'public, max-age=31536000, immutable';
  if (kind === 'entry') return 'public, max-age=300';
  return 'no-cache';
}

/** Files read once per change, and each encoding made once: the pages and the CDN build are small. */
const files = new Map<string, { mtimeMs: number; raw: Buffer; encoded: Map<string, { body: Buffer; headers: Record<string, string> }> }>();

/** `file` from the cache, read again when it changed; undefined when there is no such file. */
function cached(file: string) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  let entry = files.get(file);
  if (!entry || entry.mtimeMs !== stat.mtimeMs) {
    entry = { mtimeMs: stat.mtimeMs, raw: readFileSync(file), encoded: new Map() };
    files.set(file, entry);
  }
  return entry;
}

function sendFile(res: ServerResponse, file: string | undefined, method: string, kind: 'page' | 'asset' | 'chunk' | 'entry', extra: Record<string, string> = {}): void {
  const type = file && TYPES[extname(file)];
  const entry = file && type ? cached(file) : undefined;
  if (!type || !entry) throw notFound('file');
  const key = acceptedEncoding(res) ?? 'identity';
  let encoded = entry.encoded.get(key);
  if (!encoded) entry.encoded.set(key, (encoded = encode(res, entry.raw, 'static')));
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': encoded.body.length, 'Cache-Control': cacheControl(kind), ...encoded.headers, ...extra });
  res.end(method === 'HEAD' ? undefined : encoded.body);
}

/** A JSON file of the CDN build, or {} before the first build: the page still works, only slower. */
function buildList(cdnDir: string, name: string): Record<string, string[]> {
  try {
    return JSON.parse(String(cached(join(cdnDir, name))?.raw ?? '{}')) as Record<string, string[]>;
  } catch {
    return {};
  }
}

/**
 * The `Link` header of a page: `modulepreload` for every file of the CDN entries its
 * `<script type="module" src="/cdn/…">` tags load (`dist/cdn/preload.json`), and of the part each
 * of its elements needs for its first meaningful screen (`dist/cdn/parts.json`; both written by
 * rollup.config.mjs). The browser then fetches all of it in one wave, instead of finding each
 * import only once the file before it has arrived and run. A `tag[attribute]` list of parts.json
 * (the ticket page, for `dvc-queue-ticket[ticket]`) is added when the element's tag has that
 * attribute, or when the page's address has a parameter of that name: the demo pages hand
 * `?ticket=` to the widget (server/public/assets/queue-demo.js).
 */
function preloadLink(page: string, cdnDir: string, query: URLSearchParams): Record<string, string> {
  const html = String(cached(page)?.raw ?? '');
  const entries = buildList(cdnDir, 'preload.json');
  const parts = buildList(cdnDir, 'parts.json');
  const wanted = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module" src="\/cdn\/([^"]+)"/g)) for (const f of entries[src] ?? []) wanted.add(f);
  if (wanted.size) {
    for (const [, tag, attributes] of html.matchAll(/<(dvc-[a-z-]+)([^>]*)>/g)) {
      const has = new Set([...attributes.matchAll(/\s([a-z-]+)/g)].map((m) => m[1]).concat([...query.keys()]));
      for (const [key, files] of Object.entries(parts)) {
        const [name, attribute] = key.split(/[[\]]/);
        if (name === tag && (!attribute || has.has(attribute))) for (const f of files) wanted.add(f);
      }
    }
  }
  return wanted.size ? { Link: [...wanted].map((f) => `</cdn/${f}>; rel=modulepreload`).join(', ') } : {};
}

/** The demo pages, their assets, and the CDN build at /cdn/ (public code: any origin may load it). */
export function serveStatic(res: ServerResponse, url: URL, method: string, config: ServerConfig): void {
  const { pathname } = url;
  const { publicDir, cdnDir } = config.paths;
  const page = PAGES[pathname] ?? PAGES[pathname.replace(/\/$/, '')];
  if (page) {
    setSecurityHeaders(res, 'page');
    const file = join(publicDir, page);
    return sendFile(res, file, method, 'page', preloadLink(file, cdnDir, url.searchParams));
  }
  setSecurityHeaders(res, 'asset');
  if (pathname.startsWith('/assets/')) return sendFile(res, safeJoin(join(publicDir, 'assets'), pathname.slice(8)), method, 'asset');
  if (pathname.startsWith('/cdn/')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const rel = pathname.slice(5);
    return sendFile(res, safeJoin(cdnDir, rel), method, rel.startsWith('chunks/') ? 'chunk' : 'entry');
  }
  throw notFound('page');
}
