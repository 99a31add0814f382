import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DEFAULT_IDLE_TIMEOUT, IdleController, idleQuestion, seconds } from '../../../core/idle.js';
import type { Host } from '../host.js';

export const DEFAULT_RESET_AFTER = 10;

const idles = new WeakMap<Host, IdleController>();

/** Kiosk: the shared idle controller; unanswered "Are you still there?" wipes to a fresh form. */
export function configureKiosk(h: Host): void {
  let idle = idles.get(h);
  if (!idle && h.el.kiosk) {
    idle = new IdleController(h.el as unknown as ReactiveControllerHost & HTMLElement, {
      enabled: () => h.el.kiosk,
      timeout: () => seconds(h.el.idleTimeout, DEFAULT_IDLE_TIMEOUT),
      promptFor: () => h.el.promptFor,
      onWipe: () => h.fresh(),
    });
    idles.set(h, idle);
  }
  idle?.restart();
}

export const prompting = (h: Host): boolean => !!idles.get(h)?.prompting;

export function prompt(h: Host): TemplateResult | typeof nothing {
  const idle = idles.get(h);
  return (idle && idleQuestion(idle)) || nothing;
}
