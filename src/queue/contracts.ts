// The queue's data contracts in TypeScript, shared by the widgets and the reference server
// (server/src/contracts.ts re-exports them). The JSON Schemas in /schemas are the contract; keep
// both in step. Pure types: no DOM, no imports, so the server's Node-only type check can read it.

/** Human text in data: one string, or one per locale (resolved current → vi → en). */
export type LocalizedText = string | { vi?: string; en?: string; de?: string };

export type TicketStatus = 'waiting' | 'called' | 'done' | 'no-show' | 'cancelled';

export interface Ticket {
  /** Opaque, unguessable; the only handle that reads or cancels the ticket. Never broadcast. */
  id: string;
  /** Display number, unique per service day: `A-012`. */
  number: string;
  service: string;
  /** Service day in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
  day: string;
  status: TicketStatus;
  issuedAt: string;
  calledAt?: string;
  counter?: string;
  /** People ahead in the same service (waiting tickets only). */
  position?: number;
  /** Waiting tickets only. */
  estimatedWaitSeconds?: number;
}

export interface TicketRequest {
  service: string;
}

export interface Service {
  letter: string;
  name: LocalizedText;
  /** What a voice says for the service instead of `name` (none of the widgets names the service aloud yet). */
  spokenName?: LocalizedText;
  waiting: number;
  /** Estimated wait for a ticket taken now. */
  estimatedWaitSeconds: number;
  /** Counters that serve this letter. */
  counters: string[];
}

export interface CurrentCall {
  number: string;
  service: string;
  calledAt: string;
}

export interface Counter {
  id: string;
  name: LocalizedText;
  /** What the board's voice says instead of `name`; without it, the name with leading zeros dropped ("Quầy số 01" → "quầy số 1"). */
  spokenName?: LocalizedText;
  letters: string[];
  current: CurrentCall | null;
}

export interface RecentCall extends CurrentCall {
  counter: string;
}

export interface QueueSnapshot {
  /** Id of the last event included; resume the stream from here. */
  eventId: number;
  day: string;
  generatedAt: string;
  services: Service[];
  counters: Counter[];
  /** Latest calls of the day, newest first. */
  recent: RecentCall[];
}

export type TicketAction = 'issued' | 'recalled' | 'done' | 'no-show' | 'cancelled';

interface EventBase {
  /** Same as the SSE `id:` line. */
  id: number;
  number: string;
  service: string;
  at: string;
  /** Waiting tickets of this service after the event. */
  waiting: number;
  estimatedWaitSeconds: number;
}

export interface CalledEvent extends EventBase {
  type: 'called';
  counter: string;
}

export interface TicketEvent extends EventBase {
  type: 'ticket';
  action: TicketAction;
  counter?: string;
}

export interface HeartbeatEvent {
  type: 'heartbeat';
  at: string;
}

/** `data` of the stream's `called`, `ticket` and `heartbeat` events (`snapshot` carries a QueueSnapshot). */
export type QueueEvent = CalledEvent | TicketEvent | HeartbeatEvent;
