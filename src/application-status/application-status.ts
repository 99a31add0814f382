import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../core/property.js';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { flag } from '../core/attributes.js';
import { DEFAULT_TIMEOUT } from '../core/connection.js';
import { Kiosk } from '../core/kiosk.js';
import { LazyElement } from '../core/part.js';
import type { StatusHost, StatusState } from './internal/host.js';
import type { StatusPart } from './internal/lazy/status.js';
import type { StatusFoundDetail, StatusNotFoundDetail } from './events.js';
import { tidyCode, tidyVerifier, type CodeProblem, type VerifierProblem } from './model/input.js';
import { styles } from './application-status.styles.js';
import '../generated/strings/application-status.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-status-found': StatusFoundDetail;
    'dvc-status-not-found': StatusNotFoundDetail;
  }
}

/** The base with the widget's part types (a class of its own: declaration files cannot name a generic mixin base). */
abstract class StatusElement extends LazyElement<StatusPart, StatusHost> {}

const codeProblem = (p: CodeProblem): string =>
  p === 'code-missing'
    ? msg('Enter the application code.')
    : p === 'code-too-long'
      ? msg('The code is too long. Type only the application code from your receipt.')
      : p === 'code-characters'
        ? msg('The code has only letters A to Z, digits and dashes. Please type it again from your receipt.')
        : msg('This is not an application code. Check it on your receipt.');

const verifierProblem = (p: VerifierProblem): string =>
  p === 'verifier-missing' ? msg('Enter the last 4 digits.') : msg('Enter 4 digits: the last 4 of your phone number or ID number.');

/**
 * Looks up an application by its code (mã hồ sơ) and one thing only the citizen knows — the last
 * 4 digits of the phone or ID number given in it — and shows where it is: a timeline of its
 * statuses in Viet Nam time, the promised date (and what to do when it has passed), what is
 * missing, how and where to collect the result and what to bring, fees, and — once the result was
 * collected — the feedback form for it. Arriving with `?ma=…&xac-minh=…` (or the same in the
 * fragment) fills both and looks up at once. This file is the first screen (the form); the status
 * views load a second after the first paint.
 *
 * @tagname dvc-application-status
 * @fires {CustomEvent<StatusFoundDetail>} dvc-status-found - A look-up or refresh found the application: `{ code, status }`.
 * @fires {CustomEvent<StatusNotFoundDetail>} dvc-status-not-found - No application with this code and verifier (one answer for both): `{ code }`.
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the widget shows: `{ code, message }` (`invalid-input`, `rate-limited`, `timeout`, `network`, `http-5xx`, `invalid-data`, `no-src`, `load-failed`).
 * @csspart form - The look-up form.
 * @csspart status - The status page.
 * @csspart current - The panel with the current status and what it asks of the citizen.
 * @csspart timeline - The history, oldest first.
 * @csspart refresh - The "Refresh" button.
 */
@define('dvc-application-status')
export class DvcApplicationStatus extends Kiosk(StatusElement) {
  static override styles = [LazyElement.styles, styles];
  /** The status page, the requests, refreshing and the feedback form's loader. */
  static override partModule = () => import('./internal/lazy/status.js');

  /** Base URL of the API: the widget POSTs the verifier to `${src}/applications/{code}/status`. */
  @property() src = '';
  /** The application code (mã hồ sơ). Never reflected to an attribute; with `verifier` set too, the widget looks up at once. */
  @property() code = '';
  /** The last 4 digits of the phone or ID number given in the application. A property only: never an attribute, never put in the URL by the widget. */
  @property({ attribute: false }) verifier = '';
  /** Offer the feedback form (`<dvc-feedback-form>`, loaded only then) once the result was collected. */
  @property({ type: Boolean, converter: flag }) feedback = false;
  /** Where the feedback form sends to (default `${src}/feedback`). */
  @property({ attribute: 'feedback-url' }) feedbackUrl = '';
  /** Where the code and verifier may come from on arrival: `auto` (default: query, then fragment), `query`, `fragment` or `none`. */
  @property() prefill = '';
  /** Name of the code's parameter in the page URL (default `ma`). */
  @property({ attribute: 'code-param' }) codeParam = '';
  /** Name of the verifier's parameter in the page URL (default `xac-minh`); the widget removes it from the address bar once read. */
  @property({ attribute: 'verifier-param' }) verifierParam = '';
  /** The portal's format of codes: a regular expression tested on the code in upper case without spaces and dashes (default: the reference server's, up to 8 letters or digits then 9 to 16 digits). */
  @property({ attribute: 'code-pattern' }) codePattern = '';
  /** The hint under the code field (default: where to find it, with an example of the reference server's format). */
  @property({ attribute: 'code-hint' }) codeHint = '';
  /** Where to ask for help (the centre's name, its Bộ phận Một cửa, a phone number), shown with "not found" and overdue notices. */
  @property({ attribute: 'help-text' }) helpText = '';
  /** Milliseconds each request may take before it counts as failed. */
  requestTimeout: number = DEFAULT_TIMEOUT;

  /** What the form and the status page share. */
  protected state: StatusState = { view: 'form', codeInput: '', verifierInput: '', problems: {} };
  private prefilled = false;

  protected override partHost(): StatusHost {
    return {
      ...this.baseHost(),
      state: this.state,
      renderForm: (notice) => this.renderForm(notice),
      again: () => this.again(),
    };
  }

  protected override partFailure(): string {
    return msg('The look-up could not be loaded. Check the connection, then press Look up again.');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.prefilled) {
      this.prefilled = true;
      this.readUrl();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Given by the portal (or the URL): into the form, and both given: look up at once.
    if (changed.has('code') || changed.has('verifier')) {
      if (changed.has('code')) this.state.codeInput = this.code;
      if (changed.has('verifier')) this.state.verifierInput = this.verifier;
      if (this.code && this.verifier) queueMicrotask(() => void this.lookUp());
    }
  }

  /** Looks up what the form holds now, as "Look up" does. */
  async lookUp(): Promise<void> {
    const state = this.state;
    const code = tidyCode(state.codeInput, this.codePattern);
    const verifier = tidyVerifier(state.verifierInput);
    state.problems = { code: 'problem' in code ? code.problem : undefined, verifier: 'problem' in verifier ? verifier.problem : undefined };
    state.notice = undefined;
    if ('problem' in code || 'problem' in verifier) {
      this.requestUpdate();
      const first = 'problem' in code ? codeProblem(code.problem) : verifierProblem((verifier as { problem: VerifierProblem }).problem);
      this.fail('invalid-input', first);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    try {
      const part = await this.loadPart();
      await part.lookUp(code.code, verifier.verifier);
    } catch {
      // The part did not load: `failure` shows it beside the button, which tries again.
    }
  }

  /** Reads `?ma=…&xac-minh=…` (or the fragment's) once, and takes the verifier out of the address bar. */
  private readUrl(): void {
    const mode = this.prefill || 'auto';
    if (mode === 'none' || typeof location === 'undefined') return;
    const codeName = this.codeParam || 'ma';
    const verifierName = this.verifierParam || 'xac-minh';
    const hash = location.hash.slice(1);
    const sources: [URLSearchParams, 'query' | 'fragment'][] = [];
    if (mode !== 'fragment') sources.push([new URLSearchParams(location.search), 'query']);
    if (mode !== 'query') sources.push([new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : hash), 'fragment']);
    for (const [params, where] of sources) {
      const code = params.get(codeName);
      if (!code) continue;
      const verifier = params.get(verifierName);
      if (verifier !== null) {
        // The verifier stays out of the history and of anyone's view of the address bar.
        params.delete(verifierName);
        const rest = params.toString();
        const url =
          where === 'query'
            ? location.pathname + (rest ? `?${rest}` : '') + location.hash
            : location.pathname + location.search + '#' + (hash.includes('?') ? `${hash.slice(0, hash.indexOf('?'))}?${rest}` : rest);
        try {
          history.replaceState(history.state, '', url);
        } catch {
          // A sandboxed frame may refuse: the page keeps its URL.
        }
      }
      if (!this.code) this.code = code.slice(0, 256);
      if (verifier && !this.verifier) this.verifier = verifier.slice(0, 64);
      return;
    }
  }

  /** Back to the form for another code. */
  private again(): void {
    Object.assign(this.state, { view: 'form', verifierInput: '', problems: {}, notice: undefined, looked: undefined, data: undefined, refreshFailed: false });
    this.verifier = '';
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  /** A kiosk's wipe: the code, the verifier and the status shown go; back to an empty form. */
  protected override wipe(): void {
    Object.assign(this.state, { view: 'form', codeInput: '', verifierInput: '', problems: {}, notice: undefined, looked: undefined, data: undefined, refreshFailed: false });
    this.code = '';
    this.verifier = '';
    this.loadedPart?.reset();
    this.requestUpdate();
  }

  private submit(e: Event): void {
    e.preventDefault();
    void this.lookUp();
  }

  // Templates are written tight: whitespace inside them is not minified, and this is the first screen.
  private renderForm(notice?: TemplateResult): TemplateResult {
    const { state } = this;
    const { code, verifier } = state.problems;
    const field = (id: string, label: string, hint: string, problem: string | undefined, value: string, set: (v: string) => void, numeric = false) =>
      html`<div class="field"><label class="label" for=${id}>${label}</label><span class="hint" id="${id}-hint">${hint}</span>${problem ? html`<span class="error-text" id="${id}-error">${problem}</span>` : nothing}<input class="input ${numeric ? 'short' : ''}" id=${id} name=${id} .value=${value} aria-describedby="${id}-hint${problem ? ` ${id}-error` : ''}" aria-invalid=${problem ? 'true' : 'false'} autocomplete="off" spellcheck="false" inputmode=${numeric ? 'numeric' : 'text'} autocapitalize=${numeric ? 'off' : 'characters'} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} /></div>`;
    const problems = [code && ['code', codeProblem(code)], verifier && ['verifier', verifierProblem(verifier)]].filter(Boolean) as [string, string][];
    return html`<form part="form" novalidate @submit=${this.submit}><h2 tabindex="-1">${msg('Look up your application')}</h2>${problems.length
      ? html`<div class="panel summary" tabindex="-1" role="group" aria-labelledby="summary-title"><h3 id="summary-title">${msg('Please check')}</h3><ul>${problems.map(([id, text]) => html`<li><a class="link" href="#${id}" @click=${(e: Event) => (e.preventDefault(), this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())}>${text}</a></li>`)}</ul></div>`
      : nothing}${notice ?? nothing}${field('code', msg('Application code (mã hồ sơ)'), this.codeHint || msg('It is on your receipt, for example KL-20261128-0001.'), code && codeProblem(code), state.codeInput, (v) => (state.codeInput = v))}${field(
      'verifier',
      msg('Last 4 digits of your phone number or ID number'),
      msg('The phone number or ID card number you gave in the application. Never a password.'),
      verifier && verifierProblem(verifier),
      state.verifierInput,
      (v) => (state.verifierInput = v),
      true,
    )}${this.failure ? html`<p class="error-text" role="alert">${this.failure}</p>` : nothing}<div class="actions"><button class="btn">${msg('Look up')}</button></div></form>`;
  }

  override render(): unknown {
    return this.loadedPart?.render() ?? this.renderForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-application-status': DvcApplicationStatus;
  }
}
