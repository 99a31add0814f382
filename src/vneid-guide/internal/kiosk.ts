import type { TemplateResult } from 'lit';
import { IdleController, idleQuestion, seconds, DEFAULT_IDLE_TIMEOUT } from '../../core/idle.js';
import '../../core/idle-prompt.js';
import type { DvcVneidGuide } from '../vneid-guide.js';

/**
 * Kiosk mode, loaded only when `kiosk` is set: the shared idle controller, "Are you still
 * there?", and the wipe back to the first screen (answers, progress, text size).
 */
export function kioskMode(el: DvcVneidGuide): { idle: IdleController; prompt: () => TemplateResult | '' } {
  const idle = new IdleController(el, {
    enabled: () => el.kiosk,
    timeout: () => seconds(el.idleTimeout, DEFAULT_IDLE_TIMEOUT),
    promptFor: () => el.promptFor,
    onWipe: () => {
      if (el.guide) return el.guide.reset();
      // The pages never loaded: only the first screen's answers and the text size to clear.
      el.s.answers = {};
      el.setScale(1);
      el.show('start');
    },
  });
  const prompt = () => idleQuestion(idle);
  el.requestUpdate();
  return { idle, prompt };
}
