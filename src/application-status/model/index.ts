/**
 * The application-status model: the contract's types, the guard of the public view and the
 * allowed transitions. Plain TypeScript, no DOM; the reference server imports it too.
 */
export * from './types.js';
export { TRANSITIONS, isStatusKey, nextStatuses, canMove, isFinal } from './transitions.js';
export { isApplicationStatus, historyInOrder } from './guard.js';
