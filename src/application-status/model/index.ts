/**
 * The application-status model: the contract's types, the guard of the public view and the
 * allowed transitions. Plain TypeScript, no DOM; the reference server imports it too.
 */
export * from './types.js';
export { TRANSITIONS, isStatusKey, nextStatuses, canMove, isFinal } from './transitions.js';
export { isApplicationStatus, historyInOrder } from './guard.js';
export { tidyCode, tidyVerifier, isOverdue, vietNamDay, DEFAULT_CODE_PATTERN, MAX_CODE_INPUT, type CodeProblem, type VerifierProblem } from './input.js';
