import { html, nothing, render, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { seconds } from './attributes.js';
import { realClock, type Clock } from './clock.js';

/** What counts as someone being there: any of these, from anywhere inside the widget. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export const DEFAULT_PROMPT_FOR = 30;
/** Seconds without input before a kiosk asks "Are you still there?", unless `idle-timeout` says otherwise. */
export const DEFAULT_IDLE_TIMEOUT = 120;

export interface IdleOptions {
  /** Only while this is true does the controller watch (the widget's `kiosk`). */
  enabled: () => boolean;
  /** Seconds without input before "Are you still there?" (the widget's `idle-timeout`). */
  timeout: () => number;
  /** Seconds the question stays before everything is wiped. */
  promptFor?: () => number;
  /** Clears what the citizen entered and returns the widget to its start. */
  onWipe: () => void;
  /** Timers to use; real ones unless a test injects its own. */
  clock?: Clock;
}

/**
 * Kiosk privacy: after a spell without input, asks "Are you still there?" and, unanswered, wipes
 * what the citizen entered so the next person at a shared kiosk never sees it. Every widget uses
 * it. While `prompting`, the controller draws `<dvc-idle-prompt>` after the host's content and
 * makes that content inert (the prompt element loads once kiosk mode is on); the widget's own
 * render knows nothing of it, so its first screen carries none of this.
 */
export class IdleController implements ReactiveController {
  /** True while the question is shown. */
  prompting = false;
  /** Whole seconds left before the wipe, while prompting. */
  remaining = 0;

  private idleTimer?: unknown;
  private wipeTimer?: unknown;
  private ticker?: unknown;
  private readonly clock: Clock;
  private readonly onActivity = () => this.restart();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: IdleOptions,
  ) {
    this.clock = options.clock ?? realClock;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.host.addEventListener(type, this.onActivity, { passive: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.host.removeEventListener(type, this.onActivity);
    this.stop();
  }

  /** Starts the idle spell again (activity, the citizen answered, or the options changed). */
  restart(): void {
    const wasPrompting = this.prompting;
    this.stop();
    if (this.options.enabled() && this.host.isConnected) {
      // Only kiosks need the prompt: keep it out of every widget's first download.
      void import('./idle-prompt.js');
      this.idleTimer = this.clock.setTimeout(() => this.prompt(), this.options.timeout() * 1000);
    }
    if (wasPrompting) this.host.requestUpdate();
  }

  /** Wipes now, as if the question had gone unanswered ("Start again" on a shared kiosk). */
  wipe(): void {
    this.stop();
    this.options.onWipe();
    this.host.requestUpdate();
    this.restart();
  }

  hostUpdated(): void {
    // The host draws into its `.root` (src/core/dvc-element.ts); the question goes after it, in the shadow root.
    const content = this.host.renderRoot as HTMLElement;
    content.inert = this.prompting;
    if (content.parentNode) render(this.question(), content.parentNode as ShadowRoot);
  }

  /** "Are you still there?" while asking, wired to this controller. */
  private question(): TemplateResult | typeof nothing {
    return this.prompting
      ? html`<dvc-idle-prompt .remaining=${this.remaining} @dvc-idle-continue=${() => this.restart()} @dvc-idle-clear=${() => this.wipe()}></dvc-idle-prompt>`
      : nothing;
  }

  private prompt(): void {
    const promptFor = (this.options.promptFor?.() ?? DEFAULT_PROMPT_FOR) * 1000;
    const deadline = this.clock.now() + promptFor;
    this.prompting = true;
    this.remaining = Math.ceil(promptFor / 1000);
    this.ticker = this.clock.setInterval(() => {
      this.remaining = Math.max(0, Math.ceil((deadline - this.clock.now()) / 1000));
      this.host.requestUpdate();
    }, Math.min(1000, promptFor));
    this.wipeTimer = this.clock.setTimeout(() => this.wipe(), promptFor);
    this.host.requestUpdate();
  }

  private stop(): void {
    this.clock.clearTimeout(this.idleTimer);
    this.clock.clearTimeout(this.wipeTimer);
    this.clock.clearInterval(this.ticker);
    this.prompting = false;
  }
}

/** The properties every kiosk-capable widget has (declared by `Kiosk()`, src/core/kiosk.ts). */
export interface KioskProperties {
  kiosk: boolean;
  idleTimeout: string;
  promptFor: number;
}

/**
 * The controller of a widget with `kiosk` (src/core/kiosk.ts), built here so the first screen
 * carries only the import: it watches while `kiosk` is set and the page shown holds something
 * (`watching`), for `idle-timeout` seconds.
 */
export function kioskIdle(widget: KioskProperties & ReactiveElement, watching: () => boolean, wipe: () => void): IdleController {
  return new IdleController(widget, {
    enabled: () => widget.kiosk && watching(),
    timeout: () => seconds(widget.idleTimeout, DEFAULT_IDLE_TIMEOUT),
    promptFor: () => widget.promptFor,
    onWipe: wipe,
  });
}
