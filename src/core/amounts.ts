// Money and waiting times in plain words, the way a ward's notice writes them.
import { formatNumber } from './format.js';
import { msg, str } from './msg.js';
import '../generated/strings/core-amounts.js';

/**
 * An amount in đồng the way a ward's notice writes it: "8.000 đồng", "8,000 VND"; 0 is "Free".
 * Intl's currency style would print "₫", which many elderly readers do not recognise.
 */
export function formatVnd(amount: number): string {
  if (amount === 0) return msg('Free');
  const n = formatNumber(amount);
  return msg(str`${n} VND`);
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
