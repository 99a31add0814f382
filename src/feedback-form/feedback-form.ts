import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../core/property.js';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { flag } from '../core/attributes.js';
import { DEFAULT_TIMEOUT } from '../core/connection.js';
import { Kiosk } from '../core/kiosk.js';
import { LazyElement } from '../core/part.js';
import type { FeedbackHost, FormSections, FormState } from './internal/host.js';
import type { FeedbackPart } from './internal/lazy/more.js';
import { overallRequired, renderScale } from './internal/scale.js';
import { styles } from './feedback-form.styles.js';
import { draftState, emptyDraft, type Draft } from './model/draft.js';
import type { Criterion } from './model/criteria.js';
import type { Submission } from './model/submission.js';
import '../generated/strings/feedback-form.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-feedback-submit': Submission;
    'dvc-feedback-queued': { id: string };
    'dvc-feedback-sent': { id: string };
  }
}

/** The base with the form's part types (a class of its own: declaration files cannot name a generic mixin base). */
abstract class FeedbackElement extends LazyElement<FeedbackPart, FeedbackHost> {}

/**
 * Satisfaction feedback after a service (the SIPAS scale), easy to give and never lost: what
 * cannot be sent now waits in the device's outbox and is delivered exactly once, later, by any
 * form with the same `submit-url`. Form-associated: inside a `<form>` it contributes its value
 * (JSON) under `name`, is invalid until the overall rating is chosen, and follows reset and
 * disabled fieldsets. This file is the first screen; the rest loads a second after the first paint.
 *
 * @tagname dvc-feedback-form
 * @fires {CustomEvent<Submission>} dvc-feedback-submit - Cancelable; `detail` is the submission. `preventDefault()` keeps it from being sent to `submit-url`.
 * @fires {CustomEvent<{ id: string }>} dvc-feedback-queued - Saved on the device, to be sent when the connection is back: `{ id }`.
 * @fires {CustomEvent<{ id: string }>} dvc-feedback-sent - The server accepted a submission (now or from the outbox): `{ id }`.
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the form shows: `{ code, message }`.
 * @fires {Event} change - The value changed: a rating or a tick chosen, a text field left (the inner control's `change` does not leave the shadow root; this one does).
 * @fires {Event} input - The citizen types or chooses (the inner controls' own `input`, which leaves the shadow root by itself).
 * @csspart scale - The overall rating group.
 * @csspart option - Each choice of a rating scale.
 * @csspart comment - The comment field with its label.
 * @csspart contact - The optional contact details.
 * @csspart submit - The send button.
 * @csspart thanks - The panel after sending (or saving on the device).
 */
@define('dvc-feedback-form')
export class DvcFeedbackForm extends Kiosk(FeedbackElement) {
  static formAssociated = true;
  static override styles = [LazyElement.styles, styles];
  /** Criteria, contact, checking, sending and the outbox, the thank-you panel: loaded a second after the first paint. */
  static override partModule = () => import('./internal/lazy/more.js');

  /** Where to POST each submission (JSON, with an Idempotency-Key). Without it the form only collects and fires events. */
  @property({ attribute: 'submit-url' }) submitUrl = '';
  /** Code of the procedure the feedback is about (sent as `procedure`). */
  @property() procedure = '';
  /** Dossier code (mã hồ sơ) the feedback is about (sent as `reference`). */
  @property() reference = '';
  /** Counter that served the citizen (sent as `counter`). */
  @property() counter = '';
  /** The criteria asked after the overall rating: JSON list of SIPAS keys (`access`, `procedure`, `official`, `result`, `complaints`) or of `{ key, label }`; default all five. */
  @property() criteria: string | Criterion[] = '';
  /** Ask only the overall rating and the comment. */
  @property({ type: Boolean, converter: flag, attribute: 'hide-criteria' }) hideCriteria = false;
  /** Do not offer the optional contact details. */
  @property({ type: Boolean, converter: flag, attribute: 'hide-contact' }) hideContact = false;
  /** The one-line privacy notice beside the contact details (default: a short notice under Decree 13/2023/NĐ-CP). */
  @property({ attribute: 'privacy-text' }) privacyText = '';
  /** Seconds the thank-you panel stays on a kiosk before a fresh form (default 10). */
  @property({ attribute: 'reset-after' }) resetAfter = '';
  /** Name under which the value (JSON) goes into a surrounding `<form>`'s data; reflected, so setting the property (as React and Vue do) works too. */
  @property({ reflect: true }) name = '';
  /** Turns the form off, like a native control's `disabled` (a disabled `<fieldset>` around it does the same). */
  @property({ type: Boolean, converter: flag, reflect: true }) disabled = false;
  /** Milliseconds a send may take before it counts as failed (and is kept in the outbox). */
  requestTimeout: number = DEFAULT_TIMEOUT;
  /** Base of the backoff between outbox deliveries, in ms. */
  retryDelay = 5000;
  /** Longest wait between outbox deliveries, in ms. */
  maxRetryDelay = 300_000;

  protected state: FormState = { view: 'form', draft: emptyDraft(), problems: [] };
  /** Form participation; Safari before 16.4 has none, and the form then stands alone with its own button. */
  private readonly internals = this.attachInternals?.();
  private off = false;

  protected override partHost(): FeedbackHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const form = this;
    return {
      ...this.baseHost(),
      state: this.state,
      get contact() {
        return !form.hideContact && !form.kiosk;
      },
      get off() {
        return form.off;
      },
      fresh: () => this.fresh(),
      edit: (change, typing) => this.edit(change, typing),
      renderForm: (sections) => this.renderForm(sections),
    };
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const internals = this.internals;
    if (!internals) return;
    // The state is what the browser gives back on restoring the page (back, reload): the draft
    // as typed, never the bot trap; a shared kiosk keeps nothing.
    const view = this.state.view;
    internals.setFormValue(
      this.value || null,
      this.kiosk || (view !== 'form' && view !== 'sending') ? null : draftState(this.state.draft, view === 'sending' ? this.state.attempt : undefined),
    );
    const anchor = this.renderRoot.querySelector('input[type=radio]') as HTMLElement | null;
    if (this.state.draft.overall || !anchor) internals.setValidity({});
    else internals.setValidity({ valueMissing: true }, overallRequired(), anchor);
  }

  /** The browser restores the page (back, reload): what the citizen typed comes back. */
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
    if (mode !== 'restore' || this.kiosk) return;
    // The check comes with the part, which loads a second after the first paint anyway.
    this.loadPart(true).then(
      (part) => part.restore(state),
      () => undefined, // the part did not load: the form starts empty, as without a restore
    );
  }

  /** A surrounding form was reset. */
  formResetCallback(): void {
    this.fresh();
  }

  /** A surrounding `<fieldset disabled>` (or the form control itself) turned us off or on. */
  formDisabledCallback(disabled: boolean): void {
    this.off = disabled;
    this.requestUpdate();
  }

  /** The value a surrounding form receives (JSON of the submission without id, time and locale), '' before a rating is chosen. */
  get value(): string {
    const draft = this.state.draft;
    return draft.overall ? JSON.stringify(this.loadedPart?.value() ?? { overall: draft.overall, comment: draft.comment }) : '';
  }

  /** The surrounding `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** Valid once the overall rating is chosen (`valueMissing` before). */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** What the browser shows when the form is submitted without a rating, in the page's language. */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** True when the form checks this control (false when disabled). */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** Like a native control's: false (and an `invalid` event) without a rating. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** Like a native control's: also shows the browser's message at the rating. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /** A kiosk's wipe: a fresh form. */
  protected override wipe(): void {
    this.fresh();
  }

  private fresh(): void {
    Object.assign(this.state, { view: 'form', draft: emptyDraft(), problems: [], failure: undefined, attempt: undefined, remaining: undefined });
    this.loadedPart?.reset();
    this.requestUpdate();
  }

  protected override partFailure(): string {
    return msg('Part of the form could not be loaded. Check the connection, then press Send again.');
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (this.state.view === 'sending' || this.off) return;
    // A failure to load says so beside the button (`failure`); "Send" tries again.
    this.loadPart().then((part) => part.submit(), () => undefined);
  }

  /**
   * What the citizen changed. A choice, or a text field left, fires `change` from the element:
   * frameworks bind forms to it, and the inner control's own `change` stays in the shadow root
   * (its `input` leaves by itself).
   */
  private edit(change: Partial<Draft>, typing = false): void {
    // Changed input is a new submission: a new id, so a refused one is never replayed.
    if (Object.keys(change).length) {
      Object.assign(this.state.draft, change);
      this.state.attempt = undefined;
    }
    this.requestUpdate();
    // The rating chosen: the questions after it are wanted now, not after `prefetchDelay`.
    this.prefetch();
    if (!typing) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The form: the rating question (the first screen), with the part's sections once it is there. */
  private renderForm(sections: FormSections = {}): TemplateResult {
    const { state, off } = this;
    const overallError = state.problems.some((p) => p.field === 'overall');
    const ownButton = !!this.submitUrl || !this.internals?.form;
    return html`<form novalidate @submit=${this.submit}>
      ${sections.summary ?? nothing}
      <fieldset class="scale" part="scale" aria-describedby=${overallError ? 'overall-error' : nothing}>
        <legend class="q" tabindex="-1">${msg('How satisfied are you with the service?')}</legend>
        ${overallError ? html`<p id="overall-error" class="error-text">${overallRequired()}</p>` : nothing}
        ${renderScale({ name: 'overall', value: state.draft.overall, faces: true, off, pick: (overall) => this.edit({ overall }) })}
      </fieldset>
      ${sections.criteria ?? nothing} ${sections.comment ?? nothing} ${sections.contact ?? nothing}
      ${state.failure || this.failure ? html`<p class="error-text" role="alert">${state.failure || this.failure}</p>` : nothing}
      ${ownButton
        ? html`<div class="actions"><button class="btn" part="submit" ?disabled=${off} aria-disabled=${state.view === 'sending' ? 'true' : 'false'}>
            ${state.view === 'sending' ? msg('Sending your feedback…') : msg('Send feedback')}
          </button></div>`
        : nothing}
    </form>`;
  }

  override render(): unknown {
    return this.loadedPart?.render() ?? this.renderForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-feedback-form': DvcFeedbackForm;
  }
}
