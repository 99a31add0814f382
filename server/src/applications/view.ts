import type { ApplicationStatus, Collect, HistoryEntry, MissingDocuments, StaffApplication } from '../../../src/application-status/model/index.js';
import { nextStatuses } from '../../../src/application-status/model/index.js';
import type { LocalizedText } from '../contracts.js';
import { iso } from '../time.js';
import type { ApplicationRow, HistoryRow } from './store.js';

/** What a history entry brings besides its note (the `details` column). */
export interface EntryDetails {
  missing?: MissingDocuments;
  collect?: Collect;
  reason?: LocalizedText;
}

const parse = <T>(json: string | null): T | undefined => (json === null ? undefined : (JSON.parse(json) as T));

/**
 * The public view of an application (schemas/application-status.schema.json): status, history,
 * dates, fees and what the current status asks of the citizen. Built from the status columns and
 * the history only — the submission's body (names, ID numbers, addresses, answers) is never read.
 */
export function publicView(row: ApplicationRow, history: HistoryRow[], procedureName: LocalizedText): ApplicationStatus {
  const entries: HistoryEntry[] = history.map((h) => {
    const e: HistoryEntry = { status: h.status, at: iso(h.at) };
    const note = parse<LocalizedText>(h.note);
    if (note !== undefined) e.note = note;
    return e;
  });
  const latest = (status: string): EntryDetails =>
    parse<EntryDetails>(history.filter((h) => h.status === status).at(-1)?.details ?? null) ?? {};
  const view: ApplicationStatus = {
    code: row.reference,
    procedure: { code: row.procedure_code, name: procedureName },
    status: row.status,
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
    history: entries,
    fees: { paid: row.fees_paid },
  };
  if (row.due !== null) view.due = row.due;
  if (row.fees_due !== null) view.fees.due = row.fees_due;
  if (row.status === 'needs-documents') {
    const { missing } = latest('needs-documents');
    if (missing) view.missing = missing;
  }
  if (row.status === 'result-ready' || row.status === 'collected') {
    const { collect } = latest('result-ready');
    if (collect) view.collect = collect;
  }
  if (row.status === 'rejected') {
    const { reason } = latest('rejected');
    if (reason !== undefined) view.reason = reason;
  }
  return view;
}

/** One line of the staff's list (schemas/staff-application.schema.json). */
export function staffItem(row: ApplicationRow): StaffApplication {
  const item: StaffApplication = {
    code: row.reference,
    procedureCode: row.procedure_code,
    status: row.status,
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
    next: [...nextStatuses(row.status)],
  };
  if (row.due !== null) item.due = row.due;
  return item;
}
