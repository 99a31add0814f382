// `npm run lighthouse`: Lighthouse (12.x, the last line that runs on Node 20; 13 needs Node 22) with
// its default mobile preset — a Moto G Power-sized screen, 4× CPU and slow 4G, simulated — against
// the reference server's pages, started fresh on an ephemeral port with an empty database. A new
// Chromium (fresh profile, cold cache) per run, runs interleaved across pages. Prints per page the
// performance, accessibility and best-practices scores, CLS, LCP and TBT of every run, and every
// failing audit with its title and in how many runs it failed.
// Usage: node bench/lighthouse.mjs [--runs 3] [--only /,/board,/kiosk] [--out DIR (saves each report's JSON)]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { hostLoad } from './lib/host.mjs';
import { startReferenceServer } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string', default: '/,/board,/kiosk' }, out: { type: 'string' } } });
const RUNS = Number(flags.runs);
const PAGES = flags.only.split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Our own Chromium with a debugging port, for Lighthouse to drive (it never downloads a browser). */
async function launchChrome() {
  const profile = mkdtempSync(join(tmpdir(), 'dvc-lh-profile-'));
  // In a process group of its own, so closing ends its helper processes too, before the profile goes.
  const child = spawn(findChrome(), [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const port = await new Promise((ok, fail) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) ok(Number(m[1]));
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited with ${code}: ${err.slice(-500)}`)));
  });
  child.stderr.resume();
  const exited = new Promise((r) => child.once('exit', r));
  const close = async () => {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { port, close };
}

// Failing as Lighthouse's report counts it: a scored audit (binary, numeric, or an insight with
// savings) under its pass mark of 0.9.
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);
function summarise(lhr) {
  const audits = lhr.audits;
  const failing = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.map((r) => audits[r.id]))
    .filter((a) => a && SCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 0.9)
    .map((a) => ({ id: a.id, title: a.title, value: a.displayValue ?? '' }));
  return {
    version: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
    fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
    si: audits['speed-index']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    failing: [...new Map(failing.map((f) => [f.id, f])).values()],
    warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])],
  };
}

const started = Date.now();
const loadAtStart = hostLoad();
const ref = await startReferenceServer(ROOT);
const results = Object.fromEntries(PAGES.map((p) => [p, []]));
if (flags.out) mkdirSync(flags.out, { recursive: true });
try {
  for (let run = 0; run < RUNS; run++) {
    for (const page of PAGES) {
      const chrome = await launchChrome();
      try {
        const { lhr } = await lighthouse(ref.origin + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        results[page].push(summarise(lhr));
        if (flags.out) writeFileSync(join(flags.out, `${page.replace(/\W/g, '') || 'index'}-${run + 1}.json`), JSON.stringify(lhr));
      } finally {
        await chrome.close();
      }
    }
  }
} finally {
  ref.stop();
}

console.log(`Lighthouse ${Object.values(results).flat()[0]?.version}, mobile preset (simulated throttling), ${RUNS} runs per page, fresh Chromium each (${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`machine: ${loadAtStart} at start, ${hostLoad()} at the end`);
// A run Lighthouse could not finish has no metrics: shown as n/a, with its error under the page.
const list = (xs, f) => xs.map((x) => (Number.isNaN(x.cls) && Number.isNaN(x.scores.performance) ? 'n/a' : f(x))).join(' ');
for (const [page, rs] of Object.entries(results)) {
  console.log(`\n${page}`);
  for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${list(rs, (r) => String(r.scores[c]).padStart(3))}   (median ${median(rs.map((r) => r.scores[c]))})`);
  console.log(`  ${'CLS'.padEnd(15)} ${list(rs, (r) => r.cls.toFixed(3))}`);
  console.log(`  ${'FCP'.padEnd(15)} ${list(rs, (r) => `${(r.fcp / 1000).toFixed(2)} s`)}`);
  console.log(`  ${'LCP'.padEnd(15)} ${list(rs, (r) => `${(r.lcp / 1000).toFixed(2)} s`)}`);
  console.log(`  ${'Speed Index'.padEnd(15)} ${list(rs, (r) => `${(r.si / 1000).toFixed(2)} s`)}`);
  console.log(`  ${'TBT'.padEnd(15)} ${list(rs, (r) => `${Math.round(r.tbt)} ms`)}`);
  // Simulated throttling scales the CPU time observed here: a busy host inflates TBT and with it the score.
  console.log(`  ${'host CPU index'.padEnd(15)} ${list(rs, (r) => String(Math.round(r.benchmarkIndex)))}   (Lighthouse's benchmarkIndex: under 1,000 its CLI warns that the host is too slow for the 4× CPU preset)`);
  const failing = new Map();
  for (const r of rs) for (const f of r.failing) failing.set(f.id, { ...f, runs: (failing.get(f.id)?.runs ?? 0) + 1, values: [...(failing.get(f.id)?.values ?? []), f.value] });
  console.log(failing.size ? '  failing audits (runs failed):' : '  no failing audits');
  for (const f of [...failing.values()].sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id))) {
    console.log(`    ${f.runs}/${rs.length}  ${f.title}${f.value ? ` — ${[...new Set(f.values)].join(' · ')}` : ''}  [${f.id}]`);
  }
  for (const w of new Set(rs.flatMap((r) => r.warnings))) console.log(`  warning: ${w}`);
}
