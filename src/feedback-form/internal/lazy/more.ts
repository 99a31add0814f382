/**
 * Everything after the first screen, loaded right after the first paint: criteria, contact,
 * the error summary, sending and the outbox, the done panel, kiosk mode.
 */
import { msg } from '../../../core/msg.js';
import { getLocale } from '../../../core/localization.js';
import { parseCriteria } from '../../model/criteria.js';
import { restoreDraft } from '../../model/guard.js';
import { buildSubmission, type Submission } from '../../model/submission.js';
import type { Host } from '../host.js';
import { connect as connectDelivery, disconnect as disconnectDelivery, drain, sending, submit as send } from './deliver.js';
import { startCountdown, stopCountdown } from './done.js';
import { configureKiosk } from './kiosk.js';
import '../../../generated/strings/feedback-form-lazy.js';

export { styles } from './styles.js';
export { renderComment, renderCriteria, renderContact, renderSummary, fieldError } from './fields.js';
export { renderDone } from './done.js';
export { prompting, prompt } from './kiosk.js';

export function connect(h: Host): void {
  configureKiosk(h);
  checkCriteria(h);
  // A reload while sending: the draft and its id come back, so Send sends the same submission again.
  if (h.s.view === 'form' && !h.el.kiosk) restore(h, sending(h));
  connectDelivery(h);
}

/** Takes a kept draft (the browser's form state, or this tab's submission in flight), checked first. */
export function restore(h: Host, state: unknown): void {
  const restored = restoreDraft(state);
  if (!restored) return;
  h.s.draft = restored.draft;
  h.s.attempt = restored.attempt;
  h.update();
}

/** A `criteria` the form cannot use in full is the portal's mistake: say so once, show the rest. */
export function checkCriteria(h: Host): void {
  if (parseCriteria(h.el.criteria).invalid) h.fail('invalid-criteria', msg('Some criteria given to this form are not known and were left out.'));
}

export function disconnect(h: Host): void {
  disconnectDelivery(h);
  stopCountdown(h);
}

/** Attributes changed: kiosk timing, or a new `submit-url` whose outbox may hold something. */
export function configure(h: Host): void {
  configureKiosk(h);
  void drain(h);
}

/** A fresh form: no countdown left running. */
export function reset(h: Host): void {
  stopCountdown(h);
}

export async function submit(h: Host): Promise<void> {
  await send(h);
  if (h.s.view === 'thanks' || h.s.view === 'queued') startCountdown(h);
}

/** The value a surrounding `<form>` receives: the submission without id, time and locale. */
export function value(h: Host): Partial<Submission> {
  const { el } = h;
  const { id: _i, submittedAt: _s, locale: _l, ...rest } = buildSubmission(h.s.draft, { id: '', submittedAt: '', locale: getLocale(), procedure: el.procedure, reference: el.reference, counter: el.counter }, h.contact);
  return rest;
}
