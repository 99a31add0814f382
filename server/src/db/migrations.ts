import type { Database } from 'better-sqlite3';

/**
 * Schema history. Append new steps; never edit a step that has shipped, since databases in the
 * field have already run it. Step n brings the schema to version n.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE tickets (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    service     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    number      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting','called','done','no-show','cancelled')),
    counter     TEXT,
    issued_at   INTEGER NOT NULL,
    called_at   INTEGER,
    finished_at INTEGER,
    UNIQUE (day, service, seq)
  );
  CREATE INDEX tickets_queue ON tickets (day, status, service, seq);
  CREATE INDEX tickets_handled ON tickets (service, status, finished_at);

  -- The persisted event sequence behind SSE ids: AUTOINCREMENT never reuses an id, even after
  -- old rows are pruned, so a client's Last-Event-ID stays meaningful across restarts.
  CREATE TABLE events (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    data TEXT NOT NULL
  );

  CREATE TABLE idempotency (
    scope      TEXT NOT NULL,
    key        TEXT NOT NULL,
    body_hash  TEXT NOT NULL,
    status     INTEGER NOT NULL,
    response   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  );

  CREATE TABLE applications (
    reference      TEXT PRIMARY KEY,
    day            TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    procedure_code TEXT NOT NULL,
    body           TEXT NOT NULL,
    received_at    INTEGER NOT NULL,
    UNIQUE (day, seq)
  );

  CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    received_at INTEGER NOT NULL
  );
  `,
  // 2 · application status (issue 16): the current status and promised date on the application,
  // every status entered in application_history, failed status look-ups for the rate limits.
  `
  ALTER TABLE applications ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
  ALTER TABLE applications ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE applications ADD COLUMN due TEXT;
  ALTER TABLE applications ADD COLUMN fees_due INTEGER;
  ALTER TABLE applications ADD COLUMN fees_paid INTEGER NOT NULL DEFAULT 0;
  UPDATE applications SET updated_at = received_at;
  CREATE INDEX applications_status ON applications (status, updated_at);

  CREATE TABLE application_history (
    reference TEXT NOT NULL REFERENCES applications (reference),
    seq       INTEGER NOT NULL,
    status    TEXT NOT NULL,
    at        INTEGER NOT NULL,
    note      TEXT,
    details   TEXT,
    PRIMARY KEY (reference, seq)
  );
  INSERT INTO application_history (reference, seq, status, at)
    SELECT reference, 1, 'received', received_at FROM applications;

  CREATE TABLE lookup_failures (
    scope TEXT NOT NULL,
    key   TEXT NOT NULL,
    at    INTEGER NOT NULL
  );
  CREATE INDEX lookup_failures_key ON lookup_failures (scope, key, at);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to the current version in one transaction per step. */
export function migrate(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new Error(`schema version ${current} is newer than this server (${SCHEMA_VERSION}); upgrade the server`);
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
    }).immediate();
  }
}
