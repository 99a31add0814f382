/**
 * The form's part: everything after the first screen, loaded right after the first paint —
 * criteria, contact, the error summary, sending and the outbox, the done panel, the kiosk's
 * countdown. The element draws the form around what this part adds.
 */
import type { PropertyValues } from 'lit';
import { msg } from '../../../core/msg.js';
import { getLocale } from '../../../core/localization.js';
import type { Part } from '../../../core/part.js';
import { parseCriteria } from '../../model/criteria.js';
import { restoreDraft } from '../../model/guard.js';
import { buildSubmission, type Submission } from '../../model/submission.js';
import type { FeedbackHost } from '../host.js';
import { connect, disconnect, drain, sending, submit } from './deliver.js';
import { renderDone, startCountdown, stopCountdown } from './done.js';
import { renderComment, renderContact, renderCriteria, renderSummary } from './fields.js';
import { styles } from './styles.js';
import '../../../generated/strings/feedback-form-lazy.js';

/** What the element calls on its part besides drawing it. */
export interface FeedbackPart extends Part {
  /** "Send": check, then send (or keep in the outbox). */
  submit(): Promise<void>;
  /** The value a surrounding `<form>` receives: the submission without id, time and locale. */
  value(): Partial<Submission>;
  /** Takes a kept draft (the browser's form state), checked first. */
  restore(state: unknown): void;
  /** A fresh form: no countdown left running. */
  reset(): void;
}

export function createPart(host: FeedbackHost): FeedbackPart {
  const form = host.element;
  const restore = (kept: unknown) => {
    const restored = restoreDraft(kept);
    if (!restored) return;
    host.state.draft = restored.draft;
    host.state.attempt = restored.attempt;
    host.update();
  };
  // A `criteria` the form cannot use in full is the portal's mistake: say so once, show the rest.
  const checkCriteria = () => {
    if (parseCriteria(form.criteria).invalid) host.fail('invalid-criteria', msg('Some criteria given to this form are not known and were left out.'));
  };
  let connectedOnce = false;
  return {
    styles,
    restore,
    connected() {
      if (!connectedOnce) {
        connectedOnce = true;
        checkCriteria();
        // A reload while sending: the draft and its id come back, so Send sends the same submission again.
        if (host.state.view === 'form' && !form.kiosk) restore(sending(host));
      }
      connect(host);
    },
    disconnected() {
      disconnect(host);
      stopCountdown(host);
    },
    updated(changed: PropertyValues) {
      // A new `submit-url`: its outbox may hold something.
      if (changed.has('submitUrl')) void drain(host);
      if (changed.has('criteria')) checkCriteria();
    },
    reset: () => stopCountdown(host),
    async submit() {
      await submit(host);
      if (host.state.view === 'thanks' || host.state.view === 'queued') startCountdown(host);
    },
    value() {
      const { id: _i, submittedAt: _s, locale: _l, ...rest } = buildSubmission(
        host.state.draft,
        { id: '', submittedAt: '', locale: getLocale(), procedure: form.procedure, reference: form.reference, counter: form.counter },
        host.contact,
      );
      return rest;
    },
    render() {
      const state = host.state;
      if (state.view === 'thanks' || state.view === 'queued') return renderDone(host);
      return host.renderForm({
        summary: renderSummary(host),
        criteria: state.draft.overall ? renderCriteria(host) : undefined,
        comment: renderComment(host),
        contact: host.contact ? renderContact(host) : undefined,
      });
    },
  };
}
