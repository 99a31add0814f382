import { expect, fixture, html } from '@open-wc/testing';
import type { WizardStepDetail } from '../../src/procedure-wizard/index.js';
// Loaded up front, as a kiosk page would have it by the time anyone is idle.
import '../../src/core/idle.js';
import { $, $$, button, choose, click, heading, open, sample, settle, sleep, toCheck, type, until, type Wizard } from './helpers.js';

const rows = (el: Wizard) => $$(el, '.row').map((r) => [r.querySelector('dt')!.textContent!.trim(), r.querySelector('dd')!.textContent!.trim()]);

describe('<dvc-procedure-wizard>: questions', () => {
  it('shows the overview first, then one step per page with "Step n of N" and focus on its heading', async () => {
    const el = await open(sample());
    expect(heading(el)).to.equal('Thủ tục mẫu');
    expect($(el, '[part=overview]')!.textContent).to.include('Free; 8,000 per copy');
    const steps: WizardStepDetail[] = [];
    el.addEventListener('dvc-wizard-step', (e) => steps.push(e.detail));
    await click(el, 'Bắt đầu');
    expect(heading(el)).to.equal('Về Ông/Bà');
    expect($(el, '.hint')!.textContent).to.equal('Bước 1 trong 2 bước');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect(steps).to.deep.equal([{ from: 'overview', to: 'about', stepId: 'about' }]);
    await type(el, 'f-name', 'An');
    await choose(el, 'onTime', 'no');
    // The count follows the answers: the late step appears.
    expect($(el, '.hint')!.textContent).to.equal('Bước 1 trong 3 bước');
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Nộp muộn');
    await click(el, 'Quay lại');
    expect(heading(el)).to.equal('Về Ông/Bà');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('An', 'answers stay when going back');
  });

  it('marks optional questions "(optional)" and sets autocomplete and inputmode per type', async () => {
    const el = await open(sample(), { startAt: 'contact' });
    expect(heading(el)).to.equal('Liên hệ');
    const label = (id: string) => $(el, `label[for=f-${id}]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('email')).to.equal('Thư điện tử (không bắt buộc)');
    expect(label('phone')).to.equal('Số điện thoại');
    expect(el.shadowRoot!.textContent).to.not.include('*');
    const attr = (id: string, a: string) => $(el, `#f-${id}`)!.getAttribute(a);
    expect([attr('phone', 'type'), attr('phone', 'inputmode'), attr('phone', 'autocomplete')]).to.deep.equal(['tel', 'tel', 'tel']);
    expect([attr('email', 'type'), attr('email', 'autocomplete')]).to.deep.equal(['email', 'email']);
    expect([attr('idNumber', 'inputmode'), attr('idNumber', 'autocomplete')]).to.deep.equal(['numeric', 'off']);
    expect(attr('copies', 'inputmode')).to.equal('decimal');
    // The privacy notice sits on the first page that asks for personal data.
    expect($(el, '[role=note]')!.textContent).to.include('Nghị định 13/2023/NĐ-CP');
    // A portal words its own notice.
    el.privacyText = 'Dữ liệu được gửi về UBND phường Kim Liên.';
    await settle(el);
    expect($(el, '[role=note]')!.textContent).to.include('UBND phường Kim Liên');
  });

  it('error summary: focus moves to it, links focus each field, messages beside fields, aria wired', async () => {
    const el = await open(sample());
    await click(el, 'Bắt đầu');
    await click(el, 'Tiếp tục');
    const summary = $(el, '.errors')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    // The pages' own styles are adopted with them, and read the theme tokens.
    expect(getComputedStyle(summary).borderTopWidth).to.equal('4px');
    expect(getComputedStyle(summary.querySelector('a')!).color).to.equal('rgb(158, 0, 18)');
    const links = $$<HTMLAnchorElement>(el, '.errors a');
    expect(links.map((a) => a.textContent)).to.deep.equal(['Vui lòng nhập "Họ và tên".', 'Vui lòng chọn câu trả lời cho "Đúng hạn?".']);
    const input = $<HTMLInputElement>(el, '#f-name')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('e-name');
    expect($(el, '#e-name')!.textContent).to.include('Họ và tên');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('e-onTime');
    links[0].click();
    expect(el.shadowRoot!.activeElement).to.equal(input);
    links[1].click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-onTime'));
    // Fixed answers clear the problems on the next Continue.
    await type(el, 'f-name', 'An');
    await choose(el, 'onTime', 'yes');
    await type(el, 'f-name', 'An');
    await click(el, 'Tiếp tục');
    expect($(el, '.errors')).to.equal(null);
    await type(el, 'f-idNumber', '123');
    await type(el, 'f-phone', '0123');
    await type(el, 'f-copies', '11');
    await click(el, 'Tiếp tục');
    expect($$(el, '.errors a').map((a) => a.textContent)).to.deep.equal([
      '"Số định danh cá nhân" phải là số định danh cá nhân gồm 12 chữ số (in trên thẻ căn cước hoặc thẻ căn cước công dân), ví dụ: 001203004567.',
      '"Số điện thoại" phải là số điện thoại di động gồm 10 chữ số, ví dụ: 0912 345 678.',
      '"Số bản sao" không được lớn hơn 10.',
    ]);
  });

  it('check answers: every visible answer, "Not provided", and Change returns to the check page', async () => {
    const el = await open(sample());
    await toCheck(el);
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect(rows(el)).to.deep.equal([
      ['Họ và tên', 'Nguyễn Văn An'],
      ['Đúng hạn?', 'Có'],
      ['Số định danh cá nhân', '001203004567'],
      ['Số điện thoại', '0912 345 678'],
      ['Thư điện tử', 'Để trống'],
      ['Số bản sao', 'Để trống'],
    ]);
    // Each Change link names its question for screen readers.
    expect($$(el, '.row button')[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sửa Họ và tên');
    $$<HTMLButtonElement>(el, '.row button')[0].click();
    await settle(el);
    expect(heading(el)).to.equal('Về Ông/Bà');
    await type(el, 'f-name', 'Trần Thị Bình');
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect(rows(el)[0]).to.deep.equal(['Họ và tên', 'Trần Thị Bình']);
  });

  it('a change that reveals a step leads there first; answers on steps that became hidden are dropped', async () => {
    const el = await open(sample());
    await toCheck(el);
    $$<HTMLButtonElement>(el, '.row button')[1].click();
    await settle(el);
    await choose(el, 'onTime', 'no');
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Nộp muộn');
    await type(el, 'f-reason', 'Ốm');
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect(rows(el).map((r) => r[0])).to.include('Lý do');
    expect($(el, '[part=summary]')!.textContent).to.include('Proof for late filing');
    $$<HTMLButtonElement>(el, '.row button')[1].click();
    await settle(el);
    await choose(el, 'onTime', 'yes');
    await click(el, 'Tiếp tục');
    expect(rows(el).map((r) => r[0])).to.not.include('Lý do');
    expect($(el, '[part=summary]')!.textContent).to.not.include('Proof for late filing');
    let sent: Record<string, unknown> = {};
    el.addEventListener('dvc-wizard-submit', (e) => (sent = e.detail.answers));
    await click(el, 'Nộp hồ sơ');
    expect(sent).to.not.have.property('reason');
  });

  it('all field types render and keep their answers: date boxes, select, checkboxes, checkbox, textarea', async () => {
    const el = await open({
      code: '9.1', name: 'All', field: 'F', documents: [],
      steps: [{ id: 's', title: 'S', fields: [
        { id: 'd', type: 'date', label: 'Date', required: true, max: 'today', autocomplete: 'bday' },
        { id: 'sel', type: 'select', label: 'Pick', required: true, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
        { id: 'many', type: 'checkboxes', label: 'Many', required: true, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] },
        { id: 'ok', type: 'checkbox', label: 'I agree', required: true },
        { id: 'note', type: 'textarea', label: 'Note' },
      ] }],
    }, { startAt: 'questions' });
    expect($(el, '#f-d')!.getAttribute('autocomplete')).to.equal('bday-day');
    expect($(el, '#f-d-year')!.getAttribute('autocomplete')).to.equal('bday-year');
    expect($(el, '#f-d')!.getAttribute('type')).to.equal(null, 'not the native date picker');
    await type(el, 'f-d', '3');
    await type(el, 'f-d-month', '1a3');
    await click(el, 'Tiếp tục');
    expect($$(el, '.errors a')[0].textContent).to.equal('"Date" phải có đủ ngày, tháng và năm.');
    await type(el, 'f-d-month', '2');
    await type(el, 'f-d-year', '2020');
    await type(el, 'f-sel', 'b');
    $$<HTMLInputElement>(el, 'input[name=f-many]')[1].click();
    $<HTMLInputElement>(el, '#f-ok')!.click();
    await settle(el);
    await click(el, 'Tiếp tục');
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    expect(rows(el)).to.deep.equal([['Date', '03/02/2020'], ['Pick', 'B'], ['Many', 'Y'], ['I agree', 'Có'], ['Note', 'Để trống']]);
  });
});

describe('<dvc-procedure-wizard>: persist and kiosk', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('dvc:procedure-wizard:')) localStorage.removeItem(k);
  });

  it('persist: the draft survives a reload, and "Clear my answers" forgets it', async () => {
    const el = await open(sample(), { persist: true });
    await click(el, 'Bắt đầu');
    await type(el, 'f-name', 'An');
    await choose(el, 'onTime', 'yes');
    await click(el, 'Tiếp tục');
    el.remove();
    const again = await open(sample(), { persist: true });
    expect(heading(again)).to.equal('Liên hệ');
    await click(again, 'Quay lại');
    expect($<HTMLInputElement>(again, '#f-name')!.value).to.equal('An');
    await click(again, 'Xóa thông tin đã nhập');
    expect(heading(again)).to.equal('Thủ tục mẫu');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:procedure-wizard:'))).to.deep.equal([]);
  });

  it('without persist nothing is stored', async () => {
    const el = await open(sample());
    await click(el, 'Bắt đầu');
    await type(el, 'f-name', 'An');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:procedure-wizard:'))).to.deep.equal([]);
    expect(() => button(el, 'Xóa thông tin đã nhập')).to.throw();
  });

  it('kiosk: never stores (even with persist), autocomplete off, asks, then wipes and returns to the start', async () => {
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard kiosk persist idle-timeout="0.3" .promptFor=${0.3} .procedure=${sample()}></dvc-procedure-wizard>`);
    await until(() => $(el, 'section'));
    await settle(el);
    await click(el, 'Bắt đầu');
    await type(el, 'f-name', 'Nguyễn Văn An');
    expect($(el, '#f-name')!.getAttribute('autocomplete')).to.equal('off');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:procedure-wizard:'))).to.deep.equal([]);
    await until(() => $(el, 'dvc-idle-prompt'), 1800, 'the prompt');
    expect(($(el, '.root') as HTMLElement).inert).to.equal(true);
    await until(() => !$(el, 'dvc-idle-prompt'), 1800, 'the wipe');
    await settle(el);
    expect(heading(el)).to.equal('Thủ tục mẫu');
    await click(el, 'Bắt đầu');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('');
  });

  it('kiosk: answering "Continue" keeps everything', async () => {
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard kiosk idle-timeout="0.2" .procedure=${sample()}></dvc-procedure-wizard>`);
    await until(() => $(el, 'section'));
    await settle(el);
    await click(el, 'Bắt đầu');
    await type(el, 'f-name', 'An');
    await until(() => $(el, 'dvc-idle-prompt'), 1800, 'the prompt');
    const prompt = $(el, 'dvc-idle-prompt')!;
    await (prompt as unknown as Wizard).updateComplete;
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect($(el, 'dvc-idle-prompt')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('An');
    await sleep(0);
  });
});
