import { createStore } from '../../../core/storage.js';
import type { Answers } from '../../model/types.js';
import type { Page, WizardHost, WizardState } from '../host.js';

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

const keepsTab = (host: WizardHost) => !host.element.kiosk;
const keepsDevice = (host: WizardHost) => !!host.element.persist && !host.element.kiosk;

/** Writes the current application: before every send (with its key), after every change. */
export function save(host: WizardHost): void {
  const state = host.state;
  if (!state.def) return;
  const draft: Draft = { answers: state.answers, page: state.page, key: state.key, gen: state.gen };
  if (keepsTab(host)) tab.set(slot(state.def.code), { ...draft, sent: state.sent });
  // The device keeps answers, not an empty form ("Clear my answers" leaves nothing behind).
  if (keepsDevice(host) && Object.keys(state.answers).length) device.set(slot(state.def.code), draft);
  else device.remove(slot(state.def.code));
}

/** What was kept for this procedure: this tab's (the latest) first, else the device's. */
export function restore(host: WizardHost, code: string): Draft {
  const read = (d: Draft | undefined): Draft => (d && typeof d === 'object' ? d : {});
  return keepsTab(host) ? read(tab.get<Draft>(slot(code)) ?? (keepsDevice(host) ? device.get<Draft>(slot(code)) : undefined)) : {};
}

/** Forgets the answers on the device ("Clear my answers", sent); `all` also this tab's confirmation (a kiosk wipe). */
export function discard(host: WizardHost, all = false): void {
  const code = host.state.def?.code;
  if (!code) return;
  device.remove(slot(code));
  if (all) tab.remove(slot(code));
  else save(host);
}
