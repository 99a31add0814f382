import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DvcProcedureWizard } from '../../src/procedure-wizard/procedure-wizard.js';
import { $, $$, click, heading, open, settle, type, until, type Wizard } from './helpers.js';

async function wizard(template: ReturnType<typeof html>): Promise<Wizard> {
  const el = await fixture<Wizard>(template);
  await until(() => $(el, 'section, [role=alert]'), 1800, 'a page');
  await settle(el);
  return el;
}

const names = (el: Wizard) => $$(el, '[part=picker] li button').map((b) => b.textContent!.trim());

describe('<dvc-procedure-wizard>: picker and loading', () => {
  it('lists the catalogue grouped by field, and search ignores diacritics, case and đ', async () => {
    const el = await wizard(html`<dvc-procedure-wizard catalog-src="/api/procedures"></dvc-procedure-wizard>`);
    expect(heading(el)).to.equal('Tìm thủ tục');
    expect($$(el, '[part=picker] h3').map((h) => h.textContent)).to.have.members(['Hộ tịch', 'Cư trú', 'Chứng thực']);
    expect(names(el)).to.have.length(7);
    for (const q of ['dang ky khai sinh', 'khai sinh', 'Dang Ky  KHAI sinh', '1.001193', 'ĐĂNG KÝ khai sinh']) {
      await type(el, 'search', q);
      expect(names(el), q).to.deep.equal(['Đăng ký khai sinh (1.001193)']);
    }
    await type(el, 'search', 'xyz');
    expect($(el, '[role=status]')!.textContent).to.include('Không tìm thấy');
    await type(el, 'search', 'dang ky');
    expect(names(el).length).to.equal(5);
    expect($(el, '[role=status]')!.textContent).to.equal('Tìm thấy 5 thủ tục.');
  });

  it('opens a chosen procedure from its url, with a way back to the list', async () => {
    const el = await wizard(html`<dvc-procedure-wizard catalog-src="/api/procedures"></dvc-procedure-wizard>`);
    await type(el, 'search', 'ket hon');
    const step = oneEvent(el, 'dvc-wizard-step');
    $$<HTMLButtonElement>(el, '[part=picker] li button')[0].click();
    expect((await step).detail).to.deep.equal({ from: 'picker', to: 'overview', stepId: null });
    await until(() => $(el, '[part=overview]'), 1800, 'overview');
    await settle(el);
    expect(heading(el)).to.equal('Đăng ký kết hôn');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    const text = $(el, '[part=overview]')!.textContent!;
    for (const part of ['Mã thủ tục: 1.000894', 'Trực tiếp', 'Phí, lệ phí: Miễn lệ phí', 'Tờ khai đăng ký kết hôn', 'bản chính: 1, bản sao: 0', 'Căn cứ pháp lý', 'Xem thủ tục này trên Cổng Dịch vụ công quốc gia']) expect(text).to.include(part);
    expect($(el, 'details')!.hasAttribute('open')).to.equal(false, 'legal basis collapsed');
    await click(el, 'Tất cả thủ tục');
    expect(heading(el)).to.equal('Tìm thủ tục');
  });

  it('a catalogue that fails to load shows a message and a retry, and fires dvc-error', async () => {
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard catalog-src="/__fixture/status/503" .requestTimeout=${500}></dvc-procedure-wizard>`);
    const { detail } = await oneEvent(el, 'dvc-error');
    expect(detail.code).to.equal('http-5xx');
    await settle(el);
    expect($(el, '[role=alert]')!.textContent).to.include(detail.message);
    el.catalogSrc = '/api/procedures';
    await until(() => $(el, '[part=picker]'), 1800, 'picker');
  });

  it('a procedure that hangs times out into the failure state; Try again loads it', async () => {
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard src="/__fixture/hang" .requestTimeout=${150}></dvc-procedure-wizard>`);
    expect((await oneEvent(el, 'dvc-error')).detail.code).to.equal('timeout');
    await settle(el);
    el.src = '/api/procedures/1.001193';
    await until(() => heading(el) === 'Đăng ký khai sinh', 1800, 'overview');
  });

  it('bad JSON, a catalogue that is no list, and broken entries never break the picker', async () => {
    const el = await wizard(html`<dvc-procedure-wizard catalog-src="/__fixture/bad-json"></dvc-procedure-wizard>`);
    expect($(el, '[role=alert]')!.textContent).to.include('không đọc được');
    const list = await wizard(html`<dvc-procedure-wizard catalog-src="/__fixture/json"></dvc-procedure-wizard>`);
    expect($(list, '[role=alert]')).to.exist;
    const mixed = await wizard(html`<dvc-procedure-wizard catalog-src="/__fixture/catalog"></dvc-procedure-wizard>`);
    expect(names(mixed)).to.have.length(2);
  });

  it('an invalid definition lists each problem with its JSON path and fires dvc-error', async () => {
    const el = await wizard(html`<dvc-procedure-wizard catalog-src="/__fixture/catalog"></dvc-procedure-wizard>`);
    const error = oneEvent(el, 'dvc-error');
    $$<HTMLButtonElement>(el, '[part=picker] li button')[0].click();
    expect((await error).detail.code).to.equal('invalid-procedure');
    await settle(el);
    expect(heading(el)).to.equal('Không thể hiển thị thủ tục này');
    const items = $$(el, '[role=alert] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.include.members([
      '/steps/0/fields/0/type là loại câu hỏi không tồn tại: "colour"',
      '/steps/1/id bị trùng mã "a"',
      '/steps/0/visibleIf/field nhắc đến câu hỏi không tồn tại: "nope"',
    ]);
  });

  it('HTML or script in a definition is shown as text', async () => {
    const el = await open({
      code: '9.2', name: '<img src=x onerror="window.pwned=1">Name', field: 'F', documents: [{ id: 'd', name: '<script>window.pwned=1</script>' }],
      steps: [{ id: 's', title: '<b>Bold</b>', fields: [{ id: 'a', type: 'text', label: '<i>x</i>' }] }],
    });
    expect(heading(el)).to.equal('<img src=x onerror="window.pwned=1">Name');
    expect($(el, 'img, script')).to.equal(null);
    await click(el, 'Bắt đầu');
    expect(heading(el)).to.equal('<b>Bold</b>');
    expect($(el, 'b, i')).to.equal(null);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('a page chunk that fails to load is a failure with a retry, never a blank box', async () => {
    const real = DvcProcedureWizard.partModule;
    DvcProcedureWizard.partModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const codes: string[] = [];
      const el = await fixture<Wizard>(html`<dvc-procedure-wizard src="/api/procedures/1.001193" @dvc-error=${(e: CustomEvent) => codes.push(e.detail.code)}></dvc-procedure-wizard>`);
      await until(() => $(el, '[role=alert]'), 1800, 'the failure');
      expect(codes).to.deep.equal(['load-failed']);
      expect($(el, '[role=alert]')!.textContent).to.include('Không có kết nối mạng');
      DvcProcedureWizard.partModule = real;
      await click(el, 'Thử lại');
      await until(() => heading(el) === 'Đăng ký khai sinh', 1800, 'overview after retry');
    } finally {
      DvcProcedureWizard.partModule = real;
    }
  });
});
