import type { LocalizedText } from '../../src/queue/contracts.js';
import type { Submission } from '../../src/feedback-form/model/submission.js';

// TypeScript mirror of the JSON Schemas in schemas/. The schemas are the contract; keep both in step:
// the server tests check every real response against its schema (`assertSchema` in
// server/test/helpers.ts), and server/test/config.test.ts compiles every schema.

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

/** A feedback body as the server accepts it: the form's submission, where criteria and comment may be left out. */
export type Feedback = Omit<Submission, 'criteria' | 'comment'> & Partial<Pick<Submission, 'criteria' | 'comment'>>;

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
