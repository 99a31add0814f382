// The board's voice, loaded only with `voice`: the shared speech queue (src/core/speech.ts), an
// optional chime, the number read digit by digit ("A, không, một, hai"), repeated, never overlapping.
import { msg } from '../../../../core/msg.js';
import { seconds } from '../../../../core/attributes.js';
import { getLocale } from '../../../../core/localization.js';
import { resolveText } from '../../../../core/localized-text.js';
import type { Counter } from '../../../contracts.js';
import { SpeechQueue } from '../../../../core/speech.js';
import { chime, unlockAudio } from '../../../internal/lazy/chime.js';
import { callText } from './words.js';
import '../../../../generated/strings/queue-board-lazy.js';

export interface Announcer {
  /** True while the browser waits for a user gesture before it plays sound. */
  readonly blocked: boolean;
  /** Speaks a call: the number spelled, the counter by its spoken name (a counter id the snapshot does not know: as it is). */
  say(number: string, counter: Pick<Counter, 'name' | 'spokenName'> | string): void;
  /** From the "Enable sound" click. */
  unlock(): void;
  stop(): void;
}

interface BoardLike {
  voiceRepeat: string;
  chime: boolean;
  requestUpdate(): void;
}

/** "A-012" → "A, không, một, hai": a voice reading "A-012" says "twelve", which nobody can match. */
export function spell(number: string): string {
  const digits = [msg('zero'), msg('one'), msg('two'), msg('three'), msg('four'), msg('five'), msg('six'), msg('seven'), msg('eight'), msg('nine')];
  return [...number.replace(/[^A-Za-z0-9]/g, '')].map((ch) => (/\d/.test(ch) ? digits[Number(ch)] : ch.toUpperCase())).join(', ');
}

/**
 * What the voice says for a counter (or service): its `spokenName`, else its name with the leading
 * zeros of numbers dropped — a voice reads "Quầy số 01" as "quầy số không một" — and, in
 * Vietnamese, a lower-case first letter, since the name stands inside the sentence ("… đến quầy số 1").
 */
export function spokenName(item: Pick<Counter, 'name' | 'spokenName'> | string): string {
  if (typeof item !== 'string' && resolveText(item.spokenName)) return resolveText(item.spokenName);
  const name = (typeof item === 'string' ? item : resolveText(item.name)).replace(/(?<!\d)0+(?=\d)/g, '');
  return getLocale() === 'vi' ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

export function createAnnouncer(board: BoardLike, speech = new SpeechQueue()): Announcer {
  let chain: Promise<unknown> = Promise.resolve();
  let chimeBlocked = false;
  speech.onchange = () => board.requestUpdate();
  const announcer: Announcer = {
    get blocked() {
      return speech.blocked || chimeBlocked;
    },
    say(number, counter) {
      const locale = getLocale();
      const text = callText(spell(number), spokenName(counter));
      const times = Math.min(5, Math.round(seconds(board.voiceRepeat, 2)));
      // One chain: a call's chime and repeats finish before the next call starts.
      chain = chain.then(async () => {
        if (!(await speech.available(locale))) return; // no voice: on screen only, no error
        if (board.chime && !(await chime())) {
          chimeBlocked = true;
          board.requestUpdate();
        }
        for (let i = 0; i < times; i++) await speech.speak(text, locale);
      });
    },
    unlock() {
      chimeBlocked = false;
      unlockAudio();
      speech.unlock();
      board.requestUpdate();
    },
    stop() {
      speech.cancel();
    },
  };
  return announcer;
}
