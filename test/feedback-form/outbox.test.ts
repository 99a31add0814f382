// Nothing given is lost or counted twice: the reference server really stopped and restarted,
// the outbox drained by a new element (a reload), by two elements at once (with and without Web
// Locks), past corrupted records, and a full outbox told to the citizen.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import { settings } from '../../src/feedback-form/internal/lazy/deliver.js';
import { OUTBOX_CAP, openOutbox, type Entry } from '../../src/feedback-form/model/outbox.js';
import { openStore } from '../../src/feedback-form/model/outbox-store.js';
import { buildSubmission, emptyDraft, type Submission } from '../../src/feedback-form/model/submission.js';
import { uuid } from '../../src/core/id.js';
import { $, fill, fixtureLog, mount, pick, record, send, text, unique, until, type DvcFeedbackForm } from './helpers.js';

interface Started {
  url: string;
}

const count = async (id: string) =>
  (await executeServerCommand<Array<{ n: number }>, object>('dvc-server-query', { sql: 'SELECT COUNT(*) AS n FROM feedback WHERE id = ?', params: [id] }))[0].n;

const submission = (): Submission => buildSubmission({ ...emptyDraft(), overall: 4, comment: 'Tốt' }, { id: uuid(), submittedAt: new Date().toISOString(), locale: 'vi' }, false);

/** Rates and sends; resolves with the id once the form says it is saved on the device. */
async function submitWhileDown(el: DvcFeedbackForm): Promise<string> {
  const queued = record(el, 'dvc-feedback-queued');
  await pick(el, 2);
  await fill(el, 'comment', 'Mạng yếu');
  await send(el);
  await until(() => queued.length === 1, 1800, 'queued');
  expect(text(el)).to.contain('Đã lưu');
  return queued[0].detail.id as string;
}

describe('feedback outbox, for real', function () {
  this.timeout(12_000);
  before(() => setLocale('vi'));
  after(() => executeServerCommand('dvc-server-stop'));

  it('server down → saved on the device → server back → delivered exactly once', async () => {
    const { url } = await executeServerCommand<Started, object>('dvc-server-start', { origin: location.origin });
    const el = await mount(html`<dvc-feedback-form submit-url=${`${url}/api/feedback`}></dvc-feedback-form>`);
    Object.assign(el, { retryDelay: 60_000, requestTimeout: 1500 });
    const sent = record(el, 'dvc-feedback-sent');
    await executeServerCommand('dvc-server-stop');
    const id = await submitWhileDown(el);
    await executeServerCommand('dvc-server-restart');
    expect(await count(id)).to.equal(0);
    // The browser says the connection is back: delivery does not wait for the backoff.
    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === 1, 1800, 'delivery');
    expect(sent[0].detail).to.deep.equal({ id });
    expect(await count(id)).to.equal(1);
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('Cảm ơn Ông/Bà');
    // Another "online" finds nothing left: still exactly one row.
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect(await count(id)).to.equal(1);
    expect(sent).to.have.length(1);
  });

  it('a page reloaded while queued: a new form with the same submit-url delivers it', async () => {
    const { url } = await executeServerCommand<Started, object>('dvc-server-start', { origin: location.origin });
    const target = `${url}/api/feedback`;
    await executeServerCommand('dvc-server-stop');
    const first = await mount(html`<dvc-feedback-form submit-url=${target}></dvc-feedback-form>`);
    first.retryDelay = 60_000;
    const id = await submitWhileDown(first);
    first.remove(); // the page is gone
    await executeServerCommand('dvc-server-restart');
    const next = (await mount(html`<div></div>`)) as HTMLElement;
    const el = document.createElement('dvc-feedback-form');
    const sent = record(el, 'dvc-feedback-sent');
    el.submitUrl = target;
    next.append(el);
    await until(() => sent.length === 1, 1800, 'delivery by the new form');
    expect(sent[0].detail).to.deep.equal({ id });
    expect(await count(id)).to.equal(1);
  });

  for (const locks of [true, false]) {
    it(`two forms draining at once send each submission once (${locks ? 'Web Locks' : 'no navigator.locks: the lease'})`, async () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
      // A page served over plain HTTP has no navigator.locks (secure contexts only).
      if (!locks) Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
      try {
        expect(!!navigator.locks).to.equal(locks);
        const key = unique();
        const target = new URL(`/__fixture/feedback/ok?key=${key}`, location.href).href;
        const box = await openOutbox(target);
        const queued = [submission(), submission(), submission()];
        for (const s of queued) await box.add(s);
        const host = await mount(html`<div>
          <dvc-feedback-form submit-url=${target}></dvc-feedback-form>
          <dvc-feedback-form submit-url=${target}></dvc-feedback-form>
        </div>`);
        const both = [...(host.parentElement ?? host).querySelectorAll('dvc-feedback-form')];
        expect(both).to.have.length(2);
        const sent = both.flatMap((el) => record(el, 'dvc-feedback-sent'));
        await until(async () => (await box.pending()).length === 0, 1800, 'an empty outbox');
        await new Promise((r) => setTimeout(r, 300));
        const log = await fixtureLog(key);
        expect(log.map((a) => a.key).sort()).to.deep.equal(queued.map((s) => s.id).sort());
        expect(log.every((a) => a.key === a.id)).to.equal(true);
        expect(sent.length).to.be.at.most(3);
      } finally {
        if (!locks && original) Object.defineProperty(Navigator.prototype, 'locks', original);
      }
    });
  }

  it('a form taken off the page mid-send leaves its submission in the outbox', async () => {
    const target = new URL(`/__fixture/hang?key=${unique()}`, location.href).href;
    const el = await mount(html`<dvc-feedback-form submit-url=${target}></dvc-feedback-form>`);
    const queued = record(el, 'dvc-feedback-queued');
    await pick(el, 3);
    await send(el);
    await until(() => $(el, '[part=submit]')!.getAttribute('aria-disabled') === 'true', 1800, 'sending');
    expect(text(el)).to.contain('Đang gửi đánh giá…');
    el.remove();
    await until(() => queued.length === 1, 1800, 'queued');
    const box = await openOutbox(target);
    const pending = await box.pending();
    expect(pending.map((e) => e.id)).to.deep.equal([queued[0].detail.id]);
    await box.store.remove(pending[0].id);
  });

  it('drops corrupted records with a dvc-error, and delivers the rest', async () => {
    settings.outboxName = `test-corrupt-${unique()}`;
    try {
      const key = unique();
      const target = new URL(`/__fixture/feedback/ok?key=${key}`, location.href).href;
      const store = await openStore(settings.outboxName);
      const good = submission();
      await (await openOutbox(target, { name: settings.outboxName })).add(good);
      await store.put({ id: 'junk', url: target, body: '<script>', queuedAt: 0 } as unknown as Entry);
      const host = (await mount(html`<div></div>`)) as HTMLElement;
      const el = document.createElement('dvc-feedback-form');
      const events = record(el, 'dvc-error', 'dvc-feedback-sent');
      el.submitUrl = target;
      host.append(el);
      await until(() => events.length === 2, 1800, 'the drain');
      expect(events.map((e) => e.type).sort()).to.deep.equal(['dvc-error', 'dvc-feedback-sent']);
      expect(events.find((e) => e.type === 'dvc-error')!.detail.code).to.equal('outbox-corrupt');
      expect((await fixtureLog(key)).map((a) => a.id)).to.deep.equal([good.id]);
      expect(await store.all()).to.deep.equal({ entries: [], corrupt: [] });
    } finally {
      settings.outboxName = 'dvc-feedback-outbox';
    }
  });

  it(`a full outbox (${OUTBOX_CAP}) is told to the citizen, and the input is kept`, async () => {
    settings.outboxName = `test-full-${unique()}`;
    try {
      const elsewhere = await openOutbox('https://other.example/api/feedback', { name: settings.outboxName });
      for (let i = 0; i < OUTBOX_CAP; i++) await elsewhere.add(submission());
      const key = unique();
      const el = await mount(html`<dvc-feedback-form submit-url=${`/__fixture/feedback/fail-9?key=${key}`}></dvc-feedback-form>`);
      const errors = record(el, 'dvc-error');
      await pick(el, 1);
      await fill(el, 'comment', 'Giữ lại');
      await send(el);
      await until(() => errors.length === 1, 1800, 'dvc-error');
      expect(errors[0].detail.code).to.equal('outbox-full');
      await el.updateComplete;
      expect(text(el)).to.contain('Máy này đang lưu quá nhiều phiếu chưa gửi được');
      expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('Giữ lại');
      expect((await elsewhere.pending()).length).to.equal(OUTBOX_CAP);
    } finally {
      settings.outboxName = 'dvc-feedback-outbox';
    }
  });
});
