import { define } from '../../core/define.js';
import type { Service, Ticket, TicketStatus } from '../contracts.js';
import { QueueElement, type View } from '../internal/queue-element.js';
import { flag } from '../../core/flag.js';

declare module '../../core/events.js' {
  interface DvcEventMap {
    'dvc-ticket-issued': { ticket: Ticket };
    'dvc-ticket-called': { ticket: Ticket; counter: string };
    'dvc-ticket-status': { ticket: Ticket; status: TicketStatus | 'expired'; ahead: number };
  }
}

/**
 * The widget's first pages load in parallel with the first request (services or the ticket); the
 * ticket page, with the feed client, when a ticket is to be shown. A test can make either fail.
 */
export const ticketChunks = {
  view: () => import('./internal/lazy/view.js'),
  tracking: () => import('./internal/lazy/tracking/track.js'),
};

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
 * @csspart ticket - The ticket: number, service, time, people ahead, wait.
 * @csspart number - The ticket number, very large.
 * @csspart alert - The full-width "Go to counter 3 now" / "almost your turn" alert.
 * @csspart qr - The QR code linking to the tracking page.
 * @csspart button - Every button.
 */
@define('dvc-queue-ticket')
export class DvcQueueTicket extends QueueElement {
  static override properties = {
    ticket: {},
    services: { attribute: false },
    ticketData: { attribute: false },
    trackUrl: { attribute: 'track-url' },
    persist: { type: Boolean, converter: flag },
    notifyAhead: { attribute: 'notify-ahead' },
    kiosk: { type: Boolean, converter: flag },
    idleTimeout: { attribute: 'idle-timeout' },
    promptFor: { attribute: false },
    notificationRegistration: { attribute: false },
    requestTimeout: { attribute: false },
  };

  /** A ticket's opaque id, to follow that ticket (e.g. from the tracking URL). */
  ticket = '';
  /** The services to offer instead of reading `${src}/services` (previews, or a portal that has the list already). */
  services?: Service[];
  /** A ticket to show as given (`Ticket` JSON) instead of reading it from `${src}/tickets/{ticket}`; followed live when `src` is set. */
  ticketData?: Ticket;
  /** The tracking page for the QR code, with `{id}` for the ticket id (e.g. `https://ward.example/queue?ticket={id}`). */
  trackUrl = '';
  /** Keep the number taken on this device, so it is still followed after a reload. Ignored with `kiosk`. */
  persist = false;
  /** Alert when this many people or fewer are ahead (default 3). */
  notifyAhead = '3';
  /** Shared kiosk: never stores the ticket, shows a print button, and returns to the service list after printing, or when nobody answers "Are you still there?". */
  kiosk = false;
  /** Kiosk: seconds without input on a ticket or a confirmation before "Are you still there?" (default 120). */
  idleTimeout = '';
  /** Kiosk: seconds "Are you still there?" stays before the screen returns to the service list. */
  promptFor = 30;
  /** The portal's service worker registration: system notifications go through `showNotification()`. */
  notificationRegistration?: ServiceWorkerRegistration;
  /** Milliseconds each request may take before it counts as failed. */
  requestTimeout = 15_000;

  protected async loadView(): Promise<View> {
    return (await ticketChunks.view()).ticketView(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-queue-ticket': DvcQueueTicket;
  }
}
