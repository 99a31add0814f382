// What every widget needs to stay connected, without the request helper (http.ts) in its first
// screen: the abort signal tied to the element, the default timeout, the backoff between retries.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a request may take before it counts as failed, unless a widget's `requestTimeout` says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;

/** Exponential backoff with jitter: attempt 0 waits between base/2 and base. */
export function backoff(attempt: number, base: number, max: number, random = Math.random): number {
  return Math.min(max, base * 2 ** attempt) * (0.5 + random() / 2);
}

/**
 * An `AbortSignal` that lives as long as the host is connected: requests made with it stop when
 * the element leaves the page.
 */
export class ConnectionSignal implements ReactiveController {
  private controller = new AbortController();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  hostConnected(): void {
    if (this.controller.signal.aborted) this.controller = new AbortController();
  }

  hostDisconnected(): void {
    this.controller.abort();
  }
}
