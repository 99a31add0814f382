import type { RateLimit } from '../config.js';
import { HttpError } from './errors.js';

/**
 * Fixed-window counter per client address. Kept in memory on purpose: losing the counts on a
 * restart only forgives a few requests. The map is swept when it grows, so spoofed or many
 * addresses cannot grow it without bound.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Counts one request from `address`; throws 429 with Retry-After when over the limit. */
  take(address: string): void {
    const now = this.now();
    let w = this.windows.get(address);
    if (!w || now - w.start >= this.limit.windowMs) {
      if (this.windows.size >= 10_000) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(address, w);
    }
    if (w.count >= this.limit.max) {
      const retryAfter = Math.max(1, Math.ceil((w.start + this.limit.windowMs - now) / 1000));
      throw new HttpError(429, 'rate-limited', 'Too many requests from this address; try again later.', [], {
        'Retry-After': String(retryAfter),
      });
    }
    w.count++;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.limit.windowMs) this.windows.delete(k);
  }
}
