import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { msg } from '../../src/core/msg.js';
import type { TemplateResult } from 'lit';
import { define } from '../../src/core/define.js';
import { DvcIdlePrompt } from '../../src/core/idle-prompt.js';
import { setLocale, whenLocaleReady } from '../../src/core/localization.js';
import { emulateFeatures } from '../helpers/media.js';

@define('dvc-test-paint')
class TestPaint extends DvcIdlePrompt {
  paints: string[] = [];
  override render(): TemplateResult {
    this.paints.push(msg('Are you still there?'));
    return super.render();
  }
}

/** Where a widget draws: its root inside the shadow root, which takes nothing from the page. */
const root = (el: Element) => el.shadowRoot!.querySelector('.root')!;

describe('DvcElement', () => {
  afterEach(async () => {
    await setLocale('vi');
    await emulateFeatures({ 'forced-colors': '', 'prefers-reduced-motion': '' });
  });

  it('never paints before the locale strings are ready', async () => {
    await setLocale('en');
    const switching = setLocale('de');
    const el = document.createElement('dvc-test-paint') as TestPaint;
    document.body.append(el);
    await switching;
    await whenLocaleReady();
    await el.updateComplete;
    expect(el.paints[0]).to.equal('Sind Sie noch da?');
    expect(el.paints).to.not.include('Are you still there?');
    el.remove();
  });

  it('keeps its own font size, line height and colour whatever the host page says, even on the element itself', async () => {
    const style = document.createElement('style');
    style.textContent =
      'html { font-size: 10px } body { font-size: 9px; line-height: 1; color: rgb(200, 0, 0); letter-spacing: 3px } dvc-idle-prompt { font-size: 9px !important; color: red !important; letter-spacing: 1em !important }';
    document.head.append(style);
    try {
      const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
      const cs = getComputedStyle(root(el));
      expect(parseFloat(cs.fontSize)).to.be.at.least(18);
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.closeTo(1.5, 0.01);
      expect(cs.color).to.equal('rgb(27, 27, 27)');
      expect(cs.letterSpacing).to.equal('normal');
    } finally {
      style.remove();
    }
  });

  it('scales every size with --dvc-font-scale', async () => {
    const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt style="--dvc-font-scale: 2"></dvc-idle-prompt>`);
    expect(getComputedStyle(root(el)).fontSize).to.equal('36px');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(72);
  });

  it('lets the portal theme it with --dvc-* custom properties, on it or an ancestor, and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `.portal { --dvc-color-primary: rgb(0, 80, 0); --dvc-border-width: 5px }
      .themed { --dvc-color-on-primary: rgb(255, 255, 200) } .themed::part(dialog) { border-style: dashed }`;
    document.head.append(style);
    try {
      // Built by hand: fixture() of a plain <div> waits for an animation frame, which a test page
      // running in the background may not get.
      const wrapper = document.createElement('div');
      wrapper.className = 'portal';
      const el = document.createElement('dvc-idle-prompt');
      el.className = 'themed';
      wrapper.append(el);
      document.body.append(wrapper);
      await el.updateComplete;
      const btn = getComputedStyle(el.shadowRoot!.querySelector('.btn')!);
      expect(btn.backgroundColor).to.equal('rgb(0, 80, 0)');
      expect(btn.color).to.equal('rgb(255, 255, 200)');
      expect(btn.borderTopWidth).to.equal('5px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=dialog]')!).borderTopStyle).to.equal('dashed');
      wrapper.remove();
    } finally {
      style.remove();
    }
  });

  it('shows a visible focus ring for keyboard users', async () => {
    const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.tagName).to.equal('BUTTON');
    expect(getComputedStyle(focused).boxShadow).to.not.equal('none');
  });

  it('follows forced-colors and reduced motion', async () => {
    const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
    const btn = el.shadowRoot!.querySelector('.btn')!;
    expect(getComputedStyle(btn).forcedColorAdjust).to.equal('auto');
    await emulateFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    expect(getComputedStyle(btn).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(btn).transitionProperty).to.equal('none');
  });
});
