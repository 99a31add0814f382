import type { ErrorDetail } from '../contracts.js';

/** A failure meant for the client: becomes `{ error, message, details }` with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource'): HttpError => new HttpError(404, 'not-found', `No such ${what}.`);
