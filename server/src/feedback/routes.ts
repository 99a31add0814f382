import type { AppContext } from '../context.js';
import type { Feedback, FeedbackReceipt } from '../contracts.js';
import { readJson } from '../http/body.js';
import type { Router } from '../http/router.js';
import { idempotentPost } from '../idempotency/middleware.js';
import { iso } from '../time.js';

export function feedbackRoutes(router: Router, app: AppContext): void {
  const store = app.stores.feedback;

  router.add('POST', '/api/feedback', async (ctx) => {
    const { value, raw } = await readJson(ctx.req);
    const feedback = app.schemas.assert<Feedback>('feedback.schema.json', value);
    await idempotentPost(app, ctx, 'feedback', raw, app.limits.feedback, async () => {
      // The form's own id also identifies a resubmission (an outbox resending without the key,
      // or with a new one): answer the first receipt and store nothing new.
      const seen = await store.receivedAt(feedback.id);
      if (seen !== undefined) return { status: 201, body: { id: feedback.id, receivedAt: iso(seen) }, replayed: true };
      const now = app.config.now();
      await store.insert(feedback.id, raw, now);
      const receipt: FeedbackReceipt = { id: feedback.id, receivedAt: iso(now) };
      return { status: 201, body: receipt };
    });
  });
}
