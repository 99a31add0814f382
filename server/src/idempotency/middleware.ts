import type { AppContext } from '../context.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { sendJson } from '../http/respond.js';
import type { RequestContext } from '../http/router.js';
import { hashBody, idempotencyKey, REPLAYED, type StoredResponse } from './store.js';

export interface WorkResult extends StoredResponse {
  /** Set when the work itself recognised a resubmission (e.g. a feedback id seen before). */
  replayed?: boolean;
}

/**
 * Runs a creating POST once per Idempotency-Key, in one transaction: a known key answers the
 * stored response (and is not rate-limited: it creates nothing); a new one counts against the
 * rate limit, does the work and stores its response beside it.
 */
export async function idempotentPost(
  app: AppContext,
  ctx: RequestContext,
  scope: string,
  raw: string,
  limiter: RateLimiter | undefined,
  work: () => Promise<WorkResult>,
): Promise<void> {
  const key = idempotencyKey(ctx.req);
  const hash = hashBody(raw);
  const outcome = await app.write(async (): Promise<WorkResult> => {
    if (key) {
      const prior = await app.idempotency.find(scope, key, hash);
      if (prior) return { ...prior, replayed: true };
    }
    limiter?.take(ctx.address);
    const result = await work();
    if (key) await app.idempotency.save(scope, key, hash, { status: result.status, body: result.body }, app.config.now());
    return result;
  });
  sendJson(ctx.res, outcome.status, outcome.body, outcome.replayed ? REPLAYED : {});
}
