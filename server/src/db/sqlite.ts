import { AsyncLocalStorage } from 'node:async_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Params } from './database.js';

/**
 * SQLite through better-sqlite3, behind the async Database interface. One connection, so every
 * operation takes a turn: a write transaction runs alone from BEGIN IMMEDIATE to COMMIT, and a
 * query from elsewhere waits for it rather than reading its uncommitted rows. Inside a
 * transaction (tracked with AsyncLocalStorage) queries run at once.
 */
export class SqliteDatabase implements Database {
  readonly kind = 'sqlite';
  readonly listening = true;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly raw: BetterSqlite3.Database,
    readonly description: string,
  ) {}

  all<T>(sql: string, params: Params = []): Promise<T[]> {
    return this.op(() => this.statement(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return this.op(() => this.statement(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: Params = []): Promise<number> {
    return this.op(() => {
      const stmt = this.statement(sql);
      // A statement with RETURNING is a reader for better-sqlite3; count its rows instead.
      return stmt.reader ? stmt.all(...params).length : stmt.run(...params).changes;
    });
  }

  write<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction('BEGIN IMMEDIATE', fn);
  }

  read<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction('BEGIN', fn);
  }

  async notify(): Promise<void> {}

  async listen(): Promise<void> {}

  async close(): Promise<void> {
    await this.turn;
    this.raw.close();
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private op<T>(fn: () => T): Promise<T> {
    return this.inTransaction.getStore() ? Promise.resolve().then(fn) : this.exclusive(async () => fn());
  }

  private transaction<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return fn();
    return this.exclusive(async () => {
      this.raw.exec(begin);
      try {
        const result = await this.inTransaction.run(true, fn);
        this.raw.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw err;
      }
    });
  }

  /** Runs `fn` when every earlier operation has finished. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.turn.then(fn);
    this.turn = result.catch(() => undefined);
    return result;
  }
}
