import { msg, str } from './msg.js';
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

/**
 * An amount in đồng the way a ward's notice writes it: "8.000 đồng", "8,000 VND"; 0 is "Free".
 * Intl's currency style would print "₫", which many elderly readers do not recognise.
 */
export function formatVnd(amount: number): string {
  if (amount === 0) return msg('Free');
  const n = formatNumber(amount);
  return msg(str`${n} VND`);
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

/**
 * A rough duration for people, never falsely precise: "less than a minute", "about 1 minute",
 * "about 15 minutes" (rounded to 5 above 10), "about 2 hours", "about 1 hour 30 minutes".
 * Our own strings: `Intl.DurationFormat` is missing on older phones.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 60) return msg('less than a minute');
  let minutes = Math.round(seconds / 60);
  if (minutes > 10) minutes = Math.round(minutes / 5) * 5;
  if (minutes === 1) return msg('about 1 minute');
  if (minutes < 60) return msg(str`about ${minutes} minutes`);
  const hours = Math.floor(minutes / 60);
  const rest = Math.round((minutes % 60) / 15) * 15;
  if (rest === 0 || rest === 60) {
    const h = rest === 60 ? hours + 1 : hours;
    return h === 1 ? msg('about 1 hour') : msg(str`about ${h} hours`);
  }
  return hours === 1
    ? msg(str`about 1 hour ${rest} minutes`)
    : msg(str`about ${hours} hours ${rest} minutes`);
}
