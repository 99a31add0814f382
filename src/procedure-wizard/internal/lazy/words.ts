import { msg, str } from '../../../core/msg.js';
import { formatDate } from '../../../core/format.js';
import { resolveText } from '../../../core/localized-text.js';
import { isAnswered } from '../../model/conditions.js';
import { parseDate } from '../../model/validate.js';
import type { Answer, Field, Problem } from '../../model/types.js';

/** What went wrong with an answer, naming the question and how to put it right. */
export function answerProblem(p: Problem, field: Field): string {
  const label = resolveText(field.label);
  const x = p.params ?? {};
  const date = (v: unknown) => formatDate(String(v));
  switch (p.code) {
    case 'required':
      if (field.type === 'checkbox') return msg(str`Tick the box "${label}" to continue.`);
      return ['select', 'radio', 'checkboxes', 'yesno'].includes(field.type)
        ? msg(str`Choose an answer for "${label}".`)
        : msg(str`Enter "${label}".`);
    case 'option':
      return msg(str`Choose one of the answers for "${label}".`);
    case 'number':
      return msg(str`"${label}" must be a number, like 2.`);
    case 'min':
      return msg(str`"${label}" must be ${x.min} or more.`);
    case 'max':
      return msg(str`"${label}" must be ${x.max} or less.`);
    case 'min-length':
      return msg(str`"${label}" must have at least ${x.min} characters.`);
    case 'max-length':
      return msg(str`"${label}" must have ${x.max} characters or fewer.`);
    case 'min-items':
      return msg(str`Choose at least ${x.min} answers for "${label}".`);
    case 'max-items':
      return msg(str`Choose no more than ${x.max} answers for "${label}".`);
    case 'pattern':
      return msg(str`"${label}" is not in the right form. Check it against the hint and try again.`);
    case 'phone':
      return msg(str`"${label}" must be a mobile number of 10 digits, like 0912 345 678.`);
    case 'email':
      return msg(str`"${label}" must be an email address, like ten@example.com.`);
    case 'citizen-id':
      return msg(str`"${label}" must be the 12 digits of the citizen ID number (on the CCCD card), like 001203004567.`);
    case 'date-incomplete':
      return msg(str`"${label}" must include a day, a month and a year.`);
    case 'date-min':
      return msg(str`"${label}" must be on or after ${date(x.min)}.`);
    case 'date-max':
      return field.max === 'today'
        ? msg(str`"${label}" must be today or in the past.`)
        : msg(str`"${label}" must be on or before ${date(x.max)}.`);
    case 'date':
      return msg(str`"${label}" must be a real date, like 27 3 2020.`);
    default:
      return msg(str`Check "${label}" and try again.`);
  }
}

/** What is wrong at one JSON path of a procedure file (for the portal team). */
export function definitionProblem(p: Problem): string {
  const x = p.params ?? {};
  switch (p.code) {
    case 'missing':
      return msg('is missing');
    case 'text':
      return msg('must be text, or one text per language (vi, en, de)');
    case 'enum':
      return msg('is not one of the allowed values');
    case 'unknown-key':
      return x.suggestion ? msg(str`is an unknown key — did you mean ${x.suggestion}?`) : msg('is an unknown key');
    case 'unknown-type':
      return msg(str`is an unknown field type: "${x.value}"`);
    case 'duplicate-id':
      return msg(str`repeats the id "${x.id}"`);
    case 'id':
      return msg('must be an id of letters, digits, - or _, starting with a letter');
    case 'code':
      return msg('must be a procedure code like 1.001193');
    case 'empty':
    case 'no-options':
      return msg('must not be empty');
    case 'unknown-field':
      return msg(str`names a question that does not exist: "${x.field}"`);
    case 'forward-reference':
      return msg(str`depends on "${x.field}", which is not asked before this step (a circular condition)`);
    case 'bad-condition':
      return msg('is not a valid condition');
    case 'too-deep':
      return msg('is nested too deeply');
    case 'pattern':
      return msg('is not a valid pattern');
    case 'range':
      return msg('is outside its allowed range');
    case 'url':
      return msg('must be a web address starting with https:// or /');
    case 'conflict':
      return msg(str`cannot be given together with ${x.with}`);
    case 'date':
      return msg('must be a date written YYYY-MM-DD');
    default:
      return msg('has the wrong type');
  }
}

/** An answer as the check page and the confirmation show it. */
export function shownAnswer(field: Field, value: Answer | undefined): string {
  if (!isAnswered(value)) return msg('Not provided');
  const option = (v: string) => resolveText(field.options?.find((o) => o.value === v)?.label) || v;
  const yes = (b: boolean) => (b ? msg('Yes') : msg('No'));
  switch (field.type) {
    case 'date':
      return formatDate(parseDate(String(value)) ?? '') || String(value);
    case 'checkbox':
      return yes(value === true);
    case 'yesno':
      return yes(value === 'yes');
    case 'checkboxes':
      return (value as string[]).map(option).join(', ');
    case 'select':
    case 'radio':
      return option(String(value));
    default:
      return String(value);
  }
}
