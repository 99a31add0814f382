// Numbers and dates through Intl, times of day on the ward's clock, without words of our own (those
// are in amounts.ts), so a widget that shows only times carries no strings for them.
import { getLocale, type Locale } from './localization.js';

/** Service days, opening hours and dated references all follow the ward's clock. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' };

/** A whole number with the locale's grouping: 200.000 in vi and de, 200,000 in en. */
export function formatNumber(value: number, locale = getLocale()): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 0 }).format(value);
}

function toDate(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date: 28/11/2026 in vi, 28 November 2026 in en, 28.11.2026 in de; '' if invalid. */
export function formatDate(value: Date | string | number, locale = getLocale()): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(TAGS[locale], { day: '2-digit', month: locale === 'en' ? 'long' : '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/**
 * A time of day, 24-hour, on the ward's clock: 14:02 in every locale we have; '' if invalid. Viet
 * Nam keeps UTC+7 all year (no summer time since 1975), so this is arithmetic, not Intl: building a
 * formatter costs a hundred times more than using one (the board formats a time per row of every
 * render), and the first one with a time zone loads the zone data, 20 ms on a fast machine in the
 * middle of a board's first draw.
 */
export function formatTime(value: Date | string | number): string {
  const date = toDate(value);
  return date ? new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(11, 16) : '';
}
