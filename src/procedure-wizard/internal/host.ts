import type { PartHost } from '../../core/part.js';
import type { DvcProcedureWizard } from '../procedure-wizard.js';
import type { Answers, Problem, Procedure, ProcedureSummary } from '../model/types.js';

/** The pages of the wizard; `step` is one question page. */
export type View = 'loading' | 'failed' | 'picker' | 'overview' | 'step' | 'check' | 'done' | 'invalid';

/**
 * A page as the browser's history and the tab's draft keep it: the view, its step, the
 * procedure, and which submission of this tab it belongs to (pages of a sent one are spent).
 */
export interface Page {
  v: View;
  s?: string;
  c: string;
  g: number;
}

/** Everything the wizard shows, in one plain object (mutated, then `update()`). */
export interface WizardState {
  view: View;
  catalog?: ProcedureSummary[];
  query: string;
  /** The checked definition; set only when it has no problems. */
  def?: Procedure;
  /** Problems of an invalid definition. */
  problems?: Problem[];
  answers: Answers;
  stepId?: string;
  /** Problems shown on the current page after "Continue". */
  errors?: Problem[];
  /** A "Change" link led here: go back to the check page after it. */
  returnToCheck?: boolean;
  /** What failed and how to try again (view `failed`, or a failed submission on the check page). */
  failure?: { code: string; message: string; retry: () => void };
  sending?: boolean;
  /** The last application sent from this tab: its reference ('' when sent nowhere) and answers, for the confirmation. */
  sent?: { reference: string; answers: Answers };
  /** The page shown now (`dvc-wizard-step`'s `from` is its name). */
  page?: Page;
  /** Submissions made in this tab: history entries of an earlier one show its confirmation, never resend. */
  gen: number;
  /** The Idempotency-Key of the submission being tried: kept across retries and reloads, new when answers change. */
  key?: string;
}

/** What the wizard's part gets of its element. */
export interface WizardHost extends PartHost<DvcProcedureWizard> {
  readonly state: WizardState;
  /** Opens a catalogue entry by its code, quietly (Back or Forward to another procedure's page); false when the catalogue has none. */
  reopen(code: string): boolean;
}
