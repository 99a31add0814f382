import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { type Database, DatabaseUnavailable, type Params } from './database.js';

/** Advisory lock keys of this server ('dvcw', 'dvcm' as integers). */
export const WRITE_LOCK = 0x64766377;
export const MIGRATE_LOCK = 0x6476636d;

type Pg = typeof pg;

/** BIGINT (times in ms, counts) and NUMERIC (averages) as JavaScript numbers: all stay below 2^53. */
const types = (driver: Pg): pg.CustomTypesConfig =>
  ({
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === 20 || oid === 1700) return (value: string) => Number(value);
      return driver.types.getTypeParser(oid, format as 'text');
    },
  }) as pg.CustomTypesConfig;

/** Error codes of a connection that is gone, a server that is stopping or starting, or a statement that timed out. */
const UNAVAILABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300', '57014',
]);

export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  return (
    (e?.code !== undefined && UNAVAILABLE.has(e.code)) ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|not queryable/i.test(
      e?.message ?? '',
    )
  );
}

/** The URL without its password, for logs and the start-up line. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

const placeholders = new Map<string, string>();
/** `?` → `$1, $2, …` (our SQL has no `?` inside string literals). */
function toPg(sql: string): string {
  let text = placeholders.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    placeholders.set(sql, text);
  }
  return text;
}

export interface PostgresOptions {
  url: string;
  poolSize: number;
}

/**
 * PostgreSQL through `pg`: a pool for queries, one client per transaction, and a dedicated
 * connection for LISTEN that reconnects by itself. Writes take a transaction-scoped advisory lock
 * first, so they run one at a time across every instance — what keeps the event sequence gapless
 * and in commit order, and ticket numbers and idempotency keys free of races.
 */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  readonly description: string;
  private readonly pool: pg.Pool;
  private readonly client = new AsyncLocalStorage<{ client: pg.PoolClient; notify: string[] }>();
  /** This instance's writes wait here, one at a time, before taking a connection: a queue of
   * writes waiting for the advisory lock must not hold the whole pool, which reads need too. */
  private writeTurn: Promise<unknown> = Promise.resolve();
  private listener: pg.Client | undefined;
  private closed = false;
  listening = false;

  /** Loads `pg` only now: a server on SQLite never pays for it at start. */
  static async create(options: PostgresOptions): Promise<PostgresDatabase> {
    return new PostgresDatabase((await import('pg')).default, options);
  }

  private constructor(
    private readonly pg: Pg,
    private readonly options: PostgresOptions,
  ) {
    this.description = describeUrl(options.url);
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize,
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
      application_name: 'dvc-server',
      // A statement (a write waiting for the lock included) that hangs must not hold the
      // instance's writes forever: it fails, and the request answers 503.
      statement_timeout: 10_000,
      types: types(pg),
    });
    // An idle client whose server went away: the next query reconnects; nothing to do here.
    this.pool.on('error', () => undefined);
  }

  async all<T>(sql: string, params: Params = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params: Params = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.client.getStore()) return fn();
    const result = this.writeTurn.then(() => this.transaction(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, fn));
    this.writeTurn = result.catch(() => undefined);
    return result;
  }

  read<T>(fn: () => Promise<T>): Promise<T> {
    if (this.client.getStore()) return fn();
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
  }

  /** Sent with the COMMIT, in the same round trip. */
  async notify(channel: string, payload: string): Promise<void> {
    const tx = this.client.getStore();
    if (!tx) throw new Error('notify() belongs in a write transaction');
    tx.notify.push(`NOTIFY ${this.pg.escapeIdentifier(channel)}, ${this.pg.escapeLiteral(payload)}`);
  }

  async listen(channel: string, onMessage: (payload: string) => void, onReconnect: () => void): Promise<void> {
    let delay = 100;
    const connect = async (first: boolean): Promise<void> => {
      if (this.closed) return;
      const client = new this.pg.Client({ connectionString: this.options.url, application_name: 'dvc-server-listen', connectionTimeoutMillis: 3_000 });
      let lost = false;
      const reconnect = () => {
        if (lost) return;
        lost = true;
        this.listening = false;
        client.end().catch(() => undefined);
        if (this.closed) return;
        setTimeout(() => void connect(false), delay).unref();
        delay = Math.min(delay * 2, 2_000);
      };
      client.on('error', reconnect);
      client.on('end', reconnect);
      client.on('notification', (n) => {
        if (n.channel === channel && n.payload !== undefined) onMessage(n.payload);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${this.pg.escapeIdentifier(channel)}`);
      } catch (err) {
        if (first) throw err;
        reconnect();
        return;
      }
      this.listener = client;
      this.listening = true;
      delay = 100;
      if (!first) onReconnect();
    };
    await connect(true);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  /** A client of the pool for start-up work that needs one session (the migration lock). */
  async session<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    client.on('error', () => undefined);
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  }

  private async query(sql: string, params: Params): Promise<pg.QueryResult> {
    const inside = this.client.getStore()?.client;
    try {
      return await (inside ?? this.pool).query(toPg(sql), params as unknown[]);
    } catch (err) {
      throw isUnavailable(err) ? new DatabaseUnavailable((err as { code?: string }).code ?? 'connection lost') : err;
    }
  }

  /** `begin` and the final COMMIT (with any NOTIFY) each go in one round trip. */
  private async transaction<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw isUnavailable(err) ? new DatabaseUnavailable((err as { code?: string }).code ?? 'cannot connect') : err;
    }
    // A checked-out client whose server goes away emits 'error': without a listener the process would die.
    const onError = () => undefined;
    client.on('error', onError);
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const notify: string[] = [];
      const result = await this.client.run({ client, notify }, fn);
      const done = await client.query([...notify, 'COMMIT'].join('; '));
      // COMMIT of a transaction that failed on the server answers ROLLBACK without an error: the
      // caller must never take that for a write that happened.
      const commit = Array.isArray(done) ? done.at(-1) : done;
      if (commit?.command !== 'COMMIT') throw new Error(`the transaction was rolled back (${commit?.command ?? 'no answer'})`);
      return result;
    } catch (err) {
      if (isUnavailable(err) || err instanceof DatabaseUnavailable) broken = err as Error;
      else await client.query('ROLLBACK').catch((e: Error) => void (broken = e));
      throw isUnavailable(err) ? new DatabaseUnavailable((err as { code?: string }).code ?? 'connection lost') : err;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }
}
