// Shared by the scripts that open pages in Chromium (storybook-smoke.mjs, test-examples.mjs):
// a static file server, the English texts that must not show on a Vietnamese page, and the first
// line of an error message.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/**
 * English source texts that must never be on screen in `vi`: the idle prompt's heading, plus every
 * plain message of xliff/vi.xlf whose Vietnamese differs (long enough not to match by accident).
 */
export function forbiddenEnglish() {
  const texts = new Set(['Are you still there?']);
  try {
    const xml = readFileSync('xliff/vi.xlf', 'utf8');
    for (const unit of xml.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
      const source = unit.match(/<source>([\s\S]*?)<\/source>/)?.[1];
      const target = unit.match(/<target>([\s\S]*?)<\/target>/)?.[1];
      if (!source || source.includes('<') || source === target || source.length < 12) continue;
      texts.add(decodeXml(source));
    }
  } catch {
    // No xliff: the explicit heading above still guards the locale loader.
  }
  return [...texts];
}

function decodeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static server for a built folder on an ephemeral loopback port. */
export function serve(root) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** The first line of an error message (with the next one when the first ends in a colon). */
export function firstLine(text) {
  const lines = String(text).split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines[0] ?? '') + (lines.length > 1 && lines[0].endsWith(':') ? ` ${lines[1]}` : '');
}
