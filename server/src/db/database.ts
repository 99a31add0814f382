// The one interface every store talks to, implemented for SQLite (db/sqlite.ts, the embedded
// default) and PostgreSQL (db/postgres.ts, for several instances on one database). SQL is written
// once with `?` placeholders in the subset both understand; db/migrations.ts holds each schema step
// in both dialects.

export type Params = ReadonlyArray<string | number | null>;

/** Queries. Inside `write()` or `read()` they run in that transaction, wherever they are called from. */
export interface Sql {
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: Params): Promise<number>;
}

export interface Database extends Sql {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it is, for the start-up line: a file, or a URL without its password. */
  readonly description: string;
  /**
   * Runs `fn` as one write transaction. Writes are serialised — one at a time, across every
   * instance on the database (PostgreSQL: an advisory lock) — so read-then-write code (the next
   * ticket number, an idempotency key) never races. A write inside a write joins it.
   */
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn`'s queries on one consistent snapshot of the database. */
  read<T>(fn: () => Promise<T>): Promise<T>;
  /** Sends `payload` on `channel` to every listening instance when the running write commits. */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * Calls `onMessage` for every notification on `channel`, and `onReconnect` after a lost
   * connection is back (notifications in between are lost: catch up). SQLite: one process, no-op.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect: () => void): Promise<void>;
  /** Whether notifications can arrive now (PostgreSQL: the listening connection is up). */
  readonly listening: boolean;
  close(): Promise<void>;
}

/**
 * The database cannot be reached (PostgreSQL restarting, network gone). Answered with 503 and
 * Retry-After: the request did not happen and may be retried.
 */
export class DatabaseUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`database unavailable: ${reason}`);
  }
}
