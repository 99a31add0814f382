// <dvc-queue-ticket>'s system notifications, against a child reference server and a real service
// worker: never asked for on load, the button only while a number is followed and only where a
// notification really works, one prompt per tap, "almost your turn" and "go to counter now" shown
// through the portal's registration, or `new Notification()` on a desktop browser.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/queue/index.js';
import type { Ticket } from '../../src/queue/contracts.js';
import type { DvcQueueTicket } from '../../src/queue/ticket/ticket.js';
import { sleep, staff, takeTicket, text, until, useServer } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const button = (el: Element, label: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );

const NOTIFY = 'Báo cho tôi trên máy này';
/** Whether the "Also notify me" button is offered (a boolean: chai hangs describing a failed match on an element). */
const offered = (el: Element) => !!button(el, NOTIFY);
const CANCEL = 'Hủy số của tôi';
const ALMOST = 'Sắp đến lượt Ông/Bà. Mời Ông/Bà quay lại khu vực chờ.';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';

const grant = (permissions: string[]) => executeServerCommand('dvc-grant-permissions', { permissions });

/** Waits until the worker of a fresh registration is active (it never controls this page: another scope). */
async function activated(reg: ServiceWorkerRegistration): Promise<ServiceWorkerRegistration> {
  const w = reg.installing ?? reg.waiting;
  if (w) await new Promise<void>((r) => w.addEventListener('statechange', () => w.state === 'activated' && r()));
  return reg;
}

describe('<dvc-queue-ticket> system notifications', () => {
  const q = useServer(1000);
  let reg: ServiceWorkerRegistration;
  const restore: Array<() => void> = [];

  /**
   * What the widget asked the portal's service worker to show, with Chromium's answer:
   * `showNotification` resolves once the notification is shown. (Reading them back with
   * `getNotifications()` missed one now and then under load.)
   */
  const asked: Array<{ title: string; body?: string; tag?: string; outcome: string }> = [];
  /** The notifications shown so far: title, body and tag. */
  const shown = () => asked.filter((n) => n.outcome === 'shown').map(({ title, body, tag }) => ({ title, body, tag }));
  /** Once one with `body` is shown: every notification shown so far. */
  const shownWith = (body: string) =>
    until(() => shown().some((n) => n.body === body) && shown(), 1800, `a notification "${body}"`).catch((e: Error) => {
      throw new Error(`${e.message}; asked: ${JSON.stringify(asked)}; permission: ${Notification.permission}`);
    });

  /**
   * Headless Chromium answers a real permission prompt with "denied" by itself: this stands in for
   * the citizen's answer to the prompt (counted), and leaves the browser's permission as answered.
   */
  function answerPrompt(answer: 'granted' | 'none'): { calls: number } {
    const N = window.Notification;
    const own = Object.getOwnPropertyDescriptor(N, 'requestPermission');
    const real = N.requestPermission.bind(N);
    const spy = { calls: 0 };
    N.requestPermission = async () => {
      spy.calls++;
      if (answer === 'none') return 'default';
      await grant(['notifications']);
      return real();
    };
    restore.push(() => (own ? Object.defineProperty(N, 'requestPermission', own) : delete (N as Partial<typeof N>).requestPermission));
    return spy;
  }

  /** Records every page notification made (they are still real `Notification`s). */
  function recordNotifications(): Notification[] {
    const Original = window.Notification;
    const made: Notification[] = [];
    window.Notification = class extends Original {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        made.push(this);
      }
    };
    restore.push(() => {
      made.forEach((n) => n.close());
      window.Notification = Original;
    });
    return made;
  }

  function phone(): void {
    Object.defineProperty(navigator, 'userAgent', { value: ANDROID, configurable: true });
    restore.push(() => delete (navigator as { userAgent?: string }).userAgent);
  }

  /** Two numbers ahead of the next one in `service`, whatever earlier tests left waiting there. */
  async function twoAhead(service: string): Promise<number> {
    await takeTicket(q.server.url, service);
    return (await takeTicket(q.server.url, service)).position! + 1;
  }

  /** Follows a number `ahead` people from the counter; `notify-ahead` is one less, so one call makes it "almost". */
  async function follow(service: string, registration?: ServiceWorkerRegistration): Promise<DvcQueueTicket> {
    const ahead = await twoAhead(service);
    const mine = await takeTicket(q.server.url, service);
    expect(mine.position).to.equal(ahead);
    const el = await fixture<DvcQueueTicket>(
      html`<dvc-queue-ticket src=${q.api} ticket=${mine.id} notify-ahead=${ahead - 1} .notificationRegistration=${registration}></dvc-queue-ticket>`,
    );
    await until(() => button(el, CANCEL), 1800, 'the followed ticket');
    return el;
  }

  before(async () => {
    reg = await activated(await navigator.serviceWorker.register('/test/fixtures/notify-sw.js'));
    const real = reg.showNotification.bind(reg);
    reg.showNotification = async (title, options) => {
      const entry = { title, body: options?.body, tag: options?.tag, outcome: 'pending' };
      asked.push(entry);
      try {
        await real(title, options);
        entry.outcome = 'shown';
      } catch (error) {
        entry.outcome = `refused: ${error}`;
        throw error;
      }
    };
  });
  after(async () => {
    await reg.unregister();
  });
  afterEach(async () => {
    while (restore.length) restore.pop()!();
    asked.length = 0;
    (await reg.getNotifications()).forEach((n) => n.close());
    await executeServerCommand('dvc-reset-permissions');
    // The page learns of the reset a moment later; the next test must start from "not allowed".
    await until(() => Notification.permission !== 'granted', 1000, 'the permission reset');
    // Only this file's numbers: other test files run at the same time on the same origin.
    for (const key of Object.keys(localStorage)) if (key.includes(q.server.url)) localStorage.removeItem(key);
  });

  it('never asks for permission when a ticket loads, even one already "almost your turn"', async () => {
    const prompt = answerPrompt('none');
    const ahead = await twoAhead('A');
    const mine = await takeTicket(q.server.url, 'A');
    const el = await fixture<DvcQueueTicket>(
      html`<dvc-queue-ticket src=${q.api} ticket=${mine.id} notify-ahead=${ahead} .notificationRegistration=${reg}></dvc-queue-ticket>`,
    );
    await until(() => $(el, '[part="alert"]')?.textContent === ALMOST, 1800, 'the in-page alert');
    expect(offered(el), 'the notify button').to.equal(true);
    await sleep(50);
    expect(prompt.calls).to.equal(0);
    expect(asked, 'notifications asked for').to.deep.equal([]);
  });

  it('offers the button once a number is followed, asks once on a tap, then notifies through the portal’s service worker', async () => {
    const prompt = answerPrompt('granted');
    const ahead = await twoAhead('C');
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} .notificationRegistration=${reg} notify-ahead=${ahead - 1}></dvc-queue-ticket>`);
    await until(() => button(el, /Chứng thực/), 1800, 'the service list');
    expect(offered(el), 'the notify button').to.equal(false);
    button(el, /Chứng thực/)!.click();
    await el.updateComplete;
    expect(offered(el), 'the notify button').to.equal(false);
    const issued = oneEvent(el, 'dvc-ticket-issued');
    button(el, 'Lấy số')!.click();
    const ticket = (await issued).detail.ticket as Ticket;
    expect(ticket.position).to.equal(ahead);
    const ask = await until(() => button(el, NOTIFY), 1800, 'the notify button');
    expect(prompt.calls).to.equal(0);
    ask.click();
    ask.click();
    await until(() => !offered(el), 1800, 'the button gone after the tap');
    await until(() => Notification.permission === 'granted', 1800, 'the answer');
    expect(prompt.calls).to.equal(1);

    await staff(q.server.url, '4', 'next');
    const tag = `dvc-queue-${ticket.id}`;
    const almost = { title: ticket.number, body: ALMOST, tag };
    expect(await shownWith(ALMOST)).to.deep.equal([almost]);
    for (let i = 1; i < ahead; i++) await staff(q.server.url, '4', 'next');
    const called = oneEvent(el, 'dvc-ticket-called');
    await staff(q.server.url, '4', 'next');
    expect((await called).detail.counter).to.equal('4');
    const go = 'Mời Ông/Bà đến Quầy số 04 ngay bây giờ';
    // One tag per number: the browser shows the call in place of "almost your turn", not beside it.
    expect(await shownWith(go)).to.deep.equal([almost, { title: ticket.number, body: go, tag }]);
    expect(offered(el), 'the notify button').to.equal(false);
    expect(prompt.calls).to.equal(1);
  });

  it('a number kept with persist and reloaded after allowing: notifies without asking again', async () => {
    const prompt = answerPrompt('granted');
    const ahead = await twoAhead('B');
    const first = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} persist .notificationRegistration=${reg} notify-ahead=${ahead - 1}></dvc-queue-ticket>`);
    await until(() => button(first, /Cư trú/), 1800, 'the service list');
    button(first, /Cư trú/)!.click();
    await first.updateComplete;
    const issued = oneEvent(first, 'dvc-ticket-issued');
    button(first, 'Lấy số')!.click();
    const ticket = (await issued).detail.ticket as Ticket;
    (await until(() => button(first, NOTIFY), 1800, 'the notify button')).click();
    await until(() => Notification.permission === 'granted', 1800, 'the answer');
    first.remove();

    const again = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} persist .notificationRegistration=${reg} notify-ahead=${ahead - 1}></dvc-queue-ticket>`);
    await until(() => $(again, '.number')?.textContent === ticket.number && button(again, CANCEL), 1800, 'the kept ticket');
    expect(offered(again), 'the notify button').to.equal(false);
    await staff(q.server.url, '3', 'next');
    expect(await shownWith(ALMOST)).to.deep.equal([{ title: ticket.number, body: ALMOST, tag: `dvc-queue-${ticket.id}` }]);
    expect(prompt.calls).to.equal(1);
  });

  it('two numbers followed on one device (a volunteer helping two citizens) keep a notification each', async () => {
    await grant(['notifications']);
    const ahead = await twoAhead('A');
    const [first, second] = [await takeTicket(q.server.url, 'A'), await takeTicket(q.server.url, 'A')];
    for (const [t, limit] of [[first, ahead - 1], [second, ahead]] as const) {
      const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} ticket=${t.id} notify-ahead=${limit} .notificationRegistration=${reg}></dvc-queue-ticket>`);
      await until(() => button(el, CANCEL), 1800, 'the followed ticket');
    }
    await staff(q.server.url, '1', 'next');
    await until(() => shown().length === 2, 1800, 'two notifications');
    const tags = shown().map((n) => n.tag).sort();
    expect(tags).to.deep.equal([`dvc-queue-${first.id}`, `dvc-queue-${second.id}`].sort());
  });

  it('on a phone without the portal’s registration: no button, and no `new Notification()` even once allowed', async () => {
    phone();
    const made = recordNotifications();
    const el = await follow('A');
    const withWorker = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api} ticket=${el.ticket} .notificationRegistration=${reg}></dvc-queue-ticket>`);
    await until(() => button(withWorker, CANCEL), 1800, 'the same ticket, with the registration');
    // Same phone, same number: the registration alone makes the difference.
    expect(offered(withWorker), 'the notify button').to.equal(true);
    expect(offered(el), 'the notify button').to.equal(false);
    withWorker.remove();

    await grant(['notifications']);
    await staff(q.server.url, '1', 'next');
    await until(() => $(el, '[part="alert"]')?.textContent === ALMOST, 1800, 'the in-page alert');
    await sleep(50);
    expect(made.map((n) => n.body)).to.deep.equal([]);
  });

  it('offers nothing when notifications are denied, even with the portal’s registration', async () => {
    await grant([]);
    expect(Notification.permission).to.equal('denied');
    const el = await follow('B', reg);
    expect(offered(el), 'the notify button').to.equal(false);
    await staff(q.server.url, '3', 'next');
    await until(() => $(el, '[part="alert"]')?.textContent === ALMOST, 1800, 'the in-page alert');
    await sleep(50);
    expect(asked, 'notifications asked for').to.deep.equal([]);
  });

  it('on a desktop browser without a registration: `new Notification()` after the tap', async () => {
    const made = recordNotifications();
    const prompt = answerPrompt('granted');
    const el = await follow('C');
    (await until(() => button(el, NOTIFY), 1800, 'the notify button')).click();
    await until(() => Notification.permission === 'granted', 1800, 'the answer');
    expect(made.length).to.equal(0);
    await staff(q.server.url, '4', 'next');
    await until(() => made.length, 1800, 'a page notification');
    expect(made.map((n) => ({ title: n.title, body: n.body, tag: n.tag }))).to.deep.equal([{ title: $(el, '.number')!.textContent, body: ALMOST, tag: `dvc-queue-${el.ticket}` }]);
    expect(text(el)).to.contain(ALMOST);
    expect(prompt.calls).to.equal(1);
  });
});
