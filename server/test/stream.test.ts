import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertSchema, auth, call, fakeClock, openStream, startServer, type SseEvent, type TestServer } from './helpers.js';

const take = (s: TestServer, service: string) => call(s.url, '/api/queue/tickets', { json: { service } });
const next = (s: TestServer, counter: string) =>
  call(s.url, `/api/queue/counters/${counter}/next`, { method: 'POST', headers: auth });
const ids = (events: SseEvent[]) => events.filter((e) => e.id !== undefined && e.event !== 'snapshot').map((e) => Number(e.id));

describe('queue stream (SSE)', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({ heartbeatMs: 100, eventRetention: 10 });
  });
  after(() => s.close());

  it('sends unbuffered headers, a body that runs to the end of the connection (not chunked), and a snapshot first', async () => {
    const c = await openStream(`${s.url}/api/queue/stream`);
    assert.equal(c.response.headers['content-type'], 'text/event-stream; charset=utf-8');
    assert.equal(c.response.headers['cache-control'], 'no-cache, no-transform');
    assert.equal(c.response.headers['x-accel-buffering'], 'no');
    assert.equal(c.response.headers['transfer-encoding'], undefined);
    assert.equal(c.response.headers.connection, 'close');
    const [snap] = await c.waitFor((e) => e.event === 'snapshot');
    assert.equal(c.events[0]!.event, 'snapshot');
    assertSchema('queue-snapshot.schema.json', snap!.data);
    assert.equal(snap!.id, String(snap!.data.eventId));
    c.close();
  });

  it('streams issued, called, recalled, done, no-show and cancelled events in order with increasing ids', async () => {
    const c = await openStream(`${s.url}/api/queue/stream`);
    await c.waitFor((e) => e.event === 'snapshot');
    const a = await take(s, 'A');
    const b = await take(s, 'A');
    await next(s, '1');
    await call(s.url, '/api/queue/counters/1/recall', { method: 'POST', headers: auth });
    await call(s.url, '/api/queue/counters/1/no-show', { method: 'POST', headers: auth });
    await next(s, '1');
    await call(s.url, '/api/queue/counters/1/done', { method: 'POST', headers: auth });
    const c3 = await take(s, 'C');
    await call(s.url, `/api/queue/tickets/${c3.body.id}`, { method: 'DELETE' });
    const events = await c.waitFor((e) => e.event === 'ticket' || e.event === 'called', 9);
    const summary = events.map((e) => `${e.event}:${e.data.action ?? ''}:${e.data.number}`);
    assert.deepEqual(summary, [
      `ticket:issued:${a.body.number}`,
      `ticket:issued:${b.body.number}`,
      `called::${a.body.number}`,
      `ticket:recalled:${a.body.number}`,
      `ticket:no-show:${a.body.number}`,
      `called::${b.body.number}`,
      `ticket:done:${b.body.number}`,
      `ticket:issued:${c3.body.number}`,
      `ticket:cancelled:${c3.body.number}`,
    ]);
    const seq = ids(events);
    seq.forEach((id, i) => i > 0 && assert.equal(id, seq[i - 1]! + 1));
    for (const e of events) {
      assertSchema('queue-event.schema.json', e.data);
      assert.equal(String(e.data.id), e.id);
      assert.equal(JSON.stringify(e.data).includes(a.body.id), false, 'ticket ids are never broadcast');
    }
    assert.equal(events[2]!.data.counter, '1');
    c.close();
  });

  it('answers HEAD without holding a stream open', async () => {
    const r = await fetch(`${s.url}/api/queue/stream`, { method: 'HEAD' });
    assert.equal(r.status, 200);
    assert.equal(await r.text(), '');
  });

  it('sends heartbeats without an id', async () => {
    const c = await openStream(`${s.url}/api/queue/stream`);
    const [hb] = await c.waitFor((e) => e.event === 'heartbeat');
    assert.equal(hb!.id, undefined);
    assertSchema('queue-event.schema.json', hb!.data);
    c.close();
  });

  it('resumes after Last-Event-ID (header or query) with exactly the missed events', async () => {
    const first = await openStream(`${s.url}/api/queue/stream`);
    const [snap] = await first.waitFor((e) => e.event === 'snapshot');
    first.close();
    const from = Number(snap!.id);
    await take(s, 'B');
    await take(s, 'B');
    await next(s, '3');
    for (const url of [`${s.url}/api/queue/stream`, `${s.url}/api/queue/stream?lastEventId=${from}`]) {
      const last = (await call(s.url, '/api/queue')).body.eventId as number;
      const c = await openStream(url, url.includes('?') ? {} : { 'Last-Event-ID': String(from) });
      const got = await c.waitFor((e) => e.event !== 'heartbeat', last - from);
      assert.deepEqual(ids(got), Array.from({ length: last - from }, (_, i) => from + 1 + i));
      assert.equal(c.events.some((e) => e.event === 'snapshot'), false, 'no snapshot when resuming');
      await take(s, 'C');
      await c.waitFor((e) => e.id === String(last + 1));
      assert.deepEqual(ids(c.events), Array.from({ length: last + 1 - from }, (_, i) => from + 1 + i), 'then live, no gap');
      c.close();
    }
  });

  it('a client that is up to date gets nothing replayed', async () => {
    const last = (await call(s.url, '/api/queue')).body.eventId;
    const c = await openStream(`${s.url}/api/queue/stream`, { 'Last-Event-ID': String(last) });
    await c.waitFor((e) => e.event === 'heartbeat');
    assert.deepEqual(c.events.filter((e) => e.event !== 'heartbeat'), []);
    c.close();
  });

  it('sends a fresh snapshot when the id is too old, unknown, or not a number', async () => {
    for (let i = 0; i < 12; i++) await take(s, 'C'); // retention is 10 events
    for (const id of ['1', '999999', 'abc']) {
      const c = await openStream(`${s.url}/api/queue/stream`, { 'Last-Event-ID': id });
      const [snap] = await c.waitFor(() => true);
      assert.equal(snap!.event, 'snapshot', `Last-Event-ID ${id}`);
      c.close();
    }
  });

  it('fans out to many clients at once', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => openStream(`${s.url}/api/queue/stream`)));
    await Promise.all(clients.map((c) => c.waitFor((e) => e.event === 'snapshot')));
    const t = await take(s, 'A');
    await Promise.all(clients.map((c) => c.waitFor((e) => e.data?.number === t.body.number)));
    clients.forEach((c) => c.close());
  });
});

describe('queue stream with writes gathered (SSE_COALESCE_MS)', () => {
  it('sends an event after a quiet spell at once and those close behind it in one write, in order, none lost or repeated', async () => {
    const s = await startServer({ sseCoalesceMs: 1000, heartbeatMs: 200 });
    try {
      const c = await openStream(`${s.url}/api/queue/stream`);
      await c.waitFor((e) => e.event === 'snapshot');
      const quiet = await take(s, 'A');
      const [first] = await c.waitFor((e) => e.event === 'ticket');
      assert.equal(first!.data.number, quiet.body.number, 'the first event did not wait for the window');
      const taken = await Promise.all([take(s, 'A'), take(s, 'B'), take(s, 'C')]);
      const events = (await c.waitFor((e) => e.event === 'ticket', 4)).slice(1);
      assert.deepEqual(new Set(events.map((e) => e.data.number)), new Set(taken.map((t) => t.body.number)));
      const seq = ids(events);
      seq.forEach((id, i) => i > 0 && assert.equal(id, seq[i - 1]! + 1));
      const reads = c.events.flatMap((e, i) => (e.event === 'ticket' ? [c.readOf[i]] : []));
      assert.equal(new Set(reads.slice(1)).size, 1, 'the three events behind it came in one write');
      assert.notEqual(reads[0], reads[1]);
      // A stream that starts while an event waits for its write gets it once: from memory at its
      // start, not again when the window ends.
      const fourth = await take(s, 'A');
      const late = await openStream(`${s.url}/api/queue/stream`, { 'Last-Event-ID': String(seq[0]! - 1) });
      const got = await late.waitFor((e) => e.event === 'ticket', 4);
      assert.deepEqual(ids(got), [...seq, seq.at(-1)! + 1]);
      assert.equal(got.at(-1)!.data.number, fourth.body.number);
      await c.waitFor((e) => e.data?.number === fourth.body.number);
      // Heartbeats are written after it: one of them on this stream comes after any repeat.
      await late.waitFor((e) => e.event === 'heartbeat', late.events.filter((e) => e.event === 'heartbeat').length + 1);
      assert.deepEqual(ids(late.events), [...seq, seq.at(-1)! + 1], 'nothing repeated when the window ended');
      c.close();
      late.close();
    } finally {
      await s.close();
    }
  });
});

describe('queue stream with a maximum age (SSE_MAX_AGE_MS)', () => {
  it('ends each stream after between half and all of the age, telling it to come back soon; it resumes where it was', async () => {
    const s = await startServer({ sseMaxAgeMs: 400, sseRetryMs: 100, heartbeatMs: 100 });
    try {
      const opened = Date.now();
      const c = await openStream(`${s.url}/api/queue/stream`);
      const [snap] = await c.waitFor((e) => e.event === 'snapshot');
      await Promise.race([c.ended, new Promise((_, fail) => setTimeout(() => fail(new Error('the stream was never ended')), 1500))]);
      const lived = Date.now() - opened;
      assert.ok(lived >= 190 && lived < 1000, `lived ${lived} ms`);
      // Started with retry: 100; told at the end to come back within 250 ms + up to 100 ms.
      assert.equal(c.retries[0], 100);
      assert.ok(c.retries.at(-1)! >= 250 && c.retries.at(-1)! <= 350, `retry: ${c.retries.at(-1)}`);
      const missed = await take(s, 'A');
      const again = await openStream(`${s.url}/api/queue/stream`, { 'Last-Event-ID': String(snap!.data.eventId) });
      const [ticket] = await again.waitFor((e) => e.event === 'ticket');
      assert.equal(ticket!.data.number, missed.body.number);
      assert.equal(again.events.filter((e) => e.event === 'snapshot').length, 0, 'resumed, not restarted');
      again.close();
    } finally {
      await s.close();
    }
  });
});

describe('queue stream at the start of a service day', () => {
  it('sends every open stream a fresh snapshot when the day changes in Viet Nam, and only then', async () => {
    const clock = fakeClock(Date.parse('2026-11-28T16:59:00Z')); // 23:59 on 28 Nov in Viet Nam
    const s = await startServer({ heartbeatMs: 50, now: clock.now });
    try {
      const c = await openStream(`${s.url}/api/queue/stream`);
      await c.waitFor((e) => e.event === 'snapshot');
      const t = await take(s, 'A');
      await next(s, '1');
      await c.waitFor((e) => e.event === 'called' && e.data.number === t.body.number);
      await c.waitFor((e) => e.event === 'heartbeat', 2);
      assert.equal(c.events.filter((e) => e.event === 'snapshot').length, 1, 'no snapshot within the day');
      clock.advance(2 * 60_000); // 00:01 on 29 Nov
      const [, morning] = await c.waitFor((e) => e.event === 'snapshot', 2);
      assertSchema('queue-snapshot.schema.json', morning!.data);
      assert.equal(morning!.data.day, '2026-11-29');
      assert.deepEqual(morning!.data.recent, []);
      assert.ok(morning!.data.counters.every((k: { current: unknown }) => k.current === null));
      assert.equal(morning!.id, String(morning!.data.eventId), 'resumes from the same id');
      await c.waitFor((e) => e.event === 'heartbeat', c.events.filter((e) => e.event === 'heartbeat').length + 2);
      assert.equal(c.events.filter((e) => e.event === 'snapshot').length, 2, 'one snapshot per new day');
      c.close();
    } finally {
      await s.close();
    }
  });
});
