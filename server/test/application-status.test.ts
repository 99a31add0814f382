import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  APPLICATION_STATUSES,
  historyInOrder,
  isApplicationStatus,
  nextStatuses,
  TRANSITIONS,
} from '../../src/application-status/model/index.js';
import { normaliseCode } from '../src/applications/code.js';
import { isWorkingDay, processingDays, promisedDate } from '../src/applications/due.js';
import { DEFAULT_PATHS } from '../src/paths.js';
import { assertError, assertSchema, auth, call, fakeClock, schemas, startServer, VALID_APPLICATION, type Reply, type TestServer } from './helpers.js';

const PHONE_4 = '5678'; // applicantPhone 0912345678
const ID_4 = '1234'; // applicantId 046190001234
const FRIDAY_9AM = Date.parse('2026-11-27T02:00:00Z'); // 09:00 in Viet Nam

const submit = async (s: TestServer, answers: Record<string, unknown> = {}) =>
  (await call(s.url, '/api/applications', { json: { ...VALID_APPLICATION, answers: { ...VALID_APPLICATION.answers, ...answers } } })).body
    .reference as string;
/** A citizen's look-up from `from` (X-Forwarded-For; the test servers trust it). */
const lookUp = (s: TestServer, code: string, verifier: string, from = '203.0.113.1') =>
  call(s.url, `/api/applications/${encodeURIComponent(code)}/status`, { json: { verifier }, headers: { 'X-Forwarded-For': from } });
const move = (s: TestServer, code: string, change: Record<string, unknown>, headers: Record<string, string> = auth) =>
  call(s.url, `/api/staff/applications/${encodeURIComponent(code)}/status`, { json: change, headers });

/** A status answer: 200, the schema, the widget's guard. */
function assertView(r: Reply, status: string): void {
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assertSchema('application-status.schema.json', r.body);
  assert.ok(isApplicationStatus(r.body), 'the widget guard accepts it');
  assert.equal(r.body.status, status);
}

describe('application status: look-up', () => {
  let s: TestServer;
  let code: string;
  const clock = fakeClock(FRIDAY_9AM);
  before(async () => {
    s = await startServer({ now: clock.now, trustProxy: true });
    code = await submit(s);
  });
  after(() => s.close());

  it('answers the public view for the last 4 digits of the phone or of the ID number', async () => {
    const r = await lookUp(s, code, PHONE_4);
    assertView(r, 'received');
    assert.equal(r.body.code, code);
    assert.deepEqual(r.body.procedure, { code: '1.001193', name: JSON.parse(readFileSync(join(DEFAULT_PATHS.proceduresDir, '1.001193.json'), 'utf8')).name });
    assert.deepEqual(r.body.history, [{ status: 'received', at: new Date(FRIDAY_9AM).toISOString() }]);
    assert.equal(r.body.due, '2026-11-27', 'a same-day procedure received at 09:00 on a Friday');
    assert.deepEqual(r.body.fees, { due: 0, paid: 0 });
    assertView(await lookUp(s, code, ID_4), 'received');
    assertView(await lookUp(s, code, ` ${ID_4} `), 'received');
  });

  it('takes the verifier from header X-Verifier too, with POST or GET', async () => {
    const path = `/api/applications/${code}/status`;
    assertView(await call(s.url, path, { method: 'POST', headers: { 'X-Verifier': PHONE_4 } }), 'received');
    assertView(await call(s.url, path, { headers: { 'X-Verifier': PHONE_4 } }), 'received');
    // Never from the query string: it would end up in access logs.
    assertError(await call(s.url, `${path}?verifier=${PHONE_4}&xac-minh=${PHONE_4}`), 400, 'invalid-verifier', '/verifier');
  });

  it('is tolerant of spaces, case and dashes in the code, and of a missing prefix', async () => {
    const [prefix, date, seq] = code.split('-');
    for (const typed of [code.toLowerCase(), `${prefix} ${date} ${seq}`, `${prefix}${date}${seq}`, `${prefix}–${date}—${seq}`, `${date}-${seq}`, `${prefix}-${date}-${Number(seq)}`]) {
      const r = await lookUp(s, typed, PHONE_4);
      assertView(r, 'received');
      assert.equal(r.body.code, code, typed);
    }
    assert.equal(normaliseCode(' kl-20261128-0001 ', 'KL'), 'KL-20261128-0001');
    assert.equal(normaliseCode('KL-20261128-12345', 'KL'), 'KL-20261128-12345');
  });

  it('answers the same 404 for an unknown code and a wrong verifier', async () => {
    const wrong = await lookUp(s, code, '0000', '203.0.113.2');
    const unknown = await lookUp(s, `KL-20261127-0999`, PHONE_4, '203.0.113.2');
    assertError(wrong, 404, 'not-found');
    assertError(unknown, 404, 'not-found');
    assert.deepEqual(wrong.body, unknown.body);
    assert.deepEqual([...wrong.headers.keys()].sort(), [...unknown.headers.keys()].sort());
  });

  it('never answers personal data: no name, ID or phone number, address or answer', async () => {
    const raw = JSON.stringify((await lookUp(s, code, PHONE_4)).body);
    for (const [field, value] of Object.entries(VALID_APPLICATION.answers)) {
      if (typeof value === 'string' && value.length > 3) assert.ok(!raw.includes(value), `${field} leaked`);
      assert.ok(!raw.includes(`"${field}"`), `${field} leaked as a key`);
    }
    for (const digits of ['0912345678', '046190001234', PHONE_4, ID_4]) assert.ok(!raw.includes(digits), `${digits} leaked`);
    assert.doesNotMatch(raw, /"answers"|"documents"|"body"/);
    const list = JSON.stringify((await call(s.url, '/api/staff/applications', { headers: auth })).body);
    for (const value of ['Nguyễn Văn An', 'Trần Thị Bình', '0912345678', '046190001234', 'Bệnh viện']) assert.ok(!list.includes(value));
  });

  it('rejects HTML, control characters, 10 kB strings, SQL and look-alike letters without a trace of the internals', async () => {
    const from = '203.0.113.3';
    for (const bad of [
      '<script>alert(1)</script>',
      'KL-20261127-0001\u0000',
      'KL-20261127\n-0001',
      'x'.repeat(10_000),
      "KL-20261127-0001' OR '1'='1",
      'KL-20261127-0001; DROP TABLE applications; --',
      '\u041aL-20261127-0001', // Cyrillic К
      'KL-２０２６１１２７-0001', // full-width digits
      '../../etc/passwd',
      '%',
    ]) {
      const r = await lookUp(s, bad, PHONE_4, from);
      assertError(r, 404, 'not-found');
      assert.doesNotMatch(JSON.stringify(r.body), /sqlite|SQL|syntax|stack|TypeError/i);
    }
    for (const verifier of ['abcd', '12345', '', '12 34', '１２３４', 'x'.repeat(10_000)]) {
      const r = await lookUp(s, code, verifier, from);
      assert.equal(r.status, 400, verifier.slice(0, 20));
      assertSchema('error.schema.json', r.body);
      assert.ok(!JSON.stringify(r.body).includes(verifier.slice(0, 20)) || verifier === '', 'the verifier is not echoed');
    }
    assertError(await call(s.url, `/api/applications/${code}/status`, { method: 'POST' }), 415, 'unsupported-media-type');
    assertError(await call(s.url, `/api/applications/${code}/status`, { json: { verifier: PHONE_4, extra: 1 } }), 400, 'invalid-body', '/extra');
  });

  it('never logs the verifier', async (t) => {
    const lines: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error'] as const) {
      t.mock.method(console, level, (...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    await lookUp(s, code, '4321', '203.0.113.4');
    await lookUp(s, code, PHONE_4, '203.0.113.4');
    await call(s.url, `/api/applications/${code}/status`, { raw: `{"verifier":"4321"`, headers: { 'Content-Type': 'application/json' } });
    assert.ok(lines.every((l) => !l.includes('4321') && !l.includes(PHONE_4)), lines.join('\n'));
  });
});

describe('application status: guessing is rate-limited', () => {
  let s: TestServer;
  let code: string;
  const clock = fakeClock(FRIDAY_9AM);
  before(async () => {
    s = await startServer({
      now: clock.now,
      trustProxy: true,
      rateLimits: { statusCode: { max: 5, windowMs: 15 * 60_000 }, statusAddress: { max: 20, windowMs: 15 * 60_000 } },
    });
    code = await submit(s);
  });
  after(() => s.close());

  it('20 wrong verifiers for one code: 429 with Retry-After after the fifth, even from other addresses; the right one works after the window', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await lookUp(s, code, String(1000 + i), `198.51.100.${i}`);
      answers.push(r.status);
      if (r.status === 429) {
        assertError(r, 429, 'rate-limited');
        assert.ok(Number(r.headers.get('retry-after')) > 0 && Number(r.headers.get('retry-after')) <= 900);
      }
    }
    assert.deepEqual(answers, [...Array(5).fill(404), ...Array(15).fill(429)]);
    // The code is locked for everyone, the right verifier included: the limit is not a hint.
    assertError(await lookUp(s, code, PHONE_4), 429, 'rate-limited');
    clock.advance(15 * 60_000);
    assertView(await lookUp(s, code, PHONE_4), 'received');
  });

  it('one address trying many codes is stopped after 20 failures, other addresses are not', async () => {
    const from = '192.0.2.50';
    for (let i = 0; i < 20; i++) assertError(await lookUp(s, `KL-20261127-${String(100 + i).padStart(4, '0')}`, PHONE_4, from), 404, 'not-found');
    const limited = await lookUp(s, code, PHONE_4, from);
    assertError(limited, 429, 'rate-limited');
    assert.equal(limited.headers.get('retry-after'), '900');
    assertView(await lookUp(s, code, PHONE_4, '192.0.2.51'), 'received');
    clock.advance(15 * 60_000);
    assertView(await lookUp(s, code, PHONE_4, from), 'received');
  });
});

describe('application status: staff move it through its statuses', () => {
  let s: TestServer;
  let code: string;
  const clock = fakeClock(FRIDAY_9AM);
  before(async () => {
    s = await startServer({ now: clock.now, trustProxy: true });
    code = await submit(s, { extraCopies: '2' });
  });
  after(() => s.close());

  it('needs the staff token', async () => {
    assertError(await move(s, code, { status: 'processing' }, {}), 401, 'unauthorized');
    assertError(await call(s.url, '/api/staff/applications'), 401, 'unauthorized');
  });

  it('lists applications for the staff page with the moves allowed now', async () => {
    const r = await call(s.url, '/api/staff/applications', { headers: auth });
    assert.equal(r.status, 200);
    for (const item of r.body) assertSchema('staff-application.schema.json', item);
    assert.deepEqual(r.body[0].next, [...TRANSITIONS.received]);
    assert.equal((await call(s.url, '/api/staff/applications?status=collected', { headers: auth })).body.length, 0);
    assertError(await call(s.url, '/api/staff/applications?status=%3Cb%3E', { headers: auth }), 400, 'invalid-query');
  });

  it('received → processing → needs-documents → processing → result-ready → collected; the citizen sees each', async () => {
    assertError(await move(s, code, { status: 'collected' }), 409, 'invalid-transition', '/status');
    clock.advance(3600_000);
    assertView(await move(s, code, { status: 'processing' }), 'processing');

    assertError(await move(s, code, { status: 'needs-documents' }), 400, 'invalid-body', '/missing');
    assertError(await move(s, code, { status: 'needs-documents', missing: { items: [{ document: 'no-such-doc' }] } }), 400, 'invalid-body', '/missing/items/0/document');
    clock.advance(3600_000);
    const needs = await move(s, code, {
      status: 'needs-documents',
      note: 'Bản sao giấy chứng sinh chưa rõ.',
      missing: { items: [{ document: 'birth-notice', note: 'bản chính' }, { name: { vi: 'Sổ hộ khẩu', en: 'Household book' } }], where: 'Quầy số 2', by: '2026-12-04' },
    });
    assertView(needs, 'needs-documents');
    const seen = await lookUp(s, code, PHONE_4);
    assertView(seen, 'needs-documents');
    assert.deepEqual(seen.body.missing.items.map((i: { document?: string }) => i.document), ['birth-notice', undefined]);
    assert.equal(seen.body.missing.items[0].name.vi, 'Giấy chứng sinh');
    assert.equal(seen.body.missing.where, 'Quầy số 2');
    assert.equal(seen.body.missing.by, '2026-12-04');
    assert.equal(seen.body.history.at(-1).note, 'Bản sao giấy chứng sinh chưa rõ.');

    assertError(await move(s, code, { status: 'result-ready' }), 409, 'invalid-transition');
    assertView(await move(s, code, { status: 'processing', due: '2026-12-07' }), 'processing');
    const ready = await move(s, code, { status: 'result-ready', collect: { how: 'counter', where: 'Quầy số 1, Trung tâm Phục vụ hành chính công' } });
    assertView(ready, 'result-ready');
    assert.deepEqual(ready.body.collect, { how: 'counter', where: 'Quầy số 1, Trung tâm Phục vụ hành chính công', bring: ['receipt', 'id-card'] });
    assert.equal(ready.body.due, '2026-12-07', 'the new promised date');
    assert.equal(ready.body.missing, undefined, 'missing documents belong to needs-documents only');
    assert.deepEqual(ready.body.fees, { due: 16_000, paid: 0 }, 'two extra copies at 8,000 VND');

    const collected = await move(s, code, { status: 'collected', feesPaid: 16_000 });
    assertView(collected, 'collected');
    assert.deepEqual(collected.body.fees, { due: 16_000, paid: 16_000 });
    assert.equal(collected.body.collect.how, 'counter');
    assert.deepEqual(collected.body.history.map((h: { status: string }) => h.status), ['received', 'processing', 'needs-documents', 'processing', 'result-ready', 'collected']);
    assertError(await move(s, code, { status: 'processing' }), 409, 'invalid-transition');
    assert.deepEqual((await call(s.url, '/api/staff/applications?status=collected', { headers: auth })).body[0].next, []);
  });

  it('rejects with a reason only', async () => {
    const other = await submit(s);
    assertError(await move(s, other, { status: 'rejected' }), 400, 'invalid-body', '/reason');
    const r = await move(s, other, { status: 'rejected', reason: { vi: 'Không thuộc thẩm quyền của phường', en: 'Not handled by the ward' } });
    assertView(r, 'rejected');
    assert.equal((await lookUp(s, other, ID_4)).body.reason.en, 'Not handled by the ward');
  });

  it('refuses unknown codes, bad bodies, and replays an Idempotency-Key', async () => {
    assertError(await move(s, 'KL-20261127-0999', { status: 'processing' }), 404, 'not-found');
    assertError(await move(s, '<b>', { status: 'processing' }), 404, 'not-found');
    const other = await submit(s);
    assertError(await move(s, other, { status: 'lost' }), 400, 'invalid-body', '/status');
    assertError(await move(s, other, { status: 'processing', feesPaid: -1 }), 400, 'invalid-body', '/feesPaid');
    const headers = { ...auth, 'Idempotency-Key': 'move-1' };
    const first = await move(s, other, { status: 'processing' }, headers);
    const again = await move(s, other, { status: 'processing' }, headers);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
  });
});

describe('application status: the promised date and the model', () => {
  const none = new Set<string>();
  const vn = (s: string) => Date.parse(`${s}+07:00`);

  it('counts working days in Viet Nam: same day before 15:00, the next working day after it or on a day off', () => {
    assert.equal(promisedDate(0, vn('2026-11-27T14:59:00'), none), '2026-11-27');
    assert.equal(promisedDate(0, vn('2026-11-27T15:00:00'), none), '2026-11-30', 'Friday after 15:00 → Monday');
    assert.equal(promisedDate(0, vn('2026-11-28T09:00:00'), none), '2026-11-30', 'Saturday → Monday');
    assert.equal(promisedDate(3, vn('2026-11-27T09:00:00'), none), '2026-12-02', 'Friday + 3 working days');
    assert.equal(promisedDate(3, vn('2026-11-27T09:00:00'), new Set(['2026-12-01'])), '2026-12-03', 'a holiday is skipped');
    assert.equal(promisedDate(0, vn('2026-11-30T01:00:00'), none), '2026-11-30', '01:00 in Viet Nam is still Monday');
    assert.equal(isWorkingDay('2026-09-02', new Set(['2026-09-02'])), false);
  });

  it('reads the processing time of every sample procedure', () => {
    const days = Object.fromEntries(
      ['1.001193', '1.000894', '1.004194', '1.004222', '1.004873', '2.000815'].map((c) => [
        c,
        processingDays(JSON.parse(readFileSync(join(DEFAULT_PATHS.proceduresDir, `${c}.json`), 'utf8'))),
      ]),
    );
    assert.deepEqual(days, { '1.001193': 0, '1.000894': 5, '1.004194': 3, '1.004222': 7, '1.004873': 3, '2.000815': 0 });
  });

  it('statuses are one closed list: the model, the transitions and the schemas agree', () => {
    assert.deepEqual(Object.keys(TRANSITIONS), [...APPLICATION_STATUSES]);
    const change = JSON.parse(readFileSync(join(DEFAULT_PATHS.schemasDir, 'application-status-change.schema.json'), 'utf8'));
    assert.deepEqual(change.properties.status.enum, [...APPLICATION_STATUSES]);
    for (const [from, to] of Object.entries(TRANSITIONS)) for (const t of to) assert.ok(APPLICATION_STATUSES.includes(t), `${from} → ${t}`);
    assert.deepEqual(nextStatuses('result-ready'), ['collected']);
    assert.deepEqual(nextStatuses('no-such-status'), []);
  });

  it('the guard accepts an unknown status (shown as processing), refuses malformed views, and history sorts by time', () => {
    const view = {
      code: 'KL-20261127-0001',
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      status: 'archived',
      receivedAt: '2026-11-27T02:00:00.000Z',
      updatedAt: '2026-11-27T05:00:00.000Z',
      history: [
        { status: 'processing', at: '2026-11-27T05:00:00.000Z' },
        { status: 'received', at: '2026-11-27T02:00:00.000Z' },
      ],
      fees: { paid: 0 },
    };
    assertSchema('application-status.schema.json', view);
    assert.ok(isApplicationStatus(view));
    assert.deepEqual(historyInOrder(view.history).map((h) => h.status), ['received', 'processing']);
    for (const bad of [
      { ...view, applicantName: 'x' },
      { ...view, code: '<b>' },
      { ...view, status: 'Processing!' },
      { ...view, fees: { paid: -1 } },
      { ...view, history: [{ status: 'received', at: 'yesterday' }] },
      { ...view, due: '27/11/2026' },
    ]) {
      assert.equal(isApplicationStatus(bad), false, JSON.stringify(bad).slice(0, 80));
      assert.notDeepEqual(schemas.check('application-status.schema.json', bad), [], 'the schema refuses it too');
    }
  });
});
