import type { Locale } from './localization.js';

/** Detail of `dvc-error`: a stable machine code and a localized, human message. */
export interface DvcErrorDetail {
  code: string;
  message: string;
}

/**
 * Every dvc event and its `detail`, in one map. Widgets add theirs by declaration merging:
 * `declare module '../core/events.js' { interface DvcEventMap { 'dvc-x-y': Detail } }`.
 */
export interface DvcEventMap {
  'dvc-error': DvcErrorDetail;
  'dvc-locale-change': { locale: Locale };
}

type DvcEvents = { [K in keyof DvcEventMap]: CustomEvent<DvcEventMap[K]> };

declare global {
  interface HTMLElementEventMap extends DvcEvents {}
  interface WindowEventMap extends DvcEvents {}
}

/**
 * Dispatches a typed dvc event that bubbles out of shadow roots. Returns false when a listener
 * called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof DvcEventMap>(
  target: EventTarget,
  type: K,
  detail: DvcEventMap[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
