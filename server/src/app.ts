// Composition root of the reference server: builds every part once and wires the routes. The
// layers, from the outside in: http/ (request plumbing), <resource>/routes.ts (one file per API
// resource), the rules (queue/queue.ts, applications/status.ts, the widgets' models),
// <resource>/store.ts (the SQL), db/ (SQLite or PostgreSQL behind one interface).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApplicationStore } from './applications/store.js';
import { applicationRoutes } from './applications/routes.js';
import { applicationStatusRoutes } from './applications/status-routes.js';
import { defaultConfig, type ConfigOverrides } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/open.js';
import { sendHealth, sendReadiness } from './health.js';
import { FeedbackStore } from './feedback/store.js';
import { feedbackRoutes } from './feedback/routes.js';
import { handleCors } from './http/cors.js';
import { HttpError } from './http/errors.js';
import { RateLimiter } from './http/rate-limit.js';
import { sendError } from './http/respond.js';
import { Router } from './http/router.js';
import { setSecurityHeaders } from './http/security.js';
import { IdempotencyStore } from './idempotency/store.js';
import { serveStatic } from './pages/static.js';
import { loadProcedures } from './procedures/catalogue.js';
import { procedureRoutes } from './procedures/routes.js';
import { loadQueueConfig } from './queue/config.js';
import { SseHub } from './queue/hub.js';
import { EVENTS_CHANNEL, Queue } from './queue/queue.js';
import { EventRelay } from './queue/relay.js';
import { queueRoutes } from './queue/routes.js';
import { QueueStore } from './queue/store.js';
import { SettingsStore } from './settings/store.js';
import { resolveStaffToken } from './staff/token.js';
import { Schemas } from './validation.js';

export type { ConfigOverrides, ServerConfig } from './config.js';
export { StartupError } from './startup-error.js';

export interface ServerApp {
  /** Mount on `http.createServer(handler)`, or in another server's middleware. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * Begins a graceful stop: /readyz answers 503, event streams are told to reconnect (elsewhere,
   * behind a load balancer) and closed, answers carry `Connection: close`.
   */
  drain: () => void;
  /** Resolves once no request is in flight (or after `timeoutMs`). */
  idle: (timeoutMs: number) => Promise<void>;
  /** Ends event streams and timers and closes the database. */
  close: () => Promise<void>;
  staffToken: string;
  /** True when the token was generated (and kept in the database) rather than configured. */
  staffTokenGenerated: boolean;
  context: AppContext;
}

/** Builds the reference server. Rejects with StartupError for an unusable database or data file. */
export async function createServerApp(overrides: ConfigOverrides = {}): Promise<ServerApp> {
  const config = defaultConfig(overrides);
  const schemas = new Schemas();
  const queueConfig = loadQueueConfig(config.paths.queueConfigFile, schemas);
  const procedures = loadProcedures(config.paths.proceduresDir, schemas);
  const db = await openDatabase(config);
  const settings = new SettingsStore(db);
  const { token, generated } = await resolveStaffToken(settings, config.staffToken);
  const idempotency = new IdempotencyStore(db);
  await idempotency.prune(config.now());

  const hub = new SseHub({
    heartbeatMs: config.heartbeatMs,
    retryMs: config.sseRetryMs,
    now: config.now,
    coalesceMs: config.sseCoalesceMs,
    remember: config.eventRetention,
    maxAgeMs: config.sseMaxAgeMs,
  });
  const queue: Queue = new Queue(db, new QueueStore(db), queueConfig, config.now, config.eventRetention, (events) =>
    relay.committed(events),
  );
  const relay = new EventRelay(
    await queue.lastEventId(),
    (after) => queue.eventsAfter(after),
    (events) => hub.broadcast(events),
    async () => {
      const snapshot = await queue.snapshot();
      hub.resetAll(snapshot);
      return snapshot.eventId;
    },
    (err) => console.error(`dvc-server: cannot read queue events: ${(err as Error).message}`),
  );
  // Events committed by other instances on the same database (PostgreSQL).
  await db.listen(
    EVENTS_CHANNEL,
    (payload) => relay.notified(Number(payload)),
    () => void relay.catchUp(),
  );
  await queue.rollover();
  // With each heartbeat: a new service day, and any event whose notification was lost.
  const ticker = setInterval(() => {
    queue.rollover().then(() => relay.catchUp(), () => undefined);
  }, config.heartbeatMs);
  ticker.unref();

  const context: AppContext = {
    config,
    db,
    schemas,
    hub,
    queue,
    stores: { applications: new ApplicationStore(db), feedback: new FeedbackStore(db), settings },
    write: (fn) => queue.write(fn),
    idempotency,
    limits: {
      tickets: new RateLimiter(config.rateLimits.tickets, config.now),
      feedback: new RateLimiter(config.rateLimits.feedback, config.now),
    },
    procedures,
    staffToken: token,
  };

  const router = new Router();
  procedureRoutes(router, context);
  applicationRoutes(router, context);
  applicationStatusRoutes(router, context);
  queueRoutes(router, context);
  feedbackRoutes(router, context);

  const clientAddress = (req: IncomingMessage): string => {
    const forwarded = req.headers['x-forwarded-for'];
    if (config.trustProxy && typeof forwarded === 'string') {
      // The right-most entry is the one our own proxy added; the others are client-supplied.
      const hops = forwarded.split(',').map((s) => s.trim()).filter(Boolean);
      if (hops.length) return hops[hops.length - 1]!;
    }
    return req.socket.remoteAddress ?? 'unknown';
  };

  let draining = false;
  /** Requests being answered (event streams too, until drained). */
  const inFlight = new Set<ServerResponse>();
  const idleWaiters = new Set<() => void>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (draining) res.setHeader('Connection', 'close');
    if (url.pathname === '/healthz' || url.pathname === '/readyz') {
      setSecurityHeaders(res, 'api');
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', 'Use GET here.', [], { Allow: 'GET, HEAD' });
      return url.pathname === '/healthz' ? sendHealth(res) : sendReadiness(res, db, draining);
    }
    if (!url.pathname.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') {
        throw new HttpError(405, 'method-not-allowed', 'Use GET here.', [], { Allow: 'GET, HEAD' });
      }
      return serveStatic(res, url, method, config);
    }
    setSecurityHeaders(res, 'api');
    if (handleCors(req, res, config.corsOrigins)) return;
    const { handle: route, params } = router.match(method, url.pathname);
    await route({ req, res, url, params, address: clientAddress(req) });
  }

  let closed = false;
  return {
    handler: (req, res) => {
      inFlight.add(res);
      res.once('close', () => {
        inFlight.delete(res);
        if (inFlight.size === 0) for (const wake of idleWaiters) wake();
      });
      handle(req, res).catch((err: unknown) => sendError(res, err));
    },
    drain: () => {
      draining = true;
      hub.drain();
      // Answers still to come close their connection: the client's next request goes elsewhere.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    },
    idle: (timeoutMs) =>
      new Promise<void>((resolve) => {
        if (inFlight.size === 0) return resolve();
        const done = () => {
          idleWaiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        idleWaiters.add(done);
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(ticker);
      hub.close();
      await db.close();
    },
    staffToken: token,
    staffTokenGenerated: generated,
    context,
  };
}
