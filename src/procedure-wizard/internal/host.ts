import type { Answers, Problem, Procedure, ProcedureSummary } from '../model/types.js';

/** The pages of the wizard; `step` is one question page. */
export type View = 'loading' | 'failed' | 'picker' | 'overview' | 'step' | 'check' | 'done' | 'invalid';

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
  /** The reference of a sent application ('' when sent nowhere). */
  reference?: string;
  /** The page shown last, by its event name (`dvc-wizard-step`'s `from`). */
  at?: string;
  /** The Idempotency-Key of the submission being tried (kept across retries, new when answers change). */
  key?: string;
}

/** What the lazily loaded parts need from the element. */
export interface Host {
  readonly el: HTMLElement & {
    updateComplete: Promise<unknown>;
    kiosk?: boolean;
    persist?: boolean;
    submitUrl?: string;
    startAt?: string;
    privacyText?: string;
    requestTimeout: number;
  };
  readonly w: WizardState;
  readonly signal: AbortSignal;
  update(): void;
}
