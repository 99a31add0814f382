import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * The configured staff token, or else one generated on first start and kept in the database
 * (table `settings`), so a demo has a working token without a well-known default that could leak
 * into production.
 */
export function resolveStaffToken(db: Database, configured: string | undefined): { token: string; generated: boolean } {
  if (configured) return { token: configured, generated: false };
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'staff_token'`).get() as { value: string } | undefined;
  if (row) return { token: row.value, generated: true };
  const token = randomBytes(18).toString('base64url');
  db.prepare(`INSERT INTO settings (key, value) VALUES ('staff_token', ?)`).run(token);
  return { token, generated: true };
}
