// <dvc-application-status> against the reference server (issue 16): applications filed and moved
// by staff for real, the widget looking them up over HTTP.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import { $, $$, current, ID_4, lookUp, mount, move, PHONE_4, record, sleep, submit, text, until, useServer } from './helpers.js';

/** A date `days` from today in Viet Nam, `YYYY-MM-DD`. */
const day = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('<dvc-application-status> with the reference server', function () {
  this.timeout(8000);
  const server = useServer();
  before(() => setLocale('vi'));

  it('looks up an application filed through the server, tolerant of spaces, case and dashes', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    const found = record(el, 'dvc-status-found');
    const [prefix, date, seq] = code.split('-');
    await lookUp(el, ` ${prefix.toLowerCase()} ${date}–${seq} `, PHONE_4);
    expect(current(el)).to.equal('Đã tiếp nhận');
    expect($(el, 'h2')!.textContent).to.equal(`Hồ sơ ${code}`);
    expect(text(el)).to.contain('Đăng ký khai sinh');
    expect(text(el)).to.contain('Ngày hẹn trả kết quả');
    expect(text(el)).to.contain('Phí, lệ phí');
    expect(found.map((e) => e.detail)).to.deep.equal([{ code, status: 'received' }]);
    // The focus follows the answer.
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    // The last 4 digits of the ID number work as well.
    ($(el, 'button.link') as HTMLButtonElement).click();
    await until(() => $(el, 'form'));
    await lookUp(el, code, ID_4);
    expect(current(el)).to.equal('Đã tiếp nhận');
    // Each step's time in Viet Nam time.
    const at = $(el, 'ol.timeline time')!;
    const vn = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(at.getAttribute('datetime')!));
    expect(at.textContent).to.contain(vn);
  });

  it('follows staff through every status: after "Refresh" and on return to the tab', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    await move(server, code, { status: 'processing' });
    $<HTMLButtonElement>(el, '[part=refresh]')!.click();
    await until(() => current(el) === 'Đang giải quyết', 1800, 'processing after Refresh');
    expect($(el, '.checked')!.textContent).to.match(/Cập nhật lúc \d\d:\d\d/);

    // Return to the tab: the browser says the page is visible again.
    const visible = async () => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      await move(server, code, { status: 'result-ready', collect: { how: 'counter', where: 'Quầy số 1, Trung tâm Phục vụ hành chính công' } });
      await visible();
      await until(() => current(el) === 'Đã có kết quả', 1800, 'result ready on visibilitychange');
      expect(text(el)).to.contain('Cách nhận kết quả');
      expect(text(el)).to.contain('Tại quầy: Quầy số 1, Trung tâm Phục vụ hành chính công');
      expect(text(el)).to.contain('Giấy tiếp nhận hồ sơ');
      expect(text(el)).to.contain('Thẻ căn cước');
      await move(server, code, { status: 'collected', feesPaid: 0 });
      await visible();
      await until(() => current(el) === 'Đã trả kết quả', 1800, 'collected');
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    const steps = $$(el, 'ol.timeline .step').map((s) => s.textContent);
    expect(steps).to.deep.equal(['Đã tiếp nhận', 'Đang giải quyết', 'Đã có kết quả', 'Đã trả kết quả']);
    // Without `feedback`, no feedback form.
    expect($(el, 'dvc-feedback-form')).to.equal(null);
  });

  it('missing documents: what, where to bring them and by when', async () => {
    const code = await submit(server);
    await move(server, code, {
      status: 'needs-documents',
      note: 'Bản sao giấy chứng sinh chưa rõ.',
      missing: { items: [{ document: 'birth-notice' }], where: 'Quầy số 2', by: day(5) },
    });
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    expect(current(el)).to.equal('Cần bổ sung hồ sơ');
    const t = text(el);
    expect(t).to.contain('Giấy tờ cần bổ sung');
    expect(t).to.contain('Nơi nộp bổ sung: Quầy số 2');
    expect(t).to.contain('Hạn bổ sung:');
    expect(t).to.contain('Bản sao giấy chứng sinh chưa rõ.');
    expect($$(el, '.current li').length).to.equal(1);
  });

  it('overdue: the promised date passed, and what the citizen may do', async () => {
    const code = await submit(server);
    // Staff set a promised date in the past (as a late result would have).
    await move(server, code, { status: 'processing', due: day(-2) });
    const el = await mount(html`<dvc-application-status src=${server.api} help-text="Gọi Trung tâm: 0234 3822 222."></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    const t = text(el);
    expect(t).to.contain('Đã quá ngày hẹn trả kết quả');
    expect(t).to.contain('xin lỗi');
    expect(t).to.contain('Gọi Trung tâm: 0234 3822 222.');
    expect(t).to.contain('đã quá hạn');
  });

  it('refused: the reason', async () => {
    const code = await submit(server);
    await move(server, code, { status: 'rejected', reason: 'Người đi đăng ký không phải cha, mẹ hoặc người thân.' });
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    expect(current(el)).to.equal('Từ chối');
    expect(text(el)).to.contain('Lý do');
    expect(text(el)).to.contain('Người đi đăng ký không phải cha, mẹ hoặc người thân.');
  });

  it('collected: the feedback form with the reference, loaded only then → exactly one feedback row', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api} feedback></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    expect($(el, 'dvc-feedback-form')).to.equal(null);
    expect(customElements.get('dvc-feedback-form'), 'not loaded before').to.equal(undefined);
    await move(server, code, { status: 'result-ready' });
    await move(server, code, { status: 'collected' });
    $<HTMLButtonElement>(el, '[part=refresh]')!.click();
    const form = (await until(() => $(el, 'dvc-feedback-form'), 1800, 'the feedback form'))!;
    expect(form.getAttribute('reference')).to.equal(code);
    expect(form.getAttribute('procedure')).to.equal('1.001193');
    expect(form.getAttribute('submit-url')).to.equal(`${server.api}/feedback`);
    await until(() => form.shadowRoot?.querySelector('#comment'), 1800, 'the feedback form part');
    const sent = record(form, 'dvc-feedback-sent');
    form.shadowRoot!.querySelector<HTMLInputElement>('input[name=overall][value="5"]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await until(() => sent.length === 1, 1800, 'feedback sent');
    const rows = await executeServerCommand<Array<{ body: string }>, object>('dvc-server-query', { sql: 'SELECT body FROM feedback' });
    const mine = rows.filter((r) => JSON.parse(r.body).reference === code);
    expect(mine).to.have.length(1);
    expect(JSON.parse(mine[0].body).procedure).to.equal('1.001193');
  });

  it('one message for a wrong code or a wrong verifier; after 5 failures a polite pause, then the right one works', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    // The server: 20 wrong verifiers → 404 five times, then 429 with Retry-After.
    const statuses: number[] = [];
    let retryAfter = '';
    for (let i = 0; i < 20; i++) {
      const r = await fetch(`${server.api}/applications/${code}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ verifier: String(1000 + i) }) });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('Retry-After') ?? '';
    }
    expect(statuses.slice(0, 5)).to.deep.equal([404, 404, 404, 404, 404]);
    expect(statuses.slice(5).every((s) => s === 429)).to.equal(true);
    expect(retryAfter).to.equal('1');

    const errors = record(el, 'dvc-error', 'dvc-status-not-found');
    await lookUp(el, code, '0000');
    expect(text(el)).to.contain('Ông/Bà vui lòng chờ một lát');
    expect($(el, '.notice')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.notice'));
    expect(errors.map((e) => e.type === 'dvc-error' && e.detail.code)).to.deep.equal(['rate-limited']);
    // The window passes (1 s here, so Retry-After: 1): the notice goes, and the right verifier works.
    await until(() => !$(el, '.notice'), 1900, 'the pause to end');
    await lookUp(el, code, PHONE_4);
    expect(current(el)).to.equal('Đã tiếp nhận');

    // A wrong verifier and an unknown code say the same.
    ($(el, 'button.link') as HTMLButtonElement).click();
    await until(() => $(el, 'form'));
    const notFound = record(el, 'dvc-status-not-found');
    await lookUp(el, code, '9999');
    const wrongVerifier = $(el, '.notice')!.textContent;
    await lookUp(el, 'KL-20200101-9999', PHONE_4);
    expect($(el, '.notice')!.textContent).to.equal(wrongVerifier);
    expect(wrongVerifier).to.contain('Không tìm thấy hồ sơ');
    expect(notFound).to.have.length(2);
  });

  it('privacy: the raw status answer holds none of the application’s personal fields', async () => {
    const code = await submit(server);
    const r = await fetch(`${server.api}/applications/${code}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ verifier: PHONE_4 }) });
    const raw = await r.text();
    expect(r.status).to.equal(200);
    for (const personal of ['Nguyễn Văn An', 'Trần Thị Bình', '046190001234', '0912345678', 'Bệnh viện', 'applicant', 'answers', PHONE_4]) {
      expect(raw, personal).not.to.contain(personal);
    }
    // And the widget never puts the verifier in a URL or an attribute.
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    await lookUp(el, code, PHONE_4);
    expect(location.href).not.to.contain(PHONE_4);
    expect(el.outerHTML).not.to.contain(PHONE_4);
    expect(el.hasAttribute('verifier')).to.equal(false);
  });

  it('arriving with ?ma=…&xac-minh=… looks up at once and takes the verifier out of the address bar', async () => {
    const code = await submit(server);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}&ma=${encodeURIComponent(code)}&xac-minh=${PHONE_4}`);
    try {
      const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
      await until(() => current(el) === 'Đã tiếp nhận', 1800, 'the status');
      expect(location.search).to.contain(`ma=${code}`);
      expect(location.search).not.to.contain('xac-minh');
    } finally {
      history.replaceState(null, '', before);
    }
    // The same in the fragment.
    history.replaceState(null, '', `${location.pathname}${location.search}#/tra-cuu?ma=${encodeURIComponent(code)}&xac-minh=${PHONE_4}`);
    try {
      const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
      await until(() => current(el) === 'Đã tiếp nhận', 1800, 'the status from the fragment');
      expect(location.hash).to.equal(`#/tra-cuu?ma=${code}`);
    } finally {
      history.replaceState(null, '', before);
    }
    // prefill="none": the URL is left alone.
    history.replaceState(null, '', `${location.pathname}${location.search}&ma=${encodeURIComponent(code)}&xac-minh=${PHONE_4}`);
    try {
      const el = await mount(html`<dvc-application-status src=${server.api} prefill="none"></dvc-application-status>`);
      await sleep(100);
      expect($(el, 'form')).to.exist;
      expect($<HTMLInputElement>(el, '#code')!.value).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('code and verifier set as properties look up at once', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api}></dvc-application-status>`);
    el.code = code;
    el.verifier = PHONE_4;
    await until(() => current(el) === 'Đã tiếp nhận', 1800, 'the status');
  });

  it('kiosk: the idle wipe clears the code, the verifier and the status', async () => {
    const code = await submit(server);
    const el = await mount(html`<dvc-application-status src=${server.api} kiosk idle-timeout="0.3"></dvc-application-status>`);
    el.promptFor = 0.3;
    expect($<HTMLInputElement>(el, '#code')!.getAttribute('autocomplete')).to.equal('off');
    await lookUp(el, code, PHONE_4);
    expect(current(el)).to.equal('Đã tiếp nhận');
    await until(() => $(el, '#code') && $<HTMLInputElement>(el, '#code')!.value === '', 1900, 'the wipe');
    expect($<HTMLInputElement>(el, '#verifier')!.value).to.equal('');
    expect(el.code).to.equal('');
    expect(el.verifier).to.equal('');
    expect(text(el)).not.to.contain(code);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('fits 320 px at 200 % text without horizontal scrolling: the form, and a status with missing documents', async () => {
    const code = await submit(server);
    await move(server, code, {
      status: 'needs-documents',
      note: 'Bản sao giấy chứng sinh chưa rõ.',
      missing: { items: [{ document: 'birth-notice' }], where: 'Bộ phận Một cửa, quầy số 2', by: day(5) },
    });
    const el = await mount(html`<div style="width: 320px; --dvc-font-scale: 2"><dvc-application-status src=${server.api}></dvc-application-status></div>`);
    const overflow = () => {
      const right = el.getBoundingClientRect().right + 0.5;
      return $$(el, '*').filter((n) => n.getBoundingClientRect().right > right).map((n) => `${n.localName}.${n.className}`);
    };
    expect(overflow(), 'the form').to.deep.equal([]);
    await lookUp(el, code, PHONE_4);
    expect(current(el)).to.equal('Cần bổ sung hồ sơ');
    expect(overflow(), 'the status').to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
