/** Longest input looked at: a code is about 16 characters, spaces included. */
const MAX_INPUT = 64;
/** Hyphens as people and phone keyboards type them: -, ‐, ‑, ‒, –, —, ―, −. */
const DASHES = /[-\u2010-\u2015\u2212]/g;

/**
 * An application code as typed — `kl 20261128 0001`, `KL-20261128-1`, `20261128-0001` — in its
 * stored form `KL-20261128-0001`, or undefined when it cannot be one. Only ASCII letters and
 * digits, spaces and dashes are accepted: HTML, control characters, SQL and look-alike letters
 * (Cyrillic К, full-width digits) never reach the database.
 */
export function normaliseCode(input: string, prefix: string): string | undefined {
  if (input.length > MAX_INPUT || !/^[A-Za-z0-9 \t\-\u2010-\u2015\u2212]+$/.test(input)) return undefined;
  const compact = input.replace(DASHES, '').replace(/[ \t]/g, '').toUpperCase();
  // The prefix may be left out; it is the same for every application of this server.
  const rest = compact.startsWith(prefix) ? compact.slice(prefix.length) : compact;
  const m = /^(\d{8})(\d{1,8})$/.exec(rest);
  if (!m || Number(m[2]) < 1) return undefined;
  return `${prefix}-${m[1]}-${String(Number(m[2])).padStart(4, '0')}`;
}
