import type { Database } from 'better-sqlite3';

export interface ApplicationRow {
  reference: string;
  procedure_code: string;
  body: string;
  received_at: number;
  status: string;
  updated_at: number;
  due: string | null;
  fees_due: number | null;
  fees_paid: number;
}

export interface HistoryRow {
  status: string;
  at: number;
  /** JSON of a LocalizedText. */
  note: string | null;
  /** JSON of what the status brings: `{ missing }`, `{ collect }` or `{ reason }`. */
  details: string | null;
}

export interface NewApplication {
  reference: string;
  day: string;
  seq: number;
  procedureCode: string;
  body: string;
  receivedAt: number;
  due: string | undefined;
  feesDue: number | undefined;
}

/** The SQL of applications: numbering per service day, the submission, its status history. */
export class ApplicationStore {
  private readonly q;

  constructor(db: Database) {
    this.q = {
      maxSeq: db.prepare('SELECT coalesce(max(seq), 0) AS n FROM applications WHERE day = ?'),
      insert: db.prepare(
        `INSERT INTO applications (reference, day, seq, procedure_code, body, received_at, status, updated_at, due, fees_due)
         VALUES (?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)`,
      ),
      find: db.prepare(
        'SELECT reference, procedure_code, body, received_at, status, updated_at, due, fees_due, fees_paid FROM applications WHERE reference = ?',
      ),
      history: db.prepare('SELECT status, at, note, details FROM application_history WHERE reference = ? ORDER BY seq'),
      addHistory: db.prepare(
        `INSERT INTO application_history (reference, seq, status, at, note, details)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM application_history WHERE reference = ?), ?, ?, ?, ?)`,
      ),
      update: db.prepare(
        'UPDATE applications SET status = ?, updated_at = ?, due = coalesce(?, due), fees_paid = coalesce(?, fees_paid) WHERE reference = ?',
      ),
      list: db.prepare(
        `SELECT reference, procedure_code, body, received_at, status, updated_at, due, fees_due, fees_paid FROM applications
         WHERE (? IS NULL OR status = ?) ORDER BY updated_at DESC, reference DESC LIMIT ?`,
      ),
      oldestOpen: db.prepare(
        `SELECT reference, procedure_code, body, received_at, status, updated_at, due, fees_due, fees_paid FROM applications
         WHERE status NOT IN ('collected', 'rejected') ORDER BY updated_at, reference LIMIT 1`,
      ),
      failures: db.prepare('SELECT count(*) AS n, min(at) AS first FROM lookup_failures WHERE scope = ? AND key = ? AND at > ?'),
      addFailure: db.prepare('INSERT INTO lookup_failures (scope, key, at) VALUES (?, ?, ?)'),
      pruneFailures: db.prepare('DELETE FROM lookup_failures WHERE at <= ?'),
    };
  }

  /** The next free number of the service day `day` (1, 2, …); call inside the write transaction. */
  nextSeq(day: string): number {
    return (this.q.maxSeq.get(day) as { n: number }).n + 1;
  }

  /** Stores a submission as received, with the first entry of its history. */
  insert(a: NewApplication): void {
    this.q.insert.run(a.reference, a.day, a.seq, a.procedureCode, a.body, a.receivedAt, a.receivedAt, a.due ?? null, a.feesDue ?? null);
    this.q.addHistory.run(a.reference, a.reference, 'received', a.receivedAt, null, null);
  }

  find(reference: string): ApplicationRow | undefined {
    return this.q.find.get(reference) as ApplicationRow | undefined;
  }

  /** Oldest first. */
  history(reference: string): HistoryRow[] {
    return this.q.history.all(reference) as HistoryRow[];
  }

  /** Enters a new status: one more history entry, and the application's current state. */
  move(
    reference: string,
    change: { status: string; at: number; note?: string; details?: string; due?: string; feesPaid?: number },
  ): void {
    this.q.addHistory.run(reference, reference, change.status, change.at, change.note ?? null, change.details ?? null);
    this.q.update.run(change.status, change.at, change.due ?? null, change.feesPaid ?? null, reference);
  }

  /** The latest updated first, optionally of one status. */
  list(status: string | undefined, limit: number): ApplicationRow[] {
    return this.q.list.all(status ?? null, status ?? null, limit) as ApplicationRow[];
  }

  /** The open application (not collected, not rejected) left alone the longest. */
  oldestOpen(): ApplicationRow | undefined {
    return this.q.oldestOpen.get() as ApplicationRow | undefined;
  }

  /** Failed look-ups of `key` after `since`: how many, and when the first of them was. */
  failures(scope: string, key: string, since: number): { n: number; first: number | null } {
    return this.q.failures.get(scope, key, since) as { n: number; first: number | null };
  }

  addFailure(scope: string, key: string, at: number): void {
    this.q.addFailure.run(scope, key, at);
  }

  pruneFailures(before: number): void {
    this.q.pruneFailures.run(before);
  }
}
