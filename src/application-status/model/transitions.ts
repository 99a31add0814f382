import type { ApplicationStatusKey } from './types.js';

/**
 * The allowed moves between statuses; the reference server refuses every other one (409). A
 * result is collected only once it is ready; collected and rejected are final.
 */
export const TRANSITIONS: Readonly<Record<ApplicationStatusKey, readonly ApplicationStatusKey[]>> = {
  received: ['processing', 'needs-documents', 'result-ready', 'rejected'],
  processing: ['needs-documents', 'result-ready', 'rejected'],
  'needs-documents': ['processing', 'rejected'],
  'result-ready': ['collected'],
  collected: [],
  rejected: [],
};

export function isStatusKey(value: unknown): value is ApplicationStatusKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TRANSITIONS, value);
}

/** The statuses an application in `from` may move to (none for an unknown or final one). */
export function nextStatuses(from: string): readonly ApplicationStatusKey[] {
  return isStatusKey(from) ? TRANSITIONS[from] : [];
}

export function canMove(from: string, to: string): boolean {
  return nextStatuses(from).includes(to as ApplicationStatusKey);
}

/** No move leaves these. */
export function isFinal(status: string): boolean {
  return isStatusKey(status) && TRANSITIONS[status].length === 0;
}
