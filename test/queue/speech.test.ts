import { expect } from '@open-wc/testing';
import { SpeechQueue } from '../../src/core/speech.js';
import { FakeSpeech, sleep, until } from './helpers.js';

const asSynth = (f: FakeSpeech) => f as unknown as SpeechSynthesis;

describe('speech queue (src/core/speech.ts)', () => {
  it('waits for voiceschanged, then speaks with the voice of the locale at rate 0.95', async () => {
    const fake = new FakeSpeech();
    const q = new SpeechQueue(asSynth(fake));
    const spoken = q.speak('Xin mời', 'vi');
    await sleep(50);
    expect(fake.spoken).to.deep.equal([]);
    fake.voices = [{ lang: 'en-US', name: 'English' }, { lang: 'vi_VN', name: 'Tiếng Việt' }];
    fake.dispatchEvent(new Event('voiceschanged'));
    expect(await spoken).to.equal(true);
    expect(fake.spoken.map((s) => [s.text, s.lang])).to.deep.equal([['Xin mời', 'vi_VN']]);
    expect(fake.spoken[0]!.rate).to.be.closeTo(0.95, 0.001);
  });

  it('speaks one utterance at a time, in order', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'de-DE', name: 'Deutsch' }];
    const q = new SpeechQueue(asSynth(fake));
    const all = await Promise.all(['eins', 'zwei', 'drei'].map((t) => q.speak(t, 'de')));
    expect(all).to.deep.equal([true, true, true]);
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['eins', 'zwei', 'drei']);
    expect(fake.overlaps).to.equal(0);
  });

  it('moves on after a timeout when `end` never fires', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'vi' }];
    fake.mode = 'never';
    const q = new SpeechQueue(asSynth(fake), { minTimeout: 100 });
    const started = Date.now();
    expect(await q.speak('một', 'vi')).to.equal(false);
    expect(await q.speak('hai', 'vi')).to.equal(false);
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['một', 'hai']);
    expect(Date.now() - started).to.be.lessThan(1500);
  });

  it('is silent where no voice speaks the locale: nothing spoken, no error', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'en-US', name: 'English' }];
    const q = new SpeechQueue(asSynth(fake), { voicesTimeout: 50 });
    expect(await q.available('vi')).to.equal(false);
    expect(await q.speak('Xin mời', 'vi')).to.equal(false);
    expect(await new SpeechQueue(undefined).speak('x', 'vi')).to.equal(false);
    expect(fake.spoken).to.deep.equal([]);
  });

  it('waits for a user gesture when the browser refuses to speak, then speaks what waited', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'vi' }];
    fake.mode = 'blocked';
    const q = new SpeechQueue(asSynth(fake));
    let changes = 0;
    q.onchange = () => changes++;
    const spoken = q.speak('A, không, một, hai', 'vi');
    await until(() => q.blocked, 1000, 'blocked');
    expect(changes).to.equal(1);
    fake.mode = 'end';
    q.unlock();
    expect(await spoken).to.equal(true);
    expect(q.blocked).to.equal(false);
    expect(fake.spoken.map((s) => s.text)).to.deep.equal(['A, không, một, hai']);
  });
});
