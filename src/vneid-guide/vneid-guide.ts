import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../core/property.js';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { flag } from '../core/attributes.js';
import { Kiosk } from '../core/kiosk.js';
import { LazyElement } from '../core/part.js';
import type { GuideHost, GuidePart } from './internal/lazy/guide.js';
import type { GuideState } from './internal/state.js';
import type { Answers, Progress } from './model/types.js';
import type { GuideCompleteDetail, GuideProgressDetail } from './events.js';
import { styles } from './vneid-guide.styles.js';
import '../generated/strings/vneid-guide.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-guide-progress': GuideProgressDetail;
    'dvc-guide-complete': GuideCompleteDetail;
  }
}

const SIZES = [1, 1.5, 2];

/** The base with the guide's part types (a class of its own: declaration files cannot name a generic mixin base). */
abstract class GuideElement extends LazyElement<GuidePart, GuideHost> {}

/**
 * A patient, step-by-step guide to the VNeID app and a level-2 electronic identity: where am I,
 * what you need, a task list with progress, one page of steps per task with the app's exact
 * button labels, troubleshooting, read-aloud and a text-size control. It has no field for any
 * password, passcode or OTP and sends nothing anywhere. This file is the first screen; the rest
 * (pages, content per locale, illustrations) loads on demand.
 *
 * @tagname dvc-vneid-guide
 * @fires {CustomEvent<GuideProgressDetail>} dvc-guide-progress - A step was marked done or not done: `{ taskId, stepId, status, completed, total }`.
 * @fires {CustomEvent<GuideCompleteDetail>} dvc-guide-complete - Every step that applies is done: `{ total }`.
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the widget shows: `{ code, message }` (content that cannot load or is invalid).
 * @csspart toolbar - Text size, device and read-aloud controls.
 * @csspart task-list - The list of tasks with their statuses.
 * @csspart step - One step of a task.
 * @csspart trouble - "Having trouble?" under each step.
 */
@define('dvc-vneid-guide')
export class DvcVneidGuide extends Kiosk(GuideElement) {
  static override styles = [LazyElement.styles, styles];
  /** The pages, with their content per locale and illustrations loaded in turn. */
  static override partModule = () => import('./internal/lazy/guide.js');

  /** URL of a content JSON (schemas/vneid-guide.schema.json) that replaces or, with `"extends": "default"`, extends the built-in guide. */
  @property() src = '';
  /** Content given directly (instead of `src`), same shape as the JSON. */
  @property({ attribute: false }) content?: unknown;
  /** `auto` (default: from the user agent), `android`, `ios` or `desktop`. The citizen can switch it. */
  @property() platform = 'auto';
  /** Keep progress for this visit only (it is kept on the device otherwise). */
  @property({ type: Boolean, converter: flag, attribute: 'no-persist' }) noPersist = false;
  /** Where to get help (hotline, the ward centre's volunteer desk), instead of the content's text. */
  @property({ attribute: 'help-text' }) helpText = '';
  /** The VNeID page on CH Play (default in the content, not yet verified against the store). */
  @property({ attribute: 'android-store-url' }) androidStoreUrl = '';
  /** The VNeID page on the App Store (default in the content, not yet verified against the store). */
  @property({ attribute: 'ios-store-url' }) iosStoreUrl = '';
  /** How pages enter the browser's history, so Back goes back a page: `hash` (default: a `#vneid-guide/…` fragment per page), `state` (an entry per page, the URL unchanged) or `none` (the portal owns history). */
  @property() history = '';
  /** Milliseconds the `src` request may take. */
  requestTimeout = 15_000;

  /** What the first screen and the pages share. Nothing here is stored. */
  protected state: GuideState = { view: 'start', answers: {}, scale: 1 };

  /** Step statuses by step id (`seen`, `done`): read it, or set it to restore progress kept elsewhere. */
  get progress(): Progress {
    return { ...(this.loadedPart?.progress ?? this.state.progress ?? {}) };
  }
  set progress(value: Progress) {
    if (this.loadedPart) this.loadedPart.setProgress(value);
    else this.state.progress = value;
    this.requestUpdate();
  }

  /**
   * Answers the two routing questions and opens a page — what "Continue" does: `needs` (what you
   * need, the default), `tasks`, or a task id. For portals that already know the answers.
   */
  async open(answers: Answers, page = 'needs'): Promise<void> {
    this.state.answers = { ...answers };
    (await this.load())?.go(page);
    await this.updateComplete;
  }

  protected override partHost(): GuideHost {
    return {
      ...this.baseHost(),
      state: this.state,
      show: (view) => this.show(view),
      setScale: (scale) => this.setScale(scale),
      load: () => this.load(),
    };
  }

  protected override partFailure(): string {
    return msg('The guide could not be loaded. Check the connection, then try again.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('content')) this.loadedPart?.reload();
  }

  /** A kiosk's wipe: answers, progress, text size, device choice and speech go; back to the first screen. */
  protected override wipe(): void {
    if (this.loadedPart) return this.loadedPart.reset();
    this.state.answers = {};
    this.setScale(1);
    this.show('start');
  }

  /**
   * The pages and the content for this locale, and — once — the page this history entry names.
   * A failure is the failure page with a retry (quiet for the prefetch: "Continue" tries again).
   */
  private async load(quiet = false): Promise<GuidePart | undefined> {
    try {
      const part = await this.loadPart(true);
      await part.ready();
      part.restore();
      this.failure = '';
      return part;
    } catch {
      if (quiet) return undefined;
      this.partLoadFailed();
      // Focus on what went wrong, where the next page would have been.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role=alert] h2')?.focus());
      return undefined;
    }
  }

  /** The content for this locale too, while the citizen reads, so "Continue" answers at once. */
  protected override prefetch(): void {
    void this.load(true);
  }

  private show(view: GuideState['view']): void {
    this.state.view = view;
    this.requestUpdate();
  }

  private async next(): Promise<void> {
    const answers = this.state.answers;
    this.state.missing = !answers.chipCard || !answers.level2;
    if (this.state.missing) {
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name=${answers.chipCard ? 'level2' : 'chipCard'}]`)?.focus();
      return;
    }
    if (!this.loadedPart || this.failure) {
      this.failure = '';
      this.show('loading');
    }
    (await this.load())?.go('needs');
  }

  private setScale(scale: number): void {
    this.state.scale = scale;
    // On the widget itself, and gone at 100 % (an empty value removes it), so the portal's own value applies again.
    this.style.setProperty('--dvc-font-scale', scale === 1 ? '' : String(scale));
    this.requestUpdate();
  }

  private answer(name: keyof Answers, value: string): void {
    (this.state.answers as Record<string, string>)[name] = value;
    this.requestUpdate();
  }

  // Templates are written tight: whitespace inside them is not minified, and this is the first screen.
  private question(name: keyof Answers, legend: string, options: [string, string][]): TemplateResult {
    const missing = this.state.missing && !this.state.answers[name];
    return html`<fieldset aria-describedby=${missing ? 'missing' : nothing}><legend class="label">${legend}</legend>${options.map(
      ([value, label]) =>
        html`<label class="choice"><input type="radio" name=${name} .value=${value} .checked=${this.state.answers[name] === value} @change=${() => this.answer(name, value)} /><span>${label}</span></label>`,
    )}</fieldset>`;
  }

  private renderStart(): TemplateResult {
    const yes = msg('Yes');
    const no = msg('No');
    return html`<h2 tabindex="-1">${msg('VNeID, step by step')}</h2><h3>${msg('Where am I?')}</h3>
<p>${msg('VNeID is the electronic identity app of the Ministry of Public Security. You log in with it to use public services online.')}</p>
<ul><li>${msg('Level 1: you register yourself, in the app. It opens some of the app’s features.')}</li>
<li>${msg('Level 2: registered in person at the ward police, with your fingerprints. It counts like your chip ID card and opens every feature.')}</li></ul>
<p>${msg('Answer two questions, and this guide shows only what you still need to do.')}</p>
${this.question('chipCard', msg('Do you have a chip ID card?'), [['yes', yes], ['no', no]])}
${this.question('level2', msg('Have you registered for level 2 at the ward police?'), [['yes', yes], ['no', no], ['unsure', msg('I am not sure')]])}
${this.state.missing ? html`<p class="error-text" id="missing">${msg('Please answer both questions.')}</p>` : nothing}
<button class="btn" @click=${() => this.next()}>${msg('Continue')}</button>`;
  }

  override render(): TemplateResult {
    const state = this.state;
    const page = this.failure
      ? html`<div class="panel" role="alert"><h2 tabindex="-1" class="error-text">${this.failure}</h2><button class="btn" @click=${() => this.next()}>${msg('Try again')}</button></div>`
      : state.view === 'start'
        ? this.renderStart()
        : state.view === 'loading'
          ? html`<p role="status">${msg('Loading the guide…')}</p>`
          : this.loadedPart?.render();
    return html`<div class="guide"><div class="toolbar" part="toolbar"><div role="group" aria-labelledby="size" class="toolbar"><span id="size">${msg('Text size')}</span>${SIZES.map(
      (n) => html`<button class="btn secondary" aria-pressed=${state.scale === n} @click=${() => this.setScale(n)}>${n * 100}%</button>`,
    )}</div>${this.loadedPart?.toolbar() ?? nothing}</div>${page}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-vneid-guide': DvcVneidGuide;
  }
}
