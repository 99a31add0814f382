import type { PartHost } from '../../../core/part.js';
import type { Service, Ticket, TicketStatus } from '../../contracts.js';
import type { DvcQueueTicket } from '../ticket.js';

/** The ticket widget's pages: the first screen (services, confirm) or the ticket itself. */
export type View = 'loading' | 'failed' | 'services' | 'confirm' | 'ticket';

/** What the citizen sees about their number, besides the server's statuses. */
export type Shown = TicketStatus | 'expired' | 'unknown';

/** Everything the ticket widget shows, in one plain object (mutated, then `update()`). */
export interface TicketState {
  view: View;
  services: Service[];
  chosen?: Service;
  /** The Idempotency-Key of the ticket being taken: one per confirmation, so a double tap gives one ticket. */
  key?: string;
  sending: boolean;
  ticket?: Ticket;
  /** Taken here, now (the QR code and print button show only then). */
  issued: boolean;
  shown?: Shown;
  failure?: { code: string; message: string; retry?: () => void };
}

/** What the ticket's pages (view.ts, and track.ts once a ticket is shown) share of the widget. */
export interface TicketHost extends PartHost<DvcQueueTicket> {
  readonly state: TicketState;
  /** Back to the list of services, forgetting the ticket on this device. */
  restart(): void;
}
