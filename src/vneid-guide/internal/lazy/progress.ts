import { createStore, type Store } from '../../../core/storage.js';
import type { Progress, StepStatus } from '../../model/types.js';

const KEY = 'progress';
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Only well-formed step ids with a known status survive a read: storage is outside data too. */
export function cleanProgress(raw: unknown): Progress {
  const out: Progress = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [id, status] of Object.entries(raw)) {
    if (ID.test(id) && (status === 'seen' || status === 'done')) out[id] = status;
  }
  return out;
}

/**
 * Step statuses, kept on the device unless the portal says not to (`no-persist`, `kiosk`): then
 * in memory only. Stores step ids and statuses, nothing about the citizen.
 */
export class ProgressStore {
  private store?: Store;
  progress: Progress;

  constructor(persist: boolean) {
    this.store = persist ? createStore('vneid-guide') : undefined;
    this.progress = cleanProgress(this.store?.get(KEY));
  }

  set(id: string, status: StepStatus | undefined): void {
    if (status) this.progress[id] = status;
    else delete this.progress[id];
    this.store?.set(KEY, this.progress);
  }

  /** Forgets everything, also on the device (kiosk wipe, "Start again"). */
  clear(): void {
    this.progress = {};
    this.store?.remove(KEY);
  }
}
