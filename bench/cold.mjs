// `npm run bench:cold`: what a citizen on a cheap phone waits for, from an empty cache (issue 15).
// 1. Side by side: our CDN build (dist/cdn/procedure-wizard.js and its chunks, served as files)
//    against SurveyJS and Form.io on the same 6-step, 50-field questionnaire, in Chromium with
//    4× CPU throttling, a fresh browser context (empty cache) per load, without and with network
//    emulation (150 ms per request, 1.6 Mbps down, 750 kbps up: Lighthouse's mobile figures), loads
//    interleaved across tools. Prints medians and IQR of "first question painted" (navigation start
//    → the first question's label on screen, see lib/probe.mjs) and "page change" (the click on
//    Continue → the next page's first label on screen), paired ratios per round, the JS bytes
//    transferred, and the critical path: round trips in sequence before the first question, with
//    the chain of requests.
// 2. Every CDN entry's first meaningful screen, with the reference server's data: its critical
//    path (the issue's goal: at most 2 round trips after the HTML) and when it is painted.
// Files are served over HTTP/2 with TLS, as public CDNs and an nginx with TLS serve them; `--http 1.1`
// serves them as an old portal's own web server might, where Chromium opens at most six
// connections and further requests queue. They are compressed with brotli, as CDNs and the
// reference server do for Chromium; `--encoding gzip` compresses with gzip -9 instead.
// Usage: node bench/cold.mjs [--runs 15] [--entry-runs 3] [--only dvc,surveyjs,formio,html,tools,entries,board,…]
//        [--network both|off|on] [--cpu 4] [--preload] [--http 2|1.1] [--encoding br|gzip]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { bundleSurvey, entryPages, toolPages } from './lib/cold-pages.mjs';
import { hostLoad } from './lib/host.mjs';
import { criticalPath, probe, timings } from './lib/probe.mjs';
import { api, startReferenceServer, startStaticServer } from './lib/servers.mjs';
import { kB, median, mode, quantile, summary } from './lib/stats.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const CDN = join(ROOT, 'dist/cdn');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'entry-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: '' },
    network: { type: 'string', default: 'both' },
    cpu: { type: 'string', default: '4' },
    preload: { type: 'boolean', default: false },
    http: { type: 'string', default: '2' },
    encoding: { type: 'string', default: 'br' },
  },
});
const RUNS = Number(flags.runs);
const ENTRY_RUNS = Number(flags['entry-runs']);
const CPU = Number(flags.cpu);
const NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CONDITIONS = { off: [false], on: [true], both: [false, true] }[flags.network];
if (!CONDITIONS) throw new Error('--network is both, off or on');
if (!['2', '1.1'].includes(flags.http)) throw new Error('--http is 2 or 1.1');
if (!['br', 'gzip'].includes(flags.encoding)) throw new Error('--encoding is br or gzip');
const PHONE = { width: 412, height: 823 };
const TIMEOUT = 60_000;

// --- setup: vendor bundles, the reference server with a little queue, the pages -----------------
const out = mkdtempSync(join(tmpdir(), 'dvc-bench-cold-'));
process.once('exit', () => rmSync(out, { recursive: true, force: true }));
await bundleSurvey(ROOT, out);
for (const file of ['formiojs/dist/formio.form.min.js', 'formiojs/dist/formio.form.min.css', 'survey-core/survey-core.fontless.min.css']) {
  copyFileSync(join(ROOT, 'node_modules', file), join(out, basename(file)));
}
const ref = await startReferenceServer(ROOT, ['--rate-limit-tickets', '1000/1min']);
const catalogue = await api(ref.origin, '/api/procedures');
const procedure = await api(ref.origin, catalogue[0].url);
const services = await api(ref.origin, '/api/queue/services');
const letter = services[0].letter;
const counter = (await api(ref.origin, '/api/queue')).counters.find((c) => c.letters.includes(letter));
await api(ref.origin, '/api/queue/tickets', { method: 'POST', body: { service: letter } });
const waiting = await api(ref.origin, '/api/queue/tickets', { method: 'POST', body: { service: letter } });
const called = (await api(ref.origin, `/api/queue/counters/${counter.id}/next`, { method: 'POST', token: ref.staffToken })).current;
const viText = (t) => (typeof t === 'string' ? t : t.vi);
const data = {
  catalogueName: viText(catalogue[0].name),
  procedure,
  firstLabel: viText(procedure.steps[0].fields[0].label),
  called: called.number,
  waiting: waiting.number,
  ticketId: waiting.id,
  serviceName: viText(services[0].name),
};

const only = new Set(flags.only.split(',').filter(Boolean));
const wanted = (name, group) => !only.size || only.has(name) || only.has(group);
const allTools = toolPages({ preload: flags.preload, cdnDir: CDN });
const allEntries = entryPages({ root: ROOT, preload: flags.preload, cdnDir: CDN, data });
const unknown = [...only].filter((k) => !allTools[k] && !allEntries[k] && k !== 'tools' && k !== 'entries');
if (unknown.length) {
  console.error(`--only: unknown ${unknown.join(', ')}; known: tools, entries, ${Object.keys({ ...allTools, ...allEntries }).join(', ')}`);
  process.exit(2);
}
const tools = Object.entries(allTools).filter(([k]) => wanted(k, 'tools'));
const entries = Object.entries(allEntries).filter(([k]) => wanted(k, 'entries'));
const pages = Object.fromEntries([...tools.map(([k, t]) => [`/tool/${k}`, t.html]), ...entries.map(([k, e]) => [`/entry/${k}`, e.html])]);
const server = await startStaticServer({
  routes: { '/cdn/': CDN, '/vendor/': out },
  pages,
  apiOrigin: ref.origin,
  http2: flags.http === '2',
  encoding: flags.encoding,
});
const { origin } = server;
const path = (url) => url.replace(origin, '').replace(ref.origin, '');

// Nothing leaves the machine: other hosts fail at once instead of waiting for a timeout (Form.io
// asks cdn.form.io for flatpickr's CSS; such requests are listed in the report).
const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

/**
 * One cold load: a fresh context, CPU (and network) emulation, the page, until every marker is
 * painted; with `next`, then a click on it and the next page's `second` label painted.
 */
async function load(url, { markers, viewport = PHONE, net, next, second }) {
  const phone = viewport.width < 800;
  // The certificate is the static server's own (bench/lib/servers.mjs).
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: phone ? 1.75 : 1, isMobile: phone, locale: 'vi-VN', ignoreHTTPSErrors: true });
  const painted = new Map();
  let wake;
  const until = (texts, ms) =>
    new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`not painted within ${ms / 1000} s: ${texts.filter((t) => !painted.has(t)).join(', ')}`)), ms);
      (wake = () => texts.every((t) => painted.has(t)) && (clearTimeout(timer), ok()))();
    });
  await ctx.exposeBinding('__probeReport', (_source, { text, paintedAt }) => (painted.set(text, paintedAt), wake?.()));
  await ctx.addInitScript(probe, markers);
  const page = await ctx.newPage();
  const result = { errors: [], offsite: [] };
  page.on('pageerror', (e) => result.errors.push(e.message));
  page.on('requestfailed', (r) => !r.url().startsWith(origin) && result.offsite.push(r.url()));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Network.enable');
  if (net) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  // An open EventSource never gets a Resource Timing entry: take its start and first message from CDP.
  const streams = new Map();
  cdp.on('Network.requestWillBeSent', (e) => e.type === 'EventSource' && streams.set(e.requestId, { url: e.request.url, wall: e.wallTime, ts: e.timestamp }));
  cdp.on('Network.eventSourceMessageReceived', (e) => {
    const s = streams.get(e.requestId);
    if (s && s.firstTs === undefined) s.firstTs = e.timestamp;
  });
  const collect = async () => {
    const t = await page.evaluate(timings);
    for (const s of streams.values()) {
      const start = s.wall * 1000 - t.timeOrigin;
      if (s.firstTs !== undefined) t.resources.push({ url: s.url, type: 'eventsource', start, end: start + (s.firstTs - s.ts) * 1000, encoded: 0, transfer: 0 });
    }
    return t;
  };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const texts = markers.map((m) => m.text);
    await until(texts, TIMEOUT);
    result.first = Math.max(...texts.map((t) => painted.get(t)));
    result.timings = await collect();
    if (next) {
      // Let the page settle as a citizen would before answering (dvc ignores taps within 400 ms of a page change).
      await Promise.all([page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {}), new Promise((r) => setTimeout(r, 700))]);
      await page.evaluate((t) => window.__probeWatch(t), second);
      await page.locator(next).first().click({ timeout: 10_000 });
      await until([second], 20_000);
      result.change = painted.get(second) - (await page.evaluate(() => window.__clickAt));
      result.timingsAfter = await collect();
    }
  } catch (e) {
    result.failure = e.message.split('\n')[0];
    result.screen = await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => '');
  } finally {
    await ctx.close();
  }
  return result;
}

const isJs = (r) => /\.m?js(\?|$)/.test(r.url);
const jsBytes = (t, until = Infinity) => (t ? t.resources.filter((r) => isJs(r) && r.end <= until).reduce((s, r) => s + r.encoded, 0) : NaN);
const chainText = (chain) => chain.map((u, i) => (i ? path(u) : 'HTML')).join(' → ');
const fmtRatio = (xs) => `${median(xs).toFixed(2)} (IQR ${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)}; 1/${(1 / median(xs)).toFixed(1)})`;
const notes = new Map();
const note = (key, line) => notes.set(key, line);
const PROTOCOL = flags.http === '2' ? 'h2' : 'http/1.1';
function remember(name, r) {
  for (const x of r.timings ? [r.timings.nav, ...r.timings.resources] : []) {
    // An open stream's entry is made from CDP (see load) and has no protocol.
    if (x.protocol && x.protocol !== PROTOCOL) note(`${name} protocol ${x.protocol}`, `${name}: a request went over ${x.protocol}, not ${PROTOCOL}`);
  }
  if (r.failure) note(`${name} failure ${r.failure}`, `${name}: ${r.failure}${r.screen ? ` — screen: ${JSON.stringify(r.screen.slice(0, 160))}` : ''}`);
  for (const e of r.errors) note(`${name} error ${e}`, `${name}: page error: ${e}`);
  for (const u of new Set(r.offsite)) note(`${name} offsite ${u}`, `${name}: blocked off-site request ${u}`);
}

console.log(`cold loads in Chromium ${browser.version()}, CPU ${CPU}× slower, fresh context per load, ${PHONE.width}×${PHONE.height} phone (board: 1920×1080)${flags.preload ? ', with modulepreload links' : ''}`);
// Other work on the machine slows every tool alike (loads are interleaved) but inflates absolute times.
console.log(`machine: ${hostLoad()} at start`);
console.log(`network emulation: ${NETWORK.latency} ms per request, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbps down, ${(NETWORK.uploadThroughput * 8) / 1e3} kbps up; static files ${flags.encoding === 'br' ? 'brotli 11' : 'gzip -9'} over HTTP/${flags.http}${flags.http === '2' ? ' with TLS' : ''}`);

// --- 1. side by side -----------------------------------------------------------------------------
if (tools.length) {
  for (const [name, t] of tools) remember(name, await load(`${origin}/tool/${name}`, { markers: [{ text: t.first }], net: false })); // warm-up, not counted
  for (const net of CONDITIONS) {
    const runs = Object.fromEntries(tools.map(([k]) => [k, []]));
    const started = Date.now();
    for (let round = 0; round < RUNS; round++) {
      // Interleaved, the order rotating each round, so drift on a shared machine hits every tool alike.
      for (let i = 0; i < tools.length; i++) {
        const [name, t] = tools[(round + i) % tools.length];
        const r = await load(`${origin}/tool/${name}`, { markers: [{ text: t.first }], net, next: t.next, second: t.second });
        remember(name, r);
        runs[name].push(r);
      }
    }
    console.log(`\n== 6 steps / 50 fields, ${net ? `${NETWORK.latency} ms RTT / 1.6 Mbps` : 'localhost'}, CPU ${CPU}×: ${RUNS} loads per tool, interleaved (${Math.round((Date.now() - started) / 1000)} s)`);
    console.log(`${''.padEnd(10)} ${'first question painted'.padEnd(30)} ${'page change'.padEnd(26)} ${'JS to 1st question'.padStart(18)} ${'JS by page 2'.padStart(13)}`);
    for (const [name, t] of tools) {
      const rs = runs[name];
      console.log(`${t.title.padEnd(10)} ${summary(rs.map((r) => r.first)).padEnd(30)} ${summary(rs.map((r) => r.change)).padEnd(26)} ${kB(median(rs.map((r) => jsBytes(r.timings, r.first)))).padStart(18)} ${kB(median(rs.map((r) => jsBytes(r.timingsAfter)))).padStart(13)}`);
    }
    for (const other of ['surveyjs', 'formio'].filter((k) => runs.dvc && runs[k])) {
      const ratio = (m) => runs.dvc.map((r, i) => r[m] / runs[other][i][m]).filter(Number.isFinite);
      console.log(`paired dvc / ${tools.find(([k]) => k === other)[1].title} per round: first question ${fmtRatio(ratio('first'))}, page change ${fmtRatio(ratio('change'))}`);
    }
    if (runs.html && runs.surveyjs) {
      const floor = runs.html.map((r, i) => r.first / runs.surveyjs[i].first).filter(Number.isFinite);
      console.log(`the floor: the first label as plain HTML, no script, is painted at ${fmtRatio(floor)} of SurveyJS's time`);
      // What each tool adds to the page it sits in: the floor is the browser's and the HTML's, the same for all.
      if (runs.dvc) console.log(`above the floor (time to the first question minus plain HTML's, paired): dvc / SurveyJS ${fmtRatio(runs.dvc.map((r, i) => (r.first - runs.html[i].first) / (runs.surveyjs[i].first - runs.html[i].first)).filter(Number.isFinite))}`);
    }
    if (net) {
      console.log('critical path (round trips in sequence before the first question, from Resource Timing):');
      for (const [name, t] of tools) {
        const paths = runs[name].filter((r) => r.timings).map((r) => criticalPath(r.timings, r.first));
        const depth = mode(paths.map((p) => p.depth));
        if (depth === undefined) continue;
        const deepest = paths.reduce((a, b) => (b.depth > a.depth ? b : a));
        console.log(`  ${t.title}: ${depth} (HTML + ${depth - 1})${new Set(paths.map((p) => p.depth)).size > 1 ? ` [runs: ${paths.map((p) => p.depth).join(' ')}]` : ''}\n    ${chainText(paths.find((p) => p.depth === depth).chain)}`);
        if (deepest.depth > depth) console.log(`    deepest run: ${chainText(deepest.chain)}`);
      }
    }
  }
}

// --- 2. every entry's first meaningful screen ---------------------------------------------------
if (entries.length) {
  const started = Date.now();
  console.log(`\n== first meaningful screen per CDN entry, with ${NETWORK.latency} ms RTT / 1.6 Mbps, CPU ${CPU}×, ${ENTRY_RUNS} loads each (goal: ≤ 2 round trips after the HTML)`);
  for (const [name, e] of entries) {
    const rs = [];
    for (let i = 0; i < ENTRY_RUNS; i++) {
      const r = await load(`${origin}/entry/${name}`, { markers: e.markers, viewport: e.viewport, net: true });
      remember(name, r);
      if (r.timings) rs.push({ ...r, path: criticalPath(r.timings, r.first) });
    }
    if (!rs.length) {
      console.log(`${name.padEnd(16)} failed (see below)`);
      continue;
    }
    const depth = mode(rs.map((r) => r.path.depth));
    const requests = median(rs.map((r) => r.timings.resources.filter((x) => x.end <= r.first).length));
    console.log(`${`${depth - 1 > 2 ? '✗' : '✓'} ${name}`.padEnd(18)} ${e.entry.padEnd(20)} after the HTML: ${depth - 1} round trips${new Set(rs.map((r) => r.path.depth)).size > 1 ? ` [runs: ${rs.map((r) => r.path.depth - 1).join(' ')}]` : ''}; painted ${summary(rs.map((r) => r.first))}; ${requests} requests, JS ${kB(median(rs.map((r) => jsBytes(r.timings, r.first))))}`);
    console.log(`    ${chainText(rs.find((r) => r.path.depth === depth).path.chain)}`);
    const deepest = rs.reduce((a, b) => (b.path.depth > a.path.depth ? b : a));
    if (deepest.path.depth > depth) console.log(`    deepest run: ${chainText(deepest.path.chain)}`);
  }
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
}

console.log(`\nmachine: ${hostLoad()} at the end`);
if (notes.size) console.log(`\nnotes:\n${[...notes.values()].map((l) => `  ${l}`).join('\n')}`);
await browser.close();
server.stop();
ref.stop();
