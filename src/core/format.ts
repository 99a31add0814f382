// Numbers, dates and times through Intl, without words of our own (those are in amounts.ts), so a
// widget that shows only times carries no strings for them.
import { getLocale, type Locale } from './localization.js';

/** Service days, opening hours and dated references all follow the ward's clock. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' };

function tag(locale?: Locale): string {
  return TAGS[locale ?? getLocale()];
}

/** A whole number with the locale's grouping: 200.000 in vi and de, 200,000 in en. */
export function formatNumber(value: number, locale?: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(value);
}

function toDate(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date: 28/11/2026 in vi, 28 November 2026 in en, 28.11.2026 in de; '' if invalid. */
export function formatDate(value: Date | string | number, locale?: Locale): string {
  const date = toDate(value);
  if (!date) return '';
  const l = locale ?? getLocale();
  return new Intl.DateTimeFormat(TAGS[l], {
    day: '2-digit',
    month: l === 'en' ? 'long' : '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A time of day, 24-hour, in the ward's time zone: 14:02; '' if invalid. */
export function formatTime(value: Date | string | number, locale?: Locale): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(tag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}
