// The ticket's first screen (the list of services) comes without the feed client and the ticket
// page; those load when a ticket is to be shown, and a failure to load them keeps the citizen's
// choice with a retry. Its own file: a page loads each module once.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/queue/index.js';
import type { DvcQueueTicket } from '../../src/queue/ticket/ticket.js';
import { loaders } from '../../src/queue/ticket/internal/lazy/view.js';
import { text, until, useServer } from './helpers.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const button = (el: Element, label: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );
/** Source modules this page has downloaded (the test server serves each one by its path). */
const loaded = (path: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(path));

describe('<dvc-queue-ticket> chunks', () => {
  const q = useServer(1000);


  it('lists the services without downloading the feed client or the ticket page', async () => {
    const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api}></dvc-queue-ticket>`);
    await until(() => $(el, '.choice'), 1800, 'the service list');
    expect(text(el)).to.contain('Lấy số thứ tự');
    expect(loaded('/src/queue/ticket/internal/lazy/view.ts'), 'the list itself').to.equal(true);
    expect(loaded('/src/queue/feed.ts'), 'the feed client').to.equal(false);
    expect(loaded('/src/queue/ticket/internal/lazy/tracking/track.ts'), 'the ticket page').to.equal(false);
  });

  it('a ticket page that fails to load is a failure with a retry, which gives the same number', async () => {
    const original = loaders.tracking;
    let failing = true;
    loaders.tracking = () => (failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
    try {
      const el = await fixture<DvcQueueTicket>(html`<dvc-queue-ticket src=${q.api}></dvc-queue-ticket>`);
      await until(() => button(el, /Hộ tịch/), 1800, 'the service list');
      button(el, /Hộ tịch/)!.click();
      await el.updateComplete;
      const error = oneEvent(el, 'dvc-error');
      button(el, 'Lấy số')!.click();
      expect((await error).detail.code).to.equal('unexpected');
      const retry = await until(() => button(el, 'Thử lại'), 1000, 'the retry');
      failing = false;
      const issued = oneEvent(el, 'dvc-ticket-issued');
      retry.click();
      const ticket = (await issued).detail.ticket;
      await until(() => $(el, '.number'), 1800, 'the ticket');
      expect($(el, '.number')!.textContent).to.equal(ticket.number);
      // The retry sent the same Idempotency-Key: the server kept one number, A-001.
      expect(ticket.number).to.equal('A-001');
      expect(loaded('/src/queue/feed.ts'), 'the feed client, now').to.equal(true);
    } finally {
      loaders.tracking = original;
    }
  });
});
