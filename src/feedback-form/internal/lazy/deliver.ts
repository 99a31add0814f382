import { msg } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { backoff } from '../../../core/connection.js';
import { pageChange } from '../../../core/page-change.js';
import { singleFlight } from '../../../core/single-flight.js';
import { HttpError, requestJson } from '../../../core/http.js';
import { uuid } from '../../../core/id.js';
import { createStore } from '../../../core/storage.js';
import { getLocale } from '../../../core/localization.js';
import { errorMessage } from '../../../core/messages.js';
import { fieldOfPointer } from '../../model/guard.js';
import { openOutbox, retryable, type Entry, type Outbox } from '../../model/outbox.js';
import { draftState } from '../../model/draft.js';
import { buildSubmission, checkDraft, type Problem, type Submission } from '../../model/submission.js';
import type { Host, View } from '../host.js';

/** Per element: its outbox, the next scheduled drain, the `online` listener. */
interface Delivery {
  url?: string;
  outbox?: Promise<Outbox>;
  timer?: ReturnType<typeof setTimeout>;
  /** Delivers the outbox, one run at a time. */
  run: () => Promise<void>;
  /** The next run sends what waits in backoff at once (a page load, the connection back). */
  now: boolean;
  online: () => void;
}
const deliveries = new WeakMap<Host, Delivery>();

/**
 * The submission on its way, kept in this tab (never on a kiosk) until the server has it. A
 * reload mid-send (the browser reports it as a failed request, so it also went to the outbox)
 * gives the draft back with its id: sent again, or delivered from the outbox, the server keeps it
 * once — and the form says thanks when the outbox has delivered it.
 */
const tab = createStore('feedback-form', 'session');
const inFlight = (h: Host) => `sending ${target(h)}`;

/** This tab's submission in flight for this `submit-url`, as a form state (undefined when none). */
export const sending = (h: Host): unknown => (h.el.submitUrl ? tab.get(inFlight(h)) : undefined);

/** Where outboxes are kept; one database for every form on the origin (a test may use its own). */
export const settings = { outboxName: 'dvc-feedback-outbox' };

function delivery(h: Host): Delivery {
  let d = deliveries.get(h);
  if (!d) deliveries.set(h, (d = { online: () => void drain(h, true), run: singleFlight(() => deliver(h)), now: false }));
  return d;
}

/** The absolute URL: the same endpoint written two ways on two pages shares one outbox. */
const target = (h: Host) => new URL(h.el.submitUrl, location.href).href;

function outbox(h: Host): Promise<Outbox> {
  const d = delivery(h);
  const url = target(h);
  if (d.url !== url || !d.outbox) {
    d.url = url;
    d.outbox = openOutbox(url, { name: settings.outboxName, retryDelay: h.el.retryDelay, maxRetryDelay: h.el.maxRetryDelay, leaseMs: h.el.requestTimeout + 5000 });
  }
  return d.outbox;
}

const post = (h: Host, url: string, body: Submission) =>
  requestJson(url, { method: 'POST', body, idempotencyKey: body.id, timeout: h.el.requestTimeout, signal: h.signal });

/** Starts delivering on this page: what is queued now, and again whenever the connection returns. */
export function connect(h: Host): void {
  window.removeEventListener('online', delivery(h).online);
  window.addEventListener('online', delivery(h).online);
  // A page load is a fresh chance: what waits in backoff goes now (a Retry-After still holds).
  void drain(h, true);
}

export function disconnect(h: Host): void {
  const d = delivery(h);
  window.removeEventListener('online', d.online);
  clearTimeout(d.timer);
}

function later(h: Host, at: number): void {
  const d = delivery(h);
  clearTimeout(d.timer);
  d.timer = setTimeout(() => void drain(h), Math.max(0, at - Date.now()));
}

/**
 * Delivers this `submit-url`'s outbox, then schedules the next try (backoff, `Retry-After`, or
 * another drainer busy). Sent entries fire `dvc-feedback-sent`; unreadable ones are dropped with
 * `dvc-error` and the rest still go.
 */
export function drain(h: Host, now = false): Promise<void> {
  if (!h.el.submitUrl || !h.el.isConnected) return Promise.resolve();
  const d = delivery(h);
  d.now ||= now;
  return d.run();
}

async function deliver(h: Host): Promise<void> {
  const d = delivery(h);
  if (!h.el.submitUrl || !h.el.isConnected) return;
  clearTimeout(d.timer);
  const now = d.now;
  d.now = false;
  try {
    const box = await outbox(h);
    const report = await box.drain((e: Entry) => post(h, e.url, e.body).then(() => undefined), h.signal, now);
    for (const id of report.sent) {
      // Delivered from the outbox: the panel saying it waits, or the draft given back after a reload, thanks.
      if (h.s.attempt?.id === id && (h.s.view === 'queued' || h.s.view === 'form')) {
        tab.remove(inFlight(h));
        show(h, 'thanks', false);
      }
      emit(h.el, 'dvc-feedback-sent', { id });
    }
    if (report.corrupt) h.fail('outbox-corrupt', msg('Some saved feedback on this device could not be read and was removed. The rest is being sent.'));
    for (const id of report.rejected) h.fail('feedback-rejected', `${msg('The service did not accept saved feedback; it was removed.')} (${id})`);
    const next = report.busy ? Date.now() + h.el.retryDelay : report.nextAt;
    if (next !== undefined && h.el.isConnected) later(h, next);
  } catch {
    // The device's storage failed: nothing can be read from it, nothing is lost by waiting.
  }
}

/** Shows the done panel (sent, or saved on the device); `moved`: the citizen's Send led there, so focus follows. */
export function show(h: Host, view: View, moved = true): void {
  h.s.view = view;
  if (moved) pageChange(h.el).changed('.done h2');
  h.update();
}

async function showProblems(h: Host, problems: Problem[], failure?: string): Promise<void> {
  Object.assign(h.s, { view: 'form', problems, failure });
  h.update();
  await h.el.updateComplete;
  h.el.shadowRoot?.querySelector<HTMLElement>(problems.length ? '.summary' : '[role=alert]')?.focus();
}

/**
 * "Send": check, then POST with the submission's id as Idempotency-Key. Network, timeout, 5xx,
 * 408 and 429 put it in the outbox (a 429 waits its `Retry-After`); any other 4xx keeps the input
 * and shows what to fix. A second press while sending is ignored.
 */
export async function submit(h: Host): Promise<void> {
  const { s, el } = h;
  if (s.view !== 'form') return;
  const problems = checkDraft(s.draft, h.contact);
  if (problems.length) return showProblems(h, problems);
  Object.assign(s, { problems: [], failure: undefined });
  // A bot filled the hidden field: it sees a thank-you, and nothing is sent or stored.
  if (s.draft.honeypot) return show(h, 'thanks');
  const attempt = (s.attempt ??= { id: uuid(), at: new Date().toISOString() });
  const meta = { id: attempt.id, submittedAt: attempt.at, locale: getLocale(), procedure: el.procedure, reference: el.reference, counter: el.counter };
  const submission = buildSubmission(s.draft, meta, h.contact);
  if (!emit(el, 'dvc-feedback-submit', submission, { cancelable: true })) return;
  if (!el.submitUrl) return show(h, 'thanks');
  s.view = 'sending';
  h.update();
  if (!el.kiosk) tab.set(inFlight(h), draftState(s.draft, attempt));
  try {
    await post(h, target(h), submission);
  } catch (error) {
    const e = error as HttpError;
    // The form left the page mid-send (the server may have it or not): the outbox finishes the job.
    if (e.kind === 'aborted') return queue(h, submission, Date.now(), 0);
    if (!retryable(e)) {
      tab.remove(inFlight(h));
      s.attempt = undefined;
      const details = (e.body as { details?: { field?: unknown }[] } | undefined)?.details;
      const fields = Array.isArray(details) ? details.map((x) => fieldOfPointer(x?.field)) : [];
      const found: Problem[] = [...new Set(fields.filter((f) => f !== undefined))].map((field) => ({ field, code: 'rejected' }));
      const message = errorMessage(e);
      h.fail(e.kind, message);
      return showProblems(h, found, message);
    }
    const hold = Date.now() + (e.retryAfter ?? 0);
    return queue(h, submission, Math.max(hold, Date.now() + backoff(0, el.retryDelay, el.maxRetryDelay)), hold);
  }
  tab.remove(inFlight(h));
  show(h, 'thanks');
  emit(el, 'dvc-feedback-sent', { id: submission.id });
}

async function queue(h: Host, submission: Submission, notBefore: number, hold: number): Promise<void> {
  let added: 'queued' | 'full' = 'full';
  try {
    added = await (await outbox(h)).add(submission, notBefore, hold);
  } catch {
    // No storage at all: tell the citizen like a full outbox, with the input kept to try again.
  }
  if (added === 'full') {
    const message = msg('This device already holds too many unsent answers. Please try again later; your answers are kept.');
    h.fail('outbox-full', message);
    return showProblems(h, [], message);
  }
  show(h, 'queued');
  emit(h.el, 'dvc-feedback-queued', { id: submission.id });
  later(h, notBefore);
}
