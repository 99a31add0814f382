import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { seconds } from '../../../core/attributes.js';
import { sentenceStart } from '../../../core/office.js';
import { pageChange } from '../../../core/page-change.js';
import type { FeedbackHost } from '../host.js';
import { officeWho } from './words.js';

/**
 * After "Send": thank-you and what happens next, or — when it could not be sent yet — that it
 * is saved and will go by itself. The heading sits in a status region, so when queued feedback
 * is delivered while the panel is still shown, the change is announced.
 */
export function renderDone(host: FeedbackHost): TemplateResult {
  const { state, element: form } = host;
  const queued = state.view === 'queued';
  const contact = host.contact && !!(state.draft.phone.trim() || state.draft.email.trim());
  const who = officeWho(host);
  const whoFirst = sentenceStart(who);
  return html`<section class="panel done ${queued ? 'queued' : ''}" part="thanks">
    <div role="status">
      <h2 tabindex="-1">${queued ? msg('Saved — it will be sent automatically when the connection is back') : msg('Thank you for your feedback')}</h2>
    </div>
    <p>
      ${queued
        ? msg('Your feedback is kept on this device and sent as soon as there is a connection, also the next time this page is opened.')
        : who
          ? msg(str`The leaders of ${who} read every answer to improve the service.`)
          : msg('The ward’s leaders read every answer to improve the service.')}
    </p>
    ${contact
      ? html`<p>${who ? msg(str`${whoFirst} will contact you with the details you gave.`) : msg('We will contact you with the details you gave.')}</p>`
      : nothing}
    ${form.kiosk && state.remaining !== undefined ? html`<p class="hint">${msg(str`This screen starts again in ${state.remaining} seconds.`)}</p>` : nothing}
    <button class="btn secondary" @click=${() => (pageChange(host.element).changed('legend'), host.fresh())}>${msg('Give more feedback')}</button>
  </section>`;
}

/** Seconds the thank-you panel stays on a kiosk, unless `reset-after` says otherwise. */
const DEFAULT_RESET_AFTER = 10;

const countdowns = new WeakMap<FeedbackHost, ReturnType<typeof setInterval>>();

/** Kiosk: the done panel starts a fresh form after `reset-after` seconds, counting down. */
export function startCountdown(host: FeedbackHost): void {
  stopCountdown(host);
  if (!host.element.kiosk) return;
  const ms = seconds(host.element.resetAfter, DEFAULT_RESET_AFTER) * 1000;
  const end = Date.now() + ms;
  host.state.remaining = Math.ceil(ms / 1000);
  countdowns.set(
    host,
    setInterval(() => {
      const left = end - Date.now();
      if (left <= 0) return host.fresh();
      host.state.remaining = Math.ceil(left / 1000);
      host.update();
    }, Math.min(1000, ms / 2)),
  );
}

export function stopCountdown(host: FeedbackHost): void {
  clearInterval(countdowns.get(host));
  countdowns.delete(host);
  host.state.remaining = undefined;
}
