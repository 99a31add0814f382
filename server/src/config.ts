import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PATHS, ROOT_DIR } from './paths.js';
import type { Application, ErrorDetail } from './contracts.js';

export interface RateLimit {
  /** Requests allowed per client address in one window. */
  max: number;
  windowMs: number;
}

/**
 * Checks an application's answers against its procedure definition: the problems found (empty
 * when valid). Default: the procedure wizard's own model (`src/procedure-wizard/model`).
 */
export type ApplicationValidator = (procedure: unknown, application: Application) => ErrorDetail[];

export interface ServerConfig {
  /** SQLite file, the embedded default. */
  dbPath: string;
  /** `postgres://user:password@host:5432/db` selects PostgreSQL instead of `dbPath`. */
  databaseUrl?: string;
  /** PostgreSQL connections per instance. */
  poolSize: number;
  /** How long a start waits for a PostgreSQL server that cannot be reached yet. */
  databaseWaitMs: number;
  /** On SIGTERM, how long in-flight requests may take before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Origins allowed by CORS; `*` allows any (no credentials are used, the staff token is a header). */
  corsOrigins: string[];
  /** Bearer token for the staff endpoints; when absent a random one is generated and kept in the database. */
  staffToken?: string;
  heartbeatMs: number;
  /** Reconnect delay suggested to EventSource clients (`retry:` field). */
  sseRetryMs: number;
  /** Queue events within this many ms go to each stream in one write (0: each at once). */
  sseCoalesceMs: number;
  /** A stream is ended (and reconnects, perhaps to another instance) after between half and all of this; 0: never. */
  sseMaxAgeMs: number;
  /** Queue events kept for `Last-Event-ID` resume; an older id gets a fresh snapshot instead. */
  eventRetention: number;
  rateLimits: {
    tickets: RateLimit;
    feedback: RateLimit;
    /** Failed application-status look-ups per application code (verifier guessing). */
    statusCode: RateLimit;
    /** Failed application-status look-ups per client address (code scanning). */
    statusAddress: RateLimit;
  };
  /** Public holidays (`YYYY-MM-DD`), not counted as working days for promised dates. */
  holidays: string[];
  /** Prefix of application references, e.g. `KL` → `KL-20261128-0001`. */
  referencePrefix: string;
  /** Take the client address from `X-Forwarded-For` (only behind a proxy you run). */
  trustProxy: boolean;
  paths: typeof DEFAULT_PATHS;
  /** Clock, injectable so tests can move the service day. */
  now: () => number;
  validateApplication?: ApplicationValidator;
}

export interface CliOptions {
  port: number;
  host: string;
  simulate: boolean;
  simulateMs: number;
}

export const DEFAULT_DB_PATH = resolve(ROOT_DIR, 'var', 'dvc.sqlite');

/** What createServerApp takes: any setting, rate limits one by one. */
export type ConfigOverrides = Partial<Omit<ServerConfig, 'rateLimits'>> & { rateLimits?: Partial<ServerConfig['rateLimits']> };

export function defaultConfig(overrides: ConfigOverrides = {}): ServerConfig {
  const config: ServerConfig = {
    dbPath: DEFAULT_DB_PATH,
    poolSize: 10,
    databaseWaitMs: 30_000,
    shutdownTimeoutMs: 10_000,
    corsOrigins: [],
    heartbeatMs: 15_000,
    sseRetryMs: 3_000,
    sseCoalesceMs: 0,
    sseMaxAgeMs: 0,
    eventRetention: 1_000,
    holidays: [],
    referencePrefix: 'KL',
    trustProxy: false,
    paths: DEFAULT_PATHS,
    now: Date.now,
    ...overrides,
    rateLimits: {
      tickets: { max: 30, windowMs: 60_000 },
      feedback: { max: 20, windowMs: 60_000 },
      statusCode: { max: 5, windowMs: 15 * 60_000 },
      statusAddress: { max: 20, windowMs: 15 * 60_000 },
      ...overrides.rateLimits,
    },
  };
  return config;
}

export class ConfigError extends Error {}

const UNITS: Record<string, number> = { ms: 1, s: 1_000, min: 60_000 };

/** Parses `30/1min`, `5/500ms`, `10/30s`: requests per window. */
export function parseRateLimit(text: string, name: string): RateLimit {
  const m = /^(\d+)\/(\d+)(ms|s|min)$/.exec(text.trim());
  if (!m) throw new ConfigError(`${name} must look like 30/1min, 10/30s or 5/500ms (got "${text}")`);
  return { max: Number(m[1]), windowMs: Number(m[2]) * UNITS[m[3]!]! };
}

/** `2026-01-01,2026-04-30`: days that are no working days besides weekends. */
export function parseHolidays(text: string): string[] {
  const days = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const d of days) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) {
      throw new ConfigError(`HOLIDAYS must be dates like 2026-09-02, separated by commas (got "${d}")`);
    }
  }
  return days;
}

function parseInteger(text: string, name: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer ≥ ${min} (got "${text}")`);
  return n;
}

/** Reads flags first, then environment variables, then defaults. */
export function configFromCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
): { config: ServerConfig; cli: CliOptions } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'database-url': { type: 'string' },
      'pool-size': { type: 'string' },
      'database-wait-ms': { type: 'string' },
      'shutdown-timeout-ms': { type: 'string' },
      'cors-origins': { type: 'string' },
      'staff-token': { type: 'string' },
      'heartbeat-ms': { type: 'string' },
      'sse-retry-ms': { type: 'string' },
      'sse-coalesce-ms': { type: 'string' },
      'sse-max-age-ms': { type: 'string' },
      'rate-limit-tickets': { type: 'string' },
      'rate-limit-feedback': { type: 'string' },
      'rate-limit-status-code': { type: 'string' },
      'rate-limit-status-address': { type: 'string' },
      holidays: { type: 'string' },
      'event-retention': { type: 'string' },
      'reference-prefix': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      simulate: { type: 'boolean' },
      'simulate-ms': { type: 'string' },
    },
  });
  const pick = (flag: keyof typeof values, envName: string): string | undefined => {
    const v = values[flag];
    return typeof v === 'string' ? v : env[envName] || undefined;
  };
  const flagOrEnv = (flag: keyof typeof values, envName: string): boolean =>
    values[flag] === true || ['1', 'true', 'yes'].includes((env[envName] ?? '').toLowerCase());

  const base = defaultConfig();
  const num = (flag: keyof typeof values, envName: string, fallback: number, min: number) => {
    const v = pick(flag, envName);
    return v === undefined ? fallback : parseInteger(v, `--${flag} / ${envName}`, min);
  };
  const rate = (flag: keyof typeof values, envName: string, fallback: RateLimit) => {
    const v = pick(flag, envName);
    return v === undefined ? fallback : parseRateLimit(v, `--${flag} / ${envName}`);
  };
  const staffToken = pick('staff-token', 'STAFF_TOKEN');
  const databaseUrl = pick('database-url', 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite, DB_PATH)');
  }
  const config = defaultConfig({
    dbPath: resolve(pick('db', 'DB_PATH') ?? base.dbPath),
    corsOrigins: (pick('cors-origins', 'CORS_ORIGINS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(staffToken ? { staffToken } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    poolSize: num('pool-size', 'PG_POOL_SIZE', base.poolSize, 1),
    databaseWaitMs: num('database-wait-ms', 'DATABASE_WAIT_MS', base.databaseWaitMs, 0),
    shutdownTimeoutMs: num('shutdown-timeout-ms', 'SHUTDOWN_TIMEOUT_MS', base.shutdownTimeoutMs, 0),
    heartbeatMs: num('heartbeat-ms', 'HEARTBEAT_MS', base.heartbeatMs, 10),
    sseRetryMs: num('sse-retry-ms', 'SSE_RETRY_MS', base.sseRetryMs, 10),
    sseCoalesceMs: num('sse-coalesce-ms', 'SSE_COALESCE_MS', base.sseCoalesceMs, 0),
    sseMaxAgeMs: num('sse-max-age-ms', 'SSE_MAX_AGE_MS', base.sseMaxAgeMs, 0),
    eventRetention: num('event-retention', 'EVENT_RETENTION', base.eventRetention, 10),
    rateLimits: {
      tickets: rate('rate-limit-tickets', 'RATE_LIMIT_TICKETS', base.rateLimits.tickets),
      feedback: rate('rate-limit-feedback', 'RATE_LIMIT_FEEDBACK', base.rateLimits.feedback),
      statusCode: rate('rate-limit-status-code', 'RATE_LIMIT_STATUS_CODE', base.rateLimits.statusCode),
      statusAddress: rate('rate-limit-status-address', 'RATE_LIMIT_STATUS_ADDRESS', base.rateLimits.statusAddress),
    },
    holidays: parseHolidays(pick('holidays', 'HOLIDAYS') ?? ''),
    referencePrefix: pick('reference-prefix', 'REFERENCE_PREFIX') ?? base.referencePrefix,
    trustProxy: flagOrEnv('trust-proxy', 'TRUST_PROXY'),
  });
  if (!/^[A-Z0-9]{1,8}$/.test(config.referencePrefix)) {
    throw new ConfigError('REFERENCE_PREFIX must be 1–8 upper-case letters or digits');
  }
  const cli: CliOptions = {
    port: num('port', 'PORT', 8080, 0),
    host: pick('host', 'HOST') ?? '127.0.0.1',
    simulate: flagOrEnv('simulate', 'SIMULATE'),
    simulateMs: num('simulate-ms', 'SIMULATE_MS', 3_000, 50),
  };
  return { config, cli };
}
