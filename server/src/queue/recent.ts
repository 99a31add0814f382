import type { StoredEvent } from './queue.js';

/**
 * The last events this instance delivered, in id order without a gap, so that a reconnect storm
 * (an instance died and its boards come back here with their Last-Event-ID) is answered from
 * memory instead of a thousand database reads. It holds no more than the database keeps, so a
 * client too far behind is sent a snapshot exactly as the database path would.
 */
export class RecentEvents {
  private events: StoredEvent[] = [];

  constructor(private readonly capacity: number) {}

  /** Events just delivered; they follow the ones held (the relay hands them over in id order). */
  add(events: StoredEvent[]): void {
    const last = this.events.at(-1)?.id;
    if (last !== undefined && events[0] && events[0].id !== last + 1) this.events = [];
    this.events.push(...events);
    // Trimmed in steps, not on every event; only the last `capacity` are ever answered.
    if (this.events.length > this.capacity * 2) this.events = this.events.slice(-this.capacity);
  }

  /** Forgets everything: what follows does not continue what was held (a reset to a snapshot). */
  clear(): void {
    this.events = [];
  }

  /**
   * The events after `lastId` when memory covers them all (possibly none), else undefined and the
   * database must answer: an id older than what is held, or newer than this instance has seen.
   */
  after(lastId: number): StoredEvent[] | undefined {
    const oldest = this.events[Math.max(0, this.events.length - this.capacity)]?.id;
    const last = this.events.at(-1)?.id;
    if (oldest === undefined || last === undefined || lastId < oldest - 1 || lastId > last) return undefined;
    return this.events.slice(lastId - this.events[0]!.id + 1);
  }
}
