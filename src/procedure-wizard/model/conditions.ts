import type { Answer, Answers, AnswerScalar, Condition } from './types.js';

/** Nesting deeper than this is refused by the definition check (and never recursed into). */
export const MAX_DEPTH = 16;

/** Whether there is an answer; anything that is no answer at all (null, a number from bad data) counts as one, for the validators to refuse. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  // A date typed as `--` (three empty boxes) is unanswered too.
  return typeof value !== 'string' || value.replace(/-/g, '').trim() !== '';
}

function same(answer: Answer | undefined, expected: AnswerScalar): boolean {
  if (Array.isArray(answer)) return answer.includes(String(expected));
  if (typeof expected === 'number' && typeof answer === 'string') return answer.trim() !== '' && Number(answer) === expected;
  if (typeof expected === 'boolean') return (answer === true) === expected || answer === String(expected);
  return answer === expected;
}

/**
 * Whether `condition` holds for `answers`. An absent condition holds; a malformed one (which the
 * definition check reports) does not, so a broken definition hides rather than throws.
 */
export function evaluate(condition: Condition | undefined, answers: Answers, depth = 0): boolean {
  if (condition === undefined) return true;
  if (depth > MAX_DEPTH || !condition || typeof condition !== 'object') return false;
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all)) return (c.all as Condition[]).every((x) => evaluate(x, answers, depth + 1));
  if (Array.isArray(c.any)) return (c.any as Condition[]).some((x) => evaluate(x, answers, depth + 1));
  if ('not' in c) return c.not !== undefined && !evaluate(c.not as Condition, answers, depth + 1);
  if (typeof c.field !== 'string') return false;
  const value = Object.prototype.hasOwnProperty.call(answers, c.field) ? answers[c.field] : undefined;
  if ('equals' in c) return same(value, c.equals as AnswerScalar);
  if (Array.isArray(c.in)) return (c.in as AnswerScalar[]).some((v) => same(value, v));
  if ('answered' in c) return isAnswered(value) === (c.answered === true);
  return false;
}

/** Field ids a condition reads, for the definition check. */
export function fieldsOf(condition: unknown, depth = 0, into: string[] = []): string[] {
  if (depth > MAX_DEPTH || !condition || typeof condition !== 'object') return into;
  const c = condition as Record<string, unknown>;
  if (typeof c.field === 'string') into.push(c.field);
  for (const list of [c.all, c.any]) if (Array.isArray(list)) for (const x of list) fieldsOf(x, depth + 1, into);
  if (c.not) fieldsOf(c.not, depth + 1, into);
  return into;
}
