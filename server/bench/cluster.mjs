// Fault test of the reference server as a province would run it (`npm run load:cluster`; not part
// of npm test): a real PostgreSQL (scripts/postgres.mjs), two instances of the built server,
// nginx configured as docs/deploy.md says (nginx.mjs; `--balancer node` uses the round-robin
// proxy of proxy.mjs instead), N SSE clients and a fixed rate of staff calls through the
// balancer. Mid-run instance A is SIGKILLed (and started again a few seconds later), then
// PostgreSQL is restarted. Every client counts, by event id, what it missed or got twice; every
// call's delivery time is measured per phase; at the end the database is checked for every
// answered write. Loopback only, bounded in time.
//   node server/bench/cluster.mjs [--clients 2000] [--rate 20] [--seconds 32] [--kill-at 8]
//                                 [--restart-a-after 5] [--pg-restart-at 20] [--balancer nginx|node]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres } from '../../scripts/postgres.mjs';
import { cpuSeconds, machineSeconds } from './cpu.mjs';
import { startNginx } from './nginx.mjs';
import { atRate, issueTickets, percentile, request, streamEvents } from './common.mjs';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '32' },
    'kill-at': { type: 'string', default: '8' },
    'restart-a-after': { type: 'string', default: '5' },
    'pg-restart-at': { type: 'string', default: '20' },
    balancer: { type: 'string', default: 'nginx' },
  },
});
const CLIENTS = Number(values.clients);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const KILL_AT = Number(values['kill-at']) * 1000;
const RESTART_A_AFTER = Number(values['restart-a-after']) * 1000;
const PG_RESTART_AT = Number(values['pg-restart-at']) * 1000;
/** `nginx` (as docs/deploy.md configures it) or `node` (proxy.mjs, where nginx cannot be had). */
const BALANCER = values.balancer;
if (BALANCER !== 'nginx' && BALANCER !== 'node') {
  console.error(`--balancer ${BALANCER}: nginx or node`);
  process.exit(2);
}
/** What the balancer is called in the report. */
const BALANCER_NAME = BALANCER === 'node' ? 'the round-robin proxy' : 'nginx';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'dist', 'server', 'main.js');
const TOKEN = 'cluster-test-token';
const COUNTERS = ['1', '2', '3', '4'];
const SSE_RETRY_MS = 500;

if (!existsSync(MAIN)) {
  console.error(`${MAIN} is missing: run npm run build:server`);
  process.exit(1);
}
const hardStop = setTimeout(() => fail('took too long'), (SECONDS + 180) * 1000);
hardStop.unref();

const children = new Set();
let database;
let nginx;
function cleanup() {
  for (const c of children) c.kill('SIGKILL');
  // Not SIGKILL: nginx's master must take its worker down with it.
  nginx?.stop();
  database?.stop();
}
function fail(message) {
  console.error(`cluster: ${message}`);
  cleanup();
  process.exit(1);
}
process.on('SIGINT', () => fail('interrupted'));

/** Spawns a process and resolves with its port once it prints `pattern`. */
function launch(args, env, pattern) {
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  let out = '';
  proc.stderr.on('data', (c) => {
    out += c;
    // Anything but the expected notes about the database being away is worth seeing.
    for (const line of String(c).split('\n')) if (line && !/database unavailable|waiting for database|cannot read queue events/.test(line)) console.error(`  [${args[0].split('/').at(-1)} ${proc.pid}] ${line}`);
  });
  return new Promise((res, rej) => {
    proc.stdout.on('data', (c) => {
      out += c;
      const m = pattern.exec(out);
      if (m) res({ proc, port: Number(m[1]) });
    });
    proc.once('exit', (code) => rej(new Error(`${args[0]} exited (${code}): ${out}`)));
  });
}

// ── PostgreSQL, two instances, the balancer ──────────────────────────────────
console.log('cluster: starting PostgreSQL …');
database = await startPostgres({ durable: true, maxConnections: 100 });
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
await admin.query('CREATE DATABASE dvc');
const pgVersion = (await admin.query('SHOW server_version')).rows[0].server_version.split(' ')[0];
await admin.end();
const DATABASE_URL = database.url.replace(/\/postgres$/, '/dvc');
const serverEnv = {
  DATABASE_URL,
  STAFF_TOKEN: TOKEN,
  RATE_LIMIT_TICKETS: '1000000/1min',
  HEARTBEAT_MS: '2000',
  SSE_RETRY_MS: String(SSE_RETRY_MS),
  // As docs/deploy.md sets it for a province; SSE_COALESCE_MS=0 measures one write per event.
  SSE_COALESCE_MS: process.env.SSE_COALESCE_MS ?? '100',
  SSE_MAX_AGE_MS: '600000', // as deploy.md: no stream reaches it within a run
  TRUST_PROXY: '1',
};
const startInstance = (port = 0) =>
  launch([MAIN, '--port', String(port), '--host', '127.0.0.1'], serverEnv, /listening on http:\/\/localhost:(\d+)/);
const a = await startInstance();
const b = await startInstance();
const balancer =
  BALANCER === 'node'
    ? await launch(
        [join(ROOT, 'server', 'bench', 'proxy.mjs'), '--port', '0', '--backends', `http://127.0.0.1:${a.port},http://127.0.0.1:${b.port}`],
        {},
        /proxy listening on http:\/\/127\.0\.0\.1:(\d+)/,
      )
    : (nginx = await startNginx([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`], { connections: CLIENTS }));
console.log(`cluster: PostgreSQL ${database.port}, instance A ${a.port}, B ${b.port}, ${BALANCER} ${balancer.port}`);

const calls = RATE * SECONDS;
const issued = await issueTickets(balancer.port, calls).catch((err) => fail(err.message));

// ── clients ───────────────────────────────────────────────────────────────────
/** number → time the call that produced it was sent. */
const sentAt = new Map();
const phases = ['steady', 'switch', 'after switch', 'PostgreSQL restart', 'after recovery'];
/** Every receipt of a `called` event: [number, time]; matched to the call's send time at the end. */
const receipts = [];
let t0 = 0;
let killedAt = Infinity;
let pgRestartAt = Infinity;
let pgRecoveredAt = Infinity;
const phaseOf = (sent) =>
  sent < killedAt - 1000
    ? 'steady'
    : sent < killedAt + 4000
      ? 'switch'
      : sent < pgRestartAt - 1000
        ? 'after switch'
        : sent < pgRecoveredAt + 2000
          ? 'PostgreSQL restart'
          : 'after recovery';

const clients = [];
/** Why streams ended, by cause ('end', an HTTP status, a socket error code); reset after connecting. */
let closedBy = {};
function connect(client) {
  return new Promise((resolveFirst) => {
    const headers = { Accept: 'text/event-stream', ...(client.lastId >= 0 ? { 'Last-Event-ID': String(client.lastId) } : {}) };
    let first = true;
    // Parsed with indexOf, not regular expressions: 2,000 clients in one process must not be
    // what limits the run.
    streamEvents(balancer.port, '/api/queue/stream', headers, {
      onStatus: (status) => status === 200,
      onClose: retry,
      onBlock: (block, now) => {
        if (block.startsWith('retry: ')) client.retryMs = Number(block.slice(7));
        if (!block.startsWith('id: ')) return;
        const eol = block.indexOf('\n');
        const n = Number(block.slice(4, eol));
        const type = block.slice(eol + 8, block.indexOf('\n', eol + 1));
        if (first && client.closedAt !== undefined) {
          client.reconnectMs.push(now - client.closedAt);
          client.closedAt = undefined;
        }
        first = false;
        if (type === 'snapshot') {
          if (client.lastId >= 0 && n !== client.lastId + 1 && n !== client.lastId) client.resets++;
          client.lastId = n;
          resolveFirst();
          return;
        }
        if (n <= client.lastId) client.repeats++;
        else if (n > client.lastId + 1) client.gaps += n - client.lastId - 1;
        if (n > client.lastId) client.lastId = n;
        if (type === 'called') {
          const at = block.indexOf('"number":"') + 10;
          receipts.push(block.slice(at, block.indexOf('"', at)), now);
          client.called++;
        }
      },
    });
    let retried = false;
    function retry(why) {
      if (retried || stopping) return;
      retried = true;
      closedBy[why] = (closedBy[why] ?? 0) + 1;
      client.closedAt ??= performance.now();
      client.reconnects++;
      // A first connection that failed is connected once its retry is: until then the client
      // would miss the calls, which is not what the run measures.
      setTimeout(() => connect(client).then(resolveFirst), client.retryMs);
    }
  });
}

let stopping = false;
const connectStart = performance.now();
for (let i = 0; i < CLIENTS; i += 200) {
  await Promise.all(
    Array.from({ length: Math.min(200, CLIENTS - i) }, () => {
      const client = { lastId: -1, retryMs: SSE_RETRY_MS, resets: 0, repeats: 0, gaps: 0, reconnects: 0, reconnectMs: [], called: 0, closedAt: undefined };
      clients.push(client);
      return connect(client);
    }),
  );
}
const connectMs = performance.now() - connectStart;
const firstRetries = clients.reduce((n, c) => n + c.reconnects, 0);
for (const c of clients) Object.assign(c, { reconnects: 0, reconnectMs: [] });
console.log(`cluster: ${clients.length} clients connected in ${(connectMs / 1000).toFixed(1)} s (${firstRetries} first attempts retried: ${JSON.stringify(closedBy)})`);
closedBy = {};

// ── readiness, watched directly on each instance ──────────────────────────────
const notReady = { a: [], b: [] };
const ports = { a: a.port, b: b.port };
const readiness = setInterval(async () => {
  for (const name of ['a', 'b']) {
    const r = await request(ports[name], 'GET', '/readyz');
    if (r.status !== 200) notReady[name].push(performance.now());
  }
}, 100);

// ── the run: calls, the kill, the restarts ────────────────────────────────────
const answered = [];
const failedCalls = { steady: 0, switch: 0, 'after switch': 0, 'PostgreSQL restart': 0, 'after recovery': 0 };
/** HTTP status of the failed calls (0: the connection broke). */
const failedStatus = {};
let emptyCalls = 0;
let aAgain;
t0 = performance.now();
const cpuAtStart = { clients: process.cpuUsage(), balancer: cpuSeconds(balancer.proc.pid), a: cpuSeconds(a.proc.pid), b: cpuSeconds(b.proc.pid), machine: machineSeconds() };
let cpuOfA;
const timeline = [];
setTimeout(() => {
  killedAt = performance.now();
  cpuOfA = cpuSeconds(a.proc.pid) - cpuAtStart.a;
  a.proc.kill('SIGKILL');
  timeline.push(`${((killedAt - t0) / 1000).toFixed(1)} s  SIGKILL instance A`);
  setTimeout(async () => {
    aAgain = await startInstance(a.port).catch((e) => fail(`instance A did not start again: ${e.message}`));
    timeline.push(`${((performance.now() - t0) / 1000).toFixed(1)} s  instance A started again`);
  }, RESTART_A_AFTER);
}, KILL_AT);
setTimeout(async () => {
  pgRestartAt = performance.now();
  timeline.push(`${((pgRestartAt - t0) / 1000).toFixed(1)} s  PostgreSQL restart (pg_ctl restart -m fast)`);
  await database.restartAsync('fast');
  const back = performance.now();
  timeline.push(`${((back - t0) / 1000).toFixed(1)} s  PostgreSQL accepting connections again`);
  // Recovered: both instances ready again.
  for (;;) {
    const [ra, rb] = await Promise.all([request(ports.a, 'GET', '/readyz'), request(ports.b, 'GET', '/readyz')]);
    if (ra.status === 200 && rb.status === 200) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  pgRecoveredAt = performance.now();
  timeline.push(`${((pgRecoveredAt - t0) / 1000).toFixed(1)} s  both instances ready again`);
}, PG_RESTART_AT);

/** Calls sent and not yet answered: the checks wait for them, else a call answered after the rows were read looks lost. */
const inFlight = new Set();
await atRate(RATE, calls, (i) => {
  const t = performance.now();
  const call = request(balancer.port, 'POST', `/api/queue/counters/${COUNTERS[i % COUNTERS.length]}/next`, { token: TOKEN }).then((r) => {
    if (r.status !== 200) {
      failedCalls[phaseOf(t)]++;
      failedStatus[r.status] = (failedStatus[r.status] ?? 0) + 1;
    }
    else if (!r.body.current) emptyCalls++;
    else {
      sentAt.set(r.body.current.number, t);
      answered.push(r.body.current.number);
    }
  });
  inFlight.add(call);
  const settled = () => inFlight.delete(call);
  call.then(settled, settled);
});
// Every call answered (a saturated machine answers seconds late), then the last events and any
// reconnect in progress.
await Promise.allSettled([...inFlight]);
await new Promise((r) => setTimeout(r, 3000));
const clientsCpu = process.cpuUsage(cpuAtStart.clients);
const cpu = {
  clients: (clientsCpu.user + clientsCpu.system) / 1e6,
  balancer: cpuSeconds(balancer.proc.pid) - cpuAtStart.balancer,
  a: cpuOfA,
  aAgain: cpuSeconds(aAgain?.proc.pid),
  b: cpuSeconds(b.proc.pid) - cpuAtStart.b,
};
const machine = machineSeconds();
stopping = true;
clearInterval(readiness);
/** Delivery times (ms) per phase, by when the call was sent. */
const latencies = Object.fromEntries(phases.map((p) => [p, []]));
/** The same by second of the run: a phase's tail is traced to the moment that made it. */
const bySecond = [];
for (let i = 0; i < receipts.length; i += 2) {
  const sent = sentAt.get(receipts[i]);
  if (sent === undefined) continue;
  const ms = receipts[i + 1] - sent;
  latencies[phaseOf(sent)].push(ms);
  (bySecond[Math.floor((sent - t0) / 1000)] ??= []).push(ms);
}

// ── checks ────────────────────────────────────────────────────────────────────
const final = (await request(b.port, 'GET', '/api/queue')).body.eventId;
const check = new pg.Client({ connectionString: DATABASE_URL });
await check.connect();
const rows = new Map((await check.query('SELECT number, status FROM tickets')).rows.map((r) => [r.number, r.status]));
// A call answered but not stored would be a bug: show its rows and events for the hunt.
for (const n of answered.filter((x) => !['called', 'done', 'no-show'].includes(rows.get(x)))) {
  console.error(`cluster: ${n} rows`, JSON.stringify((await check.query('SELECT * FROM tickets WHERE number = $1', [n])).rows));
  console.error(`cluster: ${n} events`, JSON.stringify((await check.query('SELECT id, type, data FROM events WHERE data LIKE $1 ORDER BY id', [`%"${n}"%`])).rows));
}
await check.end();
const lost = [
  ...answered.filter((n) => !['called', 'done', 'no-show'].includes(rows.get(n))).map((n) => `${n} (called; stored ${rows.get(n) ?? 'nothing'})`),
  ...issued.filter((n) => !rows.has(n)).map((n) => `${n} (issued; not stored)`),
];
const lostWrites = lost.length;

const pct = (list, p) => (list.length ? Number(percentile(list, p)).toFixed(0) : 'n/a');
const sum = (f) => clients.reduce((n, c) => n + f(c), 0);
const reconnectTimes = clients.flatMap((c) => c.reconnectMs);
/** Failed readiness checks (every 100 ms) as periods: "18.2–20.1 s". */
const periods = (list) => {
  const out = [];
  for (const t of list) {
    const last = out.at(-1);
    if (last && t - last[1] < 300) last[1] = t;
    else out.push([t, t]);
  }
  return out.length ? out.map(([x, y]) => `${((x - t0) / 1000).toFixed(1)}–${((y - t0) / 1000).toFixed(1)} s`).join(', ') : 'never';
};

console.log(`\ndvc-server cluster: 2 instances + PostgreSQL ${pgVersion} behind ${BALANCER_NAME}, loopback, ${CLIENTS} SSE clients, ${RATE} calls/s for ${SECONDS} s`);
for (const line of timeline) console.log(`  ${line}`);
console.log(`  calls                 ${answered.length} answered with a ticket, ${emptyCalls} found nobody, failed per phase ${JSON.stringify(failedCalls)} by status ${JSON.stringify(failedStatus)}`);
console.log('  delivery call→client  (per phase, by when the call was sent)');
for (const p of phases) {
  const l = latencies[p];
  console.log(`    ${p.padEnd(20)} ${String(l.length).padStart(8)} receipts · p50 ${pct(l, 50)} ms · p99 ${pct(l, 99)} ms · max ${pct(l, 100)} ms`);
}
console.log(`    p99 by second sent   ${bySecond.map((l, s) => `${s}: ${pct(l, 99)}`).filter(Boolean).join(' · ')}`);
console.log(`  clients               ${sum((c) => (c.reconnects ? 1 : 0))} reconnected (${sum((c) => c.reconnects)} reconnects) · reconnect→first event p50 ${pct(reconnectTimes, 50)} ms · p99 ${pct(reconnectTimes, 99)} ms · max ${pct(reconnectTimes, 100)} ms`);
console.log(`  per client            events lost ${sum((c) => c.gaps)} · repeated ${sum((c) => c.repeats)} · fresh snapshots instead of a replay ${sum((c) => c.resets)} · behind the last event ${clients.filter((c) => c.lastId !== final).length}`);
console.log(`  called events         ${sum((c) => c.called)} received of ${answered.length * CLIENTS} expected (${answered.length} calls × ${CLIENTS} clients)`);
console.log(`  answered writes lost  ${lostWrites} (of ${answered.length} calls and ${issued.length} tickets, checked in PostgreSQL)${lost.length ? `: ${lost.join(', ')}` : ''}`);
console.log(`  streams ended by      ${JSON.stringify(closedBy)}`);
if (nginx) console.log(`  nginx errors          ${JSON.stringify(nginx.errorLog())}`);
if (machine) {
  const busy = machine.busy - cpuAtStart.machine.busy;
  const all = machine.all - cpuAtStart.machine.all;
  const s = (x) => (x ?? 0).toFixed(1);
  const rest = busy - cpu.clients - cpu.balancer - (cpu.a ?? 0) - (cpu.aAgain ?? 0) - cpu.b;
  console.log(`  CPU seconds           of ${s(all)} (every core, the run): clients ${s(cpu.clients)} · ${BALANCER_NAME} ${s(cpu.balancer)} · A ${s(cpu.a)} until killed, ${s(cpu.aAgain)} started again · B ${s(cpu.b)} · the rest (PostgreSQL, the kernel) ${s(rest)} · idle ${s(all - busy)}`);
}
console.log(`  not ready (/readyz)   A ${periods(notReady.a)} · B ${periods(notReady.b)}`);
cleanup();
process.exit(0);
