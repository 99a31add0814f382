import { randomBytes } from 'node:crypto';
import type { Counter, QueueSnapshot, RecentCall, Service, Ticket, TicketAction } from '../../../src/queue/contracts.js';
import { HttpError, notFound } from '../http/errors.js';
import { iso, serviceDay } from '../time.js';
import type { CounterConfig, QueueConfig } from './config.js';
import type { QueueStore, TicketRow } from './store.js';

/** An event as stored and streamed: `data` already includes its `id`. */
export interface StoredEvent {
  id: number;
  type: 'called' | 'ticket';
  data: Record<string, unknown> & { id: number };
}

const DEFAULT_HANDLING_SECONDS = 300;

/**
 * The queue's state and rules; its SQL is in store.ts. Every mutation runs inside `write()`: one
 * transaction that also appends the resulting events, which are published only after commit, so
 * a client never sees an event that a crash could take back.
 */
export class Queue {
  private pending: StoredEvent[] = [];

  constructor(
    private readonly store: QueueStore,
    readonly config: QueueConfig,
    private readonly now: () => number,
    private readonly eventRetention: number,
    /** Runs a function as one write transaction of the database. */
    private readonly transaction: <T>(fn: () => T) => T,
    private readonly publish: (events: StoredEvent[]) => void,
  ) {}

  /** Runs `fn` in one write transaction, then publishes the events it appended. */
  write<T>(fn: () => T): T {
    try {
      const result = this.transaction(fn);
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
    const seq = this.store.nextSeq(day, letter);
    const number = `${letter}-${String(seq).padStart(3, '0')}`;
    // 128 random bits: the id is the only key to a ticket, so it must not be guessable.
    const id = randomBytes(16).toString('base64url');
    this.store.insertTicket({ id, day, service: letter, seq, number, issuedAt: now });
    this.emitTicket('issued', { service: letter, number }, now);
    return this.ticket(id)!;
  }

  ticket(id: string): Ticket | undefined {
    const row = this.store.ticket(id);
    return row && this.toTicket(row);
  }

  /** Cancels a waiting ticket; cancelling twice answers the same; a called or finished one cannot be. */
  cancel(id: string): Ticket {
    this.assertWriting();
    const row = this.store.ticket(id);
    if (!row) throw notFound('ticket');
    if (row.status === 'waiting') {
      const now = this.now();
      this.store.setStatus(id, 'cancelled', now);
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
    const current = this.store.current(counter.id);
    if (current) this.finishRow(current, 'done', now);
    const oldest = this.store.oldestWaiting(serviceDay(now), counter.letters);
    if (oldest) {
      this.store.call(oldest.id, counter.id, now);
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
      const waiting = this.store.waiting(day, s.letter);
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
    const recent = this.store.recent(day).map(
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
    return this.store.lastEventId();
  }

  /**
   * Events after `lastId` for a resuming client, or null when they cannot be replayed without a
   * gap (pruned, or an id this database never issued): the client then needs a fresh snapshot.
   */
  eventsAfter(lastId: number): StoredEvent[] | null {
    const last = this.lastEventId();
    if (lastId > last) return null;
    if (lastId === last) return [];
    const first = this.store.firstEventId();
    if (first === null || lastId < first - 1) return null;
    return this.store.eventsAfter(lastId).map((r) => ({
      id: r.id,
      type: r.type as StoredEvent['type'],
      data: { ...(JSON.parse(r.data) as Record<string, unknown>), id: r.id },
    }));
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private assertWriting(): void {
    if (!this.store.writing) throw new Error('queue mutations must run inside Queue.write()');
  }

  private counter(id: string): CounterConfig {
    const c = this.config.counters.find((x) => x.id === id);
    if (!c) throw notFound('counter');
    return c;
  }

  private currentOrConflict(counter: CounterConfig): TicketRow {
    const row = this.store.current(counter.id);
    if (!row) throw new HttpError(409, 'no-current-ticket', 'This counter is not serving anyone; call the next ticket first.');
    return row;
  }

  private finishRow(row: TicketRow, outcome: 'done' | 'no-show', now: number): void {
    this.store.setStatus(row.id, outcome, now);
    this.emitTicket(outcome, row, now);
  }

  private counterState(c: CounterConfig): Counter {
    const row = this.store.current(c.id);
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
    const avg = this.store.averageHandlingMs(letter);
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
      const ahead = this.store.ahead(row.day, row.service, row.seq);
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
    const waiting = this.store.waiting(serviceDay(now), letter);
    const data = { type, ...fields, at: iso(now), waiting, estimatedWaitSeconds: this.estimate(letter, waiting) };
    const id = this.store.appendEvent(type, JSON.stringify(data), this.eventRetention);
    this.pending.push({ id, type, data: { ...data, id } });
  }
}
