import type { Procedure } from '../../../src/procedure-wizard/model/index.js';
import { secretEquals } from '../staff/auth.js';

/** The answers that can verify a look-up: phone numbers and ID (CCCD) numbers. */
const VERIFYING_TYPES = new Set(['phone', 'citizen-id']);

/**
 * The last 4 digits of every phone and ID number given in the application (found by the field
 * types of its procedure, so a portal's own procedures work too). Dates, names and other answers
 * never verify, whatever digits they hold.
 */
export function verifiersOf(procedure: Procedure | undefined, answers: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const step of procedure?.steps ?? []) {
    for (const field of step.fields) {
      const value = answers[field.id];
      if (!VERIFYING_TYPES.has(field.type) || typeof value !== 'string') continue;
      const digits = value.replace(/\D/g, '');
      if (digits.length >= 4) found.push(digits.slice(-4));
    }
  }
  return found;
}

/**
 * Whether `given` is one of `candidates`, in constant time: every candidate is compared (hashed,
 * see secretEquals), and an application without any — or no application — costs the same.
 */
export function verifierMatches(given: string, candidates: readonly string[]): boolean {
  let ok = false;
  // '----' never equals four digits: it only makes "no candidate" cost one comparison too.
  for (const c of candidates.length ? candidates : ['----']) if (secretEquals(given, c)) ok = true;
  return ok;
}
