import type { ServerResponse } from 'node:http';
import type { ErrorBody } from '../contracts.js';
import { DatabaseUnavailable } from '../db/database.js';
import { encode } from './compress.js';
import { HttpError } from './errors.js';

/** One log line per outage is enough; a request a second during a restart would flood the log. */
let unavailableLoggedAt = 0;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const encoded = encode(res, Buffer.from(JSON.stringify(body)), 'dynamic');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': encoded.body.length,
    'Cache-Control': 'no-store',
    ...encoded.headers,
    ...headers,
  });
  res.end(encoded.body);
}

/**
 * Turns any thrown value into a JSON error. A database that cannot be reached is a 503 with
 * Retry-After; unknown errors are logged here and answered with a generic 500: a response never
 * carries a stack trace or an internal message.
 */
export function sendError(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof HttpError) {
    const body: ErrorBody = { error: err.code, message: err.message, details: err.details };
    sendJson(res, err.status, body, err.headers);
    return;
  }
  if (err instanceof DatabaseUnavailable) {
    if (Date.now() - unavailableLoggedAt > 5_000) {
      unavailableLoggedAt = Date.now();
      console.error(`dvc-server: ${err.message}; answering 503 until it is back`);
    }
    const body: ErrorBody = { error: 'unavailable', message: 'The service is briefly unavailable; try again.', details: [] };
    sendJson(res, 503, body, { 'Retry-After': '2' });
    return;
  }
  console.error('dvc-server: unexpected error', err);
  const body: ErrorBody = { error: 'internal', message: 'Internal server error.', details: [] };
  sendJson(res, 500, body);
}
