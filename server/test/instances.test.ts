// Two server instances on one PostgreSQL database, as behind a load balancer: the live queue,
// tickets, idempotency keys, resume and the day's rollover hold across them. (PostgreSQL pass
// only: SQLite is one process.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  auth,
  call,
  countRows,
  createPostgresDatabase,
  DATABASE_KIND,
  fakeClock,
  openStream,
  startServer,
  STAFF,
  type SseClient,
  type SseEvent,
  type TestServer,
} from './helpers.js';

const queueEvents = (c: SseClient): SseEvent[] => c.events.filter((e) => e.event === 'called' || e.event === 'ticket');

describe('two instances on one PostgreSQL database', { skip: DATABASE_KIND !== 'postgres' }, () => {
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    const databaseUrl = await createPostgresDatabase();
    // No staff token configured: the two must agree on the one generated for the database.
    [a, b] = await Promise.all([
      startServer({ databaseUrl, staffToken: undefined, heartbeatMs: 100 }),
      startServer({ databaseUrl, staffToken: undefined, heartbeatMs: 100 }),
    ]);
  });
  after(async () => {
    await a?.close();
    await b?.close();
  });

  it('generate one staff token between them', () => {
    assert.equal(a.app.staffToken, b.app.staffToken);
    assert.notEqual(a.app.staffToken, STAFF);
  });

  it('boards on each see every call, made alternately through each, once and in order', async () => {
    const headers = { Authorization: `Bearer ${a.app.staffToken}` };
    const boards = await Promise.all([a, a, b, b].map((s) => openStream(`${s.url}/api/queue/stream`)));
    await Promise.all(boards.map((c) => c.waitFor((e) => e.event === 'snapshot')));
    for (let i = 0; i < 6; i++) await call((i % 2 ? b : a).url, '/api/queue/tickets', { json: { service: 'C' } });
    const called: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await call((i % 2 ? a : b).url, '/api/queue/counters/4/next', { method: 'POST', headers });
      assert.equal(r.status, 200);
      called.push(r.body.current.number);
    }
    for (const board of boards) {
      await board.waitFor((e) => e.event === 'called', 6);
      const events = queueEvents(board);
      assert.deepEqual(events.filter((e) => e.event === 'called').map((e) => e.data.number), called);
      const ids = events.map((e) => Number(e.id));
      ids.forEach((id, i) => i > 0 && assert.equal(id, ids[i - 1]! + 1, 'no gap, no repeat'));
      assert.equal(ids.length, 6 + 6 + 5, 'six issued, six called, five done');
    }
    boards.forEach((c) => c.close());
  });

  it('a ticket taken on A is followed on B', async () => {
    const t = await call(a.url, '/api/queue/tickets', { json: { service: 'B' } });
    assert.equal(t.status, 201);
    const onB = await call(b.url, `/api/queue/tickets/${t.body.id}`);
    assert.equal(onB.status, 200);
    assert.equal(onB.body.number, t.body.number);
    assert.equal(onB.body.status, 'waiting');
    await call(a.url, '/api/queue/counters/3/next', { method: 'POST', headers: { Authorization: `Bearer ${a.app.staffToken}` } });
    const called = await call(b.url, `/api/queue/tickets/${t.body.id}`);
    assert.equal(called.body.status, 'called');
    assert.equal(called.body.counter, '3');
  });

  it('the same Idempotency-Key on A then B: one row, B answers the first response', async () => {
    const before = await countRows(a, 'tickets');
    const headers = { 'Idempotency-Key': 'one-tap-two-instances' };
    const first = await call(a.url, '/api/queue/tickets', { json: { service: 'A' }, headers });
    const again = await call(b.url, '/api/queue/tickets', { json: { service: 'A' }, headers });
    assert.equal(first.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await countRows(b, 'tickets'), before + 1);
    assert.equal(await countRows(a, 'idempotency', 'WHERE key = ?', ['one-tap-two-instances']), 1);
  });

  it('a board that reconnects to the other instance resumes by Last-Event-ID', async () => {
    const first = await openStream(`${a.url}/api/queue/stream`);
    const [snap] = await first.waitFor((e) => e.event === 'snapshot');
    first.close();
    await call(b.url, '/api/queue/tickets', { json: { service: 'C' } });
    await call(a.url, '/api/queue/tickets', { json: { service: 'C' } });
    const resumed = await openStream(`${b.url}/api/queue/stream`, { 'Last-Event-ID': snap!.id! });
    const missed = await resumed.waitFor((e) => e.event === 'ticket', 2);
    assert.deepEqual(missed.map((e) => Number(e.id)), [Number(snap!.id) + 1, Number(snap!.id) + 2]);
    assert.equal(resumed.events.some((e) => e.event === 'snapshot'), false);
    resumed.close();
  });
});

describe('two instances at midnight', { skip: DATABASE_KIND !== 'postgres' }, () => {
  it('roll the service day over once: one snapshot event, seen on both', async () => {
    const clock = fakeClock(Date.parse('2026-11-28T16:59:00Z')); // 23:59 in Viet Nam
    const databaseUrl = await createPostgresDatabase();
    const [a, b] = await Promise.all([0, 1].map(() => startServer({ databaseUrl, heartbeatMs: 50, now: clock.now })));
    try {
      const boards = await Promise.all([a!, b!].map((s) => openStream(`${s.url}/api/queue/stream`)));
      await Promise.all(boards.map((c) => c.waitFor((e) => e.event === 'snapshot')));
      await call(a!.url, '/api/queue/tickets', { json: { service: 'A' } });
      await call(a!.url, '/api/queue/counters/1/next', { method: 'POST', headers: auth });
      await Promise.all(boards.map((c) => c.waitFor((e) => e.event === 'called')));
      clock.advance(2 * 60_000);
      const mornings = await Promise.all(boards.map((c) => c.waitFor((e) => e.event === 'snapshot', 2)));
      await Promise.all(boards.map((c) => c.waitFor((e) => e.event === 'heartbeat', c.events.filter((x) => x.event === 'heartbeat').length + 3)));
      for (const [i, c] of boards.entries()) {
        assert.equal(c.events.filter((e) => e.event === 'snapshot').length, 2, `board ${i}: one snapshot for the new day`);
        const morning = mornings[i]![1]!;
        assert.equal(morning.data.day, '2026-11-29');
        assert.equal(morning.id, String(morning.data.eventId));
        assert.deepEqual(morning.data.recent, []);
      }
      assert.equal(mornings[0]![1]!.id, mornings[1]![1]!.id, 'the same event on both');
      assert.equal(await countRows(a!, 'events', "WHERE type = 'snapshot'"), 1);
      boards.forEach((c) => c.close());
    } finally {
      await a!.close();
      await b!.close();
    }
  });
});
