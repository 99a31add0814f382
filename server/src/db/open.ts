import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { StartupError } from '../startup-error.js';
import type { Database } from './database.js';
import { migratePostgres, migrateSqlite } from './migrations.js';
import { isUnavailable, PostgresDatabase } from './postgres.js';
import { SqliteDatabase } from './sqlite.js';

export interface DatabaseOptions {
  /** SQLite file, used unless `databaseUrl` is set. */
  dbPath: string;
  /** `postgres://…` selects PostgreSQL. */
  databaseUrl?: string | undefined;
  poolSize: number;
  /** How long a start waits for a PostgreSQL server that cannot be reached (restarting, failing over). */
  databaseWaitMs: number;
}

/**
 * Opens (creating if needed) and migrates the database: PostgreSQL when a URL is given, else the
 * SQLite file. Any failure — a file that is not a database, a lock held by another process, a
 * server that cannot be reached, a newer schema — becomes a StartupError naming the database.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize, options.databaseWaitMs) : openSqlite(options.dbPath);
}

async function openPostgres(url: string, poolSize: number, waitMs: number): Promise<Database> {
  const db = await PostgresDatabase.create({ url, poolSize });
  const until = Date.now() + waitMs;
  try {
    for (let said = false; ; ) {
      try {
        await migratePostgres(db);
        return db;
      } catch (err) {
        // Restarting or failing over: wait for it (a process manager would only start us again).
        if (!isUnavailable(err) || Date.now() >= until) throw err;
        if (!said) console.error(`dvc-server: waiting for database ${db.description} (${(err as { code?: string }).code ?? 'unreachable'})`);
        said = true;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } catch (err) {
    await db.close();
    const e = err as { code?: string; message?: string };
    throw new StartupError(`cannot open database ${db.description}: ${e.message ?? String(err)}${e.code ? ` (${e.code})` : ''}`);
  }
}

function openSqlite(file: string): Database {
  let db: BetterSqlite3.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // A short busy timeout: another writer holding the lock at start-up should fail fast and clearly.
    db = new BetterSqlite3(file, { timeout: 1_000 });
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode is durable against process crashes (SIGKILL); only an OS crash may lose
    // the last transactions.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed: ${String(check)}`);
    migrateSqlite(db);
    // Take the write lock once now: a database locked by another writer fails here, at start-up,
    // and not on the first citizen's ticket.
    db.transaction(() => undefined).immediate();
    return new SqliteDatabase(db, file);
  } catch (err) {
    db?.close();
    const e = err as { code?: string; message?: string };
    const reason =
      e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED'
        ? 'the database is locked by another process'
        : e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT'
          ? 'the file is not a valid database (corrupt?)'
          : (e.message ?? String(err));
    throw new StartupError(`cannot open database ${file}: ${reason}${e.code ? ` (${e.code})` : ''}`);
  }
}
