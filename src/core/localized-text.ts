import { getLocale, type Locale } from './localization.js';

/**
 * Human text that comes as data (procedure names, guide steps): either one string, or one string
 * per locale, e.g. `{ "vi": "Đăng ký khai sinh", "en": "Birth registration" }`.
 */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/** True when `value` is a string or an object whose values are all strings (at least one). */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((v) => typeof v === 'string');
}

/**
 * The text for `locale` (default: the current one), falling back to Vietnamese, then English,
 * then whatever is there; anything that is not text resolves to ''.
 */
export function resolveText(text: unknown, locale: Locale = getLocale()): string {
  if (typeof text === 'string') return text;
  if (!isLocalizedText(text)) return '';
  const byLocale = text as Record<string, string>;
  return byLocale[locale] ?? byLocale.vi ?? byLocale.en ?? Object.values(byLocale)[0];
}
