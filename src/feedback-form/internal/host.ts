import type { nothing, TemplateResult } from 'lit';
import type { PartHost } from '../../core/part.js';
import type { DvcFeedbackForm } from '../feedback-form.js';
import type { Draft, Problem } from '../model/submission.js';

/** What the form shows: the form itself, sending, thank-you (sent) or saved on the device (queued). */
export type View = 'form' | 'sending' | 'thanks' | 'queued';

/** Everything the form shows, in one plain object (mutated, then `update()`). */
export interface FormState {
  view: View;
  draft: Draft;
  /** What to fix, after a submit that did not pass (or that the server refused). */
  problems: Problem[];
  /** A message about the whole form: refused, outbox full, a part that did not load. */
  failure?: string;
  /**
   * The submission being tried: its id (also its Idempotency-Key) and time, made at the first
   * Send and kept for its retries — and across a reload mid-send, so the server receives the very
   * same body and keeps it once.
   */
  attempt?: { id: string; at: string };
  /** Kiosk: whole seconds before the thank-you panel starts again. */
  remaining?: number;
}

/** The sections the part adds to the form the element draws (undefined: not shown). */
export interface FormSections {
  summary?: TemplateResult | typeof nothing;
  criteria?: TemplateResult | typeof nothing;
  comment?: TemplateResult;
  contact?: TemplateResult;
}

/** The element as its part sees it. */
export interface FeedbackHost extends PartHost<DvcFeedbackForm> {
  readonly state: FormState;
  /** Contact details may be asked (not `hide-contact`, not `kiosk`). */
  readonly contact: boolean;
  /** The form is disabled (a disabled `<fieldset>` around it, or `disabled`). */
  readonly off: boolean;
  /** Starts over with an empty form (after "Give more feedback", a kiosk reset or wipe). */
  fresh(): void;
  /** The citizen changed something: a new submission; unless `typing` in a text field, `change` out of the element. */
  edit(change: Partial<Draft>, typing?: boolean): void;
  /** The form, with the part's sections in it. */
  renderForm(sections: FormSections): TemplateResult;
}
