import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Database, Statement } from 'better-sqlite3';
import { HttpError } from '../http/errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Keys are kept for two days: long enough for any client retry, short enough to stay small. */
const KEEP_MS = 48 * 3600_000;

/**
 * Stored responses by `Idempotency-Key`. `find` and `save` run inside the caller's write
 * transaction, so a replay and the original can never both create something.
 */
export class IdempotencyStore {
  private readonly select: Statement<[string, string]>;
  private readonly insert: Statement<[string, string, string, number, string, number]>;

  constructor(db: Database, now: number) {
    db.prepare('DELETE FROM idempotency WHERE created_at < ?').run(now - KEEP_MS);
    this.select = db.prepare('SELECT body_hash, status, response FROM idempotency WHERE scope = ? AND key = ?');
    this.insert = db.prepare(
      'INSERT INTO idempotency (scope, key, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** The first response for this key, or undefined. The same key with another body is a client bug: 422. */
  find(scope: string, key: string, bodyHash: string): StoredResponse | undefined {
    const row = this.select.get(scope, key) as { body_hash: string; status: number; response: string } | undefined;
    if (!row) return undefined;
    if (row.body_hash !== bodyHash) {
      throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different body.');
    }
    return { status: row.status, body: JSON.parse(row.response) as unknown };
  }

  save(scope: string, key: string, bodyHash: string, response: StoredResponse, now: number): void {
    this.insert.run(scope, key, bodyHash, response.status, JSON.stringify(response.body), now);
  }
}

/** The request's Idempotency-Key, if any; 1–200 visible ASCII characters. */
export function idempotencyKey(req: IncomingMessage): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new HttpError(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1–200 visible ASCII characters.', [
      { field: '', message: 'Idempotency-Key header is malformed' },
    ]);
  }
  return key;
}

export const hashBody = (raw: string): string => createHash('sha256').update(raw).digest('base64url');

/** Header marking a response as the stored answer to an earlier request. */
export const REPLAYED = { 'Idempotent-Replayed': 'true' };
