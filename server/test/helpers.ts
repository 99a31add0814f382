// Shared test helpers: a real server on an ephemeral port with a temporary database, plain
// fetch for requests, and a small SSE client that records every event with its id.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ConfigOverrides } from '../src/config.js';
import pg from 'pg';
import { createServerApp, type ServerApp } from '../src/app.js';
import { ROOT_DIR } from '../src/paths.js';
import { Schemas } from '../src/validation.js';
import { birthRegistration } from '../../test/data/birth-registration.js';

export const schemas = new Schemas();

/**
 * The suite runs once on SQLite and once on PostgreSQL (scripts/node-tests.mjs --postgres sets
 * DVC_TEST_POSTGRES to a throw-away server's admin URL): every server then gets a fresh database.
 */
const POSTGRES = process.env.DVC_TEST_POSTGRES;
export const DATABASE_KIND: 'sqlite' | 'postgres' = POSTGRES ? 'postgres' : 'sqlite';
let databases = 0;

/** A new, empty PostgreSQL database on the test server; its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const name = `dvc_test_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(POSTGRES!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Settings that give a server a fresh database of the suite's kind (a file in `dir` for SQLite). */
export async function freshDatabase(dir: string): Promise<{ dbPath: string; databaseUrl?: string }> {
  const dbPath = join(dir, 'dvc.sqlite');
  return POSTGRES ? { dbPath, databaseUrl: await createPostgresDatabase() } : { dbPath };
}

/** The CLI flags for a fresh database of the suite's kind. */
export async function databaseArgs(dir = tempDir()): Promise<string[]> {
  const { dbPath, databaseUrl } = await freshDatabase(dir);
  return databaseUrl ? ['--database-url', databaseUrl] : ['--db', dbPath];
}

/** Rows of a table, counted through the server's own database (either kind). */
export async function countRows(s: TestServer, table: string, where = '', params: Array<string | number> = []): Promise<number> {
  return (await s.app.context.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${where}`, params))!.n;
}
export const STAFF = 'test-staff-token';
export const auth = { Authorization: `Bearer ${STAFF}` };

/** Asserts `value` matches a schema of /schemas, printing the offending fields if not. */
export function assertSchema(name: string, value: unknown): void {
  assert.deepEqual(schemas.check(name, value), [], `${name}: ${JSON.stringify(value)}`);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dvc-server-test-'));
}

/** A controllable clock, starting 2026-11-28 09:00 in Viet Nam. */
export function fakeClock(start = Date.parse('2026-11-28T02:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

export interface TestServer {
  url: string;
  app: ServerApp;
  dir: string;
  close(): Promise<void>;
}

/** Starts createServerApp on 127.0.0.1:0 in this process. */
export async function startServer(overrides: ConfigOverrides = {}): Promise<TestServer> {
  const dir = tempDir();
  const database = await freshDatabase(dir);
  const app = await createServerApp({ staffToken: STAFF, heartbeatMs: 60_000, ...database, ...overrides });
  const server: Server = createServer(app.handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    dir,
    async close() {
      await app.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** fetch with a JSON body (unless `raw` is given) and a parsed JSON answer. */
export async function call<T = any>(
  base: string,
  path: string,
  init: { method?: string; json?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined = init.raw;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(base + path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** Asserts an error answer: status, the error schema, the code, and optionally a named field. */
export function assertError(reply: Reply, status: number, code: string, field?: string): void {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assertSchema('error.schema.json', reply.body);
  assert.equal(reply.body.error, code);
  if (field !== undefined) assert.ok(reply.body.details.some((d: { field: string }) => d.field === field), JSON.stringify(reply.body));
  assert.doesNotMatch(JSON.stringify(reply.body), /at .+\.(ts|js):\d+/, 'no stack trace');
}

export interface SseEvent {
  id?: string;
  event: string;
  data: any;
}

export interface SseClient {
  events: SseEvent[];
  /** For each event, the number of the network read it came in (events written together share one). */
  readOf: number[];
  response: IncomingMessage;
  /** The `retry:` values received, in order. */
  retries: number[];
  /** Resolves when the server has ended the stream. */
  ended: Promise<void>;
  /** Resolves when `count` events matching `pred` have arrived (rejects after `ms`). */
  waitFor(pred: (e: SseEvent) => boolean, count?: number, ms?: number): Promise<SseEvent[]>;
  close(): void;
}

/** Minimal EventSource: parses the `id`, `event`, `data` and `retry` fields of each message. */
export function openStream(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolveClient, reject) => {
    const req = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      const events: SseEvent[] = [];
      const readOf: number[] = [];
      const retries: number[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      let reads = 0;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        reads++;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const e: Partial<SseEvent> & { data?: string } = {};
          for (const line of block.split('\n')) {
            const i = line.indexOf(': ');
            const [k, v] = i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 2)];
            if (k === 'id') e.id = v;
            else if (k === 'event') e.event = v;
            else if (k === 'data') e.data = v;
            else if (k === 'retry') retries.push(Number(v));
          }
          if (e.event) {
            events.push({ id: e.id, event: e.event, data: JSON.parse(e.data ?? 'null') });
            readOf.push(reads);
          }
        }
        for (const w of waiters) w();
      });
      resolveClient({
        events,
        readOf,
        response,
        retries,
        ended: new Promise((done) => response.once('end', done)),
        waitFor(pred, count = 1, ms = 1500) {
          return new Promise((res, rej) => {
            const check = () => {
              const found = events.filter(pred);
              if (found.length >= count) {
                waiters.delete(check);
                clearTimeout(timer);
                res(found);
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              rej(new Error(`timed out waiting for ${count} events; got ${JSON.stringify(events.map((e) => e.event))}`));
            }, ms);
            waiters.add(check);
            check();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
    });
  });
}

export interface Child {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

const MAIN = resolve(ROOT_DIR, 'server', 'src', 'main.ts');
const children = new Set<ChildProcess>();

/** SIGKILLs every child still running: a failed assertion must not leave one holding the run open. */
export function killChildren(): void {
  for (const c of children) c.kill('SIGKILL');
  children.clear();
}

/** Runs the CLI (through tsx) as a child process; resolves once it prints its URL. */
export function spawnServer(args: string[], env: Record<string, string> = {}): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, '--host', '127.0.0.1', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, STAFF_TOKEN: STAFF, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  children.add(proc);
  const exited = new Promise<number | null>((r) =>
    proc.on('exit', (code) => {
      children.delete(proc);
      r(code);
    }),
  );
  return new Promise((resolveChild, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /dvc-server listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolveChild({ proc, url: m[1]!.replace('localhost', '127.0.0.1'), output: () => out, exited });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    exited.then((code) => reject(Object.assign(new Error(`server exited with ${code}: ${out}`), { code, out })));
  });
}

/** Runs the CLI expecting it to fail at start-up; returns exit code and output. */
export function spawnFailing(args: string[]): Promise<{ code: number | null; output: string }> {
  return spawnServer(args).then(
    (child) => {
      child.proc.kill('SIGKILL');
      throw new Error(`expected the server to fail, but it started: ${child.output()}`);
    },
    (err: { code: number | null; out: string }) => ({ code: err.code, output: err.out }),
  );
}

/** A complete, on-time birth registration as the wizard sends it. */
export const VALID_APPLICATION = birthRegistration('2026-11-20');
