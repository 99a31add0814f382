import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assertError, assertSchema, call, countRows, startServer, type TestServer } from './helpers.js';

const feedback = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  submittedAt: '2026-11-28T03:00:00.000Z',
  locale: 'vi',
  overall: 5,
  criteria: { access: 4, official: 5 },
  comment: 'Cán bộ hướng dẫn tận tình.',
  ...over,
});
const count = (s: TestServer) => countRows(s, 'feedback');

describe('feedback', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({
      rateLimits: { tickets: { max: 100, windowMs: 60_000 }, feedback: { max: 6, windowMs: 60_000 } },
    });
  });
  after(() => s.close());

  it('stores a submission and answers a receipt', async () => {
    const body = feedback();
    const r = await call(s.url, '/api/feedback', { json: body });
    assert.equal(r.status, 201);
    assertSchema('feedback-receipt.schema.json', r.body);
    assert.equal(r.body.id, body.id);
    assert.equal(await count(s), 1);
  });

  it('a replay with the same Idempotency-Key returns the first result and stores nothing new', async () => {
    const body = feedback();
    const headers = { 'Idempotency-Key': body.id };
    const first = await call(s.url, '/api/feedback', { json: body, headers });
    const again = await call(s.url, '/api/feedback', { json: body, headers });
    assert.deepEqual(again.body, first.body);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    // The form's id alone also identifies the submission (resent with another key or none).
    const third = await call(s.url, '/api/feedback', { json: body, headers: { 'Idempotency-Key': 'other' } });
    assert.deepEqual(third.body, first.body);
    assert.equal(await count(s), 2);
  });

  it('validates ratings, comment length, locale and unknown fields', async () => {
    assertError(await call(s.url, '/api/feedback', { json: feedback({ overall: 6 }) }), 400, 'invalid-body', '/overall');
    assertError(await call(s.url, '/api/feedback', { json: feedback({ comment: 'x'.repeat(1201) }) }), 400, 'invalid-body', '/comment');
    assertError(await call(s.url, '/api/feedback', { json: feedback({ locale: 'fr' }) }), 400, 'invalid-body', '/locale');
    assertError(await call(s.url, '/api/feedback', { json: feedback({ id: 'nope' }) }), 400, 'invalid-body', '/id');
    assertError(await call(s.url, '/api/feedback', { json: feedback({ criteria: { speed: 3 } }) }), 400, 'invalid-body', '/criteria/speed');
    assertError(await call(s.url, '/api/feedback', { json: feedback({ contact: { phone: 1 } }) }), 400, 'invalid-body', '/contact/phone');
    assert.equal((await call(s.url, '/api/feedback', { json: feedback({ comment: 'x'.repeat(1200), contact: { email: 'a@b.vn' } }) })).status, 201);
  });

  it('limits submissions per address with 429 and Retry-After', async () => {
    let last;
    for (let i = 0; i < 5; i++) last = await call(s.url, '/api/feedback', { json: feedback() });
    assertError(last!, 429, 'rate-limited');
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
  });
});
