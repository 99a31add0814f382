// The ticket page's logic, loaded when a ticket is shown (page.ts draws it): live status from the
// shared feed, the "almost your turn" and "go to counter 3 now" alerts (sound,
// vibration, page title, screen kept awake, a notification only where it really works), cancel,
// the QR code to follow a kiosk ticket on a phone, and the kiosk's print-and-return.
import { msg, str } from '../../../../../core/msg.js';
import { emit } from '../../../../../core/events.js';
import { TIME_ZONE } from '../../../../../core/format.js';
import { HttpError, requestJson } from '../../../../../core/http.js';
import { resolveText } from '../../../../../core/localized-text.js';
import { singleFlight } from '../../../../../core/single-flight.js';
import { errorCode, errorMessage } from '../../../../../core/messages.js';
import type { Ticket } from '../../../../contracts.js';
import type { Feed, FeedUpdate } from '../../../../feed.js';
import { FeedController } from '../../../../internal/feed-controller.js';
import { isTicket } from '../../../../guards.js';
import { chime } from '../../../../internal/lazy/chime.js';
import type { Host, Shown } from '../../host.js';
import { notify } from './notify.js';
import '../../../../../generated/strings/queue-ticket-lazy-tracking.js';

export { render } from './page.js';

const lives = new WeakMap<Host, FeedController>();

/**
 * Follows the shared feed while the ticket waits or is called; call after every change (the
 * element's `updated`). The feed client comes with this chunk, so a page that only lists the
 * services never downloads it.
 */
export function sync(h: Host): void {
  let live = lives.get(h);
  if (!live) {
    const el = h.el;
    live = new FeedController(
      el,
      () => {
        const following = !!el.src && h.t.view === 'ticket' && (h.t.shown === 'waiting' || h.t.shown === 'called');
        return following ? { src: el.src, transport: el.transport, heartbeatMs: el.heartbeatMs, pollMs: el.pollMs, retryMs: el.retryMs } : undefined;
      },
      (feed, u) => onFeed(h, feed, u),
    );
    lives.set(h, live);
  }
  live.sync();
}

/** The queue as the feed last told it (counters, services, the service day), if followed. */
export const state = (h: Host) => lives.get(h)?.feed?.state;

/** Alert when this many people or fewer are ahead: `notify-ahead`, 3 unless a whole number ≥ 0. */
export function notifyLimit(h: Host): number {
  const n = Number(h.el.notifyAhead);
  return Number.isInteger(n) && n >= 0 && h.el.notifyAhead !== '' ? n : 3;
}

/** The widget leaves the page: let go of the screen, the title and the print listener. */
export function leave(h: Host): void {
  const e = extras.get(h);
  if (!e) return;
  if (e.printed) removeEventListener('afterprint', e.printed);
  void keepAwake(h, false);
  if (e.title !== undefined) document.title = e.title;
  extras.delete(h);
}

/** Per widget: what was already alerted, the QR path, timers and the wake lock. */
interface Extra {
  alerted: Set<string>;
  qr?: { size: number; d: string };
  confirmCancel: boolean;
  refresh?: () => Promise<void>;
  /** Kiosk: back to the list once the ticket is printed. */
  printed?: () => void;
  wake?: { release(): Promise<void> };
  title?: string;
}
const extras = new WeakMap<Host, Extra>();
export const x = (h: Host): Extra => {
  let e = extras.get(h);
  if (!e) extras.set(h, (e = { alerted: new Set(), confirmCancel: false }));
  return e;
};

/** The service day in Viet Nam: from the server's snapshot when we have one (device clocks drift). */
function today(h: Host): string {
  return state(h)?.day ?? new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

export const ahead = (t?: Ticket) => t?.position ?? 0;

function shownOf(h: Host, t: Ticket): Shown {
  return t.status === 'waiting' && t.day < today(h) ? 'expired' : t.status;
}

function url(h: Host, id: string): string {
  return `${h.el.src}/tickets/${encodeURIComponent(id)}`;
}

/** Opens the ticket page for `id` (a tracking URL, or a number kept with `persist`). */
export async function open(h: Host, id: string): Promise<void> {
  try {
    const data = await requestJson(url(h, id), { signal: h.signal, timeout: h.el.requestTimeout, retries: 1, retryDelay: 300 });
    if (!isTicket(data)) throw new HttpError('bad-json');
    accept(h, data);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
    Object.assign(h.t, { ticket: undefined, shown: 'unknown', view: 'ticket' });
    h.update();
    h.fail('not-found', msg('This queue number could not be found.'));
  }
}

/** Shows `ticket` (just taken, or read from the server) and reacts to what changed. */
export function accept(h: Host, ticket: Ticket): void {
  const t = h.t;
  const before = t.ticket;
  const was = t.shown;
  t.ticket = ticket;
  t.shown = shownOf(h, ticket);
  t.view = 'ticket';
  const e = x(h);
  if ((t.issued || h.el.kiosk) && !e.qr && h.el.trackUrl) void drawQr(h);
  if (t.shown !== was || ahead(before) !== ahead(ticket)) {
    emit(h.el, 'dvc-ticket-status', { ticket, status: t.shown as Ticket['status'] | 'expired', ahead: ahead(ticket) });
  }
  react(h);
  if (h.el.kiosk && t.issued) kioskReturn(h);
  h.update();
}

/** Alerts once per kind: called, and few enough people ahead. */
function react(h: Host): void {
  const t = h.t.ticket!;
  const e = x(h);
  const shown = h.t.shown;
  if (shown === 'waiting') void keepAwake(h, true);
  else void keepAwake(h, false);
  const almost = shown === 'waiting' && ahead(t) <= notifyLimit(h);
  const alert = (kind: string) => {
    if (e.alerted.has(kind)) return false;
    e.alerted.add(kind);
    // Sound and vibration need an earlier tap on the page (a phone has had one: taking the number).
    if (navigator.userActivation?.hasBeenActive ?? true) {
      void chime();
      navigator.vibrate?.(kind === 'called' ? [400, 200, 400] : 300);
    }
    return true;
  };
  if (shown === 'called' && t.counter !== undefined && alert('called')) {
    emit(h.el, 'dvc-ticket-called', { ticket: t, counter: t.counter });
    e.title ??= document.title;
    const turn = msg(str`Your turn: ${t.number}`);
    document.title = e.title ? `${turn} — ${e.title}` : turn;
    notify(h, msg(str`Go to ${counterName(h, t.counter)} now`));
  } else if (almost && alert('almost')) {
    notify(h, msg('Almost your turn. Please come back to the waiting area.'));
  }
  if (shown !== 'called' && e.title !== undefined) {
    document.title = e.title;
    e.title = undefined;
  }
}

/** Screen Wake Lock while waiting, so the phone does not sleep and freeze the page. */
async function keepAwake(h: Host, on: boolean): Promise<void> {
  const e = x(h);
  try {
    if (on && !e.wake && document.visibilityState === 'visible') {
      const nav = navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } };
      e.wake = await nav.wakeLock?.request('screen');
    } else if (!on && e.wake) {
      await e.wake.release();
      e.wake = undefined;
    }
  } catch {
    // Not allowed (battery saver, no gesture): the advice to keep the page open stays.
  }
}

/** After every burst of the feed: a call of our number is shown at once; other changes re-read the ticket. */
function onFeed(h: Host, _feed: Feed, update: FeedUpdate): void {
  const t = h.t.ticket;
  if (!t) return;
  const ours = update.calls.find((c) => c.number === t.number && c.service === t.service);
  if (ours && h.t.shown === 'waiting') accept(h, { ...t, status: 'called', counter: ours.counter, calledAt: ours.calledAt, position: undefined, estimatedWaitSeconds: undefined });
  if (update.snapshot || update.events.some((ev) => 'service' in ev && ev.service === t.service)) void refresh(h);
}

/** Re-reads the ticket (people ahead, status); one request at a time, one more if asked meanwhile. */
function refresh(h: Host): Promise<void> {
  const e = x(h);
  e.refresh ??= singleFlight(async () => {
    const id = h.t.ticket?.id;
    if (!id) return;
    try {
      const data = await requestJson(url(h, id), { signal: h.signal, timeout: h.el.requestTimeout });
      if (isTicket(data) && h.t.ticket?.id === data.id) accept(h, data);
    } catch {
      // The feed's own state (stale banner) tells the citizen; the next event tries again.
    }
  });
  return e.refresh();
}

export async function cancel(h: Host): Promise<void> {
  const e = x(h);
  try {
    const data = await requestJson(url(h, h.t.ticket!.id), { method: 'DELETE', signal: h.signal, timeout: h.el.requestTimeout });
    e.confirmCancel = false;
    if (isTicket(data)) accept(h, data);
  } catch (error) {
    if (errorCode(error) === 'aborted') return;
    // 409: already called — re-read, so the page shows where to go.
    if (error instanceof HttpError && error.status === 409) {
      e.confirmCancel = false;
      return refresh(h);
    }
    h.t.failure = { code: errorCode(error), message: errorMessage(error) };
    h.fail(h.t.failure.code, h.t.failure.message);
    h.update();
  }
}

async function drawQr(h: Host): Promise<void> {
  try {
    const { encodeQr, qrPath } = await import('../../../../../core/qr.js');
    const link = new URL(h.el.trackUrl.replace('{id}', encodeURIComponent(h.t.ticket!.id)), location.href).href;
    const m = encodeQr(link);
    x(h).qr = { size: m.length, d: qrPath(m) };
  } catch {
    // No QR code (too long a link, or the chunk failed): the number itself is what matters.
  }
  h.update();
}

/** A kiosk returns to the list once the ticket is printed (or, through the idle controller, when nobody is there). */
function kioskReturn(h: Host): void {
  const e = x(h);
  if (e.printed) return;
  e.printed = () => h.restart();
  addEventListener('afterprint', e.printed, { once: true });
}

export function counterName(h: Host, id: string): string {
  const c = state(h)?.counters.find((k) => k.id === id);
  return c ? resolveText(c.name) : msg(str`counter ${id}`);
}
