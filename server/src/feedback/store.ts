import type { Database } from 'better-sqlite3';

/** The SQL of feedback submissions, keyed by the form's own id. */
export class FeedbackStore {
  private readonly q;

  constructor(db: Database) {
    this.q = {
      find: db.prepare('SELECT received_at FROM feedback WHERE id = ?'),
      insert: db.prepare('INSERT INTO feedback (id, body, received_at) VALUES (?, ?, ?)'),
    };
  }

  /** When the submission with this id was received, if it was. */
  receivedAt(id: string): number | undefined {
    return (this.q.find.get(id) as { received_at: number } | undefined)?.received_at;
  }

  insert(id: string, body: string, receivedAt: number): void {
    this.q.insert.run(id, body, receivedAt);
  }
}
