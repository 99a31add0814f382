import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { IdleController, idleQuestion, seconds, DEFAULT_IDLE_TIMEOUT } from '../../core/idle.js';
import '../../core/idle-prompt.js';
import type { Host, View } from './host.js';

type Flow = { forget(h: Host): void; go(h: Host, view: View): void };

/**
 * Kiosk mode, loaded only when `kiosk` is set (most portal pages never need it): the shared idle
 * controller, "Are you still there?", and the wipe back to the start.
 */
export function kioskMode(
  el: ReactiveControllerHost & HTMLElement & { kiosk?: boolean; idleTimeout?: string; promptFor: number },
  h: Host,
  flow: () => Flow | undefined,
): { idle: IdleController; prompt: () => TemplateResult | '' } {
  const idle = new IdleController(el, {
    enabled: () => !!el.kiosk,
    timeout: () => seconds(el.idleTimeout, DEFAULT_IDLE_TIMEOUT),
    promptFor: () => el.promptFor,
    onWipe: () => {
      h.w.query = '';
      const f = flow();
      f?.forget(h);
      // The last citizen's confirmation goes too: Back must not show it to the next one.
      Object.assign(h.w, { answers: {}, sent: undefined });
      if (f && (h.w.catalog || h.w.def)) f.go(h, h.w.catalog ? 'picker' : 'overview');
    },
  });
  const prompt = () => idleQuestion(idle);
  return { idle, prompt };
}
