import { randomBytes } from 'node:crypto';
import type { SettingsStore } from '../settings/store.js';

/**
 * The configured staff token, or else one generated on first start and kept in the database
 * (table `settings`), so a demo has a working token without a well-known default that could leak
 * into production. Instances starting together agree: the first one stored wins.
 */
export async function resolveStaffToken(settings: SettingsStore, configured: string | undefined): Promise<{ token: string; generated: boolean }> {
  if (configured) return { token: configured, generated: false };
  return { token: await settings.setOnce('staff_token', randomBytes(18).toString('base64url')), generated: true };
}
