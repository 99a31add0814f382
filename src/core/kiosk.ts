import type { PropertyValues } from 'lit';
import { flag } from './attributes.js';
import type { DvcElement } from './dvc-element.js';
import type { IdleController, KioskProperties } from './idle.js';
import { property } from './property.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `Kiosk(…)` adds to a widget (its type, for the declaration files: a mixin's class has no name). */
export declare abstract class KioskWidget implements KioskProperties {
  kiosk: boolean;
  idleTimeout: string;
  promptFor: number;
  protected kioskMode?: IdleController;
  protected abstract wipe(): void;
  protected watching(): boolean;
}

/**
 * A shared kiosk's privacy, for every widget alike: `kiosk`, `idle-timeout` and `promptFor`,
 * declared once. With `kiosk`, after `idle-timeout` seconds without input the widget asks "Are you
 * still there?" (`<dvc-idle-prompt>`, below the widget's content, which is inert meanwhile), and
 * unanswered for `promptFor` seconds, `wipe()` clears what the citizen entered. The idle
 * controller (src/core/idle.ts) draws the question and, like the prompt, loads only once `kiosk`
 * is set: most portal pages never need them. A widget says what its wipe clears and, where only
 * some pages hold anything of the citizen, which (`watching`).
 */
export function Kiosk<T extends Constructor<DvcElement>>(Base: T): Constructor<KioskWidget> & T {
  abstract class KioskElement extends Base implements KioskProperties {
    /** Shared kiosk: stores nothing about the citizen, autocomplete off, and "Are you still there?" after `idle-timeout` seconds without input, then everything entered is wiped. */
    @property({ type: Boolean, converter: flag }) kiosk = false;
    /** Seconds without input before a kiosk asks "Are you still there?" (default 120). */
    @property({ attribute: 'idle-timeout' }) idleTimeout = '';
    /** Seconds "Are you still there?" stays before the wipe (read when it shows). */
    promptFor = 30;

    /** The idle controller, once `kiosk` was set. */
    protected kioskMode?: IdleController;

    /** Clears everything the citizen entered and returns to the start. */
    protected abstract wipe(): void;

    /** Whether the page shown holds anything to wipe (default: every page). */
    protected watching(): boolean {
      return true;
    }

    protected override willUpdate(changed: PropertyValues): void {
      super.willUpdate(changed);
      if (!changed.has('kiosk') && !changed.has('idleTimeout')) return;
      if (this.kioskMode) this.kioskMode.restart();
      else if (this.kiosk) {
        void import('./idle.js').then((idle) => {
          this.kioskMode ??= idle.kioskIdle(this, () => this.watching(), () => this.wipe());
          this.requestUpdate();
        }, () => undefined); // the next change of `kiosk` tries again
      }
    }
  }
  return KioskElement as unknown as Constructor<KioskWidget> & T;
}
