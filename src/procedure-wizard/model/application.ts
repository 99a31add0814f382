import { checkProcedure } from './check.js';
import { pruneAnswers, visibleDocuments, visibleSteps } from './steps.js';
import { validateField } from './validate.js';
import type { Answer, Answers, Problem } from './types.js';

/** Plain English for server error details (the element localizes the codes itself). */
const WORDS: Record<string, string> = {
  required: 'is required',
  option: 'is not one of the options',
  type: 'has the wrong type',
  number: 'must be a number',
  min: 'is too small',
  max: 'is too large',
  'min-length': 'is too short',
  'max-length': 'is too long',
  'min-items': 'has too few choices',
  'max-items': 'has too many choices',
  pattern: 'is not in the expected format',
  phone: 'must be a Viet Nam mobile number',
  email: 'must be an email address',
  'citizen-id': 'must be a 12-digit citizen ID number',
  date: 'must be a real date',
  'date-incomplete': 'must be a real date',
  'date-min': 'is too early',
  'date-max': 'is too late',
  'not-asked': 'is not asked for these answers',
  'wrong-documents': 'do not match the documents these answers need',
  'invalid-procedure': 'the procedure definition is invalid',
};

/** An application problem as the server reports it: `{ field, message }` plus the code. */
export interface ApplicationProblem {
  field: string;
  message: string;
  code: string;
  params?: Problem['params'];
}

/** Turns a submitted answer (numbers as numbers) back into the form the validators read; null when no answer can have that shape. */
function asTyped(value: unknown): Answer | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/**
 * Validates a wizard submission `{ procedureCode, answers, documents }` against its procedure with
 * the same rules as the widget: every visible question answered correctly, no answer to a
 * question these answers do not ask, and the documents list equal to the visible documents.
 * Returns [] when acceptable. Pure: the reference server calls it for `POST /api/applications`.
 */
export function validateApplication(
  procedure: unknown,
  application: { answers: Record<string, unknown>; documents: Array<{ id: string }> },
  now?: number,
): ApplicationProblem[] {
  const out = (p: Problem): ApplicationProblem => ({ field: p.path, message: WORDS[p.code] ?? p.code, code: p.code, ...(p.params ? { params: p.params } : {}) });
  const { procedure: def } = checkProcedure(procedure);
  if (!def) return [out({ path: '/procedureCode', code: 'invalid-procedure' })];
  const answers: Answers = {};
  const problems: ApplicationProblem[] = [];
  const badType = new Set<string>();
  for (const [key, raw] of Object.entries(application.answers ?? {})) {
    const typed = asTyped(raw);
    if (typed === null) badType.add(key);
    answers[key] = typed ?? '';
  }
  const kept = pruneAnswers(def, answers);
  for (const key of Object.keys(answers)) if (!(key in kept)) problems.push(out({ path: `/answers/${key}`, code: 'not-asked' }));
  for (const step of visibleSteps(def, kept)) {
    for (const field of step.fields) {
      const value = kept[field.id];
      const p = badType.has(field.id) ? { path: `/answers/${field.id}`, code: 'type' } : validateField(field, value, now);
      if (p) problems.push(out(p));
    }
  }
  const expected = visibleDocuments(def, kept).map((d) => d.id).sort().join();
  const given = (application.documents ?? []).map((d) => d.id).sort().join();
  if (expected !== given) problems.push(out({ path: '/documents', code: 'wrong-documents' }));
  return problems;
}
