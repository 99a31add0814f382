// System notifications, only where they really work: through a portal's service worker
// (`showNotification`) or on a desktop browser. Android Chrome refuses `new Notification()` and iOS
// allows notifications only to installed web apps, so phones without a registration get none.
import type { TicketHost } from '../../host.js';

/** The widgets whose "Also notify me" button was used (the answer itself is the browser's permission). */
const asked = new WeakSet<TicketHost>();

const granted = () => globalThis.Notification?.permission === 'granted';

/**
 * Nothing left to ask: the "Also notify me" button was used on this widget, or the citizen allowed
 * notifications before (a number kept with `persist`, reloaded) and the browser would not ask again.
 */
export const notifyAsked = (host: TicketHost): boolean => asked.has(host) || granted();

/** Only where it really works: a portal's service worker, or a desktop browser (never Android's `new Notification`). */
export function canNotify(host: TicketHost): boolean {
  const N = globalThis.Notification;
  if (!N || N.permission === 'denied') return false;
  return !!host.element.notificationRegistration || !/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent);
}

/** A system notification besides the in-page alert, wherever it works and the citizen has allowed it. */
export function notify(host: TicketHost, body: string): void {
  // Permission is the citizen's own answer, kept by the browser across reloads; `asked` only is not.
  if (!granted() || !canNotify(host)) return;
  const { number: title, id } = host.state.ticket!;
  // One tag per number: "go to counter" replaces that number's "almost your turn", while a volunteer
  // following several citizens' numbers on one phone keeps one notification for each.
  const options = { body, tag: `dvc-queue-${id}` };
  try {
    const reg = host.element.notificationRegistration;
    if (reg) reg.showNotification(title, options).catch(() => undefined);
    else new Notification(title, options);
  } catch {
    // The in-page alert is already shown.
  }
}

/** Asks for permission (after a tap, never on load); from then on `notify()` also shows a system notification. */
export async function askNotify(host: TicketHost): Promise<void> {
  // A double tap lands twice before the button is drawn away: one prompt.
  if (asked.has(host)) return;
  asked.add(host);
  host.update();
  try {
    await Notification.requestPermission();
  } catch {
    // Refused or unsupported: the in-page alert stays.
  }
  host.update();
}
