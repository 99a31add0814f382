// <dvc-feedback-form> as the citizen and the portal developer meet it: rating, criteria, comment,
// contact, checking, sending (real HTTP to the reference server and the fixture), form association.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import { DvcFeedbackForm as FeedbackForm } from '../../src/feedback-form/feedback-form.js';
import type { Submission } from '../../src/feedback-form/model/submission.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { emulateFeatures } from '../helpers/media.js';
import { $, $$, fill, fixtureLog, mount, pick, record, send, sleep, text, unique, until, type DvcFeedbackForm } from './helpers.js';

const fixtureUrl = (mode: string, key: string) => `/__fixture/feedback/${mode}?key=${key}`;
const focused = (el: DvcFeedbackForm) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<dvc-feedback-form>', () => {
  before(() => setLocale('vi'));
  afterEach(() => setLocale('vi'));

  it('asks the overall question in Vietnamese, as five radio buttons with words and faces', async () => {
    const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    expect($(el, 'legend')!.textContent).to.contain('Ông/Bà hài lòng với việc phục vụ ở mức nào?');
    const options = $$(el, '[part=scale] [part=option]');
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng']);
    expect(options.every((o) => o.querySelector('input[type=radio]') && o.querySelector('svg[aria-hidden=true]'))).to.equal(true);
    expect($$<HTMLInputElement>(el, 'input[name=overall]').map((i) => i.value)).to.deep.equal(['5', '4', '3', '2', '1']);
    // Criteria appear only once the overall rating is chosen.
    expect($(el, '.criteria')).to.equal(null);
    await pick(el, 4);
    expect($$(el, '.criterion legend').map((l) => l.textContent)).to.have.length(5);
    expect($$(el, 'input[name=c-official]').map((i) => (i.parentElement as HTMLElement).textContent!.trim())).to.include('Không đánh giá');
  });

  it('sends to the reference server with the id as Idempotency-Key, then thanks and moves focus', async () => {
    const el = await mount(html`<dvc-feedback-form submit-url="/api/feedback" procedure="1.001193" reference="KL-20261128-0001" counter="3"></dvc-feedback-form>`);
    const events = record(el, 'dvc-feedback-submit', 'dvc-feedback-sent', 'dvc-feedback-queued', 'dvc-error');
    await pick(el, 5);
    await pick(el, 4, 'c-official');
    await pick(el, 0, 'c-result');
    await fill(el, 'comment', 'Cán bộ nhiệt tình.');
    await send(el);
    await until(() => $(el, '[part=thanks]'), 1800, 'thanks');
    const submitted = events[0].detail as Submission;
    expect(submitted).to.include({ overall: 5, comment: 'Cán bộ nhiệt tình.', procedure: '1.001193', reference: 'KL-20261128-0001', counter: '3', locale: 'vi' });
    expect(submitted.criteria).to.deep.equal({ official: 4 });
    expect(events.map((e) => e.type)).to.deep.equal(['dvc-feedback-submit', 'dvc-feedback-sent']);
    expect(events[1].detail).to.deep.equal({ id: submitted.id });
    await el.updateComplete;
    expect(focused(el)?.textContent).to.contain('Cảm ơn Ông/Bà');
    // The server has it: the same id again is a replay of the first receipt.
    const again = await fetch('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(submitted) });
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    // "Give more feedback" returns to a fresh form.
    $<HTMLButtonElement>(el, '[part=thanks] button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[name=overall]').some((i) => i.checked)).to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
    expect(focused(el)?.localName).to.equal('legend');
  });

  it('posts exactly the JSON with the Idempotency-Key, and ignores a second press while sending', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('ok', key)}></dvc-feedback-form>`);
    const submits = record(el, 'dvc-feedback-submit');
    await pick(el, 3);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(() => $(el, '[part=thanks]'));
    $<HTMLButtonElement>(el, '[part=submit]')?.click();
    const log = await fixtureLog(key);
    expect(log).to.have.length(1);
    expect(submits).to.have.length(1);
    expect(log[0].key).to.equal((submits[0].detail as Submission).id);
    expect(log[0].id).to.equal(log[0].key);
  });

  it('shows what to fix: an error summary with links, a message beside each field, focus on the summary', async () => {
    const el = await mount(html`<dvc-feedback-form submit-url="/api/feedback"></dvc-feedback-form>`);
    await send(el);
    const summary = (await until(() => $(el, '.summary')))!;
    await el.updateComplete;
    expect(focused(el)).to.equal(summary);
    expect(summary.textContent).to.contain('Ông/Bà vui lòng chọn mức độ hài lòng.');
    expect($(el, '#overall-error')).to.exist;
    expect($(el, '[part=scale]')!.getAttribute('aria-describedby')).to.equal('overall-error');
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal($(el, 'input[name=overall]'));

    await pick(el, 2);
    await fill(el, 'name', 'Nguyễn Thị Lan');
    await fill(el, 'phone', '024 3825 1234');
    await send(el);
    await until(() => $(el, '#phone-error'));
    expect(text(el)).to.contain('số điện thoại di động Việt Nam');
    expect($(el, '#consent-error')).to.exist;
    expect($(el, '#phone')!.getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'phone', '0912 345 678');
    ($<HTMLInputElement>(el, '#consent')!).click();
    await el.updateComplete;
    const sent = record(el, 'dvc-feedback-submit');
    await send(el);
    await until(() => $(el, '[part=thanks]'));
    expect((sent[0].detail as Submission).contact).to.deep.equal({ name: 'Nguyễn Thị Lan', phone: '0912345678' });
    expect(text(el)).to.contain('Cán bộ sẽ liên hệ');
  });

  it('a 4xx keeps every input and shows what the server refused', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('400', key)}></dvc-feedback-form>`);
    const errors = record(el, 'dvc-error');
    await pick(el, 1);
    await fill(el, 'comment', 'Chờ quá lâu');
    await fill(el, 'phone', '0912345678');
    ($<HTMLInputElement>(el, '#consent')!).click();
    await send(el);
    await until(() => $(el, '#phone-error'));
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['http-4xx']);
    expect(text(el)).to.contain('Hệ thống không nhận nội dung này');
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('Chờ quá lâu');
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('0912345678');
    expect($<HTMLInputElement>(el, 'input[name=overall][value="1"]')!.checked).to.equal(true);
    expect($(el, '[part=thanks]')).to.equal(null);
    // Sending again is a new submission (new id): a refused key is never replayed.
    await send(el);
    await until(async () => (await fixtureLog(key)).length === 2);
    const [first, second] = await fixtureLog(key);
    expect(first.key).to.not.equal(second.key);
  });

  it('a 5xx queues the feedback ("Saved"), then delivers it with the same key', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('fail-1', key)}></dvc-feedback-form>`);
    el.retryDelay = 150;
    const events = record(el, 'dvc-feedback-queued', 'dvc-feedback-sent');
    await pick(el, 4);
    await send(el);
    await until(() => $(el, '.done.queued'));
    await el.updateComplete;
    expect(focused(el)?.textContent).to.contain('Đã lưu — phiếu sẽ được tự động gửi khi có mạng trở lại');
    await until(() => events.length === 2, 1800, 'delivery');
    const log = await fixtureLog(key);
    expect(log.map((a) => a.key)).to.deep.equal([log[0].id, log[0].id]);
    expect(events.map((e) => [e.type, e.detail.id])).to.deep.equal([
      ['dvc-feedback-queued', log[0].id],
      ['dvc-feedback-sent', log[0].id],
    ]);
    // Delivered while the panel was shown: it now says thank you.
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('Cảm ơn Ông/Bà');
  });

  it('a 429 waits the Retry-After before the next attempt', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('429-1', key)}></dvc-feedback-form>`);
    el.retryDelay = 50;
    const sent = record(el, 'dvc-feedback-sent');
    await pick(el, 5);
    await send(el);
    await until(() => $(el, '.done.queued'));
    await until(() => sent.length === 1, 1900, 'delivery after Retry-After');
    const [first, second] = await fixtureLog(key);
    expect(second.at - first.at).to.be.at.least(950);
    expect(second.key).to.equal(first.key);
  });

  it('treats HTML and control characters in the comment as text', async () => {
    const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    const submits = record(el, 'dvc-feedback-submit');
    await pick(el, 3);
    await fill(el, 'comment', '<img src=x onerror="window.pwned=1"><b>đậm</b>\u0007\u202E');
    await send(el);
    await until(() => submits.length);
    expect((submits[0].detail as Submission).comment).to.equal('<img src=x onerror="window.pwned=1"><b>đậm</b>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('counts the characters left near the limit, in a polite live region', async () => {
    const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    const left = $(el, '#comment-left')!;
    expect(left.getAttribute('aria-live')).to.equal('polite');
    await fill(el, 'comment', 'a'.repeat(1000));
    expect(left.textContent!.trim()).to.equal('');
    await fill(el, 'comment', 'a'.repeat(1150));
    expect(left.textContent!.trim()).to.equal('Còn 50 ký tự');
    expect($<HTMLTextAreaElement>(el, '#comment')!.maxLength).to.equal(1200);
  });

  it('a bot that fills the hidden field sees a thank-you, and nothing is sent', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('ok', key)}></dvc-feedback-form>`);
    const events = record(el, 'dvc-feedback-submit', 'dvc-feedback-sent');
    const hp = $<HTMLInputElement>(el, '.hp input')!;
    expect([hp.tabIndex, hp.getAttribute('autocomplete'), hp.getBoundingClientRect().width]).to.deep.equal([-1, 'off', 0]);
    await pick(el, 5);
    await fill(el, 'comment', 'Buy now');
    hp.value = 'http://spam.example';
    hp.dispatchEvent(new Event('input'));
    await send(el);
    await until(() => $(el, '[part=thanks]'));
    await sleep(100);
    expect(await fixtureLog(key)).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('without submit-url, or when the portal cancels, it only fires the event', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form submit-url=${fixtureUrl('ok', key)}></dvc-feedback-form>`);
    el.addEventListener('dvc-feedback-submit', (e) => e.preventDefault(), { once: true });
    await pick(el, 5);
    await send(el);
    await sleep(100);
    expect(await fixtureLog(key)).to.deep.equal([]);
    expect($(el, '[part=thanks]')).to.equal(null);

    const plain = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    const events = record(plain, 'dvc-feedback-submit', 'dvc-feedback-sent');
    await pick(plain, 2);
    await send(plain);
    await until(() => $(plain, '[part=thanks]'));
    expect(events.map((e) => e.type)).to.deep.equal(['dvc-feedback-submit']);
  });

  it('shows only the criteria asked for, with the portal’s labels', async () => {
    const criteria = JSON.stringify(['official', { key: 'result', label: { vi: 'Giấy tờ nhận được', en: 'Papers received' } }, 'speed']);
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail.code);
    document.addEventListener('dvc-error', listen);
    const el = await mount(html`<dvc-feedback-form criteria=${criteria}></dvc-feedback-form>`);
    document.removeEventListener('dvc-error', listen);
    expect(errors).to.deep.equal(['invalid-criteria']);
    await pick(el, 4);
    expect($$(el, '.criterion legend').map((l) => l.textContent)).to.deep.equal(['Công chức giải quyết công việc', 'Giấy tờ nhận được']);
    const hidden = await mount(html`<dvc-feedback-form hide-criteria hide-contact></dvc-feedback-form>`);
    await pick(hidden, 4);
    expect($(hidden, '.criteria')).to.equal(null);
    expect($(hidden, '[part=contact]')).to.equal(null);
  });

  it('a part that fails to load is a message and a retry, not a dead form', async () => {
    const original = FeedbackForm.partModule;
    let fail = true;
    FeedbackForm.partModule = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
    try {
      const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`, false);
      const errors = record(el, 'dvc-error');
      await sleep(50);
      await pick(el, 5);
      await send(el);
      await until(() => $(el, '[role=alert]'));
      expect(text(el)).to.contain('Chưa tải được một phần của phiếu');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['load-failed']);
      fail = false;
      await send(el);
      await until(() => $(el, '[part=thanks]'));
    } finally {
      FeedbackForm.partModule = original;
    }
  });

  describe('fetches its part `prefetchDelay` after the first screen (a page of several widgets: their first screens first)', () => {
    const original = { partModule: FeedbackForm.partModule, delay: FeedbackForm.prefetchDelay };
    let asked: number[];
    beforeEach(() => {
      asked = [];
      FeedbackForm.partModule = () => (asked.push(performance.now()), original.partModule());
    });
    afterEach(() => {
      FeedbackForm.partModule = original.partModule;
      FeedbackForm.prefetchDelay = original.delay;
    });

    it('not before the delay, and by itself after it', async () => {
      FeedbackForm.prefetchDelay = 400;
      const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`, false);
      const drawn = performance.now();
      await sleep(250);
      expect(asked, 'fetched before the delay').to.deep.equal([]);
      await until(() => $(el, '#comment'), 1500, 'the part, after the delay');
      expect(asked).to.have.length(1);
      expect(asked[0] - drawn).to.be.greaterThan(300);
    });

    it('at once when the citizen chooses a rating before it', async () => {
      FeedbackForm.prefetchDelay = 60_000;
      const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`, false);
      await pick(el, 4);
      await until(() => $$(el, '.criterion').length === 5, 1500, 'the criteria');
      expect(asked).to.have.length(1);
    });
  });

  for (const locale of ['vi', 'en', 'de'] as const) {
    it(`is accessible in ${locale} with every part shown (axe, 7:1, 44 px targets)`, async () => {
      await setLocale(locale);
      const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
      await pick(el, 3);
      await fill(el, 'name', 'Lan');
      await send(el);
      await until(() => $(el, '.summary'));
      await expectAccessible(el);
      expectTargets44(el.shadowRoot!);
      await send(el);
      await fill(el, 'phone', '0912345678');
      ($<HTMLInputElement>(el, '#consent')!).click();
      await send(el);
      await until(() => $(el, '[part=thanks]'));
      await expectAccessible(el);
    });
  }

  it('keeps the choice visible in forced colours (not by colour alone) and honours reduced motion', async () => {
    await emulateFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    try {
      const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
      await pick(el, 4);
      const [chosen, other] = [$(el, 'input[name=overall][value="4"]')!.parentElement!, $(el, 'input[name=overall][value="5"]')!.parentElement!];
      // The radio dot itself shows the choice; the border is thicker too, in system colours.
      expect(getComputedStyle(chosen).borderTopWidth).to.equal('4px');
      expect(getComputedStyle(other).borderTopWidth).to.not.equal('4px');
      expect(getComputedStyle(chosen).borderTopColor).to.not.equal(getComputedStyle(other).borderTopColor);
      await expectAccessible(el);
    } finally {
      await emulateFeatures({ 'forced-colors': '', 'prefers-reduced-motion': '' });
    }
  });

  it('fits 320 px at 200 % text without horizontal scrolling', async () => {
    const el = await mount(html`<div style="width: 320px; --dvc-font-scale: 2"><dvc-feedback-form></dvc-feedback-form></div>`);
    await pick(el, 1);
    await fill(el, 'name', 'Lan');
    await send(el);
    await until(() => $(el, '.summary'));
    const right = el.getBoundingClientRect().right + 0.5;
    const over = $$(el, '*').filter((n) => n.getBoundingClientRect().right > right).map((n) => `${n.localName}.${n.className}`);
    expect(over).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});

describe('<dvc-feedback-form> keyboard only', () => {
  before(() => setLocale('vi'));

  it('rates with arrow keys, skips the criteria, types a comment and sends with Enter', async () => {
    const key = unique();
    const el = await mount(html`<dvc-feedback-form hide-contact submit-url=${fixtureUrl('ok', key)}></dvc-feedback-form>`);
    const sent = record(el, 'dvc-feedback-sent');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, 'input[name=overall][value="5"]'));
    // A native radio group: arrows move and choose.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name=overall][value="3"]')!.checked).to.equal(true);
    // One Tab per criterion group (optional), then the comment.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('comment');
    await sendKeys({ type: 'Tốt' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(() => sent.length === 1);
    await el.updateComplete;
    expect(focused(el)?.localName).to.equal('h2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.localName).to.equal('legend');
    before.remove();
  });
});

describe('<dvc-feedback-form> as a form control', () => {
  before(() => setLocale('vi'));

  it('contributes its value as JSON under name, reports validity, resets and follows disabled fieldsets', async () => {
    const form = (await mount(html`<form><fieldset><dvc-feedback-form name="feedback" hide-contact></dvc-feedback-form></fieldset><button>Gửi</button></form>`)).closest('form')!;
    const el = form.querySelector('dvc-feedback-form')!;
    // Inside a host form without submit-url, the host form's button submits: no second button.
    expect($(el, '[part=submit]')).to.equal(null);
    expect(new FormData(form).get('feedback')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    expect(el.shadowRoot && (el as unknown as { internals: ElementInternals }).internals.validationMessage).to.equal('Ông/Bà vui lòng chọn mức độ hài lòng.');

    await pick(el, 4);
    await pick(el, 5, 'c-access');
    await fill(el, 'comment', 'Nhanh');
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('feedback') as string)).to.deep.equal({ overall: 4, criteria: { access: 5 }, comment: 'Nhanh' });

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input, textarea').every((i) => i.disabled)).to.equal(true);
    expect(new FormData(form).get('feedback')).to.equal(null);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#comment')!.disabled).to.equal(false);

    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('feedback')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
  });

  it('works as frameworks use it: name set as a property, value/validity/checkValidity, composed change and input', async () => {
    const form = (await mount(html`<form><dvc-feedback-form hide-contact></dvc-feedback-form></form>`)).closest('form')!;
    const el = form.querySelector('dvc-feedback-form')!;
    el.name = 'rating'; // React 19 and Vue set properties, not attributes
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('rating');
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
    expect(el.value).to.equal('');
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Ông/Bà vui lòng chọn mức độ hài lòng.');
    const invalid = record(el, 'invalid');
    expect(el.checkValidity()).to.equal(false);
    expect(invalid).to.have.length(1);
    // Events a framework listens to on the element itself, from outside the shadow root.
    const changes: string[] = [];
    form.addEventListener('change', (e) => changes.push(`change:${(e.target as Element).localName}`));
    form.addEventListener('input', (e) => changes.push(`input:${(e.target as Element).localName}`));
    await pick(el, 3);
    await fill(el, 'comment', 'Ổn');
    $(el, '#comment')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).to.deep.equal(['input:dvc-feedback-form', 'change:dvc-feedback-form', 'input:dvc-feedback-form', 'change:dvc-feedback-form']);
    expect(JSON.parse(el.value)).to.include({ overall: 3, comment: 'Ổn' });
    expect(el.checkValidity()).to.equal(true);
    expect(new FormData(form).get('rating')).to.equal(el.value);
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(new FormData(form).get('rating')).to.equal(null);
  });

  it('stands alone where the browser has no ElementInternals (Safari before 16.4): own button, the submission as an event', async () => {
    const proto = HTMLElement.prototype as { attachInternals?: unknown };
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
    delete proto.attachInternals;
    try {
      const el = await mount(html`<form><dvc-feedback-form name="feedback" hide-contact></dvc-feedback-form></form>`);
      const submitted = record(el, 'dvc-feedback-submit');
      await pick(el, 2);
      await send(el);
      await until(() => submitted.length, 1800, 'the submission');
      expect(submitted[0]!.detail).to.include({ overall: 2 });
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'attachInternals', own);
    }
  });
});

describe('<dvc-feedback-form kiosk>', () => {
  before(() => setLocale('vi'));

  it('is anonymous, autocomplete off, and the thank-you panel counts down to a fresh form', async () => {
    const el = await mount(html`<dvc-feedback-form kiosk reset-after="1"></dvc-feedback-form>`);
    expect($(el, '[part=contact]')).to.equal(null);
    expect($(el, '#comment')!.getAttribute('autocomplete')).to.equal('off');
    await pick(el, 5);
    await fill(el, 'comment', 'Cảm ơn');
    await send(el);
    await until(() => $(el, '[part=thanks]'));
    await el.updateComplete;
    expect(text(el)).to.contain('Màn hình sẽ trở lại từ đầu sau 1 giây.');
    await until(() => $(el, 'input[name=overall]'), 1800, 'the reset');
    expect($$<HTMLInputElement>(el, 'input[name=overall]').some((i) => i.checked)).to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
  });

  it('wipes what was entered after idle-timeout, once "Are you still there?" goes unanswered', async () => {
    const el = await mount(html`<dvc-feedback-form kiosk idle-timeout="0.2"></dvc-feedback-form>`);
    el.promptFor = 0.3;
    await pick(el, 2);
    await fill(el, 'comment', 'bí mật');
    await until(() => $(el, 'dvc-idle-prompt'), 1500, 'the prompt');
    expect($(el, 'div[inert]')).to.exist;
    await until(() => !$(el, 'dvc-idle-prompt'), 1500, 'the wipe');
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
    expect($$<HTMLInputElement>(el, 'input[name=overall]').some((i) => i.checked)).to.equal(false);
  });
});
