import type { ApplicationStore } from './applications/store.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { FeedbackStore } from './feedback/store.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { IdempotencyStore } from './idempotency/store.js';
import type { ProcedureCatalogue } from './procedures/catalogue.js';
import type { SseHub } from './queue/hub.js';
import type { Queue } from './queue/queue.js';
import type { SettingsStore } from './settings/store.js';
import type { Schemas } from './validation.js';

/** Everything a route needs, built once by createServerApp (app.ts). */
export interface AppContext {
  config: ServerConfig;
  db: Database;
  schemas: Schemas;
  queue: Queue;
  hub: SseHub;
  stores: { applications: ApplicationStore; feedback: FeedbackStore; settings: SettingsStore };
  idempotency: IdempotencyStore;
  limits: { tickets: RateLimiter; feedback: RateLimiter };
  procedures: ProcedureCatalogue;
  staffToken: string;
  /** Runs `fn` as one write transaction; queue events it appended are published after commit. */
  write<T>(fn: () => Promise<T>): Promise<T>;
}
