// The plain-TS model: the submission builder/validator and the outbox, in both stores.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HttpError } from '../../src/core/http.js';
import { uuid } from '../../src/core/id.js';
import { parseCriteria } from '../../src/feedback-form/model/criteria.js';
import { fieldOfPointer, isSubmission, restoreDraft } from '../../src/feedback-form/model/guard.js';
import { nextTry, Outbox, OUTBOX_CAP, openOutbox, type Entry } from '../../src/feedback-form/model/outbox.js';
import { localStore, openStore } from '../../src/feedback-form/model/outbox-store.js';
import {
  buildSubmission,
  checkDraft,
  cleanText,
  emptyDraft,
  isEmail,
  normalizePhone,
  type Draft,
  type Submission,
} from '../../src/feedback-form/model/submission.js';
import { unique } from './helpers.js';

const meta = () => ({ id: uuid(), submittedAt: new Date().toISOString(), locale: 'vi' as const });
const draft = (change: Partial<Draft> = {}): Draft => ({ ...emptyDraft(), overall: 4, ...change });
const submission = (change: Partial<Draft> = {}): Submission => buildSubmission(draft(change), meta(), true);

describe('feedback submission', () => {
  it('cleans text: control and bidi characters out, line breaks and Vietnamese kept (NFC)', () => {
    expect(cleanText('  Cán bộ\u0000 nhiệt\u0007 tình\r\nrất tốt\t!\u202E  ')).to.equal('Cán bộ nhiệt tình\nrất tốt !');
    expect(cleanText('Tie\u0302\u0301n'.normalize('NFD'))).to.equal('Tiến'.normalize('NFC'));
    expect(cleanText('<b>không</b> & "x"')).to.equal('<b>không</b> & "x"');
  });

  it('accepts Viet Nam mobile numbers as people type them, and nothing else', () => {
    for (const [typed, national] of [
      ['0912 345 678', '0912345678'],
      ['+84 912 345 678', '0912345678'],
      ['84-386.123.456', '0386123456'],
      ['(070) 123 4567', '0701234567'],
      ['0591234567', '0591234567'],
    ]) expect(normalizePhone(typed), typed).to.equal(national);
    for (const bad of ['024 3825 1234', '0112345678', '091234567', '09123456789', '+1 912 345 678', 'số điện thoại', '']) {
      expect(normalizePhone(bad), bad).to.equal(null);
    }
  });

  it('checks email addresses loosely', () => {
    expect(isEmail('an.nguyen@phuong.gov.vn')).to.equal(true);
    for (const bad of ['an', 'an@', 'an@vn', 'a n@b.vn', '@b.vn', `${'a'.repeat(250)}@b.vn`]) expect(isEmail(bad), bad).to.equal(false);
  });

  it('says what to fix: overall required, comment length, contact and consent', () => {
    expect(checkDraft(emptyDraft(), true)).to.deep.equal([{ field: 'overall', code: 'overall-required' }]);
    expect(checkDraft(draft({ comment: 'x'.repeat(1201) }), true)).to.deep.equal([{ field: 'comment', code: 'comment-too-long' }]);
    // 1,200 characters after cleaning is fine, however many control characters came with them.
    expect(checkDraft(draft({ comment: 'ệ'.repeat(1200) + '\u0000'.repeat(20) }), true)).to.deep.equal([]);
    expect(checkDraft(draft({ name: 'Bà Lan' }), true).map((p) => p.code)).to.deep.equal(['contact-missing', 'consent-required']);
    expect(checkDraft(draft({ phone: '123', email: 'x@' }), true).map((p) => p.code)).to.deep.equal(['phone-invalid', 'email-invalid', 'consent-required']);
    expect(checkDraft(draft({ phone: '0912345678', consent: true }), true)).to.deep.equal([]);
    // Where contact is not offered (kiosk, hide-contact), whatever is in those fields is ignored.
    expect(checkDraft(draft({ phone: '123' }), false)).to.deep.equal([]);
  });

  it('builds the JSON: "Not applicable" left out, contact only with a way to reply', () => {
    const s = buildSubmission(
      draft({ criteria: { official: 5, result: 0, access: 2 }, comment: ' Tốt ', name: ' Lan ', phone: '+84 912 345 678', consent: true }),
      { ...meta(), procedure: ' 1.001193 ', reference: '', counter: '3' },
      true,
    );
    expect(s.criteria).to.deep.equal({ access: 2, official: 5 });
    expect(s.comment).to.equal('Tốt');
    expect(s.contact).to.deep.equal({ name: 'Lan', phone: '0912345678' });
    expect([s.procedure, s.reference, s.counter]).to.deep.equal(['1.001193', undefined, '3']);
    expect(buildSubmission(draft({ name: 'Lan' }), meta(), true).contact).to.equal(undefined);
    expect(buildSubmission(draft({ phone: '0912345678' }), meta(), false).contact).to.equal(undefined);
  });

  it('every valid draft builds a body the reference server accepts (its schema check)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ệ', ' ', '\n', '\u0000', '<', '"', 'Đ', '\u202E'), maxLength: 1300 });
    const rating = fc.integer({ min: 0, max: 5 });
    const arb = fc.record({
      overall: fc.integer({ min: 1, max: 5 }),
      criteria: fc.record({ access: rating, procedure: rating, official: rating, result: rating, complaints: rating }),
      comment: text,
      name: fc.constantFrom('', 'Nguyễn Thị Lan', '  '),
      phone: fc.constantFrom('', '0912 345 678', '+84 386 123 456', '12345'),
      email: fc.constantFrom('', 'lan@phuong.vn', 'lan@'),
      consent: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (d) => {
        const full: Draft = { ...emptyDraft(), ...d };
        if (checkDraft(full, true).length) return;
        const body = buildSubmission(full, meta(), true);
        expect(isSubmission(body)).to.equal(true);
        const r = await fetch('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id }, body: JSON.stringify(body) });
        expect(r.status, await r.text()).to.equal(201);
      }),
      { numRuns: 25 },
    );
  });

  it('guards data read back from the device', () => {
    const good = submission({ criteria: { official: 5 }, phone: '0912345678', consent: true });
    expect(isSubmission(good)).to.equal(true);
    for (const bad of [
      null,
      'x',
      { ...good, id: 'not-a-uuid' },
      { ...good, overall: 6 },
      { ...good, criteria: { speed: 3 } },
      { ...good, comment: 'x'.repeat(1201) },
      { ...good, locale: 'fr' },
      { ...good, extra: 1 },
      { ...good, contact: { phone: 1 } },
    ]) expect(isSubmission(bad), JSON.stringify(bad)?.slice(0, 60)).to.equal(false);
    expect(fieldOfPointer('/contact/phone')).to.equal('phone');
    expect(fieldOfPointer('/comment')).to.equal('comment');
    expect(fieldOfPointer('/nope')).to.equal(undefined);
  });

  it('reads criteria from JSON or a property, dropping what it does not know', () => {
    expect(parseCriteria('').criteria.map((c) => c.key)).to.deep.equal(['access', 'procedure', 'official', 'result', 'complaints']);
    expect(parseCriteria('["official","result"]')).to.deep.equal({ criteria: [{ key: 'official' }, { key: 'result' }], invalid: false });
    expect(parseCriteria([{ key: 'official', label: { vi: 'Cán bộ' } }, 'speed', 'official', { key: 'result', label: 3 }])).to.deep.equal({
      criteria: [{ key: 'official', label: { vi: 'Cán bộ' } }],
      invalid: true,
    });
    expect(parseCriteria('{oops').invalid).to.equal(true);
  });
});

for (const local of [false, true]) {
  describe(`feedback outbox (${local ? 'localStorage' : 'IndexedDB'})`, () => {
    const open = (url = `https://portal.example/${unique()}`, options = {}) =>
      openOutbox(url, { name: `test-outbox-${unique()}`, local, retryDelay: 100, maxRetryDelay: 1000, locks: undefined, ...options });
    const ok = (sent: string[]) => async (e: Entry) => void sent.push(e.id);

    it(`uses ${local ? 'localStorage' : 'IndexedDB'}`, async () => {
      expect((await open()).store.kind).to.equal(local ? 'localstorage' : 'indexeddb');
    });

    it('delivers oldest first and empties itself', async () => {
      const box = await open();
      const [a, b] = [submission(), submission()];
      await box.add(a);
      await new Promise((r) => setTimeout(r, 5));
      await box.add(b);
      const sent: string[] = [];
      const report = await box.drain(ok(sent));
      expect(sent).to.deep.equal([a.id, b.id]);
      expect(report.sent).to.deep.equal([a.id, b.id]);
      expect(await box.pending()).to.deep.equal([]);
    });

    it(`holds at most ${OUTBOX_CAP}, keeps the oldest, and says when it is full`, async () => {
      const box = await open();
      const first = submission();
      expect(await box.add(first)).to.equal('queued');
      for (let i = 1; i < OUTBOX_CAP; i++) await box.add(submission());
      expect(await box.add(submission())).to.equal('full');
      // Queuing the same submission again is no new entry.
      expect(await box.add(first)).to.equal('queued');
      expect((await box.pending()).length).to.equal(OUTBOX_CAP);
    });

    it('waits with backoff after a failure, and stops hammering the server; a page load tries sooner', async () => {
      const box = await open();
      const [a, b] = [submission(), submission()];
      await box.add(a);
      await box.add(b);
      let calls = 0;
      const down = async () => {
        calls++;
        throw new HttpError('network');
      };
      const before = Date.now();
      const report = await box.drain(down);
      expect(calls).to.equal(1);
      expect(report.sent).to.deep.equal([]);
      expect(report.nextAt! - before).to.be.within(50, 600);
      // Not due yet: nothing is sent, not even the other entry…
      expect((await box.drain(down)).nextAt).to.equal(report.nextAt);
      expect(calls).to.equal(1);
      // …unless the page was loaded again or the connection just came back.
      const sent: string[] = [];
      await box.drain(ok(sent), undefined, true);
      expect(sent).to.have.length(2);
    });

    it('never sends before the server’s Retry-After, not even on a page load', async () => {
      const box = await open();
      await box.add(submission());
      const busy = async () => {
        throw new HttpError('http-4xx', 429, 400);
      };
      const report = await box.drain(busy);
      expect(report.nextAt! - Date.now()).to.be.within(300, 400);
      const sent: string[] = [];
      expect((await box.drain(ok(sent), undefined, true)).sent).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, report.nextAt! - Date.now() + 10));
      await box.drain(ok(sent), undefined, true);
      expect(sent).to.have.length(1);
    });

    it('drops what the server refuses for good, and unreadable records, and delivers the rest', async () => {
      const name = `test-outbox-${unique()}`;
      const url = `https://portal.example/${unique()}`;
      const box = await openOutbox(url, { name, local, locks: undefined });
      const [refused, fine] = [submission(), submission()];
      await box.add(refused);
      await box.add(fine);
      await box.store.put({ id: 'garbage', url, body: { overall: 'five' }, queuedAt: 0, attempts: 0, notBefore: 0 } as unknown as Entry);
      if (local) localStorage.setItem(`dvc:${name}:e:broken`, '{not json');
      const sent: string[] = [];
      const report = await box.drain(async (e) => {
        if (e.id === refused.id) throw new HttpError('http-4xx', 400);
        sent.push(e.id);
      });
      expect(sent).to.deep.equal([fine.id]);
      expect(report.rejected).to.deep.equal([refused.id]);
      expect(report.corrupt).to.equal(local ? 2 : 1);
      expect((await box.store.all()).corrupt).to.deep.equal([]);
    });

    it('lets only one drainer at a time hold the lease (no Web Locks)', async () => {
      const name = `test-outbox-${unique()}`;
      const url = `https://portal.example/${unique()}`;
      const [one, two] = [await openOutbox(url, { name, local, locks: undefined }), await openOutbox(url, { name, local, locks: undefined })];
      await one.add(submission());
      const sent: string[] = [];
      const slow = async (e: Entry) => {
        await new Promise((r) => setTimeout(r, 100));
        sent.push(e.id);
      };
      const [a, b] = await Promise.all([one.drain(slow), two.drain(slow)]);
      expect(sent).to.have.length(1);
      expect([a.busy, b.busy].sort()).to.deep.equal([false, true]);
      // Released afterwards: the other may drain now.
      expect((await two.drain(slow)).busy).to.equal(false);
    });

    it('an expired lease (a tab that died) is taken over', async () => {
      const store = local ? localStore(`test-outbox-${unique()}`) : await openStore(`test-outbox-${unique()}`);
      expect(await store.lease('x', 'dead-tab', 400)).to.equal(true);
      expect(await store.lease('x', 'me', 1000)).to.equal(false);
      await new Promise((r) => setTimeout(r, 450));
      expect(await store.lease('x', 'me', 1000)).to.equal(true);
    });
  });
}

describe('the retry policy (nextTry: one function for the first send and the outbox)', () => {
  const timing = { retryDelay: 1000, maxRetryDelay: 8000 };
  const now = 1_000_000;

  it('sends a request the page cut off again at once', () => {
    expect(nextTry(new HttpError('aborted'), 3, timing, now)).to.deep.equal({ notBefore: now, hold: 0 });
  });

  it('refuses for good what the citizen or the server must change (4xx other than 408 and 429)', () => {
    for (const status of [400, 404, 409, 413, 422]) expect(nextTry(new HttpError('http-4xx', status), 0, timing, now), `${status}`).to.equal(undefined);
    expect(nextTry(new TypeError('not an HttpError'), 0, timing, now)).to.equal(undefined);
  });

  it('retries the network, timeouts, 5xx, 408, 429 and an unreadable 2xx after a jittered, capped backoff', () => {
    const cases = [new HttpError('network'), new HttpError('timeout'), new HttpError('http-5xx', 503), new HttpError('http-4xx', 408), new HttpError('http-4xx', 429), new HttpError('bad-json', 200)];
    for (const error of cases) {
      for (const attempts of [0, 1, 2, 10]) {
        const retry = nextTry(error, attempts, timing, now)!;
        const full = Math.min(8000, 1000 * 2 ** attempts);
        expect(retry.notBefore - now, `${error.message} #${attempts}`).to.be.within(full / 2, full);
        expect(retry.hold).to.equal(now);
      }
    }
  });

  it("never goes before the server's Retry-After", () => {
    const retry = nextTry(new HttpError('http-4xx', 429, 60_000), 0, timing, now)!;
    expect(retry).to.deep.equal({ notBefore: now + 60_000, hold: now + 60_000 });
  });
});

describe('feedback outbox with Web Locks', () => {
  it('lets one of two drainers run, the other reports busy', async function () {
    if (!navigator.locks) this.skip();
    const url = `https://portal.example/${unique()}`;
    const name = `test-outbox-${unique()}`;
    const [one, two] = [await openOutbox(url, { name }), await openOutbox(url, { name })];
    expect(one).to.be.instanceOf(Outbox);
    await one.add(submission());
    const sent: string[] = [];
    const slow = async (e: Entry) => {
      await new Promise((r) => setTimeout(r, 100));
      sent.push(e.id);
    };
    const reports = await Promise.all([one.drain(slow), two.drain(slow)]);
    expect(sent).to.have.length(1);
    expect(reports.map((r) => r.busy).sort()).to.deep.equal([false, true]);
  });
});

describe('restoreDraft (what the browser hands back on a restored page)', () => {
  it('gives back a draft as typed, without the bot trap', () => {
    const typed = { ...emptyDraft(), overall: 4, criteria: { c1: 5, c2: 0 }, comment: 'Tốt', name: 'Lan', consent: true };
    const { honeypot: _, ...state } = typed;
    expect(restoreDraft(JSON.stringify(state))).to.deep.equal({ draft: typed });
    expect(restoreDraft(JSON.stringify({ ...state, honeypot: 'spam' }))!.draft.honeypot).to.equal('');
  });

  it('gives back the id and time of a submission that was being sent, so the same body goes with the same Idempotency-Key', () => {
    const { honeypot: _, ...state } = { ...emptyDraft(), overall: 5 };
    const attempt = { id: 'c0ffee00-1234-4abc-8def-0123456789ab', at: '2026-12-03T08:00:00.000Z' };
    expect(restoreDraft(JSON.stringify({ ...state, attempt }))).to.deep.equal({ draft: { ...emptyDraft(), overall: 5 }, attempt });
    for (const bad of [{ id: '<b>', at: attempt.at }, { id: attempt.id, at: 'yesterday' }, attempt.id]) {
      expect(restoreDraft(JSON.stringify({ ...state, attempt: bad })), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('refuses anything else', () => {
    const ok = { criteria: {}, comment: '', name: '', phone: '', email: '', consent: false };
    for (const bad of [null, 42, 'not json', '[]', 'null', JSON.stringify({ ...ok, overall: 9 }), JSON.stringify({ ...ok, overall: 0 }),
      JSON.stringify({ ...ok, criteria: { c1: 'x' } }), JSON.stringify({ ...ok, comment: 5 }), JSON.stringify({ ...ok, comment: 'x'.repeat(5000) }),
      JSON.stringify({ ...ok, consent: 'yes' })]) {
      expect(restoreDraft(bad), String(bad)).to.equal(undefined);
    }
    expect(restoreDraft(JSON.stringify(ok))).to.deep.equal({ draft: emptyDraft() });
  });
});
