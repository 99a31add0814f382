import type { Draft, Rating } from './draft.js';

export { emptyDraft, type Draft, type Rating } from './draft.js';

/**
 * The feedback submission (`schemas/feedback.schema.json`): what the citizen entered (a `Draft`),
 * how it is checked, and the JSON that is sent. Plain TypeScript without DOM, shared by the
 * element, the outbox and tests.
 */

/** The five SIPAS factors (Decision 2640/QĐ-BNV), the only criteria the contract knows. */
export const SIPAS = ['access', 'procedure', 'official', 'result', 'complaints'] as const;
export type CriterionKey = (typeof SIPAS)[number];

export const COMMENT_MAX = 1200;
export const NAME_MAX = 200;

/** Length as the schema counts it (code points, not UTF-16 units). */
export const length = (text: string): number => [...text].length;

export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
}

/** Body of `POST submit-url`. */
export interface Submission {
  id: string;
  submittedAt: string;
  locale: 'vi' | 'en' | 'de';
  procedure?: string;
  reference?: string;
  counter?: string;
  overall: Rating;
  criteria: Partial<Record<CriterionKey, Rating>>;
  comment: string;
  contact?: Contact;
}

export type Field = 'overall' | 'comment' | 'name' | 'phone' | 'email' | 'consent';
export type ProblemCode =
  | 'overall-required'
  | 'comment-too-long'
  | 'name-too-long'
  | 'phone-invalid'
  | 'email-invalid'
  | 'contact-missing'
  | 'consent-required'
  | 'rejected';
export interface Problem {
  field: Field;
  code: ProblemCode;
}

export const isRating = (v: unknown): v is Rating => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/**
 * Text as the citizen meant it: NFC, line breaks kept, control and bidi-override characters
 * (pasted garbage, or tricks that reorder what staff read) removed, outer space trimmed.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .trim();
}

/**
 * A Viet Nam mobile number in national form (`0912345678`), from what people type: spaces,
 * dots, dashes, brackets, `+84` or `84`. Mobile prefixes since the 2018 renumbering: 03, 05, 07,
 * 08, 09. Anything else (landlines, short numbers) is null.
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '').replace(/^(\+?84)/, '0');
  return /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/.test(digits) ? digits : null;
}

/** A plausible address (the mail server is the real check): local@domain.tld, no spaces. */
export const isEmail = (input: string): boolean => input.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(input);

/** What stops the draft from being sent, in the order the fields appear. */
export function checkDraft(draft: Draft, contactAllowed: boolean): Problem[] {
  const problems: Problem[] = [];
  const add = (field: Field, code: ProblemCode) => problems.push({ field, code });
  if (!isRating(draft.overall)) add('overall', 'overall-required');
  if (length(cleanText(draft.comment)) > COMMENT_MAX) add('comment', 'comment-too-long');
  if (!contactAllowed) return problems;
  const name = cleanText(draft.name);
  const phone = cleanText(draft.phone);
  const email = cleanText(draft.email);
  if (length(name) > NAME_MAX) add('name', 'name-too-long');
  if (phone && !normalizePhone(phone)) add('phone', 'phone-invalid');
  if (email && !isEmail(email)) add('email', 'email-invalid');
  if (name && !phone && !email) add('phone', 'contact-missing');
  if ((name || phone || email) && !draft.consent) add('consent', 'consent-required');
  return problems;
}

export interface Meta {
  id: string;
  submittedAt: string;
  locale: Submission['locale'];
  procedure?: string;
  reference?: string;
  counter?: string;
}

/**
 * The submission for a draft that passed `checkDraft`: criteria answered "Not applicable" left
 * out, text cleaned, contact only when allowed and given, empty context attributes left out.
 */
export function buildSubmission(draft: Draft, meta: Meta, contactAllowed: boolean): Submission {
  const criteria: Submission['criteria'] = {};
  for (const key of SIPAS) {
    const value = draft.criteria[key];
    if (isRating(value)) criteria[key] = value;
  }
  const s: Submission = { id: meta.id, submittedAt: meta.submittedAt, locale: meta.locale, overall: draft.overall as Rating, criteria, comment: cleanText(draft.comment) };
  for (const k of ['procedure', 'reference', 'counter'] as const) {
    const v = meta[k]?.trim();
    if (v) s[k] = v;
  }
  if (contactAllowed) {
    const contact: Contact = {};
    const name = cleanText(draft.name);
    const phone = normalizePhone(cleanText(draft.phone));
    const email = cleanText(draft.email);
    if (name) contact.name = name;
    if (phone) contact.phone = phone;
    if (email) contact.email = email;
    if (phone || email) s.contact = contact;
  }
  return s;
}
