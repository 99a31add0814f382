import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppContext } from '../context.js';
import type { Counter } from '../../../src/queue/contracts.js';
import { HttpError } from '../http/errors.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Bearer-token check in constant time: both sides are hashed first, so neither the token's
 * content nor its length leaks through timing.
 */
function requireStaff(req: IncomingMessage, token: string): void {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m || !timingSafeEqual(digest(m[1]!), digest(token))) {
    throw new HttpError(401, 'unauthorized', 'Staff token missing or wrong.', [], { 'WWW-Authenticate': 'Bearer' });
  }
}

export function staffRoutes(router: Router, app: AppContext): void {
  const { queue } = app;
  const actions: Record<string, (counter: string) => Counter> = {
    next: (c) => queue.next(c),
    recall: (c) => queue.recall(c),
    done: (c) => queue.finish(c, 'done'),
    'no-show': (c) => queue.finish(c, 'no-show'),
  };
  for (const [name, action] of Object.entries(actions)) {
    router.add('POST', `/api/queue/counters/:id/${name}`, ({ req, res, params }) => {
      requireStaff(req, app.staffToken);
      // Staff actions carry no body; drain whatever was sent so the connection stays usable.
      req.resume();
      sendJson(res, 200, queue.write(() => action(params.id!)));
    });
  }
}
