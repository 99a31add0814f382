import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { DvcElement } from '../core/dvc-element.js';
import { DEFAULT_TIMEOUT } from '../core/connection.js';
import { getLocale } from '../core/localization.js';
import { chunks, type More } from './internal/chunks.js';
import type { FormState, Host } from './internal/host.js';
import { overallRequired, renderScale } from './internal/scale.js';
import { styles } from './feedback-form.styles.js';
import { draftState, emptyDraft, type Draft } from './model/draft.js';
import type { Submission } from './model/submission.js';
import { flag } from '../core/flag.js';
import '../generated/strings/feedback-form.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-feedback-submit': Submission;
    'dvc-feedback-queued': { id: string };
    'dvc-feedback-sent': { id: string };
  }
}

/**
 * Satisfaction feedback after a service (the SIPAS scale), easy to give and never lost: what
 * cannot be sent now waits in the device's outbox and is delivered exactly once, later, by any
 * form with the same `submit-url`. Form-associated: inside a `<form>` it contributes its value
 * (JSON) under `name`, is invalid until the overall rating is chosen, and follows reset and
 * disabled fieldsets. This file is the first screen; the rest loads right after the first paint.
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
export class DvcFeedbackForm extends DvcElement {
  static formAssociated = true;
  static override styles = [DvcElement.styles, styles];
  static override properties = {
    submitUrl: { attribute: 'submit-url' },
    procedure: {},
    reference: {},
    counter: {},
    criteria: {},
    hideCriteria: { type: Boolean, converter: flag, attribute: 'hide-criteria' },
    hideContact: { type: Boolean, converter: flag, attribute: 'hide-contact' },
    privacyText: { attribute: 'privacy-text' },
    kiosk: { type: Boolean, converter: flag },
    disabled: { type: Boolean, converter: flag, reflect: true },
    idleTimeout: { attribute: 'idle-timeout' },
    resetAfter: { attribute: 'reset-after' },
    name: { reflect: true },
  };

  /** Where to POST each submission (JSON, with an Idempotency-Key). Without it the form only collects and fires events. */
  submitUrl = '';
  /** Code of the procedure the feedback is about (sent as `procedure`). */
  procedure = '';
  /** Dossier code (mã hồ sơ) the feedback is about (sent as `reference`). */
  reference = '';
  /** Counter that served the citizen (sent as `counter`). */
  counter = '';
  /** The criteria asked after the overall rating: JSON list of SIPAS keys (`access`, `procedure`, `official`, `result`, `complaints`) or of `{ key, label }`; default all five. */
  criteria: unknown = '';
  /** Ask only the overall rating and the comment. */
  hideCriteria = false;
  /** Do not offer the optional contact details. */
  hideContact = false;
  /** The one-line privacy notice beside the contact details (default: a short notice under Decree 13/2023/NĐ-CP). */
  privacyText = '';
  /** Shared kiosk: anonymous (no contact part), autocomplete off, the thank-you panel resets itself, idle input is wiped. */
  kiosk = false;
  /** Seconds without input before a kiosk asks "Are you still there?" (default 120). */
  idleTimeout = '';
  /** Seconds the thank-you panel stays on a kiosk before a fresh form (default 10). */
  resetAfter = '';
  /** Name under which the value (JSON) goes into a surrounding `<form>`'s data; reflected, so setting the property (as React and Vue do) works too. */
  name = '';
  /** Turns the form off, like a native control's `disabled` (a disabled `<fieldset>` around it does the same). */
  disabled = false;
  /** Milliseconds a send may take before it counts as failed (and is kept in the outbox). */
  requestTimeout: number = DEFAULT_TIMEOUT;
  /** Base of the backoff between outbox deliveries, in ms. */
  retryDelay = 5000;
  /** Longest wait between outbox deliveries, in ms. */
  maxRetryDelay = 300_000;
  /** Seconds "Are you still there?" stays before the wipe (kiosk). */
  promptFor = 30;

  protected s: FormState = { view: 'form', draft: emptyDraft(), problems: [] };
  /** Form participation; Safari before 16.4 has none, and the form then stands alone with its own button. */
  private readonly internals = this.attachInternals?.();
  private off = false;
  private more?: More;
  /** The hooks the lazily loaded part uses. */
  protected readonly host: Host;

  constructor() {
    super();
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    this.host = {
      el,
      s: this.s,
      get signal() {
        return el.connection.signal;
      },
      get contact() {
        return !el.hideContact && !el.kiosk;
      },
      get off() {
        return el.off;
      },
      update: () => this.requestUpdate(),
      edit: (change, typing) => this.edit(change, typing),
      fresh: () => this.fresh(),
      fail: (code, message) => this.fail(code, message),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.more) this.more.connect(this.host);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.more?.disconnect(this.host);
  }

  override firstUpdated(): void {
    // Right after the first paint: the rest of the form, and delivery of anything queued.
    setTimeout(() => this.load().catch(() => 0));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kiosk') || changed.has('idleTimeout') || changed.has('submitUrl')) this.more?.configure(this.host);
    if (changed.has('criteria') && this.hasUpdated) this.more?.checkCriteria(this.host);
  }

  override updated(): void {
    const internals = this.internals;
    if (!internals) return;
    const d = this.s.draft;
    // The value a surrounding form receives: the submission without id, time and locale (plain
    // rating and comment until the rest of the form has loaded).
    // The state is what the browser gives back on restoring the page (back, reload): the draft
    // as typed, never the bot trap; a shared kiosk keeps nothing.
    const view = this.s.view;
    internals.setFormValue(
      this.value || null,
      this.kiosk || (view !== 'form' && view !== 'sending') ? null : draftState(d, view === 'sending' ? this.s.attempt : undefined),
    );
    const anchor = this.renderRoot.querySelector('input[type=radio]') as HTMLElement | null;
    if (d.overall || !anchor) internals.setValidity({});
    else internals.setValidity({ valueMissing: true }, overallRequired(), anchor);
  }

  /** The browser restores the page (back, reload): what the citizen typed comes back. */
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
    if (mode !== 'restore' || this.kiosk) return;
    // The check comes with the rest of the form, which loads right after the first paint anyway.
    this.load().then(
      (m) => m.restore(this.host, state),
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

  private fresh(): void {
    Object.assign(this.s, { view: 'form', draft: emptyDraft(), problems: [], failure: undefined, attempt: undefined, remaining: undefined });
    this.more?.reset(this.host);
    this.requestUpdate();
  }

  private async load(): Promise<More> {
    if (!this.more) {
      const m = await chunks.more();
      // The later parts' styles come with them: the first screen carries only its own.
      if (!this.more && this.shadowRoot) adoptStyles(this.shadowRoot, [...DvcFeedbackForm.elementStyles, m.styles]);
      this.more ??= m;
      m.connect(this.host);
      this.requestUpdate();
    }
    return this.more;
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (this.s.view === 'sending' || this.off) return;
    this.load().then(
      (m) => m.submit(this.host),
      () => {
        this.s.failure = msg('Part of the form could not be loaded. Check the connection, then press Send again.');
        this.fail('load-failed', this.s.failure);
        this.requestUpdate();
      },
    );
  }

  /**
   * What the citizen changed. A choice, or a text field left, fires `change` from the element:
   * frameworks bind forms to it, and the inner control's own `change` stays in the shadow root
   * (its `input` leaves by itself).
   */
  private edit(change: Partial<Draft>, typing = false): void {
    // Changed input is a new submission: a new id, so a refused one is never replayed.
    if (Object.keys(change).length) {
      Object.assign(this.s.draft, change);
      this.s.attempt = undefined;
    }
    this.requestUpdate();
    if (!typing) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The value a surrounding form receives (JSON of the submission without id, time and locale), '' before a rating is chosen. */
  get value(): string {
    const d = this.s.draft;
    return d.overall ? JSON.stringify(this.more?.value(this.host) ?? { overall: d.overall, comment: d.comment }) : '';
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

  override render(): TemplateResult {
    const { s, more, off } = this;
    const d = s.draft;
    const overallError = s.problems.some((p) => p.field === 'overall');
    const ownButton = !!this.submitUrl || !this.internals?.form;
    const body =
      s.view === 'thanks' || s.view === 'queued'
        ? more?.renderDone(this.host)
        : html`<form novalidate @submit=${this.submit}>
            ${more?.renderSummary(this.host) ?? nothing}
            <fieldset class="scale" part="scale" aria-describedby=${overallError ? 'overall-error' : nothing}>
              <legend class="q" tabindex="-1">${msg('How satisfied are you with the service?')}</legend>
              ${overallError ? html`<p id="overall-error" class="error-text">${overallRequired()}</p>` : nothing}
              ${renderScale({ name: 'overall', value: d.overall, faces: true, off, pick: (overall) => this.edit({ overall }) })}
            </fieldset>
            ${d.overall ? more?.renderCriteria(this.host) : nothing}
            ${more?.renderComment(this.host) ?? nothing}
            ${this.host.contact ? more?.renderContact(this.host) : nothing}
            ${s.failure ? html`<p class="error-text" role="alert">${s.failure}</p>` : nothing}
            ${ownButton
              ? html`<div class="actions"><button class="btn" part="submit" ?disabled=${off} aria-disabled=${s.view === 'sending' ? 'true' : 'false'}>
                  ${s.view === 'sending' ? msg('Sending your feedback…') : msg('Send feedback')}
                </button></div>`
              : nothing}
          </form>`;
    return html`<div lang=${getLocale()} .inert=${!!more?.prompting(this.host)}>${body}</div>${more?.prompt(this.host) ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-feedback-form': DvcFeedbackForm;
  }
}
