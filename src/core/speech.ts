import type { Locale } from './localization.js';

/** BCP 47 tags to look for, best first, per locale. */
const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' };

/** At most this many utterances wait: a board that could not speak for an hour must not recite it all. */
const MAX_WAITING = 8;

interface Item {
  text: string;
  locale: Locale;
  done: (spoken: boolean) => void;
}

export interface SpeechOptions {
  /** How long to wait for `voiceschanged` before deciding there is no voice, in ms. */
  voicesTimeout?: number;
  /** Speaking rate; 0.95 is what Vietnamese call boards use. */
  rate?: number;
  /** Per utterance: move on after max(this, ~200 ms per character) even if `end` never fires. */
  minTimeout?: number;
}

/**
 * One speaker for the page's announcements (`speechSynthesis`): waits for the voices to arrive
 * (`voiceschanged`), picks a voice for the locale, speaks one utterance at a time in order, keeps a
 * reference to the utterance being spoken (Chromium drops `end` for unreferenced ones) and a
 * timeout for when `end` never fires anyway. `blocked` turns true when the browser refuses to speak
 * before a user gesture; `unlock()` from a click speaks what waits. Without a voice for the locale,
 * `speak()` resolves false at once, and the caller stays on screen.
 */
export class SpeechQueue {
  /** True when the browser refused to speak until the user interacts with the page. */
  blocked = false;
  /** Called when `blocked` changes. */
  onchange?: () => void;

  private readonly queue: Item[] = [];
  /** The utterance being spoken: held so it is not garbage-collected before `end`. */
  private current?: SpeechSynthesisUtterance;
  private timer?: ReturnType<typeof setTimeout>;
  private voices?: Promise<void>;
  private readonly o: Required<SpeechOptions>;

  constructor(
    private readonly synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
    options: SpeechOptions = {},
  ) {
    this.o = { voicesTimeout: 3000, rate: 0.95, minTimeout: 4000, ...options };
  }

  /** Resolves once the voices are known (or after `voicesTimeout`, when there are none). */
  ready(): Promise<void> {
    return (this.voices ??= new Promise((resolve) => {
      const synth = this.synth;
      if (!synth || synth.getVoices().length) return resolve();
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve();
      };
      const timer = setTimeout(done, this.o.voicesTimeout);
      synth.addEventListener('voiceschanged', done);
    }));
  }

  /** The voice for `locale`: the exact region first (vi-VN), then any of the language. */
  voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
    const voices = this.synth?.getVoices() ?? [];
    const tag = TAGS[locale].toLowerCase();
    const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
    return voices.find((v) => norm(v) === tag) ?? voices.find((v) => norm(v).split('-')[0] === locale);
  }

  /** True once voices are known and one speaks `locale`. */
  async available(locale: Locale): Promise<boolean> {
    await this.ready();
    return !!this.voiceFor(locale);
  }

  /** Queues `text`; resolves true when spoken, false when skipped (no voice, cancelled, overflow). */
  async speak(text: string, locale: Locale): Promise<boolean> {
    if (!(await this.available(locale))) return false;
    return new Promise((done) => {
      this.queue.push({ text, locale, done });
      while (this.queue.length > MAX_WAITING) this.queue.shift()!.done(false);
      this.pump();
    });
  }

  /** From a user gesture (a click on "Enable sound"): lets the waiting utterances speak. */
  unlock(): void {
    this.setBlocked(false);
    this.pump();
  }

  /** Stops speaking and drops everything waiting. */
  cancel(): void {
    for (const item of this.queue.splice(0)) item.done(false);
    clearTimeout(this.timer);
    this.current = undefined;
    this.synth?.cancel();
  }

  private setBlocked(value: boolean): void {
    if (this.blocked === value) return;
    this.blocked = value;
    this.onchange?.();
  }

  private pump(): void {
    const item = this.queue[0];
    if (!item || this.current || this.blocked || !this.synth) return;
    const u = new SpeechSynthesisUtterance(item.text);
    const voice = this.voiceFor(item.locale);
    try {
      if (voice) u.voice = voice;
    } catch {
      // Not a native voice object (a polyfill or a test double): `lang` still selects it.
    }
    u.lang = voice?.lang ?? TAGS[item.locale];
    u.rate = this.o.rate;
    const finish = (spoken: boolean) => {
      if (this.current !== u) return;
      clearTimeout(this.timer);
      this.current = undefined;
      this.queue.shift();
      item.done(spoken);
      this.pump();
    };
    u.onend = () => finish(true);
    u.onerror = (e) => {
      if (e.error === 'not-allowed') {
        // Autoplay policy: keep the item and wait for a gesture.
        clearTimeout(this.timer);
        this.current = undefined;
        this.setBlocked(true);
      } else finish(false);
    };
    this.current = u;
    this.timer = setTimeout(() => finish(false), Math.max(this.o.minTimeout, (item.text.length * 200) / this.o.rate));
    this.synth.speak(u);
  }
}
