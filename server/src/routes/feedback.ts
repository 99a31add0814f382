import type { AppContext } from '../context.js';
import type { Feedback, FeedbackReceipt } from '../contracts.js';
import { readJson } from '../http/body.js';
import type { Router } from '../http/router.js';
import { iso } from '../time.js';
import { idempotentPost } from './idempotent.js';

export function feedbackRoutes(router: Router, app: AppContext): void {
  const find = app.db.prepare('SELECT received_at FROM feedback WHERE id = ?');
  const insert = app.db.prepare('INSERT INTO feedback (id, body, received_at) VALUES (?, ?, ?)');

  router.add('POST', '/api/feedback', async (ctx) => {
    const { value, raw } = await readJson(ctx.req);
    const feedback = app.schemas.assert<Feedback>('feedback.schema.json', value);
    idempotentPost(app, ctx, 'feedback', raw, app.limits.feedback, () => {
      // The form's own id also identifies a resubmission (an outbox resending without the key,
      // or with a new one): answer the first receipt and store nothing new.
      const seen = find.get(feedback.id) as { received_at: number } | undefined;
      if (seen) return { status: 201, body: { id: feedback.id, receivedAt: iso(seen.received_at) }, replayed: true };
      const now = app.config.now();
      insert.run(feedback.id, raw, now);
      const receipt: FeedbackReceipt = { id: feedback.id, receivedAt: iso(now) };
      return { status: 201, body: receipt };
    });
  });
}
