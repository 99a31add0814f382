import { counterChannel, type Procedure } from '../../../src/procedure-wizard/model/index.js';
import type { LocalizedText } from '../contracts.js';
import { serviceDay, TIME_ZONE } from '../time.js';

/** "Same day; the next working day if received after 15:00" (the common rule). */
const SAME_DAY_CUTOFF_HOUR = 15;

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

const plain = (t: LocalizedText | undefined): string =>
  t === undefined ? '' : typeof t === 'string' ? t : [t.en, t.vi].filter(Boolean).join(' ');

/**
 * The processing time of a procedure in working days, read from its in-person channel's
 * `processingTime` ("3 working days", "3 ngày làm việc", "Same day …", "Trong ngày …"): the
 * largest number of working days named (the promise must hold when checks are needed), 0 for the
 * same day, undefined when the text names neither.
 */
export function processingDays(procedure: Procedure): number | undefined {
  const text = plain(counterChannel(procedure.channels)?.processingTime);
  const days = [...text.matchAll(/(\d+)\s*(?:working days?|ngày làm việc)/gi)].map((m) => Number(m[1]));
  if (days.length) return Math.max(...days);
  return /same (working )?day|trong ngày/i.test(text) ? 0 : undefined;
}

const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Monday to Friday, and not a public holiday (`YYYY-MM-DD`, configured). */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The promised date (ngày hẹn trả kết quả) of an application received at `receivedAt`, in Viet
 * Nam: for a same-day procedure that day, or the next working day when received after 15:00 or
 * on a day off; otherwise the `days`-th working day after the day of receipt.
 */
export function promisedDate(days: number, receivedAt: number, holidays: ReadonlySet<string>): string {
  let day = serviceDay(receivedAt);
  const next = (d: string): string => {
    let n = addDays(d, 1);
    while (!isWorkingDay(n, holidays)) n = addDays(n, 1);
    return n;
  };
  if (days === 0) {
    const hour = Number(hourFormat.format(receivedAt));
    return isWorkingDay(day, holidays) && hour < SAME_DAY_CUTOFF_HOUR ? day : next(day);
  }
  for (let i = 0; i < days; i++) day = next(day);
  return day;
}
