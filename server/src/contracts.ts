// TypeScript mirror of the JSON Schemas in /schemas. The schemas are the contract; keep both in step
// (server/test/schemas.test.ts validates real responses against the schemas).

/** One problem with a request, `field` a JSON Pointer into the body (`/service`), `''` for the whole body. */
export interface ErrorDetail {
  field: string;
  message: string;
  /** Stable code of the problem (e.g. `required`, `citizen-id`), for clients that word it themselves. */
  code?: string;
}

/** Every error response body. `error` is a stable machine code, `message` plain English. */
export interface ErrorBody {
  error: string;
  message: string;
  details: ErrorDetail[];
}

import type { LocalizedText } from '../../src/queue/contracts.js';

// The queue contract lives with the widgets that consume it (src/queue/contracts.ts), so the
// server and the browser guards can never drift apart.
export type {
  LocalizedText,
  TicketStatus,
  Ticket,
  TicketRequest,
  Service,
  CurrentCall,
  Counter,
  RecentCall,
  QueueSnapshot,
  TicketAction,
  CalledEvent,
  TicketEvent,
  HeartbeatEvent,
  QueueEvent,
} from '../../src/queue/contracts.js';

export interface Application {
  procedureCode: string;
  answers: Record<string, unknown>;
  documents: Array<{ id: string; [k: string]: unknown }>;
}

export interface ApplicationReceipt {
  reference: string;
  procedureCode: string;
  receivedAt: string;
}

export interface Feedback {
  id: string;
  submittedAt: string;
  locale: 'vi' | 'en' | 'de';
  procedure?: string;
  reference?: string;
  counter?: string;
  overall: 1 | 2 | 3 | 4 | 5;
  criteria?: Partial<Record<'access' | 'procedure' | 'official' | 'result' | 'complaints', 1 | 2 | 3 | 4 | 5>>;
  comment?: string;
  contact?: { name?: string; phone?: string; email?: string };
}

export interface FeedbackReceipt {
  id: string;
  receivedAt: string;
}

export interface ProcedureSummary {
  code: string;
  name: LocalizedText;
  field: LocalizedText;
  /** URL of the full definition. */
  url: string;
}
