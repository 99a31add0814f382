// The application-status contract in TypeScript: what `POST /api/applications/{code}/status`
// answers (schemas/application-status.schema.json, the public view of one application) and what
// staff send to move an application on (schemas/application-status-change.schema.json). Shared by
// the <dvc-application-status> widget and the reference server; pure types, no DOM.
import type { LocalizedText } from '../../core/localized-text-guard.js';

export type { LocalizedText };

/**
 * Every status an application can be in, as stable keys (the widget words them):
 * received (đã tiếp nhận) → processing (đang giải quyết) ⇄ needs-documents (cần bổ sung hồ sơ)
 * → result-ready (đã có kết quả) → collected (đã trả kết quả); or rejected (từ chối).
 */
export const APPLICATION_STATUSES = ['received', 'processing', 'needs-documents', 'result-ready', 'collected', 'rejected'] as const;
export type ApplicationStatusKey = (typeof APPLICATION_STATUSES)[number];

/** How a result is handed over. */
export const COLLECT_METHODS = ['counter', 'post', 'online'] as const;
export type CollectMethod = (typeof COLLECT_METHODS)[number];

/** What the citizen brings to collect a result, as stable keys (the widget words them). */
export const BRING_ITEMS = ['receipt', 'id-card', 'authorization', 'fee'] as const;
export type BringItem = (typeof BRING_ITEMS)[number];

/** One step of the history: the status entered, when, and the staff's note if any. */
export interface HistoryEntry {
  /** A key of APPLICATION_STATUSES; a client meets unknown keys from newer servers gracefully. */
  status: ApplicationStatusKey | (string & {});
  /** ISO 8601 instant. */
  at: string;
  note?: LocalizedText;
}

/** One missing document. */
export interface MissingItem {
  /** The id of the document in the procedure's definition, when it is one of them. */
  document?: string;
  name: LocalizedText;
  note?: LocalizedText;
}

/** What must be supplemented (status needs-documents). */
export interface MissingDocuments {
  items: MissingItem[];
  /** Where to bring them; absent: where the application was filed. */
  where?: LocalizedText;
  /** Last day to bring them, `YYYY-MM-DD` in Viet Nam. */
  by?: string;
}

/** How to collect the result (status result-ready, kept when collected). */
export interface Collect {
  how: CollectMethod;
  /** The counter and centre, the postal address's town, or the portal. */
  where?: LocalizedText;
  bring: BringItem[];
}

/** Fees in VND. */
export interface Fees {
  /** What the procedure costs for these answers; absent when it is set locally and not known. */
  due?: number;
  paid: number;
}

/** The public view of one application: no name, no ID number, no address, no answers. */
export interface ApplicationStatus {
  /** The application code (mã hồ sơ), e.g. `KL-20261128-0001`. */
  code: string;
  procedure: { code: string; name: LocalizedText };
  status: ApplicationStatusKey | (string & {});
  receivedAt: string;
  updatedAt: string;
  /** The promised date of the result (ngày hẹn trả kết quả), `YYYY-MM-DD` in Viet Nam. */
  due?: string;
  /** Oldest first. */
  history: HistoryEntry[];
  /** Only while the status is needs-documents. */
  missing?: MissingDocuments;
  /** Only when the status is result-ready or collected. */
  collect?: Collect;
  /** Only when rejected. */
  reason?: LocalizedText;
  fees: Fees;
}

/** Body of `POST /api/applications/{code}/status`; the verifier may come as header `X-Verifier` instead. */
export interface StatusLookup {
  /** The last 4 digits of the phone number or of the ID number given in the application. */
  verifier: string;
}

/** Body of the staff's `POST /api/staff/applications/{code}/status`. */
export interface StatusChange {
  status: ApplicationStatusKey;
  note?: LocalizedText;
  /** A new promised date (`YYYY-MM-DD`), e.g. with the apology for a late result. */
  due?: string;
  /** needs-documents: what is missing (this or a note is required). */
  missing?: { items: Array<{ document?: string; name?: LocalizedText; note?: LocalizedText }>; where?: LocalizedText; by?: string };
  /** result-ready: how to collect; default at the counter with the receipt and the ID card. */
  collect?: { how: CollectMethod; where?: LocalizedText; bring?: BringItem[] };
  /** rejected: why (required). */
  reason?: LocalizedText;
  /** Total paid so far, in VND. */
  feesPaid?: number;
}

/** One line of the staff's list (`GET /api/staff/applications`). */
export interface StaffApplication {
  code: string;
  procedureCode: string;
  status: ApplicationStatusKey | (string & {});
  receivedAt: string;
  updatedAt: string;
  due?: string;
  /** The statuses staff may move it to now. */
  next: ApplicationStatusKey[];
}
