// What the citizen types into the look-up form, checked before anything is sent: the application
// code (tolerant of spaces, case, dashes and full-width digits) and the 4-digit verifier. Plain
// TypeScript, no DOM. The reference server checks again (server/src/applications/code.ts).

/** Longest input looked at: a code is about 16 characters, spaces included. */
export const MAX_CODE_INPUT = 64;

/** Hyphens as people and phone keyboards type them: -, ‐, ‑, ‒, –, —, ―, −. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The default shape of a code once spaces and dashes are gone: the reference server's
 * `KL-20261128-0001` (prefix optional), i.e. up to 8 letters or digits, then 9 to 16 digits.
 */
export const DEFAULT_CODE_PATTERN = '^[A-Z0-9]{0,8}[0-9]{9,16}$';

export type CodeProblem = 'code-missing' | 'code-too-long' | 'code-characters' | 'code-format';
export type VerifierProblem = 'verifier-missing' | 'verifier-format';

/**
 * The code as typed, tidied for sending — upper case, full-width characters folded (NFKC), every
 * kind of dash a `-`, runs of spaces a `-` — or the problem with it. Only ASCII letters, digits and
 * dashes pass: HTML, control characters, SQL and look-alike letters (Cyrillic К) never leave the
 * page. `pattern` (a regular expression's source) is tested on the code without its dashes.
 */
export function tidyCode(input: string, pattern = DEFAULT_CODE_PATTERN): { code: string } | { problem: CodeProblem } {
  if (input.length > MAX_CODE_INPUT * 4) return { problem: 'code-too-long' };
  const folded = input.normalize('NFKC').replace(DASHES, '-').trim().toUpperCase();
  if (!folded) return { problem: 'code-missing' };
  if (folded.length > MAX_CODE_INPUT) return { problem: 'code-too-long' };
  if (!/^[A-Z0-9 \t-]+$/.test(folded)) return { problem: 'code-characters' };
  const code = folded.replace(/[ \t]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  let re: RegExp;
  try {
    re = new RegExp(pattern || DEFAULT_CODE_PATTERN);
  } catch {
    re = new RegExp(DEFAULT_CODE_PATTERN);
  }
  return re.test(code.replace(/-/g, '')) ? { code } : { problem: 'code-format' };
}

/** The last 4 digits of the phone or ID number, as typed (spaces forgiven, full-width folded), or the problem. */
export function tidyVerifier(input: string): { verifier: string } | { problem: VerifierProblem } {
  const v = input.length > MAX_CODE_INPUT ? 'x' : input.normalize('NFKC').replace(/\s+/g, '');
  if (!v) return { problem: 'verifier-missing' };
  return /^\d{4}$/.test(v) ? { verifier: v } : { problem: 'verifier-format' };
}

/** Today in Viet Nam, `YYYY-MM-DD` (the promised date is a day there). */
export function vietNamDay(now: number): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Statuses after which a promised date no longer matters: the result is there, or there is none. */
const SETTLED = new Set(['result-ready', 'collected', 'rejected']);

/** The promised date has passed and the result is not ready yet. */
export function isOverdue(status: string, due: string | undefined, now: number): boolean {
  return !!due && !SETTLED.has(status) && due < vietNamDay(now);
}
