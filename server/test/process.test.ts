import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, describe, it } from 'node:test';
import { auth, call, databaseArgs, DATABASE_KIND, killChildren, openStream, spawnFailing, spawnServer, tempDir, VALID_APPLICATION } from './helpers.js';

describe('the server process', () => {
  after(killChildren);

  it('prints its URL, serves, and exits 0 on SIGTERM', { skip: DATABASE_KIND !== 'sqlite' }, async () => {
    const db = DATABASE_KIND === 'sqlite' ? ['--db', join(tempDir(), 'nested', 'dir', 'dvc.sqlite')] : await databaseArgs();
    const child = await spawnServer(['--port', '0', ...db]);
    assert.equal((await call(child.url, '/api/queue/services')).status, 200);
    const stream = await openStream(`${child.url}/api/queue/stream`);
    await stream.waitFor((e) => e.event === 'snapshot');
    child.proc.kill('SIGTERM');
    assert.equal(await child.exited, 0, 'graceful stop, even with an open event stream');
  });

  it('stops gracefully on SIGTERM: streams told to reconnect, the write in flight answered, exit 0', async () => {
    const child = await spawnServer(['--port', '0', ...(await databaseArgs()), '--sse-retry-ms', '500']);
    const stream = await openStream(`${child.url}/api/queue/stream`);
    await stream.waitFor((e) => e.event === 'snapshot');
    let raw = '';
    stream.response.on('data', (chunk: Buffer | string) => void (raw += chunk.toString()));
    const ended = new Promise<void>((r) => stream.response.once('end', r));
    // A ticket request whose body is still arriving when SIGTERM comes.
    const { port } = new URL(child.url);
    const answer = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/queue/tickets', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
      });
      req.on('error', reject);
      req.write('{"service":');
      setTimeout(() => {
        child.proc.kill('SIGTERM');
        setTimeout(() => req.end('"A"}'), 150);
      }, 50);
    });
    await ended;
    assert.match(raw, /^retry: \d+$/m, 'told when to come back');
    const reply = await answer;
    assert.equal(reply.status, 201, reply.body);
    assert.equal(reply.connection, 'close');
    assert.equal(JSON.parse(reply.body).number, 'A-001');
    assert.equal(await child.exited, 0);
  });

  it('generates a staff token when none is set, prints it, and keeps it across restarts', async () => {
    const db = await databaseArgs();
    const tokenOf = (out: string) => /staff token[^:]*: (\S+)/.exec(out)?.[1];
    const first = await spawnServer(['--port', '0', ...db], { STAFF_TOKEN: '' });
    const token = tokenOf(first.output());
    assert.ok(token && token.length >= 20);
    const ok = await call(first.url, '/api/queue/counters/1/next', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    first.proc.kill('SIGTERM');
    await first.exited;
    const second = await spawnServer(['--port', '0', ...db], { STAFF_TOKEN: '' });
    assert.equal(tokenOf(second.output()), token);
    second.proc.kill('SIGTERM');
    await second.exited;
  });

  it('refuses a corrupt database file with a clear message naming it', { skip: DATABASE_KIND !== 'sqlite' }, async () => {
    const db = join(tempDir(), 'corrupt.sqlite');
    writeFileSync(db, 'this is not a database, just some text that is long enough '.repeat(200));
    const { code, output } = await spawnFailing(['--port', '0', '--db', db]);
    assert.notEqual(code, 0);
    assert.ok(output.includes(db), output);
    assert.match(output, /not a valid database/);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
  });

  it('refuses a database locked by another process', { skip: DATABASE_KIND !== 'sqlite' }, async () => {
    const file = join(tempDir(), 'locked.sqlite');
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    try {
      const { code, output } = await spawnFailing(['--port', '0', '--db', file]);
      assert.notEqual(code, 0);
      assert.ok(output.includes(file), output);
      assert.match(output, /locked/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('refuses a PostgreSQL server it cannot reach, naming it without the password', { skip: DATABASE_KIND !== 'postgres' }, async () => {
    const { code, output } = await spawnFailing(['--port', '0', '--database-url', 'postgres://dvc:s3cret@127.0.0.1:1/dvc', '--database-wait-ms', '600']);
    assert.notEqual(code, 0);
    assert.match(output, /cannot open database postgres:\/\/dvc:\*\*\*@127\.0\.0\.1:1\/dvc/);
    assert.match(output, /waiting for database/, 'it waited first');
    assert.doesNotMatch(output, /s3cret/);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
  });

  it('rejects bad configuration with one clear line', { skip: DATABASE_KIND !== 'sqlite' }, async () => {
    const { code, output } = await spawnFailing(['--rate-limit-tickets', 'lots']);
    assert.notEqual(code, 0);
    assert.match(output, /RATE_LIMIT_TICKETS must look like/);
  });

  it('survives SIGKILL mid-stream: state intact, streams resume by Last-Event-ID', async () => {
    const db = await databaseArgs();
    const first = await spawnServer(['--port', '0', ...db, '--heartbeat-ms', '100']);
    const a1 = await call(first.url, '/api/queue/tickets', { json: { service: 'A' }, headers: { 'Idempotency-Key': 'k-a1' } });
    const a2 = await call(first.url, '/api/queue/tickets', { json: { service: 'A' } });
    await call(first.url, '/api/queue/counters/1/next', { method: 'POST', headers: auth });
    const fb = { id: randomUUID(), submittedAt: new Date().toISOString(), locale: 'vi', overall: 4 };
    await call(first.url, '/api/feedback', { json: fb, headers: { 'Idempotency-Key': fb.id } });
    const app = await call(first.url, '/api/applications', { json: VALID_APPLICATION });

    const stream = await openStream(`${first.url}/api/queue/stream`);
    const [snap] = await stream.waitFor((e) => e.event === 'snapshot');
    const seen = Number(snap!.id);
    stream.close();
    // Two more events the client misses, then the process dies without any chance to clean up.
    await call(first.url, '/api/queue/tickets', { json: { service: 'B' } });
    await call(first.url, '/api/queue/counters/3/next', { method: 'POST', headers: auth });
    first.proc.kill('SIGKILL');
    assert.equal(await first.exited, null);

    const second = await spawnServer(['--port', '0', ...db]);
    try {
      const t1 = await call(second.url, `/api/queue/tickets/${a1.body.id}`);
      assert.equal(t1.body.status, 'called');
      assert.equal(t1.body.counter, '1');
      assert.equal((await call(second.url, `/api/queue/tickets/${a2.body.id}`)).body.position, 0);
      const snapAfter = (await call(second.url, '/api/queue')).body;
      assert.equal(snapAfter.counters.find((c: { id: string }) => c.id === '3').current.number, 'B-001');
      // Idempotency keys survived: the same tap still gives the same ticket.
      const replay = await call(second.url, '/api/queue/tickets', { json: { service: 'A' }, headers: { 'Idempotency-Key': 'k-a1' } });
      assert.equal(replay.body.id, a1.body.id);
      const fbAgain = await call(second.url, '/api/feedback', { json: fb, headers: { 'Idempotency-Key': fb.id } });
      assert.equal(fbAgain.headers.get('idempotent-replayed'), 'true');
      const app2 = await call(second.url, '/api/applications', { json: VALID_APPLICATION });
      assert.equal(Number(app2.body.reference.slice(-4)), Number(app.body.reference.slice(-4)) + 1);

      const resumed = await openStream(`${second.url}/api/queue/stream`, { 'Last-Event-ID': String(seen) });
      const missed = await resumed.waitFor((e) => e.event !== 'heartbeat', 2);
      assert.deepEqual(missed.map((e) => [Number(e.id), e.event]), [[seen + 1, 'ticket'], [seen + 2, 'called']]);
      await call(second.url, '/api/queue/tickets', { json: { service: 'C' } });
      const [live] = await resumed.waitFor((e) => e.data?.service === 'C');
      assert.equal(Number(live!.id), seen + 3, 'the sequence continues after the restart: no gap, no repeat');
      resumed.close();
    } finally {
      second.proc.kill('SIGKILL');
      await second.exited;
    }
  });

  it('--simulate moves the queue and the applications by themselves', async () => {
    const child = await spawnServer(['--port', '0', ...(await databaseArgs()), '--simulate', '--simulate-ms', '50']);
    try {
      const { reference } = (await call(child.url, '/api/applications', { json: VALID_APPLICATION })).body;
      const stream = await openStream(`${child.url}/api/queue/stream`);
      try {
        await stream.waitFor((e) => e.event === 'ticket' && e.data.action === 'issued', 2, 1800);
        await stream.waitFor((e) => e.event === 'called', 1, 1800);
      } catch (error) {
        // A failed simulated step is logged, not thrown: the server's output says why.
        throw new Error(`${(error as Error).message}\nserver output:\n${child.output()}`);
      } finally {
        stream.close();
      }
      let history: Array<{ status: string }> = [];
      for (const end = Date.now() + 1500; history.length < 3 && Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
        history = (await call(child.url, `/api/applications/${reference}/status`, { json: { verifier: '5678' } })).body.history;
      }
      assert.ok(history.length >= 3, `moved on: ${JSON.stringify(history)}`);
      assert.deepEqual(history.slice(0, 2).map((h) => h.status), ['received', 'processing']);
    } finally {
      child.proc.kill('SIGKILL');
      await child.exited;
    }
  });
});
