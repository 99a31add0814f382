import type { Locale } from './locales.js';

/**
 * Human text that comes as data (procedure names, guide steps): either one string, or one string
 * per locale, e.g. `{ "vi": "Đăng ký khai sinh", "en": "Birth registration" }`.
 */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/**
 * True when `value` is a string or an object whose values are all strings (at least one).
 * In a module of its own, without the localization runtime, so pure models (and the server,
 * which imports them) can use it.
 */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((v) => typeof v === 'string');
}
