import { createStore } from '../../../core/storage.js';
import type { Answers } from '../../model/types.js';
import type { Host, Page, WizardState } from '../host.js';

/**
 * What the wizard keeps of an application while the citizen works on it, so a reload, the Back
 * button or a lost connection mid-send loses nothing and sends nothing twice:
 * - this tab (`sessionStorage`): answers, page, the Idempotency-Key of the submission being sent,
 *   the last confirmation — gone when the tab closes;
 * - with `persist`, this device too (`localStorage`): answers, page and key, until sent or cleared.
 * A kiosk keeps nothing anywhere: a reload there starts afresh.
 */
interface Draft {
  answers?: Answers;
  page?: Page;
  key?: string;
  /** Submissions made in this tab (history entries from before the last one are spent). */
  gen?: number;
  /** The last confirmation, in this tab only: personal answers never stay on the device after sending. */
  sent?: WizardState['sent'];
}

const device = createStore('procedure-wizard');
const tab = createStore('procedure-wizard', 'session');
const slot = (code: string) => `draft:${code}`;

const keepsTab = (h: Host) => !h.el.kiosk;
const keepsDevice = (h: Host) => !!h.el.persist && !h.el.kiosk;

/** Writes the current application: before every send (with its key), after every change. */
export function save(h: Host): void {
  const w = h.w;
  if (!w.def) return;
  const draft: Draft = { answers: w.answers, page: w.page, key: w.key, gen: w.gen };
  if (keepsTab(h)) tab.set(slot(w.def.code), { ...draft, sent: w.sent });
  // The device keeps answers, not an empty form ("Clear my answers" leaves nothing behind).
  if (keepsDevice(h) && Object.keys(w.answers).length) device.set(slot(w.def.code), draft);
  else device.remove(slot(w.def.code));
}

/** What was kept for this procedure: this tab's (the latest) first, else the device's. */
export function restore(h: Host, code: string): Draft {
  const read = (d: Draft | undefined): Draft => (d && typeof d === 'object' ? d : {});
  return keepsTab(h) ? read(tab.get<Draft>(slot(code)) ?? (keepsDevice(h) ? device.get<Draft>(slot(code)) : undefined)) : {};
}

/** Forgets the answers on the device ("Clear my answers", sent); `all` also this tab's confirmation (a kiosk wipe). */
export function discard(h: Host, all = false): void {
  const code = h.w.def?.code;
  if (!code) return;
  device.remove(slot(code));
  if (all) tab.remove(slot(code));
  else save(h);
}
