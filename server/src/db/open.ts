import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from '../startup-error.js';
import { migrate } from './migrations.js';


/**
 * Opens (creating if needed) and migrates the database. Any failure — a file that is not a
 * database, a lock held by another process, a newer schema — becomes a StartupError naming the file.
 */
export function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // A short busy timeout: another writer holding the lock at start-up should fail fast and clearly.
    db = new Database(file, { timeout: 1_000 });
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode is durable against process crashes (SIGKILL); only an OS crash may lose
    // the last transactions.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed: ${String(check)}`);
    migrate(db);
    // Take the write lock once now: a database locked by another writer fails here, at start-up,
    // and not on the first citizen's ticket.
    db.transaction(() => undefined).immediate();
    return db;
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
