import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { DvcElement } from '../core/dvc-element.js';
import { getLocale } from '../core/localization.js';
import { pageChange } from '../core/page-change.js';
import { chunks } from './internal/chunks.js';
import type { GuideState } from './internal/state.js';
import type { Answers, Progress } from './internal/types.js';
import type { GuideCompleteDetail, GuideProgressDetail } from './events.js';
import { styles } from './vneid-guide.styles.js';
import { flag } from '../core/flag.js';
import '../generated/strings/vneid-guide.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-guide-progress': GuideProgressDetail;
    'dvc-guide-complete': GuideCompleteDetail;
  }
}

type Guide = InstanceType<Awaited<ReturnType<typeof chunks.guide>>['Guide']>;
type Kiosk = Awaited<ReturnType<Awaited<ReturnType<typeof chunks.kiosk>>['kioskMode']>>;

const SIZES = [1, 1.5, 2];

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
export class DvcVneidGuide extends DvcElement {
  static override styles = [DvcElement.styles, styles];
  static override properties = {
    src: {},
    content: { attribute: false },
    platform: {},
    noPersist: { type: Boolean, converter: flag, attribute: 'no-persist' },
    kiosk: { type: Boolean, converter: flag },
    idleTimeout: { attribute: 'idle-timeout' },
    helpText: { attribute: 'help-text' },
    androidStoreUrl: { attribute: 'android-store-url' },
    iosStoreUrl: { attribute: 'ios-store-url' },
    history: {},
    promptFor: { attribute: false },
    requestTimeout: { attribute: false },
  };

  /** URL of a content JSON (schemas/vneid-guide.schema.json) that replaces or, with `"extends": "default"`, extends the built-in guide. */
  src = '';
  /** Content given directly (instead of `src`), same shape as the JSON. */
  content?: unknown;
  /** `auto` (default: from the user agent), `android`, `ios` or `desktop`. The citizen can switch it. */
  platform = 'auto';
  /** Keep progress for this visit only (it is kept on the device otherwise). */
  noPersist = false;
  /** Shared kiosk: progress in memory only, wiped after `idle-timeout` seconds without input. */
  kiosk = false;
  /** Seconds without input before a kiosk asks "Are you still there?" (default 120). */
  idleTimeout = '';
  /** Where to get help (hotline, the ward centre's volunteer desk), instead of the content's text. */
  helpText = '';
  /** The VNeID page on CH Play (default in the content, not yet verified against the store). */
  androidStoreUrl = '';
  /** The VNeID page on the App Store (default in the content, not yet verified against the store). */
  iosStoreUrl = '';
  /** How pages enter the browser's history, so Back goes back a page: `hash` (default: a `#vneid-guide/…` fragment per page), `state` (an entry per page, the URL unchanged) or `none` (the portal owns history). */
  history = '';
  /** Seconds "Are you still there?" stays before the wipe (kiosk). */
  promptFor = 30;
  /** Milliseconds the `src` request may take. */
  requestTimeout = 15_000;

  /** @internal Shared with the lazily loaded pages. */
  s: GuideState = { view: 'start', answers: {}, scale: 1 };
  /** @internal The lazily loaded pages, once loaded. */
  guide?: Guide;
  private kioskMode?: Kiosk;
  /** @internal Progress set before the pages loaded; they take it over. */
  pendingProgress?: Progress;

  /** Step statuses by step id (`seen`, `done`): read it, or set it to restore progress kept elsewhere. */
  get progress(): Progress {
    return { ...(this.guide?.store.progress ?? this.pendingProgress ?? {}) };
  }
  set progress(value: Progress) {
    if (this.guide) this.guide.setProgress(value);
    else this.pendingProgress = value;
    this.requestUpdate();
  }

  /** @internal Aborts the `src` request when the element leaves the page. */
  get signal(): AbortSignal {
    return this.connection.signal;
  }

  /**
   * Answers the two routing questions and opens a page — what "Continue" does: `needs` (what you
   * need, the default), `tasks`, or a task id. For portals that already know the answers.
   */
  async open(answers: Answers, page = 'needs'): Promise<void> {
    this.s.answers = { ...answers };
    await this.load();
    if (this.s.view !== 'failed') this.guide?.go(page);
    await this.updateComplete;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kiosk') || changed.has('idleTimeout')) {
      if (this.kioskMode) this.kioskMode.idle.restart();
      else if (this.kiosk) void chunks.kiosk().then((k) => (this.kioskMode ??= k.kioskMode(this)), () => 0);
    }
    if (this.guide && (changed.has('src') || changed.has('content'))) void this.guide.reload();
  }

  override firstUpdated(): void {
    // Fetch the pages while the citizen reads, so "Continue" answers at once.
    setTimeout(() => void this.load(true));
  }

  /** @internal Loads the pages and the content; a failure becomes the `failed` page with a retry. */
  async load(quiet = false): Promise<void> {
    if (!quiet && this.s.view === 'failed') this.s.view = 'loading';
    try {
      if (!this.guide) {
        const mod = await chunks.guide();
        if (!this.guide) {
          // The pages' styles come with them: the first screen carries only its own.
          if (this.shadowRoot) adoptStyles(this.shadowRoot, [...DvcVneidGuide.elementStyles, mod.styles]);
          this.guide = new mod.Guide(this);
        }
      }
      await this.guide!.ready();
      this.guide!.restore();
    } catch {
      if (quiet) return; // the prefetch: "Continue" tries again and shows the failure
      const message = msg('The guide could not be loaded. Check the connection, then try again.');
      this.s.failure = { code: 'load-failed', message };
      this.show('failed');
      this.fail('load-failed', message);
    }
  }

  /** @internal Shows a page; one the citizen moved to (`moved`) gets focus on its heading and is safe from a double tap. */
  show(view: GuideState['view'], moved = true): void {
    this.s.view = view;
    if (moved) pageChange(this).changed();
    this.requestUpdate();
  }

  private async next(): Promise<void> {
    const a = this.s.answers;
    this.s.missing = !a.chipCard || !a.level2;
    if (this.s.missing) {
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name=${a.chipCard ? 'level2' : 'chipCard'}]`)?.focus();
      return;
    }
    if (!this.guide) this.show('loading');
    await this.load();
    if (this.guide && this.s.view !== 'failed') this.guide.go('needs');
  }

  /** @internal */
  setScale(scale: number): void {
    this.s.scale = scale;
    // On the widget itself, so the portal's own value applies again at 100 %.
    if (scale === 1) this.style.removeProperty('--dvc-font-scale');
    else this.style.setProperty('--dvc-font-scale', String(scale));
    this.requestUpdate();
  }

  private answer(name: keyof Answers, value: string): void {
    (this.s.answers as Record<string, string>)[name] = value;
    this.requestUpdate();
  }

  // Templates are written tight: whitespace inside them is not minified, and this is the first screen.
  private question(name: keyof Answers, legend: string, options: [string, string][]): TemplateResult {
    const missing = this.s.missing && !this.s.answers[name];
    return html`<fieldset aria-describedby=${missing ? 'missing' : nothing}><legend class="label">${legend}</legend>${options.map(
      ([value, label]) =>
        html`<label class="choice"><input type="radio" name=${name} .value=${value} .checked=${this.s.answers[name] === value} @change=${() => this.answer(name, value)} /><span>${label}</span></label>`,
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
${this.s.missing ? html`<p class="error-text" id="missing">${msg('Please answer both questions.')}</p>` : nothing}
<button class="btn" @click=${() => this.next()}>${msg('Continue')}</button>`;
  }

  override render(): TemplateResult {
    const s = this.s;
    const page =
      s.view === 'start'
        ? this.renderStart()
        : s.view === 'loading'
          ? html`<p role="status">${msg('Loading the guide…')}</p>`
          : s.view === 'failed'
            ? html`<div class="panel" role="alert"><h2 tabindex="-1" class="error-text">${s.failure?.message}</h2><button class="btn" @click=${() => this.next()}>${msg('Try again')}</button></div>`
            : this.guide?.render();
    return html`<div class="guide" lang=${getLocale()} .inert=${!!this.kioskMode?.idle.prompting}><div class="toolbar" part="toolbar"><div role="group" aria-labelledby="size" class="toolbar"><span id="size">${msg('Text size')}</span>${SIZES.map(
      (n) => html`<button class="btn secondary" aria-pressed=${s.scale === n} @click=${() => this.setScale(n)}>${n * 100}%</button>`,
    )}</div>${this.guide?.toolbar() ?? nothing}</div>${page}</div>${this.kioskMode?.prompt() ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-vneid-guide': DvcVneidGuide;
  }
}
