/**
 * `<dvc-feedback-form>` and its public types: what a submission looks like (also
 * `schemas/feedback.schema.json`), for a portal's backend or its `dvc-feedback-submit` listener.
 * The model behind them (submission builder, outbox, retry policy in `model/outbox.ts`) is the
 * element's own and not exported: a portal sends feedback through the element, which owns the
 * outbox and its IndexedDB records.
 */
export { DvcFeedbackForm } from './feedback-form.js';
export type { Submission, Rating, CriterionKey, Contact } from './model/submission.js';
export type { Criterion } from './model/criteria.js';
