import type { StoredEvent } from './queue.js';

/**
 * Hands every queue event to this instance's streams exactly once and in id order, whichever
 * instance committed it. Events this instance committed arrive directly (`committed`); those of
 * other instances are announced by a notification carrying the last id (`notified`) and read
 * from the database. A notification lost while the listening connection was down is caught up by
 * id (`catchUp`, also run on every heartbeat), so nothing depends on a notification arriving.
 */
export class EventRelay {
  private catching: Promise<void> | undefined;
  private again = false;

  constructor(
    /** The last event id delivered. */
    private lastSeen: number,
    /** Events after an id, or null when they were pruned. */
    private readonly load: (after: number) => Promise<StoredEvent[] | null>,
    private readonly deliver: (events: StoredEvent[]) => void,
    /** Too far behind to replay: give every stream a fresh snapshot; resolves with its id. */
    private readonly reset: () => Promise<number>,
    private readonly onError: (err: unknown) => void,
  ) {}

  get last(): number {
    return this.lastSeen;
  }

  /** Events this instance just committed. */
  committed(events: StoredEvent[]): void {
    const fresh = events.filter((e) => e.id > this.lastSeen);
    if (!fresh.length) return;
    if (fresh[0]!.id === this.lastSeen + 1) this.hand(fresh);
    else void this.catchUp();
  }

  /** Some instance committed events up to `id`. */
  notified(id: number): void {
    if (Number.isSafeInteger(id) && id > this.lastSeen) void this.catchUp();
  }

  /** Reads and delivers every event after the last delivered one; one catch-up runs at a time. */
  catchUp(): Promise<void> {
    if (this.catching) {
      this.again = true;
      return this.catching;
    }
    this.catching = (async () => {
      do {
        this.again = false;
        const events = await this.load(this.lastSeen);
        if (events === null) this.lastSeen = Math.max(this.lastSeen, await this.reset());
        else {
          const fresh = events.filter((e) => e.id > this.lastSeen);
          if (fresh.length) this.hand(fresh);
        }
      } while (this.again);
    })()
      .catch(this.onError)
      .finally(() => {
        this.catching = undefined;
      });
    return this.catching;
  }

  private hand(events: StoredEvent[]): void {
    this.lastSeen = events.at(-1)!.id;
    this.deliver(events);
  }
}
