// The live queue feed, shared by every queue widget of a page: one EventSource per URL (browsers
// allow six HTTP/1.1 connections per origin), reconnect with backoff and jitter resuming by
// `?lastEventId=`, a heartbeat watchdog, polling as a fallback for streams a proxy buffers,
// resync when a frozen background tab comes back, and one notification per animation frame.
// No DOM beyond EventSource, fetch, timers and `visibilitychange`.
import { backoff } from '../core/connection.js';
import type { QueueEvent } from './contracts.js';
import { isQueueEvent, isSnapshot } from './guards.js';
import { applyEvent, fromSnapshot, newCalls, type Call, type QueueState } from './state.js';

/**
 * `live`: data flows; `stale`: nothing heard for 2 × heartbeat (showing older data); `connecting`:
 * no data yet; `offline`: still no data after 2 × heartbeat (trying again by itself).
 */
export type FeedStatus = 'connecting' | 'live' | 'stale' | 'offline';
/** `auto`: the stream, falling back to polling when it stays silent; `poll`: polling only. */
export type Transport = 'auto' | 'poll';

export interface FeedOptions {
  transport?: Transport;
  /** The server's heartbeat interval; silence for twice this means stale. */
  heartbeatMs?: number;
  /** Polling interval. */
  pollMs?: number;
  /** While polling, how long before the stream is tried again. */
  streamRetryMs?: number;
  /** First reconnect delay (jittered, doubling up to `maxRetryMs`). */
  retryMs?: number;
  /** Longest reconnect delay (default 15 × `retryMs`). */
  maxRetryMs?: number;
}

/** What changed since the last notification (one per animation frame). */
export interface FeedUpdate {
  /** New calls and recalls, oldest first. */
  calls: Call[];
  /** Ticket and call events applied, oldest first (a ticket holder looks for its service). */
  events: QueueEvent[];
  /** Messages dropped as malformed or unknown. */
  invalid: number;
  /** A snapshot replaced the state. */
  snapshot: boolean;
}

export type FeedListener = (feed: Feed, update: FeedUpdate) => void;

/** Bigger messages are dropped unread: a screen never needs them. */
const MAX_MESSAGE = 256 * 1024;
const TYPES = ['snapshot', 'called', 'ticket', 'heartbeat'];
const feeds = new Map<string, Feed>();

const empty = (): FeedUpdate => ({ calls: [], events: [], invalid: 0, snapshot: false });

export class Feed {
  state?: QueueState;
  status: FeedStatus = 'connecting';
  /** True while the snapshot is polled instead of streamed. */
  polling = false;
  /** Device time (ms) of the last good message: "showing information from 14:02". */
  updatedAt = 0;

  private readonly listeners = new Set<FeedListener>();
  private readonly o: Required<FeedOptions>;
  private es?: EventSource;
  private attempt = 0;
  private silent = 0;
  private heard = false;
  private timers: Record<'retry' | 'watch' | 'silence' | 'poll' | 'stream' | 'flush', ReturnType<typeof setTimeout> | undefined> = {
    retry: undefined, watch: undefined, silence: undefined, poll: undefined, stream: undefined, flush: undefined,
  };
  private frame = 0;
  private pollRun = 0;
  private pending = empty();
  private abort = new AbortController();
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.resync();
  };

  constructor(readonly src: string, options: FeedOptions = {}) {
    const retryMs = options.retryMs ?? 1_000;
    // The cap scales with the first delay: 1 s → 15 s in production, 50 ms → 750 ms in tests.
    this.o = { transport: 'auto', heartbeatMs: 15_000, pollMs: 5_000, streamRetryMs: 300_000, maxRetryMs: 15 * retryMs, ...options, retryMs };
    document.addEventListener('visibilitychange', this.onVisible);
    if (this.o.transport === 'poll') this.startPolling();
    else this.open();
    this.watch();
  }

  /** Receives an update after every burst; returns the unsubscribe function. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.close();
    };
  }

  /** Reconnects (or polls) at once: a background tab made visible again, or a gap in the ids. */
  resync(): void {
    if (this.polling) this.poll();
    if (this.es || this.o.transport === 'auto') {
      this.attempt = 0;
      this.open();
    }
  }

  close(): void {
    this.es?.close();
    this.es = undefined;
    this.abort.abort();
    for (const t of Object.values(this.timers)) clearTimeout(t);
    cancelAnimationFrame(this.frame);
    document.removeEventListener('visibilitychange', this.onVisible);
    if (feeds.get(key(this.src, this.o.transport)) === this) feeds.delete(key(this.src, this.o.transport));
  }

  private open(): void {
    this.es?.close();
    clearTimeout(this.timers.retry);
    const resume = this.state ? `?lastEventId=${this.state.eventId}` : '';
    const es = (this.es = new EventSource(`${this.src}/stream${resume}`));
    this.heard = false;
    es.onopen = () => {
      // A proxy that buffers opens the stream and then sends nothing: that counts as a failure.
      clearTimeout(this.timers.silence);
      this.timers.silence = setTimeout(() => this.heard || this.failSilent(), 2 * this.o.heartbeatMs);
    };
    es.onerror = () => {
      // Our own backoff (not EventSource's fixed retry): jittered, so a restarted server is not stormed.
      es.close();
      if (this.es !== es) return;
      this.es = undefined;
      this.timers.retry = setTimeout(() => this.open(), backoff(this.attempt++, this.o.retryMs, this.o.maxRetryMs));
    };
    for (const type of TYPES) es.addEventListener(type, (e) => this.es === es && this.receive(type, (e as MessageEvent).data));
    // Unnamed messages are not part of the contract: counted as invalid.
    es.onmessage = () => this.invalid();
  }

  private failSilent(): void {
    this.es?.close();
    this.es = undefined;
    if (++this.silent >= 2) {
      this.startPolling();
      this.timers.stream = setTimeout(() => this.open(), this.o.streamRetryMs);
    } else this.open();
  }

  private startPolling(): void {
    this.polling = true;
    this.poll();
  }

  private async poll(): Promise<void> {
    clearTimeout(this.timers.poll);
    // One polling loop at a time: a resync while a poll is in flight takes over the loop.
    const run = ++this.pollRun;
    try {
      // Loaded only here: a board whose stream works never needs the request helper.
      const { requestJson } = await import('../core/http.js');
      const data = await requestJson(this.src, { signal: this.abort.signal, timeout: Math.max(this.o.pollMs, 3000) });
      this.receive('snapshot', data, false);
    } catch {
      // Nothing to do: the watchdog shows the data as stale, and the next poll tries again.
    }
    if (this.polling && run === this.pollRun && !this.abort.signal.aborted) this.timers.poll = setTimeout(() => this.poll(), this.o.pollMs);
  }

  /** One message from the stream (text) or a poll (parsed): validated, applied, scheduled. */
  private receive(type: string, raw: unknown, stream = true): void {
    let data = raw;
    if (typeof raw === 'string') {
      if (raw.length > MAX_MESSAGE) return this.invalid();
      try {
        data = JSON.parse(raw);
      } catch {
        return this.invalid();
      }
    }
    if (type === 'snapshot') {
      if (!isSnapshot(data)) return this.invalid();
      const next = fromSnapshot(data);
      this.pending.calls.push(...newCalls(this.state, next));
      this.pending.snapshot = true;
      this.state = next;
    } else {
      if (!isQueueEvent(data) || data.type !== type) return this.invalid();
      if (data.type !== 'heartbeat') {
        if (!this.state) return; // an event before any snapshot cannot be placed; the snapshot follows
        const applied = applyEvent(this.state, data);
        if (applied.gap) return this.resync();
        if (applied.repeat) return;
        if (applied.call) this.pending.calls.push(applied.call);
        this.pending.events.push(data);
      }
    }
    this.alive(stream);
  }

  private alive(stream: boolean): void {
    if (stream) {
      this.heard = true;
      // The stream flows again: stop polling and forget earlier failures.
      this.attempt = this.silent = 0;
      if (this.polling) {
        this.polling = false;
        clearTimeout(this.timers.poll);
      }
    }
    this.updatedAt = Date.now();
    if (this.status !== 'live' && this.state) this.status = 'live';
    this.watch();
    this.schedule();
  }

  /** Stale after twice the heartbeat (or poll) interval without a good message. */
  private watch(): void {
    clearTimeout(this.timers.watch);
    const ms = 2 * Math.max(this.o.heartbeatMs, this.polling ? this.o.pollMs : 0);
    this.timers.watch = setTimeout(() => {
      this.status = this.state ? 'stale' : 'offline';
      this.schedule();
      // A stream that flowed and then fell silent is a dead connection (a phone that slept); one
      // that never said anything is the silence timer's case (a buffering proxy).
      if (this.es && this.heard && !this.polling) this.resync();
      else this.watch();
    }, ms);
  }

  private invalid(): void {
    this.pending.invalid++;
    this.schedule();
  }

  /** Bursts coalesce: listeners hear once per animation frame. */
  private schedule(): void {
    if (this.frame || this.timers.flush) return;
    const flush = () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.timers.flush);
      this.frame = 0;
      this.timers.flush = undefined;
      const update = this.pending;
      this.pending = empty();
      for (const listener of [...this.listeners]) listener(this, update);
    };
    this.frame = requestAnimationFrame(flush);
    // A hidden page gets no animation frames: its widgets still follow, at once (nothing is painted).
    this.timers.flush = setTimeout(flush, document.hidden ? 0 : 250);
  }
}

const key = (src: string, transport: Transport) => `${transport} ${new URL(src, location.href).href}`;

/** The page's one feed for `src` (the queue API base, e.g. `/api/queue`), created on first use. */
export function getFeed(src: string, options: FeedOptions = {}): Feed {
  const transport = options.transport === 'poll' ? 'poll' : 'auto';
  const base = src.replace(/\/$/, '');
  const k = key(base, transport);
  let feed = feeds.get(k);
  if (!feed) feeds.set(k, (feed = new Feed(base, { ...options, transport })));
  return feed;
}
