// The ticket page, loaded when a ticket is to be shown (the entry of its chunk): draws the number
// very large, service, time taken, people ahead, estimated wait, the alerts, the plain-words
// explanation of every state, the QR code and the actions; its logic (the feed, cancel, alerts) is
// track.ts, whose entry points it passes on to the part (view.ts). track.ts never imports this file.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../../../core/msg.js';
import { formatDuration } from '../../../../../core/amounts.js';
import { formatDate, formatTime } from '../../../../../core/format.js';
import { resolveText } from '../../../../../core/localized-text.js';
import { qrImage } from '../../../../../core/qr-image.js';
import type { Ticket } from '../../../../contracts.js';
import type { TicketHost, Shown } from '../../host.js';
import { askNotify, canNotify, notifyAsked } from './notify.js';
import { ahead, cancel, counterName, notifyLimit, queueState, extrasOf } from './track.js';

export { accept, leave, open, sync } from './track.js';

function serviceName(host: TicketHost, letter: string): string {
  const s = queueState(host)?.services.find((v) => v.letter === letter) ?? host.state.services.find((v) => v.letter === letter);
  return s ? resolveText(s.name) : letter;
}

const again = (host: TicketHost) => html`<button class="btn" part="button" @click=${() => host.restart()}>${msg('Take a new number')}</button>`;

function explain(host: TicketHost, t: Ticket, shown: Shown): TemplateResult {
  switch (shown) {
    case 'called':
      return html`<div class="alert" part="alert" role="alert">${msg(str`Go to ${counterName(host, t.counter ?? '')} now`)}</div>`;
    case 'done':
      return html`<p>${msg('Your number has been served. Thank you for coming.')}</p>`;
    case 'no-show':
      return html`<p>${msg('Your number was called, but nobody came to the counter. Please take a new number.')}</p>${again(host)}`;
    case 'cancelled':
      return html`<p>${msg('This number was cancelled. You can take a new one.')}</p>${again(host)}`;
    case 'expired': {
      const day = formatDate(`${t.day}T12:00:00+07:00`);
      return html`<p>${msg(str`This number was for ${day}. Numbers are only valid on the day they are taken.`)}</p>${again(host)}`;
    }
    default: {
      const n = ahead(t);
      const almost = n <= notifyLimit(host);
      const wait = formatDuration(t.estimatedWaitSeconds ?? 0);
      return html`
        ${almost ? html`<div class="alert" part="alert" role="alert">${msg('Almost your turn. Please come back to the waiting area.')}</div>` : nothing}
        <p>${n === 0 ? msg('You are next.') : n === 1 ? msg('1 person ahead of you') : msg(str`${n} people ahead of you`)}</p>
        <p>${msg(str`Estimated wait: ${wait}`)}</p>
        ${host.element.kiosk
          ? nothing // the citizen leaves the kiosk: the QR code and the printed ticket follow the number
          : html`<p class="advice hint">${msg('Keep this page open: it will tell you when it is your turn.')}</p>`}`;
    }
  }
}

export function render(host: TicketHost): TemplateResult {
  const t = host.state.ticket;
  const extra = extrasOf(host);
  const shown = host.state.shown;
  if (!t || shown === 'unknown') {
    return html`<section class="panel" part="ticket"><h2 tabindex="-1">${msg('Number not found')}</h2>
      <p>${msg('We could not find this queue number. It may be from another day, or the link may be incomplete.')}</p>${again(host)}</section>`;
  }
  const following = shown === 'waiting';
  return html`
    <section class="panel ticket" part="ticket">
      <h2 tabindex="-1">${msg('Your queue number')}</h2>
      <p class="number" part="number">${t.number}</p>
      <div class="facts">
        <p>${serviceName(host, t.service)}</p>
        <p>${msg(str`Taken at ${formatTime(t.issuedAt)}`)}</p>
      </div>
      <div aria-live="polite">${explain(host, t, shown!)}</div>
      ${(host.state.issued || host.element.kiosk) && extra.qr
        ? qrImage(extra.qr, msg('QR code to follow this number on a phone'))
        : nothing}
      ${host.state.failure && following ? html`<p class="error-text" role="alert">${host.state.failure.message}</p>` : nothing}
      <div class="actions">
        ${host.element.kiosk && shown === 'waiting'
          ? html`<button class="btn" part="button" @click=${() => print()}>${msg('Print ticket')}</button>
              <button class="btn secondary" part="button" @click=${() => host.restart()}>${msg('Done', { id: 'queue-done' })}</button>`
          : nothing}
        ${following && !host.element.kiosk && !notifyAsked(host) && canNotify(host)
          ? html`<button class="btn secondary" part="button" @click=${() => askNotify(host)}>${msg('Also notify me on this device')}</button>`
          : nothing}
        ${following && !extra.confirmCancel
          ? html`<button class="btn secondary" part="button" @click=${() => ((extra.confirmCancel = true), host.update())}>${msg('Cancel my number')}</button>`
          : nothing}
        ${following && extra.confirmCancel
          ? html`<p>${msg('Cancel this number? You would have to take a new one.')}</p>
              <button class="btn" part="button" @click=${() => cancel(host)}>${msg('Yes, cancel my number')}</button>
              <button class="btn secondary" part="button" @click=${() => ((extra.confirmCancel = false), host.update())}>${msg('No, keep it')}</button>`
          : nothing}
      </div>
    </section>`;
}
