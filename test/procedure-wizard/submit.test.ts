import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { uuid } from '../../src/core/id.js';
import { $, $$, button, click, heading, open, sample, settle, toCheck, until, type Wizard } from './helpers.js';

const applied = async (key: string): Promise<(string | null)[]> => (await (await fetch(`/__fixture/applied/${key}`)).json()).keys;

describe('<dvc-procedure-wizard>: submit', () => {
  it('POSTs to submit-url (the reference server) once, then confirms with the reference and what to bring', async () => {
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard src="/api/procedures/2.000815" submit-url="/api/applications"></dvc-procedure-wizard>`);
    await until(() => $(el, 'section'), 1800, 'overview');
    await settle(el);
    expect(heading(el)).to.equal('Chứng thực bản sao từ bản chính');
    await click(el, 'Bắt đầu');
    const fill = async (id: string, v: string) => {
      const i = $<HTMLInputElement>(el, `#${id}`)!;
      i.value = v;
      i.dispatchEvent(new Event('input'));
      await settle(el);
    };
    await fill('f-paperName', 'Bằng tốt nghiệp');
    await fill('f-pages', '5');
    await fill('f-copies', '2');
    $$<HTMLInputElement>(el, 'input[name=f-ownCopies]')[1].click();
    await click(el, 'Tiếp tục');
    await fill('f-name', 'Lê Văn Cường');
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect($(el, '[part=summary]')!.textContent).to.include('Phí, lệ phí: 14.000 đồng');
    const submitted = oneEvent(el, 'dvc-wizard-submitted');
    const send = button(el, 'Nộp hồ sơ');
    send.click();
    send.click(); // a double click sends once
    await settle(el);
    const { detail } = await submitted;
    expect(detail.reference).to.match(/^[A-Z0-9]{1,8}-\d{8}-\d{4,}$/);
    await settle(el);
    expect(heading(el)).to.equal('Đã nộp hồ sơ');
    expect($(el, '.reference')!.textContent).to.equal(detail.reference);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    const checklist = $$(el, 'ul.check li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(checklist).to.have.length(2);
    expect(checklist[0]).to.include('Bản chính giấy tờ cần chứng thực');
    expect(button(el, 'In trang này')).to.exist;
  });

  it('on failure keeps the answers, says so, offers a retry with the same Idempotency-Key', async () => {
    const key = uuid();
    const el = await open(sample(), { submitUrl: `/__fixture/apply/3?key=${key}` });
    await toCheck(el);
    const error = oneEvent(el, 'dvc-error');
    await click(el, 'Nộp hồ sơ');
    expect((await error).detail.code).to.equal('http-5xx');
    await until(() => $(el, '.send-error'), 1800, 'the failure');
    await settle(el);
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect($(el, '.send-error')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.send-error'));
    expect($$(el, '.row dd')[0].textContent).to.equal('Nguyễn Văn An');
    const sent = oneEvent(el, 'dvc-wizard-submitted');
    await click(el, 'Thử nộp lại');
    expect((await sent).detail.reference).to.equal('KL-20261128-0004');
    const keys = await applied(key);
    expect(keys).to.have.length(4);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
  });

  it('a portal answers through respondWith; the detail carries the normalized answers and documents', async () => {
    const el = await open(sample(), { submitUrl: '/__fixture/status/500' });
    await toCheck(el);
    el.addEventListener('dvc-wizard-submit', (e) => {
      expect(e.cancelable).to.equal(true);
      expect(e.detail.procedureCode).to.equal('9.000100');
      expect(e.detail.answers).to.deep.equal({ name: 'Nguyễn Văn An', onTime: 'yes', idNumber: '001203004567', phone: '0912345678' });
      expect(e.detail.documents).to.deep.equal([{ id: 'form' }]);
      e.detail.respondWith(Promise.resolve({ reference: 'PORTAL-1' }));
    });
    const sent = oneEvent(el, 'dvc-wizard-submitted');
    await click(el, 'Nộp hồ sơ');
    expect((await sent).detail.reference).to.equal('PORTAL-1');
    await settle(el);
    expect($(el, '.reference')!.textContent).to.equal('PORTAL-1');
  });

  it('a rejected respondWith is a failure with a retry', async () => {
    const el = await open(sample());
    await toCheck(el);
    let n = 0;
    el.addEventListener('dvc-wizard-submit', (e) => e.detail.respondWith(n++ === 0 ? Promise.reject(new Error('down')) : Promise.resolve({ reference: 'R-2' })));
    await click(el, 'Nộp hồ sơ');
    await settle(el);
    expect($(el, '.send-error')!.textContent).to.include('Đã có lỗi xảy ra');
    await click(el, 'Thử nộp lại');
    await settle(el);
    expect($(el, '.reference')!.textContent).to.equal('R-2');
  });

  it('with nowhere to send, the confirmation says what to bring to the counter', async () => {
    const el = await open(sample());
    await toCheck(el);
    let submitted = false;
    el.addEventListener('dvc-wizard-submitted', () => (submitted = true));
    await click(el, 'Nộp hồ sơ');
    expect(heading(el)).to.equal('Ông/Bà đã khai xong thông tin');
    expect($(el, '[part=confirmation]')!.textContent).to.include('Bộ phận Một cửa');
    expect($(el, '.reference')).to.equal(null);
    expect(submitted).to.equal(false);
    await click(el, 'Làm hồ sơ mới');
    expect(heading(el)).to.equal('Thủ tục mẫu');
  });

  it('preventDefault() alone skips the POST', async () => {
    const key = uuid();
    const el = await open(sample(), { submitUrl: `/__fixture/apply/0?key=${key}` });
    await toCheck(el);
    el.addEventListener('dvc-wizard-submit', (e) => e.preventDefault());
    await click(el, 'Nộp hồ sơ');
    expect(heading(el)).to.equal('Ông/Bà đã khai xong thông tin');
    expect(await applied(key)).to.deep.equal([]);
  });
});
