import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { msg } from '../../src/core/msg.js';
import { getLocale, resolveLocale, setLocale, startLocalization } from '../../src/core/localization.js';
import { formatVnd } from '../../src/core/amounts.js';
import '../../src/core/idle-prompt.js';

describe('localization', () => {
  const root = document.documentElement;
  afterEach(async () => {
    root.lang = 'vi';
    await setLocale('vi');
  });

  it('maps BCP 47 tags to our locales and anything else to vi', () => {
    expect(resolveLocale('vi')).to.equal('vi');
    expect(resolveLocale('vi-VN')).to.equal('vi');
    expect(resolveLocale('en-US')).to.equal('en');
    expect(resolveLocale('EN_gb')).to.equal('en');
    expect(resolveLocale('de-DE')).to.equal('de');
    expect(resolveLocale('fr')).to.equal('vi');
    expect(resolveLocale('')).to.equal('vi');
    expect(resolveLocale('xx-invalid-@@')).to.equal('vi');
    expect(resolveLocale(undefined)).to.equal('vi');
    expect(resolveLocale(42)).to.equal('vi');
  });

  it('starts from <html lang> and defaults to vi when it is missing', async () => {
    // The test page has no lang: the first start must land on Vietnamese.
    await startLocalization();
    expect(getLocale()).to.equal('vi');
    expect(msg('Free')).to.equal('Miễn phí');
  });

  it('switches with setLocale and fires dvc-locale-change', async () => {
    const changed = oneEvent(window, 'dvc-locale-change');
    const active = await setLocale('de-AT');
    expect(active).to.equal('de');
    expect((await changed).detail).to.deep.equal({ locale: 'de' });
    expect(formatVnd(0)).to.equal('Kostenlos');
  });

  it('treats an unknown locale code as vi instead of throwing', async () => {
    await setLocale('en');
    expect(await setLocale('klingon')).to.equal('vi');
    expect(getLocale()).to.equal('vi');
  });

  it('follows later changes of <html lang>', async () => {
    await startLocalization();
    const changed = oneEvent(window, 'dvc-locale-change');
    root.lang = 'en-US';
    expect((await changed).detail.locale).to.equal('en');
    expect(msg('Free')).to.equal('Free');
    root.removeAttribute('lang');
    await oneEvent(window, 'dvc-locale-change');
    expect(getLocale()).to.equal('vi');
  });

  it('re-renders elements in the new locale', async () => {
    const el = await fixture<HTMLElement>(html`<dvc-idle-prompt remaining="5"></dvc-idle-prompt>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ông/Bà còn đang sử dụng không?');
    await setLocale('en');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Are you still there?');
  });
});
