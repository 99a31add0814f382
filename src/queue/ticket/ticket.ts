import { property } from '../../core/property.js';
import { define } from '../../core/define.js';
import { flag } from '../../core/attributes.js';
import { Kiosk } from '../../core/kiosk.js';
import type { Service, Ticket, TicketStatus } from '../contracts.js';
import { QueueElement } from '../internal/queue-element.js';
import type { PartHost } from '../../core/part.js';
import type { TicketElementHost, TicketPart } from './internal/lazy/view.js';

declare module '../../core/events.js' {
  interface DvcEventMap {
    'dvc-ticket-issued': { ticket: Ticket };
    'dvc-ticket-called': { ticket: Ticket; counter: string };
    'dvc-ticket-status': { ticket: Ticket; status: TicketStatus | 'expired'; ahead: number };
  }
}

/** The base with the ticket's part type (a class of its own: declaration files cannot name a generic mixin base). */
abstract class TicketElement extends QueueElement<TicketPart> {}

/**
 * Take a queue number on a phone or kiosk and follow it live: people ahead, estimated wait, and
 * "Go to counter 3 now" when called. Without `ticket` it lists the services; with `ticket` (or a
 * number kept with `persist`) it follows that ticket.
 *
 * @tagname dvc-queue-ticket
 * @fires {CustomEvent<{ ticket: Ticket }>} dvc-ticket-issued - A ticket was taken: `{ ticket }`.
 * @fires {CustomEvent<{ ticket: Ticket; counter: string }>} dvc-ticket-called - The ticket's number was called: `{ ticket, counter }`.
 * @fires {CustomEvent<{ ticket: Ticket; status: TicketStatus | 'expired'; ahead: number }>} dvc-ticket-status - The ticket's status or the people ahead changed: `{ ticket, status, ahead }` (`status` may be `expired`).
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the widget shows as a state: `{ code, message }`.
 * @csspart services - The list of services to take a number for.
 * @csspart choices - The service buttons' list (a kiosk page can make it fill the screen: README).
 * @csspart choice - Each service button.
 * @csspart ticket - The ticket: number, service, time, people ahead, wait.
 * @csspart number - The ticket number, very large.
 * @csspart alert - The full-width "Go to counter 3 now" / "almost your turn" alert.
 * @csspart qr - The QR code linking to the tracking page.
 * @csspart button - Every button.
 */
@define('dvc-queue-ticket')
export class DvcQueueTicket extends Kiosk(TicketElement) {
  // What a page preloads with the entry (dist/cdn/parts.json, written by rollup.config.mjs):
  // first screen: ./internal/lazy/view.js
  // and on a page that follows a ticket, the ticket page too:
  // first screen with [ticket]: ./internal/lazy/tracking/page.js
  /** The list of services and the confirmation, loaded at once in parallel with the first request; the ticket page, with the feed client, loads from it when a ticket is to be shown. */
  static override partModule = () => import('./internal/lazy/view.js');

  /** A ticket's opaque id, to follow that ticket (e.g. from the tracking URL). */
  @property() ticket = '';
  /** The services to offer instead of reading `${src}/services` (previews, or a portal that has the list already). */
  @property({ attribute: false }) services?: Service[];
  /** A ticket to show as given (`Ticket` JSON) instead of reading it from `${src}/tickets/{ticket}`; followed live when `src` is set. */
  @property({ attribute: false }) ticketData?: Ticket;
  /** The tracking page for the QR code, with `{id}` for the ticket id (e.g. `https://ward.example/queue?ticket={id}`). */
  @property({ attribute: 'track-url' }) trackUrl = '';
  /** Keep the number taken on this device, so it is still followed after a reload. Ignored with `kiosk`. */
  @property({ type: Boolean, converter: flag }) persist = false;
  /** Alert when this many people or fewer are ahead (default 3). */
  @property({ attribute: 'notify-ahead' }) notifyAhead = '3';
  /** The portal's service worker registration: system notifications go through `showNotification()`. */
  notificationRegistration?: ServiceWorkerRegistration;
  /** Milliseconds each request may take before it counts as failed. */
  requestTimeout = 15_000;

  protected override partHost(): TicketElementHost & PartHost<this> {
    return { ...this.baseHost(), pageShown: () => this.kioskMode?.restart() };
  }

  /** A kiosk returns to the list of services: after printing, or when nobody answers "Are you still there?". */
  protected override wipe(): void {
    this.loadedPart?.restart();
  }

  /** A kiosk guards a confirmation or a ticket left on screen; the list of services holds nothing. */
  protected override watching(): boolean {
    return !!this.loadedPart?.guarding;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-queue-ticket': DvcQueueTicket;
  }
}
