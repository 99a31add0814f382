import type { Sql } from '../db/database.js';

/** The SQL of feedback submissions, keyed by the form's own id. */
export class FeedbackStore {
  constructor(private readonly db: Sql) {}

  /** When the submission with this id was received, if it was. */
  async receivedAt(id: string): Promise<number | undefined> {
    return (await this.db.get<{ received_at: number }>('SELECT received_at FROM feedback WHERE id = ?', [id]))?.received_at;
  }

  async insert(id: string, body: string, receivedAt: number): Promise<void> {
    await this.db.run('INSERT INTO feedback (id, body, received_at) VALUES (?, ?, ?)', [id, body, receivedAt]);
  }
}
