import type { ServerResponse } from 'node:http';
import type { ErrorBody } from './contracts.js';
import type { Database } from './db/database.js';
import { SCHEMA_VERSION, schemaVersion } from './db/migrations.js';
import { sendJson } from './http/respond.js';

/** How long /readyz waits for the database before calling it unreachable. */
const CHECK_MS = 1_000;

/** `GET /healthz`: the process is up and answering (for restarts by the orchestrator). */
export function sendHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/**
 * `GET /readyz`: this instance should get traffic — the database answers at the schema version
 * this server expects, notifications from other instances can arrive, and it is not stopping.
 * A load balancer takes it out of rotation on 503.
 */
export async function sendReadiness(res: ServerResponse, db: Database, draining: boolean): Promise<void> {
  let problem: string | undefined;
  if (draining) problem = 'shutting down';
  else {
    try {
      const version = await Promise.race([
        schemaVersion(db),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_MS).unref()),
      ]);
      if (version !== SCHEMA_VERSION) problem = `schema version ${version}, expected ${SCHEMA_VERSION}`;
      else if (!db.listening) problem = 'not listening for queue events';
    } catch {
      problem = 'database unreachable';
    }
  }
  if (problem) {
    const body: ErrorBody = { error: 'not-ready', message: `Not ready: ${problem}.`, details: [] };
    sendJson(res, 503, body, { 'Retry-After': '1' });
  } else sendJson(res, 200, { status: 'ready', database: db.kind, schemaVersion: SCHEMA_VERSION });
}
