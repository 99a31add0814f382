import { msg } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { pageChange } from '../../../core/page-change.js';
import { singleFlight } from '../../../core/single-flight.js';
import { HttpError, requestJson } from '../../../core/http.js';
import { uuid } from '../../../core/id.js';
import { createStore } from '../../../core/storage.js';
import { getLocale } from '../../../core/localization.js';
import { errorMessage } from '../../../core/messages.js';
import { fieldOfPointer } from '../../model/guard.js';
import { nextTry, openOutbox, type Entry, type Outbox } from '../../model/outbox.js';
import { draftState } from '../../model/draft.js';
import { buildSubmission, checkDraft, type Problem, type Submission } from '../../model/submission.js';
import type { FeedbackHost, View } from '../host.js';

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
const deliveries = new WeakMap<FeedbackHost, Delivery>();

/**
 * The submission on its way, kept in this tab (never on a kiosk) until the server has it. A
 * reload mid-send (the browser reports it as a failed request, so it also went to the outbox)
 * gives the draft back with its id: sent again, or delivered from the outbox, the server keeps it
 * once — and the form says thanks when the outbox has delivered it.
 */
const tab = createStore('feedback-form', 'session');
const inFlight = (host: FeedbackHost) => `sending ${target(host)}`;

/** This tab's submission in flight for this `submit-url`, as a form state (undefined when none). */
export const sending = (host: FeedbackHost): unknown => (host.element.submitUrl ? tab.get(inFlight(host)) : undefined);

/** Where outboxes are kept; one database for every form on the origin (a test may use its own). */
export const settings = { outboxName: 'dvc-feedback-outbox' };

function delivery(host: FeedbackHost): Delivery {
  let d = deliveries.get(host);
  if (!d) deliveries.set(host, (d = { online: () => void drain(host, true), run: singleFlight(() => deliver(host)), now: false }));
  return d;
}

/** The absolute URL: the same endpoint written two ways on two pages shares one outbox. */
const target = (host: FeedbackHost) => new URL(host.element.submitUrl, location.href).href;

function outbox(host: FeedbackHost): Promise<Outbox> {
  const d = delivery(host);
  const url = target(host);
  if (d.url !== url || !d.outbox) {
    d.url = url;
    d.outbox = openOutbox(url, { name: settings.outboxName, retryDelay: host.element.retryDelay, maxRetryDelay: host.element.maxRetryDelay, leaseMs: host.element.requestTimeout + 5000 });
  }
  return d.outbox;
}

const post = (host: FeedbackHost, url: string, body: Submission) =>
  requestJson(url, { method: 'POST', body, idempotencyKey: body.id, timeout: host.element.requestTimeout, signal: host.signal });

/** Starts delivering on this page: what is queued now, and again whenever the connection returns. */
export function connect(host: FeedbackHost): void {
  window.removeEventListener('online', delivery(host).online);
  window.addEventListener('online', delivery(host).online);
  // A page load is a fresh chance: what waits in backoff goes now (a Retry-After still holds).
  void drain(host, true);
}

export function disconnect(host: FeedbackHost): void {
  const d = delivery(host);
  window.removeEventListener('online', d.online);
  clearTimeout(d.timer);
}

function later(host: FeedbackHost, at: number): void {
  const d = delivery(host);
  clearTimeout(d.timer);
  d.timer = setTimeout(() => void drain(host), Math.max(0, at - Date.now()));
}

/**
 * Delivers this `submit-url`'s outbox, then schedules the next try (backoff, `Retry-After`, or
 * another drainer busy). Sent entries fire `dvc-feedback-sent`; unreadable ones are dropped with
 * `dvc-error` and the rest still go.
 */
export function drain(host: FeedbackHost, now = false): Promise<void> {
  if (!host.element.submitUrl || !host.element.isConnected) return Promise.resolve();
  const d = delivery(host);
  d.now ||= now;
  return d.run();
}

async function deliver(host: FeedbackHost): Promise<void> {
  const d = delivery(host);
  if (!host.element.submitUrl || !host.element.isConnected) return;
  clearTimeout(d.timer);
  const now = d.now;
  d.now = false;
  try {
    const box = await outbox(host);
    const report = await box.drain((e: Entry) => post(host, e.url, e.body).then(() => undefined), host.signal, now);
    for (const id of report.sent) {
      // Delivered from the outbox: the panel saying it waits, or the draft given back after a reload, thanks.
      if (host.state.attempt?.id === id && (host.state.view === 'queued' || host.state.view === 'form')) {
        tab.remove(inFlight(host));
        show(host, 'thanks', false);
      }
      emit(host.element, 'dvc-feedback-sent', { id });
    }
    if (report.corrupt) host.fail('outbox-corrupt', msg('Some saved feedback on this device could not be read and was removed. The rest is being sent.'));
    for (const id of report.rejected) host.fail('feedback-rejected', `${msg('The service did not accept saved feedback; it was removed.')} (${id})`);
    const next = report.busy ? Date.now() + host.element.retryDelay : report.nextAt;
    if (next !== undefined && host.element.isConnected) later(host, next);
  } catch {
    // The device's storage failed: nothing can be read from it, nothing is lost by waiting.
  }
}

/** Shows the done panel (sent, or saved on the device); `moved`: the citizen's Send led there, so focus follows. */
export function show(host: FeedbackHost, view: View, moved = true): void {
  host.state.view = view;
  if (moved) pageChange(host.element).changed('.done h2');
  host.update();
}

async function showProblems(host: FeedbackHost, problems: Problem[], failure?: string): Promise<void> {
  Object.assign(host.state, { view: 'form', problems, failure });
  host.update();
  await host.element.updateComplete;
  host.element.shadowRoot?.querySelector<HTMLElement>(problems.length ? '.summary' : '[role=alert]')?.focus();
}

/**
 * "Send": check, then POST with the submission's id as Idempotency-Key. Network, timeout, 5xx,
 * 408 and 429 put it in the outbox (a 429 waits its `Retry-After`); any other 4xx keeps the input
 * and shows what to fix. A second press while sending is ignored.
 */
export async function submit(host: FeedbackHost): Promise<void> {
  const { state, element: form } = host;
  if (state.view !== 'form') return;
  const problems = checkDraft(state.draft, host.contact);
  if (problems.length) return showProblems(host, problems);
  Object.assign(state, { problems: [], failure: undefined });
  // A bot filled the hidden field: it sees a thank-you, and nothing is sent or stored.
  if (state.draft.honeypot) return show(host, 'thanks');
  const attempt = (state.attempt ??= { id: uuid(), at: new Date().toISOString() });
  const meta = { id: attempt.id, submittedAt: attempt.at, locale: getLocale(), procedure: form.procedure, reference: form.reference, counter: form.counter };
  const submission = buildSubmission(state.draft, meta, host.contact);
  if (!emit(form, 'dvc-feedback-submit', submission, { cancelable: true })) return;
  if (!form.submitUrl) return show(host, 'thanks');
  state.view = 'sending';
  host.update();
  if (!form.kiosk) tab.set(inFlight(host), draftState(state.draft, attempt));
  try {
    await post(host, target(host), submission);
  } catch (error) {
    const e = error as HttpError;
    // The retry policy is the outbox's (model/outbox.ts `nextTry`): a send the page cut off (the
    // form left mid-send; the server may have it or not) goes again at once, a failure worth
    // retrying after a backoff, anything else is for the citizen to fix.
    const retry = nextTry(e, 0, form);
    if (!retry) {
      tab.remove(inFlight(host));
      state.attempt = undefined;
      const details = (e.body as { details?: { field?: unknown }[] } | undefined)?.details;
      const fields = Array.isArray(details) ? details.map((x) => fieldOfPointer(x?.field)) : [];
      const found: Problem[] = [...new Set(fields.filter((f) => f !== undefined))].map((field) => ({ field, code: 'rejected' }));
      const message = errorMessage(e);
      host.fail(e.kind, message);
      return showProblems(host, found, message);
    }
    return queue(host, submission, retry.notBefore, retry.hold);
  }
  tab.remove(inFlight(host));
  show(host, 'thanks');
  emit(form, 'dvc-feedback-sent', { id: submission.id });
}

async function queue(host: FeedbackHost, submission: Submission, notBefore: number, hold: number): Promise<void> {
  let added: 'queued' | 'full' = 'full';
  try {
    added = await (await outbox(host)).add(submission, notBefore, hold);
  } catch {
    // No storage at all: tell the citizen like a full outbox, with the input kept to try again.
  }
  if (added === 'full') {
    const message = msg('This device already holds too many unsent answers. Please try again later; your answers are kept.');
    host.fail('outbox-full', message);
    return showProblems(host, [], message);
  }
  show(host, 'queued');
  emit(host.element, 'dvc-feedback-queued', { id: submission.id });
  later(host, notBefore);
}
