import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Equality of two secrets in constant time: both sides are hashed first, so neither the content
 * nor the length of the expected value leaks through timing.
 */
export function secretEquals(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Bearer-token check of every staff endpoint: 401 with `WWW-Authenticate` when missing or wrong. */
export function requireStaff(req: IncomingMessage, token: string): void {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m || !secretEquals(m[1]!, token)) {
    throw new HttpError(401, 'unauthorized', 'Staff token missing or wrong.', [], { 'WWW-Authenticate': 'Bearer' });
  }
}
