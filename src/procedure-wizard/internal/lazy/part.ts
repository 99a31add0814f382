/**
 * The wizard's part: everything after the first screen (the picker) — the overview, the question
 * pages, check answers, sending and the confirmation — loaded right after the first paint, or at
 * once when a definition is given.
 */
import { nothing } from 'lit';
import type { Part } from '../../../core/part.js';
import type { ProcedureSummary } from '../../model/types.js';
import type { WizardHost } from '../host.js';
import { accept, begin, forget, go, resume, urlOf } from './navigation.js';
import { renderOverview } from './overview.js';
import { renderCheck, renderDone, renderInvalid } from './pages.js';
import { renderStep } from './question-page.js';
import { styles } from './styles.js';
// The question pages' strings load with them, not with the first screen.
import '../../../generated/strings/procedure-wizard-lazy.js';

/** What the element calls on its part, besides drawing it. */
export interface WizardPart extends Part {
  /** Takes a definition (checked here) and opens its page; `user`: the citizen chose it (focus follows). */
  accept(definition: unknown, user: boolean): void;
  /** Where a catalogue entry's definition is. */
  urlOf(entry: ProcedureSummary, catalogSrc?: string): string;
  /** A kiosk's wipe: answers, the draft and the last confirmation go; back to the start. */
  wipe(): void;
  /** The picker is shown: a reload (or Forward into the page) on a procedure's page opens that procedure again. */
  resume(): void;
}

export function createPart(host: WizardHost): WizardPart {
  const state = host.state;
  return {
    styles,
    accept: (definition, user) => accept(host, definition, user),
    urlOf,
    resume: () => resume(host),
    connected: () => resume(host),
    wipe() {
      forget(host);
      // The last citizen's confirmation goes too: Back must not show it to the next one.
      Object.assign(state, { answers: {}, sent: undefined });
      if (state.catalog || state.def) go(host, state.catalog ? 'picker' : 'overview');
    },
    render() {
      switch (state.view) {
        case 'step':
          return renderStep(host);
        case 'check':
          return renderCheck(host);
        case 'done':
          return renderDone(host);
        case 'invalid':
          return renderInvalid(host);
        case 'overview':
          return renderOverview(state.def!, () => begin(host), state.catalog ? () => go(host, 'picker') : undefined);
        default:
          return nothing;
      }
    },
  };
}
