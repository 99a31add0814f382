import type { Sql } from '../db/database.js';
import type { TicketStatus } from '../../../src/queue/contracts.js';

export interface TicketRow {
  id: string;
  day: string;
  service: string;
  seq: number;
  number: string;
  status: TicketStatus;
  counter: string | null;
  issued_at: number;
  called_at: number | null;
}

export interface EventRow {
  id: number;
  type: string;
  data: string;
}

export interface RecentRow {
  number: string;
  service: string;
  counter: string;
  called_at: number;
}

/** Handling times averaged for the estimate: recent enough to follow the day's pace. */
const AVERAGE_OVER = 10;
const RECENT_CALLS = 10;

/** Average handling time (ms) of the service (one parameter) over its last handled tickets. */
const AVERAGE = `(SELECT avg(d) FROM (SELECT finished_at - called_at AS d FROM tickets
  WHERE service = ? AND status = 'done' AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ${AVERAGE_OVER}) AS recent)`;

/** The SQL of the queue: tickets, the event sequence, the days rolled over. Rules live in queue.ts. */
export class QueueStore {
  constructor(private readonly db: Sql) {}

  async nextSeq(day: string, service: string): Promise<number> {
    const row = await this.db.get<{ n: number }>('SELECT coalesce(max(seq), 0) AS n FROM tickets WHERE day = ? AND service = ?', [day, service]);
    return row!.n + 1;
  }

  async insertTicket(t: { id: string; day: string; service: string; seq: number; number: string; issuedAt: number }): Promise<void> {
    await this.db.run(
      `INSERT INTO tickets (id, day, service, seq, number, status, issued_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?)`,
      [t.id, t.day, t.service, t.seq, t.number, t.issuedAt],
    );
  }

  ticket(id: string): Promise<TicketRow | undefined> {
    return this.db.get<TicketRow>('SELECT * FROM tickets WHERE id = ?', [id]);
  }

  /** People waiting before ticket number `seq` of the service. */
  async ahead(day: string, service: string, seq: number): Promise<number> {
    return (await this.db.get<{ n: number }>(
      `SELECT count(*) AS n FROM tickets WHERE day = ? AND service = ? AND status = 'waiting' AND seq < ?`,
      [day, service, seq],
    ))!.n;
  }

  /** Average handling time in ms of the service's last handled tickets, null before the first. */
  async averageHandlingMs(service: string): Promise<number | null> {
    return (await this.db.get<{ ms: number | null }>(`SELECT ${AVERAGE} AS ms`, [service]))!.ms;
  }

  /** How many wait for the service today, and its average handling time: one round trip. */
  async figures(day: string, service: string): Promise<{ waiting: number; ms: number | null }> {
    return (await this.db.get<{ waiting: number; ms: number | null }>(
      `SELECT (SELECT count(*) FROM tickets WHERE day = ? AND service = ? AND status = 'waiting') AS waiting, ${AVERAGE} AS ms`,
      [day, service, service],
    ))!;
  }

  /** The ticket a counter is serving (status called), the latest if several. */
  current(counter: string): Promise<TicketRow | undefined> {
    return this.db.get<TicketRow>(`SELECT * FROM tickets WHERE status = 'called' AND counter = ? ORDER BY called_at DESC LIMIT 1`, [counter]);
  }

  /** Calls the oldest ticket waiting today for one of `letters` to `counter`; the ticket, if there was one. */
  callOldest(day: string, letters: readonly string[], counter: string, calledAt: number): Promise<TicketRow | undefined> {
    return this.db.get<TicketRow>(
      `UPDATE tickets SET status = 'called', counter = ?, called_at = ? WHERE id = (
         SELECT id FROM tickets WHERE day = ? AND status = 'waiting' AND service IN (${letters.map(() => '?').join(',')})
         ORDER BY issued_at, seq LIMIT 1)
       RETURNING *`,
      [counter, calledAt, day, ...letters],
    );
  }

  /** Finishes what `counter` serves (its latest called ticket); the ticket, if there was one. */
  finishCurrent(counter: string, status: TicketStatus, finishedAt: number): Promise<TicketRow | undefined> {
    return this.db.get<TicketRow>(
      `UPDATE tickets SET status = ?, finished_at = ? WHERE id = (
         SELECT id FROM tickets WHERE status = 'called' AND counter = ? ORDER BY called_at DESC LIMIT 1)
       RETURNING *`,
      [status, finishedAt, counter],
    );
  }

  async setStatus(id: string, status: TicketStatus, finishedAt: number): Promise<void> {
    await this.db.run('UPDATE tickets SET status = ?, finished_at = ? WHERE id = ?', [status, finishedAt, id]);
  }

  /** The day's calls, latest first (calls in the same millisecond: the later ticket first). */
  recent(day: string): Promise<RecentRow[]> {
    return this.db.all<RecentRow>(
      `SELECT number, service, counter, called_at FROM tickets WHERE day = ? AND called_at IS NOT NULL
       ORDER BY called_at DESC, issued_at DESC, seq DESC LIMIT ${RECENT_CALLS}`,
      [day],
    );
  }

  /**
   * Appends an event with the next id of the sequence — the last id + 1, taken in the serialised
   * write, so ids are gapless and in commit order on every instance — and now and then drops those
   * older than the last `keep` (between `keep` and twice as many stay; never the last). `data` is
   * the event's JSON, or made from its id (a snapshot carries its own id).
   */
  async appendEvent(type: string, data: string | ((id: number) => string), keep: number): Promise<number> {
    let id: number;
    if (typeof data === 'string') {
      id = (await this.db.get<{ id: number }>(
        'INSERT INTO events (id, type, data) SELECT coalesce(max(id), 0) + 1, ?, ? FROM events RETURNING id',
        [type, data],
      ))!.id;
    } else {
      id = (await this.lastEventId()) + 1;
      await this.db.run('INSERT INTO events (id, type, data) VALUES (?, ?, ?)', [id, type, data(id)]);
    }
    if (id % Math.min(keep, 64) === 0) await this.db.run('DELETE FROM events WHERE id <= ?', [id - keep]);
    return id;
  }

  /** The last id the sequence gave out (0 before the first). */
  async lastEventId(): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT coalesce(max(id), 0) AS n FROM events'))!.n;
  }

  async firstEventId(): Promise<number | null> {
    return (await this.db.get<{ n: number | null }>('SELECT min(id) AS n FROM events'))!.n;
  }

  eventsAfter(id: number): Promise<EventRow[]> {
    return this.db.all<EventRow>('SELECT id, type, data FROM events WHERE id > ? ORDER BY id', [id]);
  }

  /** The service day the latest rollover was for, if any. */
  async lastRollover(): Promise<string | undefined> {
    return (await this.db.get<{ day: string }>('SELECT max(day) AS day FROM rollovers'))?.day ?? undefined;
  }

  /** Claims the rollover of `day`: true for the one instance (and the one call) that recorded it. */
  async claimRollover(day: string, at: number): Promise<boolean> {
    return (await this.db.run('INSERT INTO rollovers (day, at) VALUES (?, ?) ON CONFLICT (day) DO NOTHING', [day, at])) === 1;
  }
}
