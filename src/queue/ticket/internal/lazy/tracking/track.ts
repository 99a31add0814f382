// The ticket page's logic (page.ts, the chunk's entry, draws it and exports what the part calls): live status from the
// shared feed, the "almost your turn" and "go to counter 3 now" alerts (sound,
// vibration, page title, screen kept awake, a notification only where it really works), cancel,
// the QR code to follow a kiosk ticket on a phone, and the kiosk's print-and-return.
import { msg, str } from '../../../../../core/msg.js';
import { emit } from '../../../../../core/events.js';
import { TIME_ZONE } from '../../../../../core/format.js';
import { HttpError, requestJson } from '../../../../../core/http.js';
import { resolveText } from '../../../../../core/localized-text.js';
import { drawQr, type QrDrawing } from '../../../../../core/qr-image.js';
import { singleFlight } from '../../../../../core/single-flight.js';
import { errorCode, errorMessage } from '../../../../../core/messages.js';
import type { Ticket } from '../../../../contracts.js';
import type { Feed, FeedUpdate } from '../../../../feed.js';
import { FeedController } from '../../../../internal/lazy/feed-controller.js';
import { isTicket } from '../../../../guards.js';
import { chime } from '../../../../internal/lazy/chime.js';
import type { TicketHost, Shown } from '../../host.js';
import { notify } from './notify.js';
import '../../../../../generated/strings/queue-ticket-lazy-tracking.js';

const lives = new WeakMap<TicketHost, FeedController>();

/**
 * Follows the shared feed while the ticket waits or is called; call after every change (the
 * element's `updated`). The feed client comes with this chunk, so a page that only lists the
 * services never downloads it.
 */
export function sync(host: TicketHost): void {
  let live = lives.get(host);
  if (!live) {
    const el = host.element;
    live = new FeedController(
      el,
      () => {
        const following = !!el.src && host.state.view === 'ticket' && (host.state.shown === 'waiting' || host.state.shown === 'called');
        return following ? { src: el.src, transport: el.transport, heartbeatMs: el.heartbeatMs, pollMs: el.pollMs, retryMs: el.retryMs } : undefined;
      },
      (feed, u) => onFeed(host, feed, u),
    );
    lives.set(host, live);
  }
  live.sync();
}

/** The queue as the feed last told it (counters, services, the service day), if followed. */
export const queueState = (host: TicketHost) => lives.get(host)?.feed?.state;

/** Alert when this many people or fewer are ahead: `notify-ahead`, 3 unless a whole number ≥ 0. */
export function notifyLimit(host: TicketHost): number {
  const n = Number(host.element.notifyAhead);
  return Number.isInteger(n) && n >= 0 && host.element.notifyAhead !== '' ? n : 3;
}

/** The widget leaves the page: let go of the screen, the title and the print listener. */
export function leave(host: TicketHost): void {
  const extra = extras.get(host);
  if (!extra) return;
  if (extra.printed) removeEventListener('afterprint', extra.printed);
  void keepAwake(host, false);
  if (extra.title !== undefined) document.title = extra.title;
  extras.delete(host);
}

/** Per widget: what was already alerted, the QR path, timers and the wake lock. */
interface Extra {
  alerted: Set<string>;
  qr?: QrDrawing;
  confirmCancel: boolean;
  refresh?: () => Promise<void>;
  /** Kiosk: back to the list once the ticket is printed. */
  printed?: () => void;
  wake?: { release(): Promise<void> };
  title?: string;
}
const extras = new WeakMap<TicketHost, Extra>();
export const extrasOf = (host: TicketHost): Extra => {
  let extra = extras.get(host);
  if (!extra) extras.set(host, (extra = { alerted: new Set(), confirmCancel: false }));
  return extra;
};

/** The service day in Viet Nam: from the server's snapshot when we have one (device clocks drift). */
function today(host: TicketHost): string {
  return queueState(host)?.day ?? new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

export const ahead = (t?: Ticket) => t?.position ?? 0;

function shownOf(host: TicketHost, t: Ticket): Shown {
  return t.status === 'waiting' && t.day < today(host) ? 'expired' : t.status;
}

function url(host: TicketHost, id: string): string {
  return `${host.element.src}/tickets/${encodeURIComponent(id)}`;
}

/** Opens the ticket page for `id` (a tracking URL, or a number kept with `persist`). */
export async function open(host: TicketHost, id: string): Promise<void> {
  try {
    const data = await requestJson(url(host, id), { signal: host.signal, timeout: host.element.requestTimeout, retries: 1 });
    if (!isTicket(data)) throw new HttpError('bad-json');
    accept(host, data);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
    Object.assign(host.state, { ticket: undefined, shown: 'unknown', view: 'ticket' });
    host.update();
    host.fail('not-found', msg('This queue number could not be found.'));
  }
}

/** Shows `ticket` (just taken, or read from the server) and reacts to what changed. */
export function accept(host: TicketHost, ticket: Ticket): void {
  const t = host.state;
  const before = t.ticket;
  const was = t.shown;
  t.ticket = ticket;
  t.shown = shownOf(host, ticket);
  t.view = 'ticket';
  const extra = extrasOf(host);
  if ((t.issued || host.element.kiosk) && !extra.qr && host.element.trackUrl) void showQr(host);
  if (t.shown !== was || ahead(before) !== ahead(ticket)) {
    emit(host.element, 'dvc-ticket-status', { ticket, status: t.shown as Ticket['status'] | 'expired', ahead: ahead(ticket) });
  }
  react(host);
  if (host.element.kiosk && t.issued) kioskReturn(host);
  host.update();
}

/** Alerts once per kind: called, and few enough people ahead. */
function react(host: TicketHost): void {
  const t = host.state.ticket!;
  const extra = extrasOf(host);
  const shown = host.state.shown;
  if (shown === 'waiting') void keepAwake(host, true);
  else void keepAwake(host, false);
  const almost = shown === 'waiting' && ahead(t) <= notifyLimit(host);
  const alert = (kind: string) => {
    if (extra.alerted.has(kind)) return false;
    extra.alerted.add(kind);
    // Sound and vibration need an earlier tap on the page (a phone has had one: taking the number).
    if (navigator.userActivation?.hasBeenActive ?? true) {
      void chime();
      navigator.vibrate?.(kind === 'called' ? [400, 200, 400] : 300);
    }
    return true;
  };
  if (shown === 'called' && t.counter !== undefined && alert('called')) {
    emit(host.element, 'dvc-ticket-called', { ticket: t, counter: t.counter });
    extra.title ??= document.title;
    const turn = msg(str`Your turn: ${t.number}`);
    document.title = extra.title ? `${turn} — ${extra.title}` : turn;
    notify(host, msg(str`Go to ${counterName(host, t.counter)} now`));
  } else if (almost && alert('almost')) {
    notify(host, msg('Almost your turn. Please come back to the waiting area.'));
  }
  if (shown !== 'called' && extra.title !== undefined) {
    document.title = extra.title;
    extra.title = undefined;
  }
}

/** Screen Wake Lock while waiting, so the phone does not sleep and freeze the page. */
async function keepAwake(host: TicketHost, on: boolean): Promise<void> {
  const extra = extrasOf(host);
  try {
    if (on && !extra.wake && document.visibilityState === 'visible') {
      const nav = navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } };
      extra.wake = await nav.wakeLock?.request('screen');
    } else if (!on && extra.wake) {
      await extra.wake.release();
      extra.wake = undefined;
    }
  } catch {
    // Not allowed (battery saver, no gesture): the advice to keep the page open stays.
  }
}

/** After every burst of the feed: a call of our number is shown at once; other changes re-read the ticket. */
function onFeed(host: TicketHost, _feed: Feed, update: FeedUpdate): void {
  const t = host.state.ticket;
  if (!t) return;
  const ours = update.calls.find((c) => c.number === t.number && c.service === t.service);
  if (ours && host.state.shown === 'waiting') accept(host, { ...t, status: 'called', counter: ours.counter, calledAt: ours.calledAt, position: undefined, estimatedWaitSeconds: undefined });
  if (update.snapshot || update.events.some((ev) => 'service' in ev && ev.service === t.service)) void refresh(host);
}

/** Re-reads the ticket (people ahead, status); one request at a time, one more if asked meanwhile. */
function refresh(host: TicketHost): Promise<void> {
  const extra = extrasOf(host);
  extra.refresh ??= singleFlight(async () => {
    const id = host.state.ticket?.id;
    if (!id) return;
    try {
      const data = await requestJson(url(host, id), { signal: host.signal, timeout: host.element.requestTimeout });
      if (isTicket(data) && host.state.ticket?.id === data.id) accept(host, data);
    } catch {
      // The feed's own state (stale banner) tells the citizen; the next event tries again.
    }
  });
  return extra.refresh();
}

export async function cancel(host: TicketHost): Promise<void> {
  const extra = extrasOf(host);
  try {
    const data = await requestJson(url(host, host.state.ticket!.id), { method: 'DELETE', signal: host.signal, timeout: host.element.requestTimeout });
    extra.confirmCancel = false;
    if (isTicket(data)) accept(host, data);
  } catch (error) {
    if (errorCode(error) === 'aborted') return;
    // 409: already called — re-read, so the page shows where to go.
    if (error instanceof HttpError && error.status === 409) {
      extra.confirmCancel = false;
      return refresh(host);
    }
    host.state.failure = { code: errorCode(error), message: errorMessage(error) };
    host.fail(host.state.failure.code, host.state.failure.message);
    host.update();
  }
}

async function showQr(host: TicketHost): Promise<void> {
  const link = new URL(host.element.trackUrl.replace('{id}', encodeURIComponent(host.state.ticket!.id)), location.href).href;
  extrasOf(host).qr = await drawQr(link);
  host.update();
}

/** A kiosk returns to the list once the ticket is printed (or, through the idle controller, when nobody is there). */
function kioskReturn(host: TicketHost): void {
  const extra = extrasOf(host);
  if (extra.printed) return;
  extra.printed = () => host.restart();
  addEventListener('afterprint', extra.printed, { once: true });
}

export function counterName(host: TicketHost, id: string): string {
  const c = queueState(host)?.counters.find((k) => k.id === id);
  return c ? resolveText(c.name) : msg(str`counter ${id}`);
}
