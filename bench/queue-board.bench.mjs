// Queue board benchmark (issue 5), in Chromium: a generated feed into <dvc-queue-board>.
// 1. Frames: 200 events/s for --seconds (default 15; the figure is 60: `--seconds 60`)
//    — dropped frames (over 1.5 vsyncs; the issue says "over 16.7 ms", which vsync jitter already
//    exceeds) and the p95 frame time (target ≤ 16.7 ms) — and where the time of long frames goes:
//    long-animation-frame entries (frames over 50 ms) split into scripts, rendering and the rest.
// 2. Heap: used JS heap after a forced GC, before and after --events events (default 100,000,
//    sent as fast as the board takes them, after a warm-up) — target growth < 1 MB (history is
//    bounded).
// `--tv` is a TV box (issue 15): CPU 4× slower (CDP throttling), 50 events/s for 60 s; --cpu,
// --rate and --seconds override either preset.
// The board is bundled from src/ with esbuild (minified); the feed is a tiny local SSE server.
// Usage: node bench/queue-board.bench.mjs [--tv] [--seconds N] [--events N] [--rate N] [--cpu N]
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SourceMap } from 'node:module';
import { join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { hostLoad } from './lib/host.mjs';
import { observeLongFrames, reportLongFrames } from './lib/loaf.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { tv: { type: 'boolean', default: false }, seconds: { type: 'string' }, events: { type: 'string', default: '100000' }, rate: { type: 'string' }, cpu: { type: 'string' } } });
const TV = values.tv;
const SECONDS = Number(values.seconds ?? (TV ? 60 : 15));
const EVENTS = Number(values.events);
const RATE = Number(values.rate ?? (TV ? 50 : 200));
const CPU = Number(values.cpu ?? (TV ? 4 : 1));
const WARM_UP = 10_000;
const COUNTERS = 12;
const LETTERS = ['A', 'B', 'C'];

const at = () => new Date().toISOString();
const snapshot = () => ({
  eventId: 0,
  day: at().slice(0, 10),
  generatedAt: at(),
  services: LETTERS.map((letter) => ({ letter, name: { vi: `Dịch vụ ${letter}`, en: `Service ${letter}` }, waiting: 5, estimatedWaitSeconds: 900, counters: [] })),
  counters: Array.from({ length: COUNTERS }, (_, i) => ({ id: String(i + 1), name: `Quầy số ${String(i + 1).padStart(2, '0')}`, letters: [LETTERS[i % 3]], current: null })),
  recent: [],
});

/** Event n: mostly issued tickets and calls, some done — what a busy centre sends. */
function event(id) {
  const letter = LETTERS[id % 3];
  const number = `${letter}-${String(id % 1000).padStart(3, '0')}`;
  const counter = String((id % COUNTERS) + 1);
  const base = { id, number, service: letter, at: at(), waiting: id % 20, estimatedWaitSeconds: (id % 20) * 60 };
  const kind = id % 4;
  const data = kind === 0 || kind === 1 ? { type: 'called', ...base, counter } : kind === 2 ? { type: 'ticket', action: 'issued', ...base } : { type: 'ticket', action: 'done', ...base, counter };
  return `id: ${id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

const out = mkdtempSync(join(tmpdir(), 'dvc-bench-queue-'));
await build({
  entryPoints: { board: join(ROOT, 'src/queue/index.ts') },
  bundle: true, splitting: true, format: 'esm', minify: true, outdir: out, target: 'es2021',
  tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'warning', sourcemap: true,
});

/** Where a script of a long frame is in src/: the bundle's source map, read by Node's own decoder. */
function where(url, pos) {
  const file = join(out, new URL(url).pathname);
  try {
    const code = readFileSync(file, 'utf8').slice(0, pos);
    const line = code.split('\n').length - 1;
    const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const e = map.findEntry(line, pos - (code.lastIndexOf('\n') + 1));
    return e.originalSource ? `${relative(ROOT, resolve(out, e.originalSource))}:${e.originalLine + 1}` : `${url}:${pos}`;
  } catch {
    return `${url}:${pos}`;
  }
}

let stream;
let nextId = 1;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end('<!doctype html><html lang="vi"><body><dvc-queue-board src="/q" style="width:1920px"></dvc-queue-board><script type="module" src="/board.js"></script></body></html>');
  }
  if (url.pathname === '/q/stream') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write(`id: 0\nevent: snapshot\ndata: ${JSON.stringify(snapshot())}\n\n`);
    stream = res;
    return undefined;
  }
  const file = normalize(join(out, url.pathname));
  let body;
  try {
    body = readFileSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'Content-Type': 'text/javascript' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const send = (n) => {
  let text = '';
  for (let i = 0; i < n; i++) text += event(nextId++);
  stream.write(text);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  if (CPU !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(origin);
  await page.waitForFunction(() => document.querySelector('dvc-queue-board')?.shadowRoot?.querySelector('.board'));
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(100);
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  // 1. Frames at RATE events/s.
  await page.evaluate(observeLongFrames);
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const perTick = Math.round(RATE / 20);
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    if (perTick) send(perTick);
    await sleep(50);
  }
  const frames = await page.evaluate(() => ((window.__stop = true), window.__frames.slice(1)));
  const longFrames = await page.evaluate(() => window.__loafs);
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  // A 60 Hz frame measures 16.6–16.8 ms by rAF timestamps (vsync jitter); a frame that really
  // missed its vsync takes about two of them. Counting "over 16.7" would count jitter as drops.
  const DROPPED = 1.5 * (1000 / 60);
  const over = frames.filter((f) => f > DROPPED).length;
  console.log(`machine: ${hostLoad()}`);
  console.log(`frames: ${RATE} events/s for ${SECONDS} s, CPU ${CPU}×${SECONDS < 60 ? ' (the issue\'s run is 60 s: --seconds 60)' : ''}`);
  console.log(`  ${frames.length} frames, ${over} dropped (over ${DROPPED.toFixed(1)} ms, ${((over / Math.max(1, frames.length)) * 100).toFixed(1)} %), p95 ${p95.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms  (target: p95 ${CPU > 1 ? '≤ 33 ms, < 5 % dropped' : '≤ 16.7 ms'})`);
  reportLongFrames(longFrames, SECONDS * 1000, where);

  // 2. Heap before and after EVENTS more events. A warm-up first: compiled code, inline caches and
  // the formatters are built once, not per event. Each heap figure waits until the page has taken
  // the last event sent (a call with a number of its own on the big display), then for a GC.
  let marks = 0;
  const feed = async (count) => {
    const target = nextId + count;
    while (nextId < target) {
      send(Math.min(2000, target - nextId));
      await sleep(40);
    }
    const number = `Z-${String(++marks).padStart(3, '0')}`;
    const at = new Date().toISOString();
    stream.write(`id: ${nextId}\nevent: called\ndata: ${JSON.stringify({ type: 'called', id: nextId++, number, service: 'A', counter: '1', at, waiting: 0, estimatedWaitSeconds: 0 })}\n\n`);
    await page.waitForFunction((n) => document.querySelector('dvc-queue-board').shadowRoot.querySelector('.big')?.textContent === n, number, { timeout: 300_000, polling: 500 });
    return heap();
  };
  const before = await feed(WARM_UP);
  const after = await feed(EVENTS);
  const shown = await page.evaluate(() => document.querySelector('dvc-queue-board').shadowRoot.querySelectorAll('.recent li').length);
  const per100k = ((after - before) / 1e6) * (100_000 / EVENTS);
  console.log(`heap: ${EVENTS.toLocaleString('en-US')} events after ${WARM_UP.toLocaleString('en-US')} to warm up — ${(before / 1e6).toFixed(2)} MB before, ${(after / 1e6).toFixed(2)} MB after, growth ${((after - before) / 1e6).toFixed(2)} MB, ${per100k.toFixed(2)} MB per 100,000 events (target < 1 MB); recent calls shown: ${shown}`);
} finally {
  await browser.close();
  stream?.end();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
