import { isLocalizedText } from './localized-text-guard.js';
import { getLocale, type Locale } from './localization.js';

export { isLocalizedText, type LocalizedText } from './localized-text-guard.js';

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
