// Composition root of the reference server: builds every part once and wires the routes. The
// layers, from the outside in: http/ (request plumbing), <resource>/routes.ts (one file per API
// resource), the rules (queue/queue.ts, the wizard's model), <resource>/store.ts (the SQL), db/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApplicationStore } from './applications/store.js';
import { applicationRoutes } from './applications/routes.js';
import { applicationStatusRoutes } from './applications/status-routes.js';
import { defaultConfig, type ConfigOverrides } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/open.js';
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
import { Queue } from './queue/queue.js';
import { queueRoutes } from './queue/routes.js';
import { QueueStore } from './queue/store.js';
import { resolveStaffToken } from './staff/token.js';
import { Schemas } from './validation.js';

export type { ConfigOverrides, ServerConfig } from './config.js';
export { StartupError } from './startup-error.js';

export interface ServerApp {
  /** Mount on `http.createServer(handler)`, or in another server's middleware. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Ends event streams and closes the database. */
  close: () => void;
  staffToken: string;
  /** True when the token was generated (and kept in the database) rather than configured. */
  staffTokenGenerated: boolean;
  context: AppContext;
}

/** Builds the reference server. Throws StartupError for an unusable database or data file. */
export function createServerApp(overrides: ConfigOverrides = {}): ServerApp {
  const config = defaultConfig(overrides);
  const schemas = new Schemas(config.paths.schemasDir);
  const queueConfig = loadQueueConfig(config.paths.queueConfigFile, schemas);
  const procedures = loadProcedures(config.paths.proceduresDir, schemas);
  const db = openDatabase(config.dbPath);
  const { token, generated } = resolveStaffToken(db, config.staffToken);
  const transaction = <T>(fn: () => T): T => db.transaction(fn).immediate();
  const hub = new SseHub(config.heartbeatMs, config.sseRetryMs, config.now, () => queue.snapshot());
  const queue = new Queue(new QueueStore(db), queueConfig, config.now, config.eventRetention, transaction, (events) =>
    hub.broadcast(events),
  );
  const context: AppContext = {
    config,
    db,
    schemas,
    hub,
    queue,
    stores: { applications: new ApplicationStore(db), feedback: new FeedbackStore(db) },
    write: (fn) => queue.write(fn),
    idempotency: new IdempotencyStore(db, config.now()),
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

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') {
        throw new HttpError(405, 'method-not-allowed', 'Use GET here.', [], { Allow: 'GET, HEAD' });
      }
      return serveStatic(res, url.pathname, method, config);
    }
    setSecurityHeaders(res, 'api');
    if (handleCors(req, res, config.corsOrigins)) return;
    const { handle: route, params } = router.match(method, url.pathname);
    await route({ req, res, url, params, address: clientAddress(req) });
  }

  let closed = false;
  return {
    handler: (req, res) => {
      handle(req, res).catch((err: unknown) => sendError(res, err));
    },
    close: () => {
      if (closed) return;
      closed = true;
      hub.close();
      db.close();
    },
    staffToken: token,
    staffTokenGenerated: generated,
    context,
  };
}
