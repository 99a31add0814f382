import type { AppContext } from '../context.js';
import type { Counter, TicketRequest } from '../../../src/queue/contracts.js';
import { notFound } from '../http/errors.js';
import { readJson } from '../http/body.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { idempotentPost } from '../idempotency/middleware.js';
import { requireStaff } from '../staff/auth.js';
import { ReadBatcher } from './batch.js';

/** Ticket ids are 22 base64url characters; anything else cannot exist, so skip the lookup. */
const TICKET_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function queueRoutes(router: Router, app: AppContext): void {
  const { queue, hub } = app;
  // Streams starting together share their first read (see batch.ts).
  const snapshots = new ReadBatcher(() => queue.snapshot());
  const replays = new ReadBatcher((after: number) => queue.eventsAfter(after));

  router.add('GET', '/api/queue', async ({ res }) => sendJson(res, 200, await queue.snapshot()));
  router.add('GET', '/api/queue/services', async ({ res }) => sendJson(res, 200, await queue.services()));

  router.add('POST', '/api/queue/tickets', async (ctx) => {
    const { value, raw } = await readJson(ctx.req);
    const request = app.schemas.assert<TicketRequest>('ticket-request.schema.json', value);
    await idempotentPost(app, ctx, 'tickets', raw, app.limits.tickets, async () => ({ status: 201, body: await queue.issue(request.service) }));
  });

  router.add('GET', '/api/queue/tickets/:id', async ({ res, params }) => {
    const ticket = TICKET_ID.test(params.id!) ? await queue.ticket(params.id!) : undefined;
    if (!ticket) throw notFound('ticket');
    sendJson(res, 200, ticket);
  });

  router.add('DELETE', '/api/queue/tickets/:id', async ({ res, params }) => {
    if (!TICKET_ID.test(params.id!)) throw notFound('ticket');
    sendJson(res, 200, await queue.write(() => queue.cancel(params.id!)));
  });

  router.add('GET', '/api/queue/stream', async ({ req, res, url }) => {
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const header = req.headers['last-event-id'];
    const text = (typeof header === 'string' ? header : undefined) ?? url.searchParams.get('lastEventId') ?? '';
    const lastId = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : undefined;
    // The stream joins the broadcast before its start is read: what is published meanwhile is
    // held and sent after it, by id, so the client sees neither a gap nor a repeat.
    const stream = hub.join(res);
    const remembered = lastId === undefined ? undefined : hub.replay(lastId);
    if (remembered) return hub.start(req, stream, { events: remembered, after: lastId! });
    try {
      const missed = lastId === undefined ? null : await replays.get(lastId);
      if (missed) hub.start(req, stream, { events: missed, after: lastId! });
      else hub.start(req, stream, { snapshot: await snapshots.get(undefined) });
    } catch (err) {
      hub.leave(stream);
      throw err;
    }
  });

  // Staff: one POST per counter action, each answering the counter's state.
  const actions: Record<string, (counter: string) => Promise<Counter>> = {
    next: (c) => queue.next(c),
    recall: (c) => queue.recall(c),
    done: (c) => queue.finish(c, 'done'),
    'no-show': (c) => queue.finish(c, 'no-show'),
  };
  for (const [name, action] of Object.entries(actions)) {
    router.add('POST', `/api/queue/counters/:id/${name}`, async ({ req, res, params }) => {
      requireStaff(req, app.staffToken);
      // Staff actions carry no body; drain whatever was sent so the connection stays usable.
      req.resume();
      sendJson(res, 200, await queue.write(() => action(params.id!)));
    });
  }
}
