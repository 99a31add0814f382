import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { migrateSqlite, SCHEMA_VERSION } from '../src/db/migrations.js';
import { call, DATABASE_KIND, fakeClock, openStream, startServer, tempDir, VALID_APPLICATION, type TestServer } from './helpers.js';

describe('database', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer();
  });
  after(() => s.close());

  it(`runs on the database of this pass (${DATABASE_KIND})`, () => {
    assert.equal(s.app.context.db.kind, DATABASE_KIND);
  });

  it('/healthz says the process is up; /readyz that the database answers at this schema version', async () => {
    const health = await call(s.url, '/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { status: 'ok' });
    const ready = await call(s.url, '/readyz');
    assert.equal(ready.status, 200);
    assert.deepEqual(ready.body, { status: 'ready', database: DATABASE_KIND, schemaVersion: SCHEMA_VERSION });
    assert.equal(ready.headers.get('cache-control'), 'no-store');
    assert.equal((await call(s.url, '/readyz', { method: 'POST' })).status, 405);
  });

  it('/readyz answers 503 once a graceful stop has begun', async () => {
    const other = await startServer();
    try {
      other.app.drain();
      const r = await call(other.url, '/readyz');
      assert.equal(r.status, 503);
      assert.equal(r.body.error, 'not-ready');
      assert.equal(r.headers.get('connection'), 'close');
    } finally {
      await other.close();
    }
  });
});

describe('database: upgrading a SQLite file from the first schema', { skip: DATABASE_KIND !== 'sqlite' }, () => {
  it('keeps applications (received, now with a history) and continues the event sequence', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    migrateSqlite(old, 1);
    old.prepare(`INSERT INTO applications (reference, day, seq, procedure_code, body, received_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run('KL-20261127-0001', '2026-11-27', 1, '1.001193', JSON.stringify(VALID_APPLICATION), Date.parse('2026-11-27T02:00:00Z'));
    for (let i = 0; i < 3; i++) old.prepare(`INSERT INTO events (type, data) VALUES ('ticket', '{}')`).run();
    old.prepare('DELETE FROM events WHERE id < 3').run();
    old.close();

    const clock = fakeClock(Date.parse('2026-11-27T03:00:00Z'));
    const s = await startServer({ dbPath: file, now: clock.now });
    try {
      const view = await call(s.url, '/api/applications/KL-20261127-0001/status', { json: { verifier: '5678' } });
      assert.equal(view.status, 200);
      assert.equal(view.body.status, 'received');
      assert.deepEqual(view.body.history, [{ status: 'received', at: '2026-11-27T02:00:00.000Z' }]);
      assert.equal((await call(s.url, '/api/queue')).body.eventId, 3);
      const stream = await openStream(`${s.url}/api/queue/stream`, { 'Last-Event-ID': '3' });
      await call(s.url, '/api/queue/tickets', { json: { service: 'A' } });
      const [issued] = await stream.waitFor((e) => e.event === 'ticket');
      assert.equal(issued!.id, '4', 'the sequence goes on where AUTOINCREMENT stopped');
      stream.close();
    } finally {
      await s.close();
    }
  });
});
