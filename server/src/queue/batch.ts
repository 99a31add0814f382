/**
 * Shares one database read among the requests for the same key that arrive before it starts —
 * a reconnect storm (an instance died, a thousand boards come back with the same Last-Event-ID)
 * costs one read, not a thousand. A request arriving once the read has started waits for the
 * next one: it must not be given data read before it joined the broadcast.
 */
export class ReadBatcher<K, V> {
  private readonly waiting = new Map<K, Promise<V>>();

  constructor(private readonly load: (key: K) => Promise<V>) {}

  get(key: K): Promise<V> {
    let read = this.waiting.get(key);
    if (!read) {
      read = new Promise<void>((start) => setImmediate(start)).then(() => {
        this.waiting.delete(key);
        return this.load(key);
      });
      this.waiting.set(key, read);
    }
    return read;
  }
}
