import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PATHS } from '../src/paths.js';
import { assertError, assertSchema, auth, call, fakeClock, startServer, tempDir, type TestServer } from './helpers.js';

const take = (s: TestServer, service: string, key?: string) =>
  call(s.url, '/api/queue/tickets', { json: { service }, headers: key ? { 'Idempotency-Key': key } : {} });
const staff = (s: TestServer, counter: string, action: string, headers: Record<string, string> = auth) =>
  call(s.url, `/api/queue/counters/${counter}/${action}`, { method: 'POST', headers });

describe('queue: services and tickets', () => {
  let s: TestServer;
  const clock = fakeClock();
  before(async () => {
    s = await startServer({ now: clock.now });
  });
  after(() => s.close());

  it('lists the configured services with waiting counts and default estimates', async () => {
    const r = await call(s.url, '/api/queue/services');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.map((x: { letter: string }) => x.letter), ['A', 'B', 'C']);
    for (const service of r.body) assertSchema('service.schema.json', service);
    assert.equal(r.body[0].waiting, 0);
    assert.deepEqual(r.body[0].counters, ['1', '2']);
  });

  it('numbers tickets per service and gives each an opaque id', async () => {
    const a1 = await take(s, 'A');
    const a2 = await take(s, 'A');
    const b1 = await take(s, 'B');
    assert.equal(a1.status, 201);
    assertSchema('ticket.schema.json', a1.body);
    assert.deepEqual([a1.body.number, a2.body.number, b1.body.number], ['A-001', 'A-002', 'B-001']);
    assert.equal(a1.body.day, '2026-11-28');
    assert.equal(a1.body.status, 'waiting');
    assert.match(a1.body.id, /^[A-Za-z0-9_-]{22}$/);
    assert.notEqual(a1.body.id, a2.body.id);
    assert.equal(a2.body.position, 1);
    // A-service default handling is 420 s, served by two counters: one person ahead ≈ 210 s.
    assert.equal(a2.body.estimatedWaitSeconds, 210);
  });

  it('reads a ticket back with its position', async () => {
    const t = await take(s, 'C');
    const r = await call(s.url, `/api/queue/tickets/${t.body.id}`);
    assert.equal(r.status, 200);
    assertSchema('ticket.schema.json', r.body);
    assert.equal(r.body.number, t.body.number);
    assert.equal(r.body.position, 0);
  });

  it('one tap, one ticket: the same Idempotency-Key answers the first ticket', async () => {
    const first = await take(s, 'B', 'tap-1');
    const again = await take(s, 'B', 'tap-1');
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const services = await call(s.url, '/api/queue/services');
    assert.equal(services.body.find((x: { letter: string }) => x.letter === 'B').waiting, 2);
  });

  it('rejects reusing an Idempotency-Key for another body, and malformed keys', async () => {
    await take(s, 'A', 'tap-2');
    assertError(await take(s, 'C', 'tap-2'), 422, 'idempotency-key-reused');
    assertError(await take(s, 'A', 'x'.repeat(201)), 400, 'invalid-idempotency-key');
  });

  it('restarts numbering on the next service day (Asia/Ho_Chi_Minh)', async () => {
    const before = await take(s, 'C');
    assert.notEqual(before.body.number, 'C-001');
    clock.set(Date.parse('2026-11-28T17:00:00Z')); // 00:00 on 29 Nov in Viet Nam
    const next = await take(s, 'C');
    assert.equal(next.body.number, 'C-001');
    assert.equal(next.body.day, '2026-11-29');
  });

  it('rejects unknown and malformed services naming the field', async () => {
    assertError(await take(s, 'Z'), 400, 'invalid-body', '/service');
    assertError(await take(s, 'abc'), 400, 'invalid-body', '/service');
    assertError(await call(s.url, '/api/queue/tickets', { json: {} }), 400, 'invalid-body', '/service');
    assertError(await call(s.url, '/api/queue/tickets', { json: { service: 'A', extra: 1 } }), 400, 'invalid-body', '/extra');
  });

  it('cancels a waiting ticket; twice is harmless; unknown ids are 404', async () => {
    const t = await take(s, 'A');
    const c1 = await call(s.url, `/api/queue/tickets/${t.body.id}`, { method: 'DELETE' });
    assert.equal(c1.status, 200);
    assert.equal(c1.body.status, 'cancelled');
    assert.equal(c1.body.position, undefined);
    const c2 = await call(s.url, `/api/queue/tickets/${t.body.id}`, { method: 'DELETE' });
    assert.equal(c2.body.status, 'cancelled');
    assertError(await call(s.url, '/api/queue/tickets/AAAAAAAAAAAAAAAAAAAAAA'), 404, 'not-found');
    assertError(await call(s.url, '/api/queue/tickets/AAAAAAAAAAAAAAAAAAAAAA', { method: 'DELETE' }), 404, 'not-found');
    assertError(await call(s.url, '/api/queue/tickets/..%2F..', { method: 'DELETE' }), 404, 'not-found');
    assertError(await call(s.url, '/api/queue/tickets/%E0%A4%A'), 404, 'not-found');
  });

  it('returns a snapshot matching its schema', async () => {
    const r = await call(s.url, '/api/queue');
    assert.equal(r.status, 200);
    assertSchema('queue-snapshot.schema.json', r.body);
    assert.ok(r.body.eventId > 0);
    assert.equal(r.body.counters.length, 4);
  });
});

describe('queue: staff actions', () => {
  let s: TestServer;
  const clock = fakeClock();
  before(async () => {
    s = await startServer({ now: clock.now });
  });
  after(() => s.close());

  it('needs the bearer token: missing or wrong is 401', async () => {
    const none = await staff(s, '1', 'next', {});
    assertError(none, 401, 'unauthorized');
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assertError(await staff(s, '1', 'next', { Authorization: 'Bearer wrong' }), 401, 'unauthorized');
    assertError(await staff(s, '1', 'next', { Authorization: 'Basic dGVzdA==' }), 401, 'unauthorized');
    assertError(await staff(s, '1', 'next', { Authorization: 'Bearer test-staff-token-longer' }), 401, 'unauthorized');
  });

  it('an idle counter: next with nobody waiting, recall/done/no-show conflict, unknown counter 404', async () => {
    const r = await staff(s, '4', 'next');
    assert.equal(r.status, 200);
    assertSchema('counter.schema.json', r.body);
    assert.equal(r.body.current, null);
    assertError(await staff(s, '4', 'recall'), 409, 'no-current-ticket');
    assertError(await staff(s, '4', 'done'), 409, 'no-current-ticket');
    assertError(await staff(s, '4', 'no-show'), 409, 'no-current-ticket');
    assertError(await staff(s, '9', 'next'), 404, 'not-found');
    assertError(await staff(s, '9', 'next', {}), 401, 'unauthorized');
  });

  it('next calls the oldest waiting ticket among the counter letters', async () => {
    const b1 = await take(s, 'B');
    clock.advance(1000);
    const a1 = await take(s, 'A');
    clock.advance(1000);
    const a2 = await take(s, 'A');
    const c2 = await staff(s, '2', 'next'); // serves A and B: B-001 is oldest
    assert.equal(c2.body.current.number, b1.body.number);
    const c1 = await staff(s, '1', 'next'); // serves A only
    assert.equal(c1.body.current.number, a1.body.number);
    const t = await call(s.url, `/api/queue/tickets/${a1.body.id}`);
    assert.equal(t.body.status, 'called');
    assert.equal(t.body.counter, '1');
    assert.equal((await call(s.url, `/api/queue/tickets/${a2.body.id}`)).body.position, 0);
    assertError(await call(s.url, `/api/queue/tickets/${a1.body.id}`, { method: 'DELETE' }), 409, 'not-cancellable');
  });

  it('recall keeps the ticket; done and no-show finish it; next finishes the previous one', async () => {
    const recall = await staff(s, '1', 'recall');
    assert.equal(recall.status, 200);
    const called = recall.body.current.number;
    const done = await staff(s, '1', 'done');
    assert.equal(done.body.current, null);
    const next = await staff(s, '1', 'next');
    assert.equal(next.body.current.number, 'A-002');
    const noShow = await staff(s, '1', 'no-show');
    assert.equal(noShow.body.current, null);
    const snap = await call(s.url, '/api/queue');
    assert.deepEqual(
      snap.body.recent.map((r: { number: string }) => r.number),
      ['A-002', called, 'B-001'],
    );
    // Counter 2 still serves B-001; next marks it done before calling again.
    await take(s, 'B');
    const again = await staff(s, '2', 'next');
    assert.equal(again.body.current.number, 'B-002');
  });

  it('estimates from the moving average of recent handling times', async () => {
    // Handle two C tickets at counter 4 in 60 s each, then 3 people waiting → 3 × 60 s ÷ 1 counter.
    for (let i = 0; i < 2; i++) {
      await take(s, 'C');
      await staff(s, '4', 'next');
      clock.advance(60_000);
      await staff(s, '4', 'done');
    }
    for (let i = 0; i < 3; i++) await take(s, 'C');
    const services = await call(s.url, '/api/queue/services');
    const c = services.body.find((x: { letter: string }) => x.letter === 'C');
    assert.equal(c.waiting, 3);
    assert.equal(c.estimatedWaitSeconds, 180);
  });
});

describe('queue: rate limits', () => {
  let s: TestServer;
  const clock = fakeClock();
  before(async () => {
    s = await startServer({
      now: clock.now,
      rateLimits: { tickets: { max: 2, windowMs: 10_000 }, feedback: { max: 100, windowMs: 10_000 } },
    });
  });
  after(() => s.close());

  it('limits ticket issuing per address with 429 and Retry-After; replays are free', async () => {
    assert.equal((await take(s, 'A', 'k1')).status, 201);
    assert.equal((await take(s, 'A', 'k2')).status, 201);
    clock.advance(4_000);
    const limited = await take(s, 'A', 'k3');
    assertError(limited, 429, 'rate-limited');
    assert.equal(limited.headers.get('retry-after'), '6');
    assert.equal((await take(s, 'A', 'k1')).status, 201, 'an idempotent replay creates nothing and is not limited');
    clock.advance(6_000);
    assert.equal((await take(s, 'A', 'k3')).status, 201, 'a new window allows again');
    const waiting = (await call(s.url, '/api/queue/services')).body[0].waiting;
    assert.equal(waiting, 3);
  });
});

describe('queue: rate limits behind a proxy', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({
      trustProxy: true,
      rateLimits: { tickets: { max: 1, windowMs: 60_000 }, feedback: { max: 1, windowMs: 60_000 } },
    });
  });
  after(() => s.close());

  it('counts per forwarded client address when TRUST_PROXY is on', async () => {
    const from = (ip: string) => call(s.url, '/api/queue/tickets', { json: { service: 'A' }, headers: { 'X-Forwarded-For': `198.51.100.7, ${ip}` } });
    assert.equal((await from('10.0.0.1')).status, 201);
    assert.equal((await from('10.0.0.2')).status, 201);
    assertError(await from('10.0.0.1'), 429, 'rate-limited');
  });
});

describe('queue: spoken names', () => {
  it('passes a configured spokenName on in services, the snapshot and staff answers; none where none is set', async () => {
    const config = JSON.parse(readFileSync(DEFAULT_PATHS.queueConfigFile, 'utf8'));
    config.counters[0].spokenName = { vi: 'quầy số một', en: 'counter one' };
    config.services[2].spokenName = 'chứng thực';
    const file = join(tempDir(), 'queue-config.json');
    writeFileSync(file, JSON.stringify(config));
    const s = await startServer({ paths: { ...DEFAULT_PATHS, queueConfigFile: file } });
    try {
      const services = (await call(s.url, '/api/queue/services')).body;
      for (const service of services) assertSchema('service.schema.json', service);
      assert.equal(services[2].spokenName, 'chứng thực');
      assert.equal('spokenName' in services[0], false);
      const snapshot = (await call(s.url, '/api/queue')).body;
      assertSchema('queue-snapshot.schema.json', snapshot);
      assert.deepEqual(snapshot.counters[0].spokenName, { vi: 'quầy số một', en: 'counter one' });
      assert.equal('spokenName' in snapshot.counters[1], false);
      await call(s.url, '/api/queue/tickets', { json: { service: 'A' } });
      const next = await call(s.url, '/api/queue/counters/1/next', { method: 'POST', headers: auth });
      assert.equal(next.status, 200);
      assertSchema('counter.schema.json', next.body);
      assert.deepEqual(next.body.spokenName, { vi: 'quầy số một', en: 'counter one' });
    } finally {
      await s.close();
    }
  });
});
