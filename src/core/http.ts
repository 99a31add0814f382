import { backoff, DEFAULT_TIMEOUT } from './connection.js';

/** Why a request failed; `aborted` means the element left the page and is never shown. */
export type HttpErrorKind = 'network' | 'timeout' | 'aborted' | 'http-4xx' | 'http-5xx' | 'bad-json';

/** A failed request, typed so widgets can choose a message and whether to offer a retry. */
export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    readonly status = 0,
    /** Milliseconds the server asked us to wait (`Retry-After`), if it did. */
    readonly retryAfter?: number,
    /** The parsed JSON error body, when the server sent one. */
    readonly body?: unknown,
  ) {
    super(status ? `${kind} (${status})` : kind);
    this.name = 'HttpError';
  }

  /** Worth trying again later: the network, a timeout, the server's fault, 408 or 429. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'http-5xx' ||
      this.status === 408 ||
      this.status === 429
    );
  }
}

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Per attempt, in ms. */
  timeout?: number;
  /** Aborts the request and any wait between attempts. */
  signal?: AbortSignal;
  /** Further attempts after a retryable failure. A non-GET is retried only with an idempotency key. */
  retries?: number;
  /** Base delay of the exponential backoff, in ms (default 300: a citizen waiting on a page does not notice one quick retry). */
  retryDelay?: number;
  /** No single wait is longer; a `Retry-After` beyond it is left to the caller. */
  maxRetryDelay?: number;
  /** Sent as `Idempotency-Key`, which makes a POST safe to repeat. */
  idempotencyKey?: string;
}

/** Parses `Retry-After` (seconds or an HTTP date) into ms. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with an `aborted` HttpError when `signal` aborts first. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new HttpError('aborted'));
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(new HttpError('aborted'));
    }
  });
}

async function attempt(url: string, options: RequestOptions): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT);
  // AbortSignal.any is missing before Safari 17.4: tie the caller's signal in by hand.
  const forward = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', forward, { once: true });
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
        credentials: 'same-origin',
      });
      text = response.status === 204 ? '' : await response.text();
    } catch {
      throw new HttpError(timedOut ? 'timeout' : options.signal?.aborted ? 'aborted' : 'network');
    }
    let data: unknown;
    let parsed = true;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (!response.ok) {
      const kind = response.status >= 500 ? 'http-5xx' : 'http-4xx';
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      throw new HttpError(kind, response.status, retryAfter, parsed ? data : undefined);
    }
    if (!parsed) throw new HttpError('bad-json', response.status);
    return data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}

/**
 * Fetches JSON with a timeout per attempt, typed errors, and retries with backoff for what is
 * retryable. The caller checks the shape of what comes back: it is `unknown` until then.
 */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const method = (options.method ?? 'GET').toUpperCase();
  const mayRetry = method === 'GET' || method === 'HEAD' || !!options.idempotencyKey;
  const retries = mayRetry ? (options.retries ?? 0) : 0;
  const base = options.retryDelay ?? 300;
  const max = options.maxRetryDelay ?? 8000;
  for (let i = 0; ; i++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      const e = error as HttpError;
      const last = i >= retries || !e.retryable || (e.retryAfter ?? 0) > max;
      if (last) throw e;
      await wait(Math.max(e.retryAfter ?? 0, backoff(i, base, max)), options.signal);
    }
  }
}
