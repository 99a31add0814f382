import type { Database, Statement } from 'better-sqlite3';
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

/** The SQL of the queue: tickets and the event sequence. Rules live in queue.ts. */
export class QueueStore {
  private readonly q;
  /** "Oldest waiting among these letters", one prepared statement per set of letters. */
  private readonly oldestFor = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    this.q = {
      maxSeq: db.prepare('SELECT coalesce(max(seq), 0) AS n FROM tickets WHERE day = ? AND service = ?'),
      insertTicket: db.prepare(
        `INSERT INTO tickets (id, day, service, seq, number, status, issued_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?)`,
      ),
      ticket: db.prepare('SELECT * FROM tickets WHERE id = ?'),
      waiting: db.prepare(`SELECT count(*) AS n FROM tickets WHERE day = ? AND service = ? AND status = 'waiting'`),
      ahead: db.prepare(
        `SELECT count(*) AS n FROM tickets WHERE day = ? AND service = ? AND status = 'waiting' AND seq < ?`,
      ),
      handling: db.prepare(
        `SELECT avg(d) AS ms FROM (SELECT finished_at - called_at AS d FROM tickets
         WHERE service = ? AND status = 'done' AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ${AVERAGE_OVER})`,
      ),
      current: db.prepare(
        `SELECT * FROM tickets WHERE status = 'called' AND counter = ? ORDER BY called_at DESC LIMIT 1`,
      ),
      setStatus: db.prepare('UPDATE tickets SET status = ?, finished_at = ? WHERE id = ?'),
      call: db.prepare(`UPDATE tickets SET status = 'called', counter = ?, called_at = ? WHERE id = ?`),
      recent: db.prepare(
        `SELECT number, service, counter, called_at FROM tickets WHERE day = ? AND called_at IS NOT NULL
         ORDER BY called_at DESC, rowid DESC LIMIT ${RECENT_CALLS}`,
      ),
      insertEvent: db.prepare('INSERT INTO events (type, data) VALUES (?, ?)'),
      pruneEvents: db.prepare('DELETE FROM events WHERE id <= ?'),
      lastEventId: db.prepare(`SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0) AS n`),
      firstEventId: db.prepare('SELECT min(id) AS n FROM events'),
      eventsAfter: db.prepare('SELECT id, type, data FROM events WHERE id > ? ORDER BY id'),
    };
  }

  /** True inside a write transaction: every mutation must run in one. */
  get writing(): boolean {
    return this.db.inTransaction;
  }

  nextSeq(day: string, service: string): number {
    return (this.q.maxSeq.get(day, service) as { n: number }).n + 1;
  }

  insertTicket(t: { id: string; day: string; service: string; seq: number; number: string; issuedAt: number }): void {
    this.q.insertTicket.run(t.id, t.day, t.service, t.seq, t.number, t.issuedAt);
  }

  ticket(id: string): TicketRow | undefined {
    return this.q.ticket.get(id) as TicketRow | undefined;
  }

  waiting(day: string, service: string): number {
    return (this.q.waiting.get(day, service) as { n: number }).n;
  }

  /** People waiting before ticket number `seq` of the service. */
  ahead(day: string, service: string, seq: number): number {
    return (this.q.ahead.get(day, service, seq) as { n: number }).n;
  }

  /** Average handling time in ms of the service's last handled tickets, null before the first. */
  averageHandlingMs(service: string): number | null {
    return (this.q.handling.get(service) as { ms: number | null }).ms;
  }

  /** The ticket a counter is serving (status called), the latest if several. */
  current(counter: string): TicketRow | undefined {
    return this.q.current.get(counter) as TicketRow | undefined;
  }

  oldestWaiting(day: string, letters: readonly string[]): TicketRow | undefined {
    const key = letters.join(',');
    let stmt = this.oldestFor.get(key);
    if (!stmt) {
      stmt = this.db.prepare(
        `SELECT * FROM tickets WHERE day = ? AND status = 'waiting' AND service IN (${letters.map(() => '?').join(',')})
         ORDER BY issued_at, seq LIMIT 1`,
      );
      this.oldestFor.set(key, stmt);
    }
    return stmt.get(day, ...letters) as TicketRow | undefined;
  }

  setStatus(id: string, status: TicketStatus, finishedAt: number): void {
    this.q.setStatus.run(status, finishedAt, id);
  }

  call(id: string, counter: string, calledAt: number): void {
    this.q.call.run(counter, calledAt, id);
  }

  recent(day: string): RecentRow[] {
    return this.q.recent.all(day) as RecentRow[];
  }

  /** Appends an event and drops those older than the last `keep`; returns its id. */
  appendEvent(type: string, data: string, keep: number): number {
    const id = Number(this.q.insertEvent.run(type, data).lastInsertRowid);
    this.q.pruneEvents.run(id - keep);
    return id;
  }

  /** The last id the sequence gave out (0 before the first), even if that event was pruned. */
  lastEventId(): number {
    return (this.q.lastEventId.get() as { n: number }).n;
  }

  firstEventId(): number | null {
    return (this.q.firstEventId.get() as { n: number | null }).n;
  }

  eventsAfter(id: number): EventRow[] {
    return this.q.eventsAfter.all(id) as EventRow[];
  }
}
