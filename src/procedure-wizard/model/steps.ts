import { evaluate } from './conditions.js';
import { normalizeAnswer, validateField } from './validate.js';
import type { Answer, Answers, DocumentItem, Problem, Procedure, Step } from './types.js';

/**
 * The steps shown for these answers, in order. A step's condition reads only fields of earlier
 * steps (the definition check enforces it), so answers on hidden steps are dropped first, one
 * step at a time: a hidden step's answers never keep a later step visible.
 */
export function visibleSteps(procedure: Procedure, answers: Answers): Step[] {
  return walk(procedure, answers).steps;
}

/** The answers of visible steps only: what a hidden step held is dropped. */
export function pruneAnswers(procedure: Procedure, answers: Answers): Answers {
  return walk(procedure, answers).kept;
}

function walk(procedure: Procedure, answers: Answers): { steps: Step[]; kept: Answers } {
  const kept: Answers = {};
  const steps: Step[] = [];
  for (const step of procedure.steps) {
    if (!evaluate(step.visibleIf, kept)) continue;
    steps.push(step);
    for (const field of step.fields) {
      if (Object.prototype.hasOwnProperty.call(answers, field.id)) kept[field.id] = answers[field.id];
    }
  }
  return { steps, kept };
}

/** The documents to bring for these answers. */
export function visibleDocuments(procedure: Procedure, answers: Answers): DocumentItem[] {
  const kept = pruneAnswers(procedure, answers);
  return procedure.documents.filter((d) => evaluate(d.visibleIf, kept));
}

/** Problems of one step's answers, in field order. */
export function stepProblems(step: Step, answers: Answers, now?: number): Problem[] {
  const found: Problem[] = [];
  for (const field of step.fields) {
    const p = validateField(field, answers[field.id], now);
    if (p) found.push(p);
  }
  return found;
}

/** The first visible step with a problem (where "Change" must lead before the check page). */
export function firstIncompleteStep(procedure: Procedure, answers: Answers, now?: number): Step | undefined {
  const kept = pruneAnswers(procedure, answers);
  return visibleSteps(procedure, kept).find((s) => stepProblems(s, kept, now).length > 0);
}

/** What is submitted: visible answers, normalized, unanswered ones left out. */
export function submission(procedure: Procedure, answers: Answers): Record<string, Answer | number> {
  const kept = pruneAnswers(procedure, answers);
  const out: Record<string, Answer | number> = {};
  for (const step of visibleSteps(procedure, kept)) {
    for (const field of step.fields) {
      const v = kept[field.id];
      if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
      if (field.type === 'date' && typeof v === 'string' && !v.replace(/-/g, '').trim()) continue;
      out[field.id] = normalizeAnswer(field, v);
    }
  }
  return out;
}
