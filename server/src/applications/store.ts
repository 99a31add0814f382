import type { Sql } from '../db/database.js';

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

const COLUMNS = 'reference, procedure_code, body, received_at, status, updated_at, due, fees_due, fees_paid';

/** The SQL of applications: numbering per service day, the submission, its status history. */
export class ApplicationStore {
  constructor(private readonly db: Sql) {}

  /** The next free number of the service day `day` (1, 2, …); call inside the write transaction. */
  async nextSeq(day: string): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT coalesce(max(seq), 0) AS n FROM applications WHERE day = ?', [day]))!.n + 1;
  }

  /** Stores a submission as received, with the first entry of its history. */
  async insert(a: NewApplication): Promise<void> {
    await this.db.run(
      `INSERT INTO applications (reference, day, seq, procedure_code, body, received_at, status, updated_at, due, fees_due)
       VALUES (?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)`,
      [a.reference, a.day, a.seq, a.procedureCode, a.body, a.receivedAt, a.receivedAt, a.due ?? null, a.feesDue ?? null],
    );
    await this.addHistory(a.reference, 'received', a.receivedAt, null, null);
  }

  find(reference: string): Promise<ApplicationRow | undefined> {
    return this.db.get<ApplicationRow>(`SELECT ${COLUMNS} FROM applications WHERE reference = ?`, [reference]);
  }

  /** Oldest first. */
  history(reference: string): Promise<HistoryRow[]> {
    return this.db.all<HistoryRow>('SELECT status, at, note, details FROM application_history WHERE reference = ? ORDER BY seq', [reference]);
  }

  /** Enters a new status: one more history entry, and the application's current state. */
  async move(
    reference: string,
    change: { status: string; at: number; note?: string; details?: string; due?: string; feesPaid?: number },
  ): Promise<void> {
    await this.addHistory(reference, change.status, change.at, change.note ?? null, change.details ?? null);
    await this.db.run(
      'UPDATE applications SET status = ?, updated_at = ?, due = coalesce(?, due), fees_paid = coalesce(?, fees_paid) WHERE reference = ?',
      [change.status, change.at, change.due ?? null, change.feesPaid ?? null, reference],
    );
  }

  /** The latest updated first, optionally of one status. */
  list(status: string | undefined, limit: number): Promise<ApplicationRow[]> {
    return status === undefined
      ? this.db.all<ApplicationRow>(`SELECT ${COLUMNS} FROM applications ORDER BY updated_at DESC, reference DESC LIMIT ?`, [limit])
      : this.db.all<ApplicationRow>(
          `SELECT ${COLUMNS} FROM applications WHERE status = ? ORDER BY updated_at DESC, reference DESC LIMIT ?`,
          [status, limit],
        );
  }

  /** The open application (not collected, not rejected) left alone the longest. */
  oldestOpen(): Promise<ApplicationRow | undefined> {
    return this.db.get<ApplicationRow>(
      `SELECT ${COLUMNS} FROM applications WHERE status NOT IN ('collected', 'rejected') ORDER BY updated_at, reference LIMIT 1`,
    );
  }

  /** Failed look-ups of `key` after `since`: how many, and when the first of them was. */
  async failures(scope: string, key: string, since: number): Promise<{ n: number; first: number | null }> {
    return (await this.db.get<{ n: number; first: number | null }>(
      'SELECT count(*) AS n, min(at) AS first FROM lookup_failures WHERE scope = ? AND key = ? AND at > ?',
      [scope, key, since],
    ))!;
  }

  async addFailure(scope: string, key: string, at: number): Promise<void> {
    await this.db.run('INSERT INTO lookup_failures (scope, key, at) VALUES (?, ?, ?)', [scope, key, at]);
  }

  async pruneFailures(before: number): Promise<void> {
    await this.db.run('DELETE FROM lookup_failures WHERE at <= ?', [before]);
  }

  private async addHistory(reference: string, status: string, at: number, note: string | null, details: string | null): Promise<void> {
    await this.db.run(
      `INSERT INTO application_history (reference, seq, status, at, note, details)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM application_history WHERE reference = ?), ?, ?, ?, ?)`,
      [reference, reference, status, at, note, details],
    );
  }
}
