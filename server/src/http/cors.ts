import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOW_HEADERS = 'Content-Type, Authorization, Idempotency-Key, Last-Event-ID, X-Verifier';
const EXPOSE_HEADERS = 'Retry-After, Idempotent-Replayed';

/**
 * Adds CORS headers when the request's Origin is configured. Requests from other origins get no
 * CORS headers at all, so the browser refuses to hand them the response.
 * Returns true when the request was a preflight and has been answered.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && (origins.includes('*') || origins.includes(origin));
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  }
  res.setHeader('Vary', 'Origin');
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  if (allowed) {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    });
  } else {
    res.writeHead(403, { 'Content-Length': 0 });
  }
  res.end();
  return true;
}
