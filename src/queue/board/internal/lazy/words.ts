// Sentences both queue widgets say, in one place so the board's screen, its live region and its
// voice say the same thing. Functions, never module-level strings: msg() runs per locale.
import { msg, str } from '../../../../core/msg.js';
import { formatTime } from '../../../../core/format.js';

/** "Number A-012, please go to Counter 3." — `number` may be spelled out for speech. */
export function callText(number: string, counter: string): string {
  return msg(str`Number ${number}, please go to ${counter}.`);
}

/** The stale banner: what the screen shows and since when (device clock, immune to server skew). */
export function staleText(since: number): string {
  const time = formatTime(since);
  return msg(str`Connection lost — showing information from ${time}. Reconnecting by itself.`);
}

export function feedProblem(kind: 'offline' | 'invalid'): string {
  return kind === 'offline'
    ? msg('Cannot reach the queue service right now. Trying again by itself.')
    : msg('Some queue updates could not be read and were skipped.');
}
