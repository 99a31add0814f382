import { expect, fixture, html } from '@open-wc/testing';
import { msg } from '../../src/core/msg.js';
import { getLocale, registerStrings, setLocale, startLocalization, whenLocaleReady } from '../../src/core/localization.js';
import '../../src/core/idle-prompt.js';
import '../../src/core/amounts.js'; // registers the strings of 'Free'

// Its own file: the broken area registered here stays registered for the page's lifetime.
describe('localization when strings cannot load', () => {
  it('keeps the current locale when a switch fails, and never throws', async () => {
    await startLocalization();
    expect(getLocale()).to.equal('vi');
    registerStrings('broken-in-test', {
      vi: () => Promise.resolve({ templates: {} }),
      de: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    await whenLocaleReady();
    expect(await setLocale('de')).to.equal('vi');
    expect(msg('Free')).to.equal('Miễn phí');
    const el = await fixture<HTMLElement>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ông/Bà còn đang sử dụng không?');
  });

  it('renders in English rather than not at all when a newly added area fails', async () => {
    registerStrings('broken-on-add', {
      vi: () => Promise.reject(new TypeError('offline')),
      de: () => Promise.reject(new TypeError('offline')),
    });
    await whenLocaleReady();
    expect(getLocale()).to.equal('vi');
    const el = await fixture<HTMLElement>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('');
  });
});
