/**
 * `<dvc-feedback-form>` and its public types. The model (submission builder, outbox) is plain
 * TypeScript: a portal's own code may import it from `dvc-widgets/feedback-form`.
 */
export { DvcFeedbackForm } from './feedback-form.js';
export type { Submission, Rating, CriterionKey, Contact } from './model/submission.js';
export type { Criterion } from './model/criteria.js';
