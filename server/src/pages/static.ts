import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { ServerConfig } from '../config.js';
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

function sendFile(res: ServerResponse, file: string | undefined, method: string): void {
  const type = file && TYPES[extname(file)];
  const stat = file && type ? statSync(file, { throwIfNoEntry: false }) : undefined;
  if (!file || !type || !stat?.isFile()) throw notFound('file');
  // The demo is rebuilt often: revalidate every time rather than serve yesterday's bundle.
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-cache' });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** The demo pages, their assets, and the CDN build at /cdn/ (public code: any origin may load it). */
export function serveStatic(res: ServerResponse, pathname: string, method: string, config: ServerConfig): void {
  const { publicDir, cdnDir } = config.paths;
  const page = PAGES[pathname] ?? PAGES[pathname.replace(/\/$/, '')];
  if (page) {
    setSecurityHeaders(res, 'page');
    return sendFile(res, join(publicDir, page), method);
  }
  setSecurityHeaders(res, 'asset');
  if (pathname.startsWith('/assets/')) return sendFile(res, safeJoin(join(publicDir, 'assets'), pathname.slice(8)), method);
  if (pathname.startsWith('/cdn/')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    return sendFile(res, safeJoin(cdnDir, pathname.slice(5)), method);
  }
  throw notFound('page');
}
