import { randomBytes } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type {
  Counter,
  QueueSnapshot,
  RecentCall,
  Service,
  Ticket,
  TicketAction,
  TicketStatus,
} from '../../../src/queue/contracts.js';
import { HttpError, notFound } from '../http/errors.js';
import { iso, serviceDay } from '../time.js';
import type { CounterConfig, QueueConfig } from './config.js';

/** An event as stored and streamed: `data` already includes its `id`. */
export interface StoredEvent {
  id: number;
  type: 'called' | 'ticket';
  data: Record<string, unknown> & { id: number };
}

interface TicketRow {
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

/** Handling times averaged for the estimate: recent enough to follow the day's pace. */
const AVERAGE_OVER = 10;
const DEFAULT_HANDLING_SECONDS = 300;
const RECENT_CALLS = 10;

/** Every query of the queue, prepared once. */
function statements(db: Database) {
  return {
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

/**
 * The queue's state and rules, all in SQLite. Every mutation runs inside `write()`: one
 * transaction that also appends the resulting events, which are published only after commit, so
 * a client never sees an event that a crash could take back.
 */
export class Queue {
  private pending: StoredEvent[] = [];
  private readonly q: ReturnType<typeof statements>;
  /** "Oldest waiting among these letters", one prepared statement per counter. */
  private readonly oldestFor = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    readonly config: QueueConfig,
    private readonly now: () => number,
    private readonly eventRetention: number,
    private readonly publish: (events: StoredEvent[]) => void,
  ) {
    this.q = statements(db);
  }

  /** Runs `fn` in one write transaction, then publishes the events it appended. */
  write<T>(fn: () => T): T {
    try {
      const result = this.db.transaction(fn).immediate();
      const events = this.pending;
      this.pending = [];
      if (events.length) this.publish(events);
      return result;
    } catch (err) {
      this.pending = [];
      throw err;
    }
  }

  // ── citizen side ────────────────────────────────────────────────────────────

  issue(letter: string): Ticket {
    this.assertWriting();
    if (!this.config.services.some((s) => s.letter === letter)) {
      throw new HttpError(400, 'invalid-body', 'No such service.', [{ field: '/service', message: 'unknown service' }]);
    }
    const now = this.now();
    const day = serviceDay(now);
    const seq = (this.q.maxSeq.get(day, letter) as { n: number }).n + 1;
    const number = `${letter}-${String(seq).padStart(3, '0')}`;
    // 128 random bits: the id is the only key to a ticket, so it must not be guessable.
    const id = randomBytes(16).toString('base64url');
    this.q.insertTicket.run(id, day, letter, seq, number, now);
    this.emitTicket('issued', { service: letter, number }, now);
    return this.ticket(id)!;
  }

  ticket(id: string): Ticket | undefined {
    const row = this.q.ticket.get(id) as TicketRow | undefined;
    return row && this.toTicket(row);
  }

  /** Cancels a waiting ticket; cancelling twice answers the same; a called or finished one cannot be. */
  cancel(id: string): Ticket {
    this.assertWriting();
    const row = this.q.ticket.get(id) as TicketRow | undefined;
    if (!row) throw notFound('ticket');
    if (row.status === 'waiting') {
      const now = this.now();
      this.q.setStatus.run('cancelled', now, id);
      this.emitTicket('cancelled', row, now);
    } else if (row.status !== 'cancelled') {
      throw new HttpError(409, 'not-cancellable', `The ticket is ${row.status} and can no longer be cancelled.`);
    }
    return this.ticket(id)!;
  }

  // ── staff side ──────────────────────────────────────────────────────────────

  /** Finishes the counter's current ticket (as done) and calls the oldest waiting one among its letters. */
  next(counterId: string): Counter {
    this.assertWriting();
    const counter = this.counter(counterId);
    const now = this.now();
    const current = this.q.current.get(counter.id) as TicketRow | undefined;
    if (current) this.finishRow(current, 'done', now);
    let oldestStmt = this.oldestFor.get(counter.id);
    if (!oldestStmt) {
      oldestStmt = this.db.prepare(
        `SELECT * FROM tickets WHERE day = ? AND status = 'waiting' AND service IN (${counter.letters.map(() => '?').join(',')})
         ORDER BY issued_at, seq LIMIT 1`,
      );
      this.oldestFor.set(counter.id, oldestStmt);
    }
    const oldest = oldestStmt.get(serviceDay(now), ...counter.letters) as TicketRow | undefined;
    if (oldest) {
      this.q.call.run(counter.id, now, oldest.id);
      this.emit('called', { number: oldest.number, service: oldest.service, counter: counter.id }, oldest.service, now);
    }
    return this.counterState(counter);
  }

  recall(counterId: string): Counter {
    this.assertWriting();
    const counter = this.counter(counterId);
    const current = this.currentOrConflict(counter);
    this.emitTicket('recalled', { ...current, counter: counter.id }, this.now());
    return this.counterState(counter);
  }

  finish(counterId: string, outcome: 'done' | 'no-show'): Counter {
    this.assertWriting();
    const counter = this.counter(counterId);
    this.finishRow(this.currentOrConflict(counter), outcome, this.now());
    return this.counterState(counter);
  }

  // ── reading ─────────────────────────────────────────────────────────────────

  services(): Service[] {
    const day = serviceDay(this.now());
    return this.config.services.map((s) => {
      const waiting = (this.q.waiting.get(day, s.letter) as { n: number }).n;
      return {
        letter: s.letter,
        name: s.name,
        waiting,
        estimatedWaitSeconds: this.estimate(s.letter, waiting),
        counters: this.config.counters.filter((c) => c.letters.includes(s.letter)).map((c) => c.id),
      };
    });
  }

  snapshot(): QueueSnapshot {
    const now = this.now();
    const day = serviceDay(now);
    const recent = (this.q.recent.all(day) as Array<{ number: string; service: string; counter: string; called_at: number }>).map(
      (r): RecentCall => ({ number: r.number, service: r.service, counter: r.counter, calledAt: iso(r.called_at) }),
    );
    return {
      eventId: this.lastEventId(),
      day,
      generatedAt: iso(now),
      services: this.services(),
      counters: this.config.counters.map((c) => this.counterState(c)),
      recent,
    };
  }

  lastEventId(): number {
    return (this.q.lastEventId.get() as { n: number }).n;
  }

  /**
   * Events after `lastId` for a resuming client, or null when they cannot be replayed without a
   * gap (pruned, or an id this database never issued): the client then needs a fresh snapshot.
   */
  eventsAfter(lastId: number): StoredEvent[] | null {
    const last = this.lastEventId();
    if (lastId > last) return null;
    if (lastId === last) return [];
    const first = (this.q.firstEventId.get() as { n: number | null }).n;
    if (first === null || lastId < first - 1) return null;
    return (this.q.eventsAfter.all(lastId) as Array<{ id: number; type: StoredEvent['type']; data: string }>).map((r) => ({
      id: r.id,
      type: r.type,
      data: { ...(JSON.parse(r.data) as Record<string, unknown>), id: r.id },
    }));
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private assertWriting(): void {
    if (!this.db.inTransaction) throw new Error('queue mutations must run inside Queue.write()');
  }

  private counter(id: string): CounterConfig {
    const c = this.config.counters.find((x) => x.id === id);
    if (!c) throw notFound('counter');
    return c;
  }

  private currentOrConflict(counter: CounterConfig): TicketRow {
    const row = this.q.current.get(counter.id) as TicketRow | undefined;
    if (!row) throw new HttpError(409, 'no-current-ticket', 'This counter is not serving anyone; call the next ticket first.');
    return row;
  }

  private finishRow(row: TicketRow, outcome: 'done' | 'no-show', now: number): void {
    this.q.setStatus.run(outcome, now, row.id);
    this.emitTicket(outcome, row, now);
  }

  private counterState(c: CounterConfig): Counter {
    const row = this.q.current.get(c.id) as TicketRow | undefined;
    // Yesterday's last number, never finished by staff, is not what the counter serves this morning.
    const today = row?.day === serviceDay(this.now());
    return {
      id: c.id,
      name: c.name,
      letters: c.letters,
      current: row && today ? { number: row.number, service: row.service, calledAt: iso(row.called_at!) } : null,
    };
  }

  private estimate(letter: string, ahead: number): number {
    const avg = (this.q.handling.get(letter) as { ms: number | null }).ms;
    const handlingSeconds =
      avg !== null
        ? avg / 1000
        : (this.config.services.find((s) => s.letter === letter)?.defaultHandlingSeconds ?? DEFAULT_HANDLING_SECONDS);
    const counters = Math.max(1, this.config.counters.filter((c) => c.letters.includes(letter)).length);
    return Math.round((ahead * handlingSeconds) / counters);
  }

  private toTicket(row: TicketRow): Ticket {
    const t: Ticket = {
      id: row.id,
      number: row.number,
      service: row.service,
      day: row.day,
      status: row.status,
      issuedAt: iso(row.issued_at),
    };
    if (row.called_at !== null) t.calledAt = iso(row.called_at);
    if (row.counter !== null) t.counter = row.counter;
    if (row.status === 'waiting') {
      const ahead = (this.q.ahead.get(row.day, row.service, row.seq) as { n: number }).n;
      t.position = ahead;
      t.estimatedWaitSeconds = this.estimate(row.service, ahead);
    }
    return t;
  }

  private emitTicket(
    action: TicketAction,
    t: { number: string; service: string; counter?: string | null },
    now: number,
  ): void {
    const data: Record<string, unknown> = { action, number: t.number, service: t.service };
    if (t.counter) data.counter = t.counter;
    this.emit('ticket', data, t.service, now);
  }

  /** Appends one event (in the running transaction) with the service's waiting figures after it. */
  private emit(type: StoredEvent['type'], fields: Record<string, unknown>, letter: string, now: number): void {
    const waiting = (this.q.waiting.get(serviceDay(now), letter) as { n: number }).n;
    const data = { type, ...fields, at: iso(now), waiting, estimatedWaitSeconds: this.estimate(letter, waiting) };
    const id = Number(this.q.insertEvent.run(type, JSON.stringify(data)).lastInsertRowid);
    this.q.pruneEvents.run(id - this.eventRetention);
    this.pending.push({ id, type, data: { ...data, id } });
  }
}
