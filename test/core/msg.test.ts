// Our msg() runtime must find translations by the ids `lit-localize extract` writes into xliff/
// (FNV-1a 64 of the source), fill values, and follow a translation's own order of them.
import { expect } from '@open-wc/testing';
import { msg, str, useTemplates, type StrResult } from '../../src/core/msg.js';
import { getLocale, setLocale } from '../../src/core/localization.js';
import '../../src/core/amounts.js'; // registers the strings of 'Free'

/** A translation as the generated locale modules hold it: values are the source's value indexes. */
const translated = (strings: string[], order: number[]): StrResult => ({ strTag: true, strings, values: order });

describe('msg', () => {
  afterEach(async () => {
    useTemplates(undefined);
    await setLocale('en');
    await setLocale('vi');
  });

  // The generated strings keep the first 8 characters of the xliff id.
  it('finds a plain translation by the id in xliff/vi.xlf', () => {
    useTemplates({ ['sa6895584d61478fb'.slice(0, 8)]: 'Miễn phí' });
    expect(msg('Free')).to.equal('Miễn phí');
  });

  it('finds a str translation by its id and fills the values in the translation’s order', () => {
    const steps = ['a', 'b', 'c'];
    const index = 0;
    useTemplates({ ['s684b6bfe5d516e5c'.slice(0, 8)]: translated(['Schritt ', ' (von ', ')'], [0, 1]) });
    expect(msg(str`Step ${index + 1} of ${steps.length}`)).to.equal('Schritt 1 (von 3)');
    useTemplates({ ['s684b6bfe5d516e5c'.slice(0, 8)]: translated(['', ' steps, this is step ', ''], [1, 0]) });
    expect(msg(str`Step ${index + 1} of ${steps.length}`)).to.equal('3 steps, this is step 1');
  });

  it('falls back to the English source, and uses a fixed id when given one', () => {
    useTemplates({ 'queue-back': 'Quay lại' });
    expect(msg('Not translated anywhere')).to.equal('Not translated anywhere');
    expect(msg(str`${2} of ${5}`)).to.equal('2 of 5');
    expect(msg('Back', { id: 'queue-back' })).to.equal('Quay lại');
  });

  it('serves the loaded locale’s strings after setLocale', async () => {
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(msg('Free')).to.equal('Kostenlos');
    await setLocale('en');
    expect(msg('Free')).to.equal('Free');
  });
});
