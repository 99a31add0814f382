// Draws the ticket page: the number very large, service, time taken, people ahead, estimated wait,
// the alerts, the plain-words explanation of every state, the QR code and the actions.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../../../../../core/msg.js';
import { formatDuration } from '../../../../../core/amounts.js';
import { formatDate, formatTime } from '../../../../../core/format.js';
import { resolveText } from '../../../../../core/localized-text.js';
import type { Ticket } from '../../../../contracts.js';
import type { Host, Shown } from '../../host.js';
import { askNotify, canNotify, notifyAsked } from './notify.js';
import { ahead, cancel, counterName, notifyLimit, state, x } from './track.js';

function serviceName(h: Host, letter: string): string {
  const s = state(h)?.services.find((v) => v.letter === letter) ?? h.t.services.find((v) => v.letter === letter);
  return s ? resolveText(s.name) : letter;
}

const again = (h: Host) => html`<button class="btn" part="button" @click=${() => h.restart()}>${msg('Take a new number')}</button>`;

function explain(h: Host, t: Ticket, shown: Shown): TemplateResult {
  switch (shown) {
    case 'called':
      return html`<div class="alert" part="alert" role="alert">${msg(str`Go to ${counterName(h, t.counter ?? '')} now`)}</div>`;
    case 'done':
      return html`<p>${msg('Your number has been served. Thank you for coming.')}</p>`;
    case 'no-show':
      return html`<p>${msg('Your number was called, but nobody came to the counter. Please take a new number.')}</p>${again(h)}`;
    case 'cancelled':
      return html`<p>${msg('This number was cancelled. You can take a new one.')}</p>${again(h)}`;
    case 'expired': {
      const day = formatDate(`${t.day}T12:00:00+07:00`);
      return html`<p>${msg(str`This number was for ${day}. Numbers are only valid on the day they are taken.`)}</p>${again(h)}`;
    }
    default: {
      const n = ahead(t);
      const almost = n <= notifyLimit(h);
      const wait = formatDuration(t.estimatedWaitSeconds ?? 0);
      return html`
        ${almost ? html`<div class="alert" part="alert" role="alert">${msg('Almost your turn. Please come back to the waiting area.')}</div>` : nothing}
        <p>${n === 0 ? msg('You are next.') : n === 1 ? msg('1 person ahead of you') : msg(str`${n} people ahead of you`)}</p>
        <p>${msg(str`Estimated wait: ${wait}`)}</p>
        <p class="advice hint">${msg('Keep this page open: it will tell you when it is your turn.')}</p>`;
    }
  }
}

export function render(h: Host): TemplateResult {
  const t = h.t.ticket;
  const e = x(h);
  const shown = h.t.shown;
  if (!t || shown === 'unknown') {
    return html`<section class="panel" part="ticket"><h2 tabindex="-1">${msg('Number not found')}</h2>
      <p>${msg('We could not find this queue number. It may be from another day, or the link may be incomplete.')}</p>${again(h)}</section>`;
  }
  const following = shown === 'waiting';
  return html`
    <section class="panel ticket" part="ticket">
      <h2 tabindex="-1">${msg('Your queue number')}</h2>
      <p class="number" part="number">${t.number}</p>
      <div class="facts">
        <p>${serviceName(h, t.service)}</p>
        <p>${msg(str`Taken at ${formatTime(t.issuedAt)}`)}</p>
      </div>
      <div aria-live="polite">${explain(h, t, shown!)}</div>
      ${(h.t.issued || h.el.kiosk) && e.qr
        ? svg`<svg class="qr" part="qr" role="img" aria-label=${msg('QR code to follow this number on a phone')} viewBox="-4 -4 ${e.qr.size + 8} ${e.qr.size + 8}"><path d=${e.qr.d}></path></svg>`
        : nothing}
      ${h.t.failure && following ? html`<p class="error-text" role="alert">${h.t.failure.message}</p>` : nothing}
      <div class="actions">
        ${h.el.kiosk && shown === 'waiting'
          ? html`<button class="btn" part="button" @click=${() => print()}>${msg('Print ticket')}</button>
              <button class="btn secondary" part="button" @click=${() => h.restart()}>${msg('Done', { id: 'queue-done' })}</button>`
          : nothing}
        ${following && !h.el.kiosk && !notifyAsked(h) && canNotify(h)
          ? html`<button class="btn secondary" part="button" @click=${() => askNotify(h)}>${msg('Also notify me on this device')}</button>`
          : nothing}
        ${following && !e.confirmCancel
          ? html`<button class="btn secondary" part="button" @click=${() => ((e.confirmCancel = true), h.update())}>${msg('Cancel my number')}</button>`
          : nothing}
        ${following && e.confirmCancel
          ? html`<p>${msg('Cancel this number? You would have to take a new one.')}</p>
              <button class="btn" part="button" @click=${() => cancel(h)}>${msg('Yes, cancel my number')}</button>
              <button class="btn secondary" part="button" @click=${() => ((e.confirmCancel = false), h.update())}>${msg('No, keep it')}</button>`
          : nothing}
      </div>
    </section>`;
}
