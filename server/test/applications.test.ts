import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError, assertSchema, call, countRows, fakeClock, startServer, VALID_APPLICATION, type TestServer } from './helpers.js';

const valid = VALID_APPLICATION;
const count = (s: TestServer) => countRows(s, 'applications');

describe('applications', () => {
  let s: TestServer;
  const clock = fakeClock(Date.parse('2026-11-27T18:30:00Z')); // 01:30 on 28 Nov in Viet Nam
  before(async () => {
    s = await startServer({ now: clock.now });
  });
  after(() => s.close());

  it('stores a submission and answers a dated reference (service day in Viet Nam)', async () => {
    const r = await call(s.url, '/api/applications', { json: valid });
    assert.equal(r.status, 201);
    assertSchema('application-receipt.schema.json', r.body);
    assert.equal(r.body.reference, 'KL-20261128-0001');
    const r2 = await call(s.url, '/api/applications', { json: valid });
    assert.equal(r2.body.reference, 'KL-20261128-0002');
    assert.equal(await count(s), 2);
  });

  it('honours Idempotency-Key: the same key answers the stored response and stores nothing', async () => {
    const headers = { 'Idempotency-Key': 'submit-42' };
    const first = await call(s.url, '/api/applications', { json: valid, headers });
    const before = await count(s);
    const again = await call(s.url, '/api/applications', { json: valid, headers });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await count(s), before);
    assertError(
      await call(s.url, '/api/applications', { json: { ...valid, answers: { ...valid.answers, childName: 'Lê Văn Bình' } }, headers }),
      422,
      'idempotency-key-reused',
    );
  });

  it('validates the envelope, naming the field', async () => {
    assertError(await call(s.url, '/api/applications', { json: { answers: {}, documents: [] } }), 400, 'invalid-body', '/procedureCode');
    assertError(await call(s.url, '/api/applications', { json: { ...valid, documents: {} } }), 400, 'invalid-body', '/documents');
    assertError(await call(s.url, '/api/applications', { json: { ...valid, documents: [{}] } }), 400, 'invalid-body', '/documents/0/id');
    assertError(await call(s.url, '/api/applications', { json: [] }), 400, 'invalid-body', '');
    assertError(
      await call(s.url, '/api/applications', { json: { ...valid, procedureCode: '9.999' } }),
      400,
      'invalid-body',
      '/procedureCode',
    );
  });

  it("checks the answers with the wizard's own model, naming each field and its problem", async () => {
    const missing = await call(s.url, '/api/applications', { json: { ...valid, answers: { ...valid.answers, childName: '' } } });
    assertError(missing, 400, 'invalid-answers', '/answers/childName');
    assert.equal(missing.body.details[0].code, 'required');
    const badId = await call(s.url, '/api/applications', { json: { ...valid, answers: { ...valid.answers, applicantId: '12345' } } });
    assertError(badId, 400, 'invalid-answers', '/answers/applicantId');
    assert.equal(badId.body.details[0].code, 'citizen-id');
    // "Today" follows the server's clock: a birth date after 28 Nov 2026 is in the future.
    const future = await call(s.url, '/api/applications', { json: { ...valid, answers: { ...valid.answers, childBirthDate: '2026-12-01' } } });
    assertError(future, 400, 'invalid-answers', '/answers/childBirthDate');
  });

  it('rejects answers to questions these answers do not ask, and documents that do not match', async () => {
    // On time: the late-registration step is hidden, so its answer must not be sent.
    const notAsked = await call(s.url, '/api/applications', { json: { ...valid, answers: { ...valid.answers, lateReason: 'ốm' } } });
    assertError(notAsked, 400, 'invalid-answers', '/answers/lateReason');
    const late = { ...valid.answers, timing: 'late', lateReason: 'Gia đình ở xa', currentAddress: 'Phường Phú Hội, Huế' };
    const wrongDocs = await call(s.url, '/api/applications', { json: { ...valid, answers: late } });
    assertError(wrongDocs, 400, 'invalid-answers', '/documents');
    const ok = await call(s.url, '/api/applications', {
      json: { ...valid, answers: late, documents: [...valid.documents, { id: 'late-evidence' }] },
    });
    assert.equal(ok.status, 201);
  });

  it('lets a portal plug in its own answer check instead', async () => {
    const own = await startServer({
      now: clock.now,
      validateApplication: (_procedure, application) =>
        application.answers.childName === 'Test' ? [] : [{ field: '/answers/childName', message: 'must be Test' }],
    });
    try {
      assertError(await call(own.url, '/api/applications', { json: valid }), 400, 'invalid-answers', '/answers/childName');
      const minimal = { procedureCode: '1.001193', answers: { childName: 'Test' }, documents: [] };
      assert.equal((await call(own.url, '/api/applications', { json: minimal })).status, 201);
    } finally {
      own.close();
    }
  });

  it('rejects non-JSON (415), unparsable JSON (400) and bodies over 64 KiB (413)', async () => {
    assertError(await call(s.url, '/api/applications', { raw: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported-media-type');
    assertError(await call(s.url, '/api/applications', { raw: '{}' }), 415, 'unsupported-media-type');
    assertError(await call(s.url, '/api/applications', { raw: '{"procedureCode":', headers: { 'Content-Type': 'application/json' } }), 400, 'invalid-json');
    const big = { ...valid, answers: { text: 'x'.repeat(65 * 1024) } };
    assertError(await call(s.url, '/api/applications', { json: big }), 413, 'payload-too-large');
    assert.equal((await call(s.url, '/api/applications', { json: valid, headers: { 'Content-Type': 'application/json; charset=utf-8' } })).status, 201);
  });

  it('413 also for a chunked body without Content-Length', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 70; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const res = await fetch(`${s.url}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
  });
});
