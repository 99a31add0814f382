// <dvc-queue-ticket> against a child reference server: take a number, follow it live, alerts,
// cancel, unknown and expired numbers, kiosk and persist, accessibility.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import '../../src/queue/index.js';
import type { Ticket } from '../../src/queue/contracts.js';
import type { DvcQueueTicket } from '../../src/queue/ticket/ticket.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { sleep, staff, takeTicket, text, until, useServer } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const button = (el: Element, label: string | RegExp) =>
  buttons(el).find((b) => (typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!)));

describe('<dvc-queue-ticket>', () => {
  const q = useServer(1000);
  const title = document.title;

  afterEach(() => {
    document.title = title;
    // Only this file's numbers: other test files run at the same time on the same origin.
    for (const key of Object.keys(localStorage)) if (key.includes(q.server.url)) localStorage.removeItem(key);
  });

  async function services(attrs: Partial<DvcQueueTicket> = {}): Promise<DvcQueueTicket> {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} .retryMs=${50}></dvc-queue-ticket>`);
    Object.assign(el, attrs);
    await until(() => $(el, '.choice'), 1800, 'the service list');
    return el;
  }

  it('lists the services, confirms, and takes one number even on a double tap', async () => {
    const el = await services({ trackUrl: 'https://phuong.example/queue?ticket={id}' });
    expect(text(el)).to.contain('Lấy số thứ tự');
    const choice = button(el, /Hộ tịch/)!;
    expect(choice.textContent).to.match(/0 người đang chờ · (chưa đến một phút|.*phút)/);
    choice.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.tagName === 'H2', 1000, 'focus on the question');
    expect($(el, 'h2')!.textContent).to.equal('Lấy số thứ tự cho lĩnh vực Hộ tịch?');
    const issued = oneEvent(el, 'dvc-ticket-issued');
    const take = button(el, 'Lấy số')!;
    take.click();
    take.click();
    take.dispatchEvent(new MouseEvent('click'));
    const ticket = (await issued).detail.ticket as Ticket;
    expect(ticket.number).to.equal('A-001');
    await until(() => $(el, '.number'), 1800, 'the ticket');
    expect($(el, '.number')!.textContent).to.equal('A-001');
    expect(text(el)).to.contain('Tiếp theo là lượt của Ông/Bà.');
    expect(text(el)).to.match(/Lấy lúc \d\d:\d\d/);
    const rows = await executeServerCommand<Array<{ n: number }>, object>('dvc-server-query', { sql: "SELECT COUNT(*) AS n FROM tickets WHERE service = 'A'" });
    expect(rows[0]!.n).to.equal(1);
    const qr = await until(() => $(el, 'svg.qr path'), 1800, 'the QR code');
    expect(qr.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    expect($(el, 'svg.qr')!.getAttribute('aria-label')).to.equal('Mã QR để theo dõi số này trên điện thoại');
    await until(() => el.shadowRoot!.activeElement?.tagName === 'H2', 1000, 'focus on the ticket');
  });

  it('follows a ticket live: people ahead, "almost your turn", then "go to counter now" with sound, title and event', async () => {
    const first = await takeTicket(q.server.url, 'C');
    const second = await takeTicket(q.server.url, 'C');
    const mine = await takeTicket(q.server.url, 'C');
    void first;
    void second;
    const statuses: Array<{ status: string; ahead: number }> = [];
    const el = await fixture<DvcQueueTicket>(
      html`<dvc-queue-ticket src=${q.api} ticket=${mine.id} notify-ahead="1" .heartbeatMs=${1000} @dvc-ticket-status=${(e: CustomEvent) => statuses.push({ status: e.detail.status, ahead: e.detail.ahead })}></dvc-queue-ticket>`,
    );
    await until(() => $(el, '.number'), 1800, 'the ticket');
    expect(text(el)).to.contain('Còn 2 người trước Ông/Bà');
    expect($(el, '[role="alert"]')).to.equal(null);
    await staff(q.server.url, '4', 'next');
    await until(() => text(el).includes('Còn 1 người trước Ông/Bà'), 1800, 'one ahead');
    expect($(el, '[part="alert"]')!.textContent).to.equal('Sắp đến lượt Ông/Bà. Mời Ông/Bà quay lại khu vực chờ.');
    await staff(q.server.url, '4', 'next');
    await until(() => text(el).includes('Tiếp theo là lượt của Ông/Bà.'), 1800, 'next');
    const called = oneEvent(el, 'dvc-ticket-called');
    await staff(q.server.url, '4', 'next');
    expect((await called).detail.counter).to.equal('4');
    await until(() => $(el, '[part="alert"]')?.textContent === 'Mời Ông/Bà đến Quầy số 04 ngay bây giờ', 1800, 'the called alert');
    expect(document.title).to.match(/^Đến lượt Ông\/Bà: C-003( — |$)/);
    expect(statuses.map((s) => `${s.status}:${s.ahead}`)).to.deep.equal(['waiting:2', 'waiting:1', 'waiting:0', 'called:0']);
    await staff(q.server.url, '4', 'done');
    await until(() => text(el).includes('Số thứ tự này đã được phục vụ xong'), 1800, 'done');
    expect(document.title).to.equal(title);
  });

  it('cancels a number after asking, and explains a cancelled number', async () => {
    const mine = await takeTicket(q.server.url, 'B');
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} ticket=${mine.id}></dvc-queue-ticket>`);
    await until(() => button(el, 'Hủy số của tôi'), 1800, 'the cancel button');
    button(el, 'Hủy số của tôi')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Ông/Bà có chắc muốn hủy số thứ tự này không? Nếu hủy, Ông/Bà sẽ phải lấy số mới.');
    const status = oneEvent(el, 'dvc-ticket-status');
    button(el, 'Có, hủy số của tôi')!.click();
    expect((await status).detail.status).to.equal('cancelled');
    await el.updateComplete;
    expect(text(el)).to.contain('Số này đã được hủy. Ông/Bà có thể lấy số mới.');
    button(el, 'Lấy số mới')!.click();
    await until(() => $(el, '.choice'), 1800, 'the service list again');
  });

  it('says plainly when a number is unknown, and fires dvc-error', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} ticket="NoSuchTicket0123456789"></dvc-queue-ticket>`);
    const error = await oneEvent(el, 'dvc-error');
    expect(error.detail).to.deep.equal({ code: 'not-found', message: 'Không tìm thấy số thứ tự này.' });
    await until(() => $(el, 'h2'), 1000, 'the heading');
    expect($(el, 'h2')!.textContent).to.equal('Không tìm thấy số');
    expect(button(el, 'Lấy số mới')).to.not.equal(undefined);
  });

  it('calls a number from an earlier service day expired', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src="/__fixture/queue-old" ticket="oldTicketId0123456789"></dvc-queue-ticket>`);
    await until(() => $(el, '.number'), 1800, 'the ticket');
    expect(text(el)).to.contain('Số này được lấy ngày 02/01/2020. Số thứ tự chỉ có giá trị trong ngày lấy số.');
    expect(button(el, 'Hủy số của tôi')).to.equal(undefined);
  });

  it('shows a failed service list as a failure with a retry', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src="/__fixture/status/503" .requestTimeout=${1000}></dvc-queue-ticket>`);
    const error = await oneEvent(el, 'dvc-error');
    expect(error.detail.code).to.equal('http-5xx');
    await until(() => button(el, 'Thử lại'), 1800, 'the retry');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Hệ thống');
  });

  it('keeps the number with persist, and never on a kiosk', async () => {
    const el = await services({ persist: true });
    button(el, /Cư trú/)!.click();
    await el.updateComplete;
    const issued = oneEvent(el, 'dvc-ticket-issued');
    button(el, 'Lấy số')!.click();
    const ticket = (await issued).detail.ticket as Ticket;
    el.remove();
    const again = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} persist></dvc-queue-ticket>`);
    await until(() => $(again, '.number')?.textContent === ticket.number, 1800, 'the kept ticket');
    expect(text(again)).to.contain('Ông/Bà đừng đóng trang này: trang sẽ báo khi đến lượt.');
    again.remove();
    const kiosk = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} persist kiosk></dvc-queue-ticket>`);
    await until(() => $(kiosk, '.choice'), 1800, 'the list on the kiosk');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:queue'))).to.deep.equal([]);
  });

  it('on a kiosk: a print button, then back to the list after printing or when nobody answers "Are you still there?"', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} kiosk idle-timeout="0.3" .promptFor=${0.3} track-url="/t?ticket={id}"></dvc-queue-ticket>`);
    await until(() => $(el, '.choice'), 1800, 'the list');
    const question = () => el.shadowRoot!.querySelector('dvc-idle-prompt');
    for (const after of ['print', 'idle']) {
      button(el, /Chứng thực/)!.click();
      await el.updateComplete;
      button(el, 'Lấy số')!.click();
      await until(() => button(el, 'In phiếu'), 1800, 'the print button');
      // The citizen walks away from a kiosk: no advice to keep its page open.
      expect(text(el)).to.not.contain('đừng đóng trang');
      if (after === 'print') window.dispatchEvent(new Event('afterprint'));
      else await until(question, 1000, 'the question');
      await until(() => $(el, '.choice'), 1800, `the list after ${after}`);
      expect(question()).to.equal(null);
    }
    // The list itself holds nothing personal: no question there.
    await sleep(700);
    expect(question()).to.equal(null);
  });

  it('on a kiosk: answering "Are you still there?" keeps the ticket on screen', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} kiosk idle-timeout="0.3" .promptFor=${1.5}></dvc-queue-ticket>`);
    await until(() => $(el, '.choice'), 1800, 'the list');
    button(el, /Chứng thực/)!.click();
    await until(() => el.shadowRoot!.querySelector('dvc-idle-prompt'), 1000, 'the question on the confirmation');
    const prompt = el.shadowRoot!.querySelector('dvc-idle-prompt')!;
    await until(() => prompt.shadowRoot?.querySelector('button'), 1000, 'the answer button');
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => !el.shadowRoot!.querySelector('dvc-idle-prompt'), 1000, 'the question gone');
    expect(text(el)).to.contain('Lấy số thứ tự cho lĩnh vực Chứng thực?');
  });

  it('can be used with the keyboard alone: focus moves to each new page', async () => {
    const el = await services();
    const issued = oneEvent(el, 'dvc-ticket-issued');
    $(el, '.choice')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.tagName === 'H2', 1000, 'focus on the question');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Lấy số');
    await sendKeys({ press: 'Enter' });
    await issued;
    await until(() => el.shadowRoot!.activeElement?.textContent === 'Số thứ tự của Ông/Bà', 1800, 'focus on the ticket');
  });

  it('does not call a number expired when the server’s day is ahead of the device (clock skew)', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString();
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket .ticketData=${{
      id: 'skewTicket0123456789ab', number: 'A-003', service: 'A', day: tomorrow.slice(0, 10), status: 'waiting', issuedAt: tomorrow, position: 5, estimatedWaitSeconds: 900,
    }}></dvc-queue-ticket>`);
    await until(() => $(el, '.number'), 1800, 'the ticket');
    expect(text(el)).to.contain('Còn 5 người trước Ông/Bà');
    expect(text(el)).to.contain('Thời gian chờ dự kiến: khoảng 15 phút');
    expect(text(el)).to.not.contain('chỉ có giá trị');
  });

  for (const locale of ['vi', 'en', 'de']) {
    it(`is accessible in ${locale}: the list and the ticket (axe 7:1, 44 px targets, 200 % at 320 px)`, async () => {
      await setLocale(locale);
      const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} track-url="/t?ticket={id}"></dvc-queue-ticket>`);
      await until(() => $(el, '.choice'), 1800, 'the list');
      await expectAccessible(el);
      expectTargets44(el.shadowRoot!);
      buttons(el)[0]!.click();
      await el.updateComplete;
      buttons(el)[0]!.click();
      await until(() => $(el, 'svg.qr'), 1800, 'the ticket with its QR code');
      await expectAccessible(el);
      expectTargets44(el.shadowRoot!);
      el.style.width = '320px';
      el.style.setProperty('--dvc-font-scale', '2');
      await sleep(50);
      expect(el.scrollWidth).to.be.at.most(320);
      await setLocale('vi');
    });
  }
});
