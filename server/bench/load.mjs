// Load benchmark of the queue stream (`npm run load`; not a test). Loopback only and bounded:
// starts the built server on a temporary database, connects N SSE clients, then calls tickets at
// a fixed rate and measures, per client, the time from the staff call to the `called` event.
//   node server/bench/load.mjs [--clients 2000] [--seconds 10] [--rate 20]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atRate, issueTickets, onBlocks, percentile, request } from './common.mjs';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'dist', 'server', 'main.js');
const TOKEN = 'load-test-token';
const COUNTERS = ['1', '2', '3', '4'];

if (!existsSync(MAIN)) {
  console.error(`${MAIN} is missing: run npm run build:server`);
  process.exit(1);
}
// Bounded in time whatever happens.
const hardStop = setTimeout(() => fail('took too long'), (SECONDS + 90) * 1000);
hardStop.unref();

const dir = mkdtempSync(join(tmpdir(), 'dvc-load-'));
const server = spawn(process.execPath, [MAIN, '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'load.sqlite')], {
  env: { ...process.env, STAFF_TOKEN: TOKEN, RATE_LIMIT_TICKETS: '1000000/1min', HEARTBEAT_MS: '15000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

function cleanup() {
  server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
function fail(message) {
  console.error(`load: ${message}`);
  cleanup();
  process.exit(1);
}

const port = await new Promise((res, rej) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
    if (m) res(Number(m[1]));
  });
  server.once('exit', () => rej(new Error(`server exited: ${out}`)));
});

const calls = RATE * SECONDS;
try {
  await issueTickets(port, calls);
} catch (err) {
  fail(err.message);
}

// ── clients ───────────────────────────────────────────────────────────────────
/** number → receipt times (one per client that got its `called` event). */
const receipts = new Map();
let gaps = 0;
let connected = 0;
let closedEarly = 0;

function connect() {
  return new Promise((res) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/queue/stream', agent: false }, (r) => {
      let lastId = -1;
      onBlocks(r, (block, now) => {
        const id = /^id: (\d+)$/m.exec(block);
        if (id) {
          const n = Number(id[1]);
          if (lastId >= 0 && n !== lastId + 1 && !block.includes('event: snapshot')) gaps++;
          lastId = n;
        }
        if (block.includes('event: snapshot')) {
          connected++;
          res();
        } else if (block.includes('event: called')) {
          const number = /"number":"([^"]+)"/.exec(block)[1];
          let list = receipts.get(number);
          if (!list) receipts.set(number, (list = []));
          list.push(now);
        }
      });
      r.on('close', () => closedEarly++);
    });
    req.on('error', () => {
      closedEarly++;
      res();
    });
  });
}

const t0 = performance.now();
for (let i = 0; i < CLIENTS; i += 200) {
  await Promise.all(Array.from({ length: Math.min(200, CLIENTS - i) }, connect));
}
const connectMs = performance.now() - t0;

// ── calls ─────────────────────────────────────────────────────────────────────
/** number → time the call that produced it was sent. */
const sentAt = new Map();
let failedCalls = 0;
let emptyCalls = 0;
await atRate(RATE, calls, (i) => {
  const t = performance.now();
  request(port, 'POST', `/api/queue/counters/${COUNTERS[i % COUNTERS.length]}/next`, { token: TOKEN }).then((r) => {
    if (r.status !== 200) failedCalls++;
    else if (r.body.current) sentAt.set(r.body.current.number, t);
    else emptyCalls++;
  });
});
await new Promise((r) => setTimeout(r, 1500)); // let the last events arrive

const rss = (field) => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
    return m ? `${(Number(m[1]) / 1024).toFixed(1)} MiB` : 'n/a';
  } catch {
    return 'n/a (no /proc)';
  }
};
const serverRss = rss('VmRSS');
const serverPeak = rss('VmHWM');

const latencies = [];
let received = 0;
for (const [number, t] of sentAt) {
  for (const r of receipts.get(number) ?? []) {
    latencies.push(r - t);
    received++;
  }
}
const pct = (p) => percentile(latencies, p);
const expected = sentAt.size * connected;

console.log(`dvc-server load: ${CLIENTS} SSE clients, ${RATE} calls/s for ${SECONDS} s (loopback)`);
console.log(`  connected clients     ${connected} / ${CLIENTS} in ${(connectMs / 1000).toFixed(1)} s (${closedEarly} closed early)`);
console.log(`  calls                 ${sentAt.size} called a ticket, ${emptyCalls} found nobody, ${failedCalls} failed`);
console.log(`  fan-out call→receipt  p50 ${pct(50)} ms · p95 ${pct(95)} ms · p99 ${pct(99)} ms · max ${pct(100)} ms`);
console.log(`  events                ${received} received of ${expected} expected · dropped ${expected - received} · id gaps ${gaps}`);
console.log(`  server RSS            ${serverRss} (peak ${serverPeak})`);
cleanup();
process.exit(0);
