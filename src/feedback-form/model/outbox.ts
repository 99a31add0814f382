import { backoff } from '../../core/connection.js';
import { HttpError } from '../../core/http.js';
import { uuid } from '../../core/id.js';
import { openStore, type Entry, type OutboxStore } from './outbox-store.js';
import type { Submission } from './submission.js';

export type { Entry, OutboxStore } from './outbox-store.js';

/** Entries kept at most, over every `submit-url`: a device never fills up with feedback. */
export const OUTBOX_CAP = 50;

export interface OutboxOptions extends RetryTiming {
  /** Database / storage namespace (tests use their own). */
  name?: string;
  /** Use localStorage even where IndexedDB exists. */
  local?: boolean;
  /** How long the fallback lease lasts without renewal: longer than one request may take. */
  leaseMs?: number;
  /** Web Locks (`navigator.locks`, secure contexts only); undefined → the lease in the store. */
  locks?: LockManager;
}

/** What one drain did. */
export interface DrainReport {
  sent: string[];
  /** Refused by the server for good (4xx): dropped, since the citizen has long moved on. */
  rejected: string[];
  /** Unreadable records dropped. */
  corrupt: number;
  /** When the next entry is due (ms), if any is left. */
  nextAt?: number;
  /** Someone else (another tab or element) is draining this outbox right now. */
  busy: boolean;
}

/** Sends one entry; throws an `HttpError` when it was not accepted. */
export type Send = (entry: Entry) => Promise<void>;

/** Worth sending again: what `HttpError` says, plus an unreadable 2xx (a replay will answer properly). */
export const retryable = (e: unknown) => e instanceof HttpError && (e.retryable || e.kind === 'bad-json');

/** The backoff's base and cap (ms): the element's `retryDelay` and `maxRetryDelay`. */
export interface RetryTiming {
  retryDelay?: number;
  maxRetryDelay?: number;
}

/** When a failed submission goes again: not before `notBefore`, and never before `hold` (`Retry-After`), both ms. */
export interface Retry {
  notBefore: number;
  hold: number;
}

/**
 * The whole retry policy of a feedback submission, for the first send (`attempts` 0, from the
 * form) and every later one (from the outbox): a request the page cut off (the form left mid-send)
 * goes again at once; network, timeout, 5xx, 408, 429 and an unreadable 2xx go again after an
 * exponential backoff with jitter (base `retryDelay`, cap `maxRetryDelay`), never before the
 * server's `Retry-After`; anything else (a 4xx) is refused for good: `undefined`. What else waits
 * in the outbox then waits as long (`Outbox.drain`); when the next drain runs — this time, the
 * connection back, a page load — is the element's timing (internal/lazy/deliver.ts).
 */
export function nextTry(error: unknown, attempts: number, timing: RetryTiming = {}, now = Date.now()): Retry | undefined {
  if (error instanceof HttpError && error.kind === 'aborted') return { notBefore: now, hold: 0 };
  if (!retryable(error)) return undefined;
  const hold = now + ((error as HttpError).retryAfter ?? 0);
  const wait = backoff(attempts, timing.retryDelay ?? 5000, timing.maxRetryDelay ?? 300_000);
  return { notBefore: Math.max(hold, now + wait), hold };
}

/**
 * The device's outbox of feedback for one `submit-url`: submissions that could not be sent yet,
 * kept in IndexedDB (or localStorage) and delivered oldest first, with backoff, by whichever
 * element on any tab gets to drain it first — never two at once, so nothing is sent twice.
 */
export class Outbox {
  private readonly owner = uuid();
  private readonly lockName: string;

  constructor(
    readonly store: OutboxStore,
    readonly url: string,
    private readonly options: OutboxOptions = {},
  ) {
    this.lockName = `dvc-feedback-outbox:${url}`;
  }

  /**
   * Queues a submission to be sent not before `notBefore` (sooner on `now`) and never before
   * `hold` (the server's `Retry-After`). `full` when the outbox holds
   * `OUTBOX_CAP` entries already: the oldest are kept, this one is not.
   */
  async add(body: Submission, notBefore = 0, hold = 0): Promise<'queued' | 'full'> {
    const { entries } = await this.store.all();
    if (!entries.some((e) => e.id === body.id) && entries.length >= OUTBOX_CAP) return 'full';
    await this.store.put({ id: body.id, url: this.url, body, queuedAt: Date.now(), attempts: 1, notBefore, hold });
    return 'queued';
  }

  /** Entries waiting for this URL, oldest first. */
  async pending(): Promise<Entry[]> {
    const { entries } = await this.store.all();
    return entries.filter((e) => e.url === this.url).sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /**
   * Delivers every due entry — with `now` (a page load, the connection just came back) also
   * those still in backoff, but never before a server's `Retry-After` — unless another drainer
   * holds the lock (then `busy`).
   */
  async drain(send: Send, signal?: AbortSignal, now = false): Promise<DrainReport> {
    const report: DrainReport = { sent: [], rejected: [], corrupt: 0, busy: false };
    const run = () => this.run(send, report, signal, now);
    const locks = this.options.locks;
    if (locks) {
      await locks.request(this.lockName, { ifAvailable: true }, (lock) => (lock ? run() : void (report.busy = true)));
    } else if (await this.takeLease()) {
      try {
        await run();
      } finally {
        await this.store.release(this.lockName, this.owner);
      }
    } else report.busy = true;
    return report;
  }

  private takeLease(): Promise<boolean> {
    return this.store.lease(this.lockName, this.owner, this.options.leaseMs ?? 30_000);
  }

  private async run(send: Send, report: DrainReport, signal: AbortSignal | undefined, now: boolean): Promise<void> {
    const { corrupt } = await this.store.all();
    for (const key of corrupt) await this.store.remove(key);
    report.corrupt = corrupt.length;
    const later = (at: number) => (report.nextAt = Math.min(report.nextAt ?? at, at));
    for (const entry of await this.pending()) {
      if (signal?.aborted) return;
      const due = Math.max(now ? 0 : entry.notBefore, entry.hold ?? 0);
      if (due > Date.now()) {
        later(due);
        continue;
      }
      // Renew the lease before each send, so it outlives the request (fallback only).
      if (!this.options.locks && !(await this.takeLease())) return void (report.busy = true);
      try {
        await send(entry);
      } catch (error) {
        // The element left the page: the drain stops, the entry keeps its time.
        if (error instanceof HttpError && error.kind === 'aborted') return;
        const retry = nextTry(error, entry.attempts, this.options);
        if (!retry) {
          await this.store.remove(entry.id);
          report.rejected.push(entry.id);
          continue;
        }
        const { notBefore, hold } = retry;
        // The server is down or busy: the rest waits as long, rather than hammer it now.
        for (const e of await this.pending()) {
          if (e.id === entry.id || e.notBefore < notBefore) {
            await this.store.put({ ...e, attempts: e.attempts + (e.id === entry.id ? 1 : 0), notBefore, hold: Math.max(hold, e.hold ?? 0) });
          }
        }
        return void later(notBefore);
      }
      await this.store.remove(entry.id);
      report.sent.push(entry.id);
    }
  }
}

/** The outbox for `url` in the browser's best store; Web Locks where the browser has them. */
export async function openOutbox(url: string, options: OutboxOptions = {}): Promise<Outbox> {
  const store = await openStore(options.name ?? 'dvc-feedback-outbox', options.local);
  return new Outbox(store, url, { locks: globalThis.navigator?.locks, ...options });
}
