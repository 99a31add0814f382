import { isAnswered } from './conditions.js';
import type { Answer, Field, Problem } from './types.js';

/** Today in Viet Nam as `YYYY-MM-DD` (the ward's calendar, wherever the code runs). */
export function today(now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** Digits only: spaces, dots and dashes people type in numbers are ignored. */
const digits = (s: string) => s.replace(/[\s.\-()]/g, '');

/** A Viet Nam mobile number: 0 or +84, then 3/5/7/8/9 and 8 more digits. */
export function isVnMobile(value: string): boolean {
  return /^(?:\+?84|0)[35789]\d{8}$/.test(digits(value));
}

/** A 12-digit personal ID (CCCD) whose first three digits are a province code (001–096). */
export function isCitizenId(value: string): boolean {
  const d = digits(value);
  return /^\d{12}$/.test(d) && Number(d.slice(0, 3)) >= 1 && Number(d.slice(0, 3)) <= 96;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value.trim());
}

/** `YYYY-MM-DD` from a date typed in boxes (`2024-3-7`), or undefined when it is no real date. */
export function parseDate(value: string): string | undefined {
  const m = /^\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1800 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date bound of a definition (`today` or `YYYY-MM-DD`) as `YYYY-MM-DD`. */
export function dateBound(bound: unknown, now?: number): string | undefined {
  if (bound === 'today') return today(now);
  return typeof bound === 'string' ? parseDate(bound) : undefined;
}

/** A number as people type it, with a comma or a dot as the decimal sign. */
export function parseNumber(value: string): number | undefined {
  const t = value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function safePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

/**
 * The first problem with one answer, or undefined. Codes: required, option, number, min, max,
 * min-length, max-length, pattern, phone, email, citizen-id, date, date-min, date-max.
 * `path` is `/answers/<field id>`.
 */
export function validateField(field: Field, value: Answer | undefined, now?: number): Problem | undefined {
  const path = `/answers/${field.id}`;
  const problem = (code: string, params?: Problem['params']): Problem => ({ path, code, ...(params ? { params } : {}) });
  if (!isAnswered(value)) return field.required ? problem('required') : undefined;
  const options = (field.options ?? []).map((o) => o.value);
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : problem('option');
    case 'checkboxes': {
      if (!Array.isArray(value) || !value.every((v) => options.includes(v))) return problem('option');
      if (field.minLength !== undefined && value.length < field.minLength) return problem('min-items', { min: field.minLength });
      if (field.maxLength !== undefined && value.length > field.maxLength) return problem('max-items', { max: field.maxLength });
      return undefined;
    }
    case 'select':
    case 'radio':
      return typeof value === 'string' && options.includes(value) ? undefined : problem('option');
    case 'yesno':
      return value === 'yes' || value === 'no' ? undefined : problem('option');
  }
  if (typeof value !== 'string') return problem('type');
  if (field.type === 'date') {
    const date = parseDate(value);
    if (!date) return problem(value.split('-').some((p) => p.trim() === '') ? 'date-incomplete' : 'date');
    const min = dateBound(field.min, now);
    const max = dateBound(field.max, now);
    if (min && date < min) return problem('date-min', { min });
    if (max && date > max) return problem('date-max', { max });
    return undefined;
  }
  if (field.type === 'number') {
    const n = parseNumber(value);
    if (n === undefined) return problem('number');
    if (typeof field.min === 'number' && n < field.min) return problem('min', { min: field.min });
    if (typeof field.max === 'number' && n > field.max) return problem('max', { max: field.max });
    return undefined;
  }
  if (field.type === 'phone' && !isVnMobile(value)) return problem('phone');
  if (field.type === 'email' && !isEmail(value)) return problem('email');
  if (field.type === 'citizen-id' && !isCitizenId(value)) return problem('citizen-id');
  const length = [...value.trim()].length;
  if (field.minLength !== undefined && length < field.minLength) return problem('min-length', { min: field.minLength });
  if (field.maxLength !== undefined && length > field.maxLength) return problem('max-length', { max: field.maxLength });
  const re = field.pattern ? safePattern(field.pattern) : undefined;
  if (re && !re.test(value.trim())) return problem('pattern');
  return undefined;
}

/**
 * The answer as it is sent: trimmed text, numbers as numbers, dates as `YYYY-MM-DD`, phone and
 * ID numbers without spaces. Only called for valid answers.
 */
export function normalizeAnswer(field: Field, value: Answer): Answer | number {
  if (typeof value !== 'string') return value;
  switch (field.type) {
    case 'number':
      return parseNumber(value) ?? value.trim();
    case 'date':
      return parseDate(value) ?? value.trim();
    case 'phone':
    case 'citizen-id':
      return digits(value);
    default:
      return value.trim();
  }
}
