import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { DEFAULT_RESET_AFTER } from './kiosk.js';
import { seconds } from '../../../core/idle.js';
import { pageChange } from '../../../core/page-change.js';
import type { Host } from '../host.js';

/**
 * After "Send": thank-you and what happens next, or — when it could not be sent yet — that it
 * is saved and will go by itself. The heading sits in a status region, so when queued feedback
 * is delivered while the panel is still shown, the change is announced.
 */
export function renderDone(h: Host): TemplateResult {
  const { s, el } = h;
  const queued = s.view === 'queued';
  const contact = h.contact && !!(s.draft.phone.trim() || s.draft.email.trim());
  return html`<section class="panel done ${queued ? 'queued' : ''}" part="thanks">
    <div role="status">
      <h2 tabindex="-1">${queued ? msg('Saved — it will be sent automatically when the connection is back') : msg('Thank you for your feedback')}</h2>
    </div>
    <p>
      ${queued
        ? msg('Your feedback is kept on this device and sent as soon as there is a connection, also the next time this page is opened.')
        : msg('The ward’s leaders read every answer to improve the service.')}
    </p>
    ${contact ? html`<p>${msg('We will contact you with the details you gave.')}</p>` : nothing}
    ${el.kiosk && s.remaining !== undefined ? html`<p class="hint">${msg(str`This screen starts again in ${s.remaining} seconds.`)}</p>` : nothing}
    <button class="btn secondary" @click=${() => (pageChange(h.el).changed('legend'), h.fresh())}>${msg('Give more feedback')}</button>
  </section>`;
}

const countdowns = new WeakMap<Host, ReturnType<typeof setInterval>>();

/** Kiosk: the done panel starts a fresh form after `reset-after` seconds, counting down. */
export function startCountdown(h: Host): void {
  stopCountdown(h);
  if (!h.el.kiosk) return;
  const ms = seconds(h.el.resetAfter, DEFAULT_RESET_AFTER) * 1000;
  const end = Date.now() + ms;
  h.s.remaining = Math.ceil(ms / 1000);
  countdowns.set(
    h,
    setInterval(() => {
      const left = end - Date.now();
      if (left <= 0) return h.fresh();
      h.s.remaining = Math.ceil(left / 1000);
      h.update();
    }, Math.min(1000, ms / 2)),
  );
}

export function stopCountdown(h: Host): void {
  clearInterval(countdowns.get(h));
  countdowns.delete(h);
  h.s.remaining = undefined;
}
