// Numbers, dates and times through Intl, without words of our own (those are in amounts.ts), so a
// widget that shows only times carries no strings for them.
import { getLocale, type Locale } from './localization.js';

/** Service days, opening hours and dated references all follow the ward's clock. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' };

// Building an Intl formatter costs a hundred times more than using one: a live board formats a
// time for every row of every render, so each kind is built once per locale.
const made: Record<string, Intl.NumberFormat | Intl.DateTimeFormat> = {};
const formatter = <F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: Locale, make: (tag: string) => F): F =>
  (made[kind + locale] ??= make(TAGS[locale])) as F;

/** A whole number with the locale's grouping: 200.000 in vi and de, 200,000 in en. */
export function formatNumber(value: number, locale = getLocale()): string {
  return formatter('n', locale, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(value);
}

function toDate(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date: 28/11/2026 in vi, 28 November 2026 in en, 28.11.2026 in de; '' if invalid. */
export function formatDate(value: Date | string | number, locale = getLocale()): string {
  const date = toDate(value);
  if (!date) return '';
  return formatter('d', locale, (tag) =>
    new Intl.DateTimeFormat(tag, { day: '2-digit', month: locale === 'en' ? 'long' : '2-digit', year: 'numeric', timeZone: TIME_ZONE }),
  ).format(date);
}

/** A time of day, 24-hour, in the ward's time zone: 14:02; '' if invalid. */
export function formatTime(value: Date | string | number, locale = getLocale()): string {
  const date = toDate(value);
  if (!date) return '';
  return formatter('t', locale, (tag) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE })).format(date);
}
