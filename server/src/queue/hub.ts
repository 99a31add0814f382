import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueueSnapshot } from '../../../src/queue/contracts.js';
import { iso, serviceDay } from '../time.js';
import type { StoredEvent } from './queue.js';

/** A client that has this much unsent data is too slow; it is dropped and resumes by Last-Event-ID. */
const MAX_BUFFERED = 512 * 1024;

const frame = (e: StoredEvent): string => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;

/**
 * Fan-out of queue events to Server-Sent-Events clients. Each event is serialised once and
 * written to every open stream; heartbeats (no id, so they never move a client's Last-Event-ID)
 * keep proxies and NAT tables from closing idle connections.
 */
export class SseHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly timer: NodeJS.Timeout;
  private day: string;

  constructor(
    heartbeatMs: number,
    private readonly retryMs: number,
    private readonly now: () => number,
    /** The queue as it stands, sent to every screen when a new service day starts. */
    private readonly snapshot?: () => QueueSnapshot,
  ) {
    this.day = serviceDay(now());
    this.timer = setInterval(() => this.heartbeat(), heartbeatMs);
    this.timer.unref();
  }

  /** Starts an event stream on `res`; the caller then sends the snapshot or the replay. */
  open(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx buffers proxied responses unless told not to; SSE must flow immediately.
      'X-Accel-Buffering': 'no',
    });
    req.socket.setNoDelay(true);
    req.socket.setKeepAlive(true);
    res.write(`retry: ${this.retryMs}\n\n`);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  sendSnapshot(res: ServerResponse, snapshot: QueueSnapshot): void {
    this.write(res, `id: ${snapshot.eventId}\nevent: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
  }

  sendEvents(res: ServerResponse, events: StoredEvent[]): void {
    if (events.length) this.write(res, events.map(frame).join(''));
  }

  broadcast(events: StoredEvent[]): void {
    const text = events.map(frame).join('');
    for (const res of this.clients) this.write(res, text);
  }

  close(): void {
    clearInterval(this.timer);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private heartbeat(): void {
    const day = serviceDay(this.now());
    const newDay = day !== this.day;
    this.day = day;
    if (!this.clients.size) return;
    // Numbers restart each service day: a board left on overnight shows the empty morning at once,
    // not yesterday's calls until the first number of the day.
    if (newDay && this.snapshot) {
      const snapshot = this.snapshot();
      for (const res of this.clients) this.sendSnapshot(res, snapshot);
    }
    const text = `event: heartbeat\ndata: ${JSON.stringify({ type: 'heartbeat', at: iso(this.now()) })}\n\n`;
    for (const res of this.clients) this.write(res, text);
  }

  private write(res: ServerResponse, text: string): void {
    if (res.writableLength > MAX_BUFFERED) {
      this.clients.delete(res);
      res.destroy();
      return;
    }
    res.write(text);
  }
}
