import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { Counter, QueueSnapshot, RecentCall, Service, Ticket, TicketAction } from '../../../src/queue/contracts.js';
import type { Database } from '../db/database.js';
import { HttpError, notFound } from '../http/errors.js';
import { iso, serviceDay } from '../time.js';
import { spoken, type CounterConfig, type QueueConfig } from './config.js';
import type { QueueStore, TicketRow } from './store.js';

/**
 * An event as stored and streamed. `called` and `ticket` events carry their `id` in `data`; a
 * `snapshot` event (the start of a service day) is a QueueSnapshot whose `eventId` is its id.
 */
export interface StoredEvent {
  id: number;
  type: 'called' | 'ticket' | 'snapshot';
  data: Record<string, unknown>;
}

/** PostgreSQL channel on which a committing instance announces the last event id it appended. */
export const EVENTS_CHANNEL = 'dvc_queue_events';

const DEFAULT_HANDLING_SECONDS = 300;

const noCurrentTicket = (): HttpError =>
  new HttpError(409, 'no-current-ticket', 'This counter is not serving anyone; call the next ticket first.');

/**
 * The queue's state and rules; its SQL is in store.ts. Every mutation runs inside `write()`: one
 * transaction that also appends the resulting events, which are published only after commit, so
 * a client never sees an event that a crash could take back.
 */
export class Queue {
  /**
   * The running write (per transaction, whatever else runs meanwhile): the events it appended,
   * and average handling times it read (until a ticket of that service is finished).
   */
  private readonly running = new AsyncLocalStorage<{ events: StoredEvent[]; averages: Map<string, number | null> }>();
  /** The last service day whose start this instance saw recorded. */
  private rolledDay: string | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: QueueStore,
    readonly config: QueueConfig,
    private readonly now: () => number,
    private readonly eventRetention: number,
    /** Receives the events of every committed write, in order. */
    private readonly publish: (events: StoredEvent[]) => void,
  ) {}

  /**
   * Runs `fn` in one write transaction, then publishes the events it appended. Other instances
   * hear of them through a notification sent with the commit (PostgreSQL).
   */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running.getStore()) return fn();
    const events: StoredEvent[] = [];
    const result = await this.db.write(() =>
      this.running.run({ events, averages: new Map() }, async () => {
        const r = await fn();
        if (events.length) await this.db.notify(EVENTS_CHANNEL, String(events.at(-1)!.id));
        return r;
      }),
    );
    if (events.length) this.publish(events);
    return result;
  }

  // ── citizen side ────────────────────────────────────────────────────────────

  async issue(letter: string): Promise<Ticket> {
    this.assertWriting();
    if (!this.config.services.some((s) => s.letter === letter)) {
      throw new HttpError(400, 'invalid-body', 'No such service.', [{ field: '/service', message: 'unknown service' }]);
    }
    const now = this.now();
    const day = serviceDay(now);
    const seq = await this.store.nextSeq(day, letter);
    const number = `${letter}-${String(seq).padStart(3, '0')}`;
    // 128 random bits: the id is the only key to a ticket, so it must not be guessable.
    const id = randomBytes(16).toString('base64url');
    await this.store.insertTicket({ id, day, service: letter, seq, number, issuedAt: now });
    await this.emitTicket('issued', { service: letter, number }, now);
    return (await this.ticket(id))!;
  }

  ticket(id: string): Promise<Ticket | undefined> {
    return this.db.read(async () => {
      const row = await this.store.ticket(id);
      return row && this.toTicket(row);
    });
  }

  /** Cancels a waiting ticket; cancelling twice answers the same; a called or finished one cannot be. */
  async cancel(id: string): Promise<Ticket> {
    this.assertWriting();
    const row = await this.store.ticket(id);
    if (!row) throw notFound('ticket');
    if (row.status === 'waiting') {
      const now = this.now();
      await this.store.setStatus(id, 'cancelled', now);
      await this.emitTicket('cancelled', row, now);
    } else if (row.status !== 'cancelled') {
      throw new HttpError(409, 'not-cancellable', `The ticket is ${row.status} and can no longer be cancelled.`);
    }
    return (await this.ticket(id))!;
  }

  // ── staff side ──────────────────────────────────────────────────────────────

  /** Finishes the counter's current ticket (as done) and calls the oldest waiting one among its letters. */
  async next(counterId: string): Promise<Counter> {
    this.assertWriting();
    const counter = this.counter(counterId);
    const now = this.now();
    const finished = await this.store.finishCurrent(counter.id, 'done', now);
    if (finished) await this.finished(finished, 'done', now);
    const called = await this.store.callOldest(serviceDay(now), counter.letters, counter.id, now);
    if (called) await this.emit('called', { number: called.number, service: called.service, counter: counter.id }, called.service, now);
    // What the counter serves now is known: the one just called, or nobody.
    const serving = called ? { number: called.number, service: called.service, calledAt: iso(now) } : null;
    return { id: counter.id, name: counter.name, ...spoken(counter), letters: counter.letters, current: serving };
  }

  async recall(counterId: string): Promise<Counter> {
    this.assertWriting();
    const counter = this.counter(counterId);
    const current = await this.currentOrConflict(counter);
    await this.emitTicket('recalled', { ...current, counter: counter.id }, this.now());
    return this.counterState(counter);
  }

  async finish(counterId: string, outcome: 'done' | 'no-show'): Promise<Counter> {
    this.assertWriting();
    const counter = this.counter(counterId);
    const now = this.now();
    const finished = await this.store.finishCurrent(counter.id, outcome, now);
    if (!finished) throw noCurrentTicket();
    await this.finished(finished, outcome, now);
    return this.counterState(counter);
  }

  // ── the service day ─────────────────────────────────────────────────────────

  /**
   * Records the start of a new service day (midnight in Viet Nam) once, whichever instance sees
   * it first — writes are serialised and a day has one row — and appends a `snapshot` event, so
   * every open stream, on every instance, shows the empty morning; a client resuming by
   * Last-Event-ID gets it in order too. A database's very first day rolls nothing over.
   */
  async rollover(): Promise<void> {
    const now = this.now();
    const day = serviceDay(now);
    if (day === this.rolledDay) return;
    await this.write(async () => {
      const last = await this.store.lastRollover();
      if (last !== undefined && last >= day) return;
      await this.store.claimRollover(day, now);
      if (last !== undefined) await this.emitSnapshot(now);
    });
    this.rolledDay = day;
  }

  // ── reading ─────────────────────────────────────────────────────────────────

  services(): Promise<Service[]> {
    return this.db.read(() => this.servicesAt(serviceDay(this.now())));
  }

  /** The queue as it stands, read on one consistent snapshot of the database. */
  snapshot(): Promise<QueueSnapshot> {
    return this.db.read(async () => this.snapshotAt(this.now(), await this.store.lastEventId()));
  }

  lastEventId(): Promise<number> {
    return this.store.lastEventId();
  }

  /**
   * Events after `lastId` for a resuming client, or null when they cannot be replayed without a
   * gap (pruned, or an id this database never issued): the client then needs a fresh snapshot.
   */
  eventsAfter(lastId: number): Promise<StoredEvent[] | null> {
    return this.db.read(async () => {
      const last = await this.store.lastEventId();
      if (lastId > last) return null;
      if (lastId === last) return [];
      const first = await this.store.firstEventId();
      if (first === null || lastId < first - 1) return null;
      return (await this.store.eventsAfter(lastId)).map((r): StoredEvent => {
        const data = JSON.parse(r.data) as Record<string, unknown>;
        return { id: r.id, type: r.type as StoredEvent['type'], data: r.type === 'snapshot' ? data : { ...data, id: r.id } };
      });
    });
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private assertWriting(): void {
    if (!this.running.getStore()) throw new Error('queue mutations must run inside Queue.write()');
  }

  private async servicesAt(day: string): Promise<Service[]> {
    const services: Service[] = [];
    for (const s of this.config.services) {
      const { waiting, ms } = await this.store.figures(day, s.letter);
      services.push({
        letter: s.letter,
        name: s.name,
        ...spoken(s),
        waiting,
        estimatedWaitSeconds: this.estimateWith(ms, s.letter, waiting),
        counters: this.config.counters.filter((c) => c.letters.includes(s.letter)).map((c) => c.id),
      });
    }
    return services;
  }

  private async snapshotAt(now: number, eventId: number): Promise<QueueSnapshot> {
    const day = serviceDay(now);
    const recent = (await this.store.recent(day)).map(
      (r): RecentCall => ({ number: r.number, service: r.service, counter: r.counter, calledAt: iso(r.called_at) }),
    );
    const counters: Counter[] = [];
    for (const c of this.config.counters) counters.push(await this.counterState(c, now));
    return { eventId, day, generatedAt: iso(now), services: await this.servicesAt(day), counters, recent };
  }

  private counter(id: string): CounterConfig {
    const c = this.config.counters.find((x) => x.id === id);
    if (!c) throw notFound('counter');
    return c;
  }

  private async currentOrConflict(counter: CounterConfig): Promise<TicketRow> {
    const row = await this.store.current(counter.id);
    if (!row) throw noCurrentTicket();
    return row;
  }

  /** After a ticket was finished: its event, and its service's average handling time is read again. */
  private async finished(row: TicketRow, outcome: 'done' | 'no-show', now: number): Promise<void> {
    this.running.getStore()!.averages.delete(row.service);
    await this.emitTicket(outcome, row, now);
  }

  private async counterState(c: CounterConfig, now = this.now()): Promise<Counter> {
    const row = await this.store.current(c.id);
    // Yesterday's last number, never finished by staff, is not what the counter serves this morning.
    const today = row?.day === serviceDay(now);
    return {
      id: c.id,
      name: c.name,
      ...spoken(c),
      letters: c.letters,
      current: row && today ? { number: row.number, service: row.service, calledAt: iso(row.called_at!) } : null,
    };
  }

  /** Estimated wait for someone with `ahead` people before them (the average read once per write). */
  private async estimate(letter: string, ahead: number): Promise<number> {
    const averages = this.running.getStore()?.averages;
    let avg = averages?.get(letter);
    if (avg === undefined) {
      avg = await this.store.averageHandlingMs(letter);
      averages?.set(letter, avg);
    }
    return this.estimateWith(avg, letter, ahead);
  }

  /** `ahead × average handling time ÷ counters serving the letter`; the configured default before any is handled. */
  private estimateWith(avg: number | null, letter: string, ahead: number): number {
    const handlingSeconds =
      avg !== null
        ? avg / 1000
        : (this.config.services.find((s) => s.letter === letter)?.defaultHandlingSeconds ?? DEFAULT_HANDLING_SECONDS);
    const counters = Math.max(1, this.config.counters.filter((c) => c.letters.includes(letter)).length);
    return Math.round((ahead * handlingSeconds) / counters);
  }

  private async toTicket(row: TicketRow): Promise<Ticket> {
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
      const ahead = await this.store.ahead(row.day, row.service, row.seq);
      t.position = ahead;
      t.estimatedWaitSeconds = await this.estimate(row.service, ahead);
    }
    return t;
  }

  private emitTicket(action: TicketAction, t: { number: string; service: string; counter?: string | null }, now: number): Promise<void> {
    const data: Record<string, unknown> = { action, number: t.number, service: t.service };
    if (t.counter) data.counter = t.counter;
    return this.emit('ticket', data, t.service, now);
  }

  /** Appends one event (in the running transaction) with the service's waiting figures after it. */
  private async emit(type: 'called' | 'ticket', fields: Record<string, unknown>, letter: string, now: number): Promise<void> {
    const { waiting, ms } = await this.store.figures(serviceDay(now), letter);
    this.running.getStore()!.averages.set(letter, ms);
    const data = { type, ...fields, at: iso(now), waiting, estimatedWaitSeconds: await this.estimate(letter, waiting) };
    const id = await this.store.appendEvent(type, JSON.stringify(data), this.eventRetention);
    this.running.getStore()!.events.push({ id, type, data: { ...data, id } });
  }

  /** Appends the whole queue as a `snapshot` event whose `eventId` is its own id. */
  private async emitSnapshot(now: number): Promise<void> {
    // Read in the transaction, before the event row it becomes; the id is known only then.
    const state = await this.snapshotAt(now, 0);
    const id = await this.store.appendEvent('snapshot', (n) => JSON.stringify({ ...state, eventId: n }), this.eventRetention);
    this.running.getStore()!.events.push({ id, type: 'snapshot', data: { ...state, eventId: id } });
  }
}
