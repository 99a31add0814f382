import type { Database } from 'better-sqlite3';

/** The SQL of applications: numbering per service day and the stored submission. */
export class ApplicationStore {
  private readonly q;

  constructor(db: Database) {
    this.q = {
      maxSeq: db.prepare('SELECT coalesce(max(seq), 0) AS n FROM applications WHERE day = ?'),
      insert: db.prepare(
        'INSERT INTO applications (reference, day, seq, procedure_code, body, received_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  /** The next free number of the service day `day` (1, 2, …); call inside the write transaction. */
  nextSeq(day: string): number {
    return (this.q.maxSeq.get(day) as { n: number }).n + 1;
  }

  insert(row: { reference: string; day: string; seq: number; procedureCode: string; body: string; receivedAt: number }): void {
    this.q.insert.run(row.reference, row.day, row.seq, row.procedureCode, row.body, row.receivedAt);
  }
}
