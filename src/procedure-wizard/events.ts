import type { Answer } from './model/types.js';

/** Detail of `dvc-wizard-step`: page names are `picker`, `overview`, a step id, `check`, `confirmation`. */
export interface WizardStepDetail {
  from: string;
  to: string;
  /** The step id when `to` is a question page, else null. */
  stepId: string | null;
}

/** What the wizard submits: the answers of visible questions (normalized) and the documents to bring. */
export interface WizardApplication {
  procedureCode: string;
  answers: Record<string, Answer | number>;
  documents: { id: string }[];
}

/**
 * Detail of `dvc-wizard-submit` (cancelable). Call `respondWith(promise)` to submit through your
 * own backend: the wizard shows progress, then the confirmation with the `reference` the promise
 * resolves with, or — when it rejects — a message and a retry, with the answers kept.
 * `preventDefault()` alone stops the wizard's own POST to `submit-url`.
 */
export interface WizardSubmitDetail extends WizardApplication {
  respondWith(response: Promise<{ reference: string }>): void;
}
