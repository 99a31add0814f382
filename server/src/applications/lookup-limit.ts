import type { RateLimit } from '../config.js';
import { HttpError } from '../http/errors.js';
import type { ApplicationStore } from './store.js';

/**
 * Limits on failed status look-ups, per client address and per application code, over a sliding
 * window. The failures are rows in the database (lookup_failures), so a restart does not forgive
 * them and every instance on one database counts the same ones. Only failures count: citizens who
 * type the right verifier are never slowed down. Run inside the write transaction.
 */
export class LookupLimiter {
  private prunedAt = 0;

  constructor(
    private readonly store: ApplicationStore,
    private readonly limits: { perCode: RateLimit; perAddress: RateLimit },
    private readonly now: () => number,
  ) {}

  /** Throws 429 with Retry-After when the address, or the code, has failed too often. */
  async check(address: string, code: string | undefined): Promise<void> {
    const now = this.now();
    const waits = [await this.wait('address', address, this.limits.perAddress, now)];
    if (code) waits.push(await this.wait('code', code, this.limits.perCode, now));
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new HttpError(429, 'rate-limited', 'Too many failed look-ups; try again later.', [], {
        'Retry-After': String(Math.max(1, Math.ceil(wait / 1000))),
      });
    }
  }

  /** Counts one failed look-up against the address and the code. */
  async fail(address: string, code: string | undefined): Promise<void> {
    const now = this.now();
    await this.store.addFailure('address', address, now);
    if (code) await this.store.addFailure('code', code, now);
    if (now - this.prunedAt > 60_000) {
      this.prunedAt = now;
      await this.store.pruneFailures(now - Math.max(this.limits.perCode.windowMs, this.limits.perAddress.windowMs));
    }
  }

  /** Milliseconds until `key` may try again; 0 when it may now. */
  private async wait(scope: string, key: string, limit: RateLimit, now: number): Promise<number> {
    const { n, first } = await this.store.failures(scope, key, now - limit.windowMs);
    return n >= limit.max && first !== null ? first + limit.windowMs - now : 0;
  }
}
