import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Sql } from '../db/database.js';
import { HttpError } from '../http/errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Keys are kept for two days: long enough for any client retry, short enough to stay small. */
const KEEP_MS = 48 * 3600_000;

/**
 * Stored responses by `Idempotency-Key`. `find` and `save` run inside the caller's write
 * transaction, so a replay and the original can never both create something — on one instance
 * or several: writes are serialised across instances, and (scope, key) is the primary key.
 */
export class IdempotencyStore {
  constructor(private readonly db: Sql) {}

  /** Forgets keys older than two days. */
  async prune(now: number): Promise<void> {
    await this.db.run('DELETE FROM idempotency WHERE created_at < ?', [now - KEEP_MS]);
  }

  /** The first response for this key, or undefined. The same key with another body is a client bug: 422. */
  async find(scope: string, key: string, bodyHash: string): Promise<StoredResponse | undefined> {
    const row = await this.db.get<{ body_hash: string; status: number; response: string }>(
      'SELECT body_hash, status, response FROM idempotency WHERE scope = ? AND key = ?',
      [scope, key],
    );
    if (!row) return undefined;
    if (row.body_hash !== bodyHash) {
      throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different body.');
    }
    return { status: row.status, body: JSON.parse(row.response) as unknown };
  }

  async save(scope: string, key: string, bodyHash: string, response: StoredResponse, now: number): Promise<void> {
    await this.db.run(
      'INSERT INTO idempotency (scope, key, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [scope, key, bodyHash, response.status, JSON.stringify(response.body), now],
    );
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
