import { expect, html } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import { $, $$, mount, sleep, until, type Guide } from './helpers.js';

/**
 * A recording stand-in for `speechSynthesis`: headless Chromium has no voices, so this is the one
 * double these tests use. Each utterance "ends" after `ms`; overlaps and cancels are counted.
 */
class RecordingSpeech extends EventTarget {
  spoken: { text: string; lang: string }[] = [];
  current?: SpeechSynthesisUtterance;
  overlaps = 0;
  cancels = 0;
  constructor(
    private readonly voices: { lang: string; name: string }[],
    private readonly ms = 25,
  ) {
    super();
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(u: SpeechSynthesisUtterance) {
    if (this.current) this.overlaps++;
    this.current = u;
    this.spoken.push({ text: u.text, lang: u.lang });
    setTimeout(() => {
      if (this.current !== u) return;
      this.current = undefined;
      u.onend?.({} as SpeechSynthesisEvent);
    }, this.ms);
  }
  cancel() {
    this.cancels++;
    this.current = undefined;
  }
}

let restore: (() => void) | undefined;
function install(fake: RecordingSpeech): void {
  const previous = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  restore = () => (previous ? Object.defineProperty(window, 'speechSynthesis', previous) : delete (window as { speechSynthesis?: unknown }).speechSynthesis);
}

const readButtons = (el: Guide) => $$<HTMLButtonElement>(el, 'button.read');

async function openLevel1(): Promise<Guide> {
  const el = await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);
  await el.open({ chipCard: 'yes', level2: 'no' }, 'level1');
  await until(() => readButtons(el).length === 5, 1500, 'the read-aloud buttons');
  return el;
}

describe('<dvc-vneid-guide> read aloud', () => {
  before(() => setLocale('vi'));
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await setLocale('vi');
  });

  it('reads a step line by line, one utterance at a time, in the page\'s language', async () => {
    const fake = new RecordingSpeech([{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Tiếng Việt' }]);
    install(fake);
    const el = await openLevel1();
    readButtons(el)[0].click();
    await el.updateComplete;
    expect(readButtons(el)[0].getAttribute('aria-pressed')).to.equal('true');
    await until(() => fake.spoken.length === 3 && !fake.current, 1500, 'three utterances');
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['Bắt đầu đăng ký', 'Bấm Đăng ký tài khoản mức 1.', 'Bấm Bắt đầu.']);
    expect(fake.spoken.every((s) => s.lang === 'vi-VN')).to.equal(true);
    expect(fake.overlaps).to.equal(0);
    await until(() => readButtons(el)[0].getAttribute('aria-pressed') === 'false', 1000, 'the button to reset');
  });

  it('a second press stops; another step\'s button cancels the first step', async () => {
    const fake = new RecordingSpeech([{ lang: 'vi-VN', name: 'Tiếng Việt' }], 200);
    install(fake);
    const el = await openLevel1();
    readButtons(el)[1].click();
    await until(() => fake.spoken.length === 1);
    readButtons(el)[1].click();
    await el.updateComplete;
    expect(readButtons(el)[1].getAttribute('aria-pressed')).to.equal('false');
    expect(fake.cancels).to.be.greaterThan(0);
    await sleep(300);
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['Quét chip trên thẻ']);
    readButtons(el)[3].click();
    await until(() => fake.spoken.length === 2);
    readButtons(el)[4].click();
    await until(() => fake.spoken.at(-1)!.text === 'Gửi đăng ký', 1000, 'the other step');
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['Quét chip trên thẻ', 'Chụp ảnh chân dung', 'Gửi đăng ký']);
    expect(fake.overlaps).to.equal(0);
    el.remove();
  });

  it('on an English page, speaks the meaning of the Vietnamese labels', async () => {
    const fake = new RecordingSpeech([{ lang: 'en-GB', name: 'English' }]);
    install(fake);
    await setLocale('en');
    const el = await openLevel1();
    readButtons(el)[0].click();
    await until(() => fake.spoken.length === 3);
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['Start the registration', 'Tap Register a level-1 account.', 'Tap Start.']);
    expect(fake.spoken[0].lang).to.equal('en-GB');
  });

  it('has no "Read aloud" button where no voice speaks the language', async () => {
    install(new RecordingSpeech([{ lang: 'en-US', name: 'English' }]));
    const el = await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'no' }, 'level1');
    await sleep(100);
    await el.updateComplete;
    expect($$(el, '[part=step]').length).to.equal(5);
    expect(readButtons(el)).to.deep.equal([]);
    expect($(el, '[part=step] .actions')!.textContent).to.include('Tôi đã làm xong bước này');
  });
});
