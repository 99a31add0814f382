import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATE_LOCK, type PostgresDatabase } from './postgres.js';

/** The words that differ between the dialects: times in ms need 64 bits in PostgreSQL. */
interface Dialect {
  /** Milliseconds since 1970. */
  time: string;
  /** The events' id: AUTOINCREMENT in SQLite's first schema; since step 3 the server gives it (max + 1). */
  eventId: string;
}

const DIALECTS: Record<'sqlite' | 'postgres', Dialect> = {
  sqlite: { time: 'INTEGER', eventId: 'INTEGER PRIMARY KEY AUTOINCREMENT' },
  postgres: { time: 'BIGINT', eventId: 'BIGINT PRIMARY KEY' },
};

/**
 * Schema history, written once for both dialects. Append new steps; never edit a step that has
 * shipped, since databases in the field have already run it. Step n brings the schema to version n.
 */
const STEPS: Array<(d: Dialect) => string> = [
  (d) => `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE tickets (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    service     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    number      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting','called','done','no-show','cancelled')),
    counter     TEXT,
    issued_at   ${d.time} NOT NULL,
    called_at   ${d.time},
    finished_at ${d.time},
    UNIQUE (day, service, seq)
  );
  CREATE INDEX tickets_queue ON tickets (day, status, service, seq);
  CREATE INDEX tickets_handled ON tickets (service, status, finished_at);

  -- The persisted event sequence behind SSE ids: never reuses an id, even after old rows are
  -- pruned, so a client's Last-Event-ID stays meaningful across restarts.
  CREATE TABLE events (
    id   ${d.eventId},
    type TEXT NOT NULL,
    data TEXT NOT NULL
  );

  CREATE TABLE idempotency (
    scope      TEXT NOT NULL,
    key        TEXT NOT NULL,
    body_hash  TEXT NOT NULL,
    status     INTEGER NOT NULL,
    response   TEXT NOT NULL,
    created_at ${d.time} NOT NULL,
    PRIMARY KEY (scope, key)
  );

  CREATE TABLE applications (
    reference      TEXT PRIMARY KEY,
    day            TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    procedure_code TEXT NOT NULL,
    body           TEXT NOT NULL,
    received_at    ${d.time} NOT NULL,
    UNIQUE (day, seq)
  );

  CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    received_at ${d.time} NOT NULL
  );
  `,
  // 2 · application status (issue 16): the current status and promised date on the application,
  // every status entered in application_history, failed status look-ups for the rate limits.
  (d) => `
  ALTER TABLE applications ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
  ALTER TABLE applications ADD COLUMN updated_at ${d.time} NOT NULL DEFAULT 0;
  ALTER TABLE applications ADD COLUMN due TEXT;
  ALTER TABLE applications ADD COLUMN fees_due INTEGER;
  ALTER TABLE applications ADD COLUMN fees_paid INTEGER NOT NULL DEFAULT 0;
  UPDATE applications SET updated_at = received_at;
  CREATE INDEX applications_status ON applications (status, updated_at);

  CREATE TABLE application_history (
    reference TEXT NOT NULL REFERENCES applications (reference),
    seq       INTEGER NOT NULL,
    status    TEXT NOT NULL,
    at        ${d.time} NOT NULL,
    note      TEXT,
    details   TEXT,
    PRIMARY KEY (reference, seq)
  );
  INSERT INTO application_history (reference, seq, status, at)
    SELECT reference, 1, 'received', received_at FROM applications;

  CREATE TABLE lookup_failures (
    scope TEXT NOT NULL,
    key   TEXT NOT NULL,
    at    ${d.time} NOT NULL
  );
  CREATE INDEX lookup_failures_key ON lookup_failures (scope, key, at);
  `,
  // 3 · several instances (issue 17): one row per service day rolled over. (Event ids are given
  // by the server from now on, max + 1 in the serialised write: pruning never removes the last.)
  (d) => `
  CREATE TABLE rollovers (day TEXT PRIMARY KEY, at ${d.time} NOT NULL);
  `,
];


export const SCHEMA_VERSION = STEPS.length;

const tooNew = (current: number) =>
  new Error(`schema version ${current} is newer than this server (${SCHEMA_VERSION}); upgrade the server`);

/** Brings a SQLite database to the current version (or `target`, for tests) in one transaction per step. */
export function migrateSqlite(db: BetterSqlite3.Database, target = SCHEMA_VERSION): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > SCHEMA_VERSION) {
    throw tooNew(current);
  }
  for (let v = current; v < target; v++) {
    db.transaction(() => {
      db.exec(STEPS[v]!(DIALECTS.sqlite));
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
    }).immediate();
  }
}

/**
 * Brings a PostgreSQL database to the current version, one transaction per step, under a session
 * advisory lock: instances starting together migrate once, the others wait and find it done.
 */
export async function migratePostgres(db: PostgresDatabase): Promise<void> {
  await db.session(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
      const current = rows[0]?.version ?? 0;
      if (current > SCHEMA_VERSION) throw tooNew(current);
      for (let v = current; v < SCHEMA_VERSION; v++) {
        await client.query('BEGIN');
        try {
          await client.query(STEPS[v]!(DIALECTS.postgres));
          await client.query('DELETE FROM schema_version');
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => undefined);
    }
  });
}

/** The schema version the database is at (for /readyz). */
export async function schemaVersion(db: { get<T>(sql: string): Promise<T | undefined> }): Promise<number> {
  return (await db.get<{ version: number }>('SELECT version FROM schema_version'))?.version ?? 0;
}
