import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueueSnapshot } from '../../../src/queue/contracts.js';
import { iso } from '../time.js';
import type { StoredEvent } from './queue.js';
import { RecentEvents } from './recent.js';

/** A client that has this much unsent data is too slow; it is dropped and resumes by Last-Event-ID. */
const MAX_BUFFERED = 512 * 1024;
/** Events held for a stream still reading its start from the database; more means something is stuck. */
const MAX_HELD = 5_000;

// An event is written to every stream and replayed from memory to many: serialised once.
const frames = new WeakMap<StoredEvent, string>();
function frame(e: StoredEvent): string {
  let text = frames.get(e);
  if (text === undefined) frames.set(e, (text = `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`));
  return text;
}
const snapshotFrame = (s: QueueSnapshot): string => `id: ${s.eventId}\nevent: snapshot\ndata: ${JSON.stringify(s)}\n\n`;

/** One open stream. */
export interface Stream {
  res: ServerResponse;
  /** The last event id this stream was sent; later ones only. */
  lastId: number;
  /** Until its snapshot or replay is written, broadcasts are held here. */
  held: StoredEvent[] | undefined;
  /** Ends the stream when it has lived `maxAgeMs`. */
  expiry?: NodeJS.Timeout;
}

export interface HubOptions {
  heartbeatMs: number;
  /** The `retry:` a stream starts with: how long a browser waits before reconnecting. */
  retryMs: number;
  now: () => number;
  /**
   * At most one write per stream in this window — an event after a quiet spell goes at once, the
   * ones following it wait for the window to end and go together. Writing to sockets is most of
   * what fan-out costs (in the kernel), so at 20 calls a second 2,000 streams take half the
   * writes with 100 ms; 0 writes each broadcast at once.
   */
  coalesceMs?: number;
  /** How many of the last events a resuming stream can be given from memory (no more than the database keeps). */
  remember?: number;
  /**
   * A stream is ended after between half and all of this (0: never), and told to come back
   * soon: it reconnects through the load balancer, so boards spread over the instances again
   * after a restart left them all on one. It resumes by Last-Event-ID, from memory.
   */
  maxAgeMs?: number;
}

/**
 * Fan-out of queue events to Server-Sent-Events clients. A stream joins before its start (a
 * snapshot or the missed events) is read from the database, and every stream remembers the last
 * id it was sent: whatever is broadcast meanwhile is held, then sent without a gap or a repeat.
 * Each batch is serialised once for the streams that need all of it. Heartbeats (no id, so they
 * never move a client's Last-Event-ID) keep proxies and NAT tables from closing idle connections.
 */
export class SseHub {
  private readonly streams = new Set<Stream>();
  private readonly timer: NodeJS.Timeout;
  /** Broadcast since the last flush: sent together, one write per stream. */
  private pending: StoredEvent[] = [];
  private flushTimer?: NodeJS.Timeout;
  /** When the last gathered write went out (monotonic ms). */
  private lastFlush = -Infinity;
  private readonly recent: RecentEvents;
  private readonly retryMs: number;
  private readonly now: () => number;
  private readonly coalesceMs: number;
  private readonly maxAgeMs: number;

  constructor(options: HubOptions) {
    this.retryMs = options.retryMs;
    this.now = options.now;
    this.coalesceMs = options.coalesceMs ?? 0;
    this.maxAgeMs = options.maxAgeMs ?? 0;
    this.recent = new RecentEvents(options.remember ?? 0);
    this.timer = setInterval(() => this.heartbeat(), options.heartbeatMs);
    this.timer.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /** Joins a stream to the broadcast before its start is read; nothing is written yet. */
  join(res: ServerResponse): Stream {
    const stream: Stream = { res, lastId: 0, held: [] };
    this.streams.add(stream);
    res.on('close', () => {
      clearTimeout(stream.expiry);
      this.streams.delete(stream);
    });
    return stream;
  }

  /** Leaves without having started (its start could not be read). */
  leave(stream: Stream): void {
    this.streams.delete(stream);
  }

  /** Sends the headers and the stream's start — a snapshot, or the events after `lastId` — then what was held. */
  start(req: IncomingMessage, stream: Stream, start: { snapshot: QueueSnapshot } | { events: StoredEvent[]; after: number }): void {
    const { res } = stream;
    // The body runs until the connection closes, without chunked encoding: each write is one
    // buffer to the socket, and a proxy passes bytes on without decoding chunks.
    res.useChunkedEncodingByDefault = false;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      // nginx buffers proxied responses unless told not to; SSE must flow immediately.
      'X-Accel-Buffering': 'no',
    });
    req.socket.setNoDelay(true);
    req.socket.setKeepAlive(true);
    let text = `retry: ${this.retryMs}\n\n`;
    if ('snapshot' in start) {
      text += snapshotFrame(start.snapshot);
      stream.lastId = start.snapshot.eventId;
    } else {
      text += start.events.map(frame).join('');
      stream.lastId = Math.max(start.after, start.events.at(-1)?.id ?? 0);
    }
    const held = stream.held!;
    stream.held = undefined;
    this.write(stream, text);
    if (held.length) this.send(stream, held);
    if (this.maxAgeMs > 0) {
      // Spread over half the age, so streams opened together do not all come back together.
      stream.expiry = setTimeout(() => this.retire(stream), this.maxAgeMs * (0.5 + Math.random() / 2));
      stream.expiry.unref();
    }
  }

  /** The events after `lastId` if memory holds them all, else undefined (read the database). */
  replay(lastId: number): StoredEvent[] | undefined {
    return this.recent.after(lastId);
  }

  broadcast(events: StoredEvent[]): void {
    this.recent.add(events);
    if (this.coalesceMs <= 0) return this.deliver(events);
    this.pending.push(...events);
    if (this.flushTimer) return;
    const wait = this.lastFlush + this.coalesceMs - performance.now();
    if (wait <= 0) this.flush();
    else this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.flushTimer = undefined;
    this.lastFlush = performance.now();
    this.deliver(batch);
  }

  private deliver(events: StoredEvent[]): void {
    const all = events.map(frame).join('');
    for (const stream of this.streams) {
      if (stream.held) {
        stream.held.push(...events);
        if (stream.held.length > MAX_HELD) this.drop(stream);
      } else if (stream.lastId < events[0]!.id) this.write(stream, all, events.at(-1)!.id);
      else this.send(stream, events);
    }
  }

  /** Every started stream gets this snapshot (the server could not replay what it missed). */
  resetAll(snapshot: QueueSnapshot): void {
    this.recent.clear();
    const text = snapshotFrame(snapshot);
    for (const stream of this.streams) if (!stream.held) this.write(stream, text, snapshot.eventId);
  }

  /**
   * For a graceful stop: every stream is told to come back after a short, spread-out delay — to
   * another instance behind the load balancer — and is closed.
   */
  drain(): void {
    clearTimeout(this.flushTimer);
    for (const stream of this.streams) this.retire(stream);
  }

  /** Tells a stream to come back after a short, spread-out delay (to any instance), and ends it. */
  private retire(stream: Stream): void {
    this.streams.delete(stream);
    if (!stream.held) stream.res.write(`retry: ${Math.round(250 + Math.random() * this.retryMs)}\n\n`);
    stream.res.end();
  }

  close(): void {
    clearInterval(this.timer);
    clearTimeout(this.flushTimer);
    for (const stream of this.streams) stream.res.end();
    this.streams.clear();
  }

  private heartbeat(): void {
    if (!this.streams.size) return;
    const text = `event: heartbeat\ndata: ${JSON.stringify({ type: 'heartbeat', at: iso(this.now()) })}\n\n`;
    for (const stream of this.streams) if (!stream.held) this.write(stream, text);
  }

  private send(stream: Stream, events: StoredEvent[]): void {
    const fresh = events.filter((e) => e.id > stream.lastId);
    if (fresh.length) this.write(stream, fresh.map(frame).join(''), fresh.at(-1)!.id);
  }

  private write(stream: Stream, text: string, lastId?: number): void {
    if (stream.res.writableLength > MAX_BUFFERED) {
      this.drop(stream);
      return;
    }
    stream.res.write(text);
    if (lastId !== undefined) stream.lastId = lastId;
  }

  private drop(stream: Stream): void {
    this.streams.delete(stream);
    stream.res.destroy();
  }
}
