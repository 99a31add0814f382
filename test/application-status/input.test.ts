// <dvc-application-status>: bad input, answers a real server would not give, keyboard only, axe
// in every locale, and the wizard's link to it (issue 16).
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import { tidyCode, tidyVerifier } from '../../src/application-status/model/input.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { $, $$, current, fill, lookUp, mount, PHONE_4, record, sleep, submit, text, until, useServer } from './helpers.js';
import '../../src/procedure-wizard/index.js';

const FIXTURE = (mode: string) => `/__fixture/app-status/${mode}`;

describe('<dvc-application-status>: bad input', () => {
  before(() => setLocale('vi'));

  it('tidies codes as people type them, and refuses what cannot be one', () => {
    expect(tidyCode(' kl 20261128 0001 ')).to.deep.equal({ code: 'KL-20261128-0001' });
    expect(tidyCode('kl–20261128—1')).to.deep.equal({ code: 'KL-20261128-1' });
    expect(tidyCode('ＫＬ－２０２６１１２８－０００１')).to.deep.equal({ code: 'KL-20261128-0001' }); // full-width
    expect(tidyCode('20261128-0001')).to.deep.equal({ code: '20261128-0001' });
    expect(tidyCode('')).to.deep.equal({ problem: 'code-missing' });
    expect(tidyCode('КL-20261128-0001')).to.deep.equal({ problem: 'code-characters' }); // Cyrillic К
    expect(tidyCode("KL-1' OR '1'='1")).to.deep.equal({ problem: 'code-characters' });
    expect(tidyCode('<b>KL</b>')).to.deep.equal({ problem: 'code-characters' });
    expect(tidyCode('KL\u0000-20261128-0001')).to.deep.equal({ problem: 'code-characters' });
    expect(tidyCode('x'.repeat(10_000))).to.deep.equal({ problem: 'code-too-long' });
    expect(tidyCode('KL-2026')).to.deep.equal({ problem: 'code-format' });
    expect(tidyCode('AB-12', '^AB[0-9]{2}$')).to.deep.equal({ code: 'AB-12' });
    expect(tidyVerifier(' 56 78 ')).to.deep.equal({ verifier: '5678' });
    expect(tidyVerifier('５６７８')).to.deep.equal({ verifier: '5678' });
    expect(tidyVerifier('0912345678')).to.deep.equal({ problem: 'verifier-format' });
    expect(tidyVerifier('')).to.deep.equal({ problem: 'verifier-missing' });
  });

  for (const [what, code, verifier, message] of [
    ['HTML', '<img src=x onerror="window.__pwned=1">', PHONE_4, 'chỉ gồm chữ cái'],
    ['control characters', 'KL-2026\u0007\u001b1128-0001', PHONE_4, 'chỉ gồm chữ cái'],
    ['10 kB', 'K'.repeat(10_240), PHONE_4, 'quá dài'],
    ['SQL', "KL-20261128-0001'; DROP TABLE applications;--", PHONE_4, 'chỉ gồm chữ cái'],
    ['look-alikes', 'КL-2О261128-0001', PHONE_4, 'chỉ gồm chữ cái'],
    ['nothing', '', '', 'Ông/Bà vui lòng nhập mã hồ sơ.'],
    ['a whole phone number as verifier', 'KL-20261128-0001', '0912345678', 'nhập đúng 4 chữ số'],
    ['letters as verifier', 'KL-20261128-0001', 'abcd', 'nhập đúng 4 chữ số'],
  ]) {
    it(`${what}: a clear message beside the field, in the summary, and dvc-error; nothing sent`, async () => {
      const el = await mount(html`<dvc-application-status src=${FIXTURE('never')}></dvc-application-status>`);
      const events = record(el, 'dvc-error', 'dvc-status-not-found', 'dvc-status-found');
      const attempts = async () => (await (await fetch('/__fixture/attempts/')).json()).attempts as number;
      const before = await attempts();
      await lookUp(el, code, verifier);
      expect(text(el)).to.contain(message);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
      expect($$(el, '[aria-invalid=true]').length).to.be.greaterThan(0);
      expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['dvc-error', 'invalid-input']]);
      expect(await attempts()).to.equal(before + 1, 'no request but this count');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('a status the widget does not know is "in progress" with its date, never blank; the history sorted by time', async () => {
    const el = await mount(html`<dvc-application-status src=${FIXTURE('unknown')}></dvc-application-status>`);
    const found = record(el, 'dvc-status-found');
    await lookUp(el, 'KL-20261127-0001', PHONE_4);
    expect(current(el)).to.equal('Đang xử lý');
    expect(text(el)).to.contain('Cập nhật lần cuối: 13:00 ngày 27/11/2026');
    const steps = $$(el, 'ol.timeline li').map((li) => li.querySelector('.step')!.textContent);
    expect(steps).to.deep.equal(['Đã tiếp nhận', 'Đang giải quyết', 'Đang xử lý']);
    expect($$(el, 'ol.timeline time').map((t) => t.textContent)).to.deep.equal(['09:00 ngày 27/11/2026', '11:00 ngày 27/11/2026', '13:00 ngày 27/11/2026']);
    // A note with HTML is text.
    expect(text(el)).to.contain('<img src=x onerror="window.__pwned=1">Chuyển Sở Tư pháp');
    expect($(el, 'img')).to.equal(null);
    // A `due` in the past, status not settled: overdue.
    expect(text(el)).to.contain('Đã quá ngày hẹn trả kết quả');
    expect(text(el)).to.contain('8.000 đồng, còn phải nộp: 8.000 đồng');
    expect(found[0].detail).to.deep.equal({ code: 'KL-20261127-0001', status: 'sent-to-province' });
  });

  for (const [mode, code, message] of [
    ['500', 'http-5xx', 'Hiện không kết nối được'],
    ['bad-json', 'invalid-data', 'Không đọc được thông tin'],
    ['invalid', 'invalid-data', 'Không đọc được thông tin'],
    ['hang', 'timeout', 'trả lời quá lâu'],
  ]) {
    it(`a server that answers ${mode}: a message with what to do, and dvc-error ${code}`, async () => {
      const el = await mount(html`<dvc-application-status src=${FIXTURE(mode)}></dvc-application-status>`);
      el.requestTimeout = 300;
      const errors = record(el, 'dvc-error');
      await lookUp(el, 'KL-20261127-0001', PHONE_4);
      expect(text(el)).to.contain('Chưa tra cứu được');
      expect(text(el)).to.contain(message);
      expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
      expect($(el, '.notice')!.getAttribute('role')).to.equal('alert');
      // The form stays, filled, to try again.
      expect($<HTMLInputElement>(el, '#code')!.value).to.equal('KL-20261127-0001');
    });
  }

  it('without src: says the look-up is not set up, and dvc-error', async () => {
    const el = await mount(html`<dvc-application-status></dvc-application-status>`);
    const errors = record(el, 'dvc-error');
    await lookUp(el, 'KL-20261127-0001', PHONE_4);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['no-src']);
    expect(text(el)).to.contain('chưa được cài đặt');
  });
});

describe('<dvc-application-status>: keyboard and accessibility', function () {
  this.timeout(8000);
  const server = useServer();
  afterEach(() => setLocale('vi'));

  it('keyboard only: Tab to the fields, type, Enter looks up; Refresh reachable', async () => {
    await setLocale('vi');
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    const found = record(el, 'dvc-status-found');
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('code');
    await sendKeys({ type: code });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('verifier');
    await sendKeys({ type: PHONE_4 });
    await sendKeys({ press: 'Enter' });
    await until(() => found.length === 1, 1800, 'the status');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    // On to Refresh with Tab, and Enter refreshes.
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement?.getAttribute('part') !== 'refresh'; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('refresh');
    await sendKeys({ press: 'Enter' });
    await until(() => found.length === 2, 1800, 'the refresh');
    start.remove();
  });

  for (const locale of ['vi', 'en', 'de']) {
    it(`axe finds nothing in ${locale}: the form with problems, the status, not found; targets 44 px`, async () => {
      await setLocale(locale);
      const code = await submit(server);
      await fetch(`${server.api}/staff/applications/${code}/status`, {
        method: 'POST',
        headers: { Authorization: 'Bearer test-staff-token', 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'needs-documents', missing: { items: [{ document: 'birth-notice' }], where: 'Quầy số 2' } }),
      });
      const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
      await expectAccessible(el);
      await lookUp(el, '<b>', 'ab');
      await expectAccessible(el);
      await lookUp(el, code, PHONE_4);
      expect($(el, '[part=status]')).to.exist;
      await expectAccessible(el);
      expectTargets44(el.shadowRoot!);
      ($(el, 'button.link') as HTMLButtonElement).click();
      await el.updateComplete;
      await lookUp(el, 'KL-20200101-0001', PHONE_4);
      expect($(el, '.notice')).to.exist;
      await expectAccessible(el);
    });
  }

  it('the English page reads in English', async () => {
    await setLocale('en');
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    await fill(el, 'code', '');
    expect(text(el)).to.contain('Look up your application');
    expect(text(el)).to.contain('Last 4 digits of your phone number or ID number');
  });
});

describe('<dvc-procedure-wizard> links its confirmation to the status page', function () {
  this.timeout(8000);
  before(async function () {
    // The wizard's pages, compiled by the test server on first use: once here, not inside a 2 s wait.
    this.timeout(20_000);
    await import('../../src/procedure-wizard/internal/lazy/part.js');
    await setLocale('vi');
  });

  it('with status-url, "Tra cứu hồ sơ" goes to the template with the code; the widget looks it up from there', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = '<dvc-procedure-wizard src="/api/procedures/2.000815" submit-url="/api/applications" status-url="/tra-cuu?ma={code}" history="none"></dvc-procedure-wizard>';
    const wizard = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    const w$ = <T extends Element = HTMLElement>(s: string) => wizard.shadowRoot!.querySelector<T>(s);
    const press = async (label: string) => {
      const b = [...wizard.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent!.trim() === label)!;
      b.click();
      await sleep(50);
      await wizard.updateComplete;
    };
    const type = async (id: string, v: string) => {
      const i = w$<HTMLInputElement>(`#${id}`)!;
      i.value = v;
      i.dispatchEvent(new Event('input'));
      await wizard.updateComplete;
    };
    try {
      // The wizard's part and the definition, compiled by the dev server on first use.
      await until(() => w$('section'), 1900, 'overview');
      await until(() => [...wizard.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Bắt đầu'), 1800, 'start');
      await press('Bắt đầu');
      await type('f-paperName', 'Bằng tốt nghiệp');
      await type('f-pages', '2');
      await type('f-copies', '1');
      wizard.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=f-ownCopies]')[1].click();
      await press('Tiếp tục');
      await type('f-name', 'Lê Văn Cường');
      await type('f-phone', '0987654321');
      await press('Tiếp tục');
      await press('Nộp hồ sơ');
      const link = (await until(() => w$<HTMLAnchorElement>('[part=status-link]'), 1800, 'the link'))!;
      const ref = w$('.reference')!.textContent!;
      expect(link.textContent).to.equal('Tra cứu hồ sơ');
      expect(link.getAttribute('href')).to.equal(`/tra-cuu?ma=${ref}`);
      // And a QR code of the whole address, for a printed page or a phone's camera.
      const qr = (await until(() => w$('[part=status-qr]'), 1800, 'the QR code'))!;
      expect(qr.getAttribute('aria-label')).to.equal('Mã QR để tra cứu hồ sơ này trên điện thoại');
      expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
      // The status page with that link's query (and the verifier the citizen types).
      const el = await mount(html`<dvc-application-status src="/api" prefill="none"></dvc-application-status>`);
      el.code = new URL(link.href).searchParams.get('ma')!;
      await el.updateComplete;
      await lookUp(el, $<HTMLInputElement>(el, '#code')!.value, '4321');
      expect(current(el)).to.equal('Đã tiếp nhận');
      expect(text(el)).to.contain('Chứng thực bản sao từ bản chính');
    } finally {
      container.remove();
    }
  });

  it('without status-url, no link', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = '<dvc-procedure-wizard src="/api/procedures/2.000815"></dvc-procedure-wizard>';
    const wizard = container.firstElementChild as HTMLElement;
    try {
      await until(() => wizard.shadowRoot?.querySelector('section'), 1900, 'overview');
      expect(wizard.shadowRoot!.querySelector('[part=status-link]')).to.equal(null);
      expect((wizard as unknown as { statusUrl?: string }).statusUrl).to.equal(undefined);
    } finally {
      container.remove();
    }
  });
});
