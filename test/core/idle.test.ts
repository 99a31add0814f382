import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import { html as litHtml, type TemplateResult } from 'lit';
import { define } from '../../src/core/define.js';
import { DvcElement } from '../../src/core/dvc-element.js';
import { IdleController, seconds } from '../../src/core/idle.js';
import type { DvcIdlePrompt } from '../../src/core/idle-prompt.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';

/** A minimal kiosk widget: one input and the shared idle controller, as every widget wires it. */
@define('dvc-test-kiosk')
class TestKiosk extends DvcElement {
  @property({ type: Boolean }) kiosk = false;
  @property({ attribute: 'idle-timeout' }) idleTimeout = '';
  @property({ attribute: false }) promptFor = 0.4;
  @property({ attribute: false }) value = '';
  wipes = 0;
  idle = new IdleController(this, {
    enabled: () => this.kiosk,
    timeout: () => seconds(this.idleTimeout, 120),
    promptFor: () => this.promptFor,
    onWipe: () => {
      this.value = '';
      this.wipes++;
    },
  });
  override updated(changed: Map<string, unknown>) {
    if (changed.has('kiosk') || changed.has('idleTimeout')) this.idle.restart();
  }
  override render(): TemplateResult {
    return litHtml`
      <label class="field"><span class="label">Name</span>
        <input class="input" .value=${this.value} @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)} />
      </label>
      ${this.idle.prompting
        ? litHtml`<dvc-idle-prompt .remaining=${this.idle.remaining}
            @dvc-idle-continue=${() => this.idle.restart()} @dvc-idle-clear=${() => this.idle.wipe()}></dvc-idle-prompt>`
        : ''}
    `;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const prompt = (el: TestKiosk) => el.shadowRoot!.querySelector<DvcIdlePrompt>('dvc-idle-prompt');

describe('idle/kiosk controller', () => {
  it('reads seconds from attributes, with a fallback for nonsense', () => {
    expect(seconds('30', 120)).to.equal(30);
    expect(seconds('0.5', 120)).to.equal(0.5);
    for (const bad of ['', 'abc', '-3', '0', null, undefined]) expect(seconds(bad, 120)).to.equal(120);
  });

  it('does nothing without kiosk, and loads the prompt only for kiosks', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk idle-timeout="0.1"></dvc-test-kiosk>`);
    await sleep(300);
    expect(el.idle.prompting).to.equal(false);
    expect(prompt(el)).to.equal(null);
    expect(customElements.get('dvc-idle-prompt')).to.equal(undefined);
    el.kiosk = true;
    await customElements.whenDefined('dvc-idle-prompt');
  });

  it('asks "Are you still there?", moves focus to it, then wipes', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="0.15"></dvc-test-kiosk>`);
    el.value = 'Nguyễn Văn A';
    await sleep(250);
    await el.updateComplete;
    const p = prompt(el)!;
    expect(p).to.exist;
    await p.updateComplete;
    expect(p.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Có, tôi muốn tiếp tục');
    expect(p.shadowRoot!.querySelector('[role=alertdialog]')).to.exist;
    await sleep(450);
    await el.updateComplete;
    expect(el.wipes).to.equal(1);
    expect(el.value).to.equal('');
    expect(prompt(el)).to.equal(null);
  });

  it('keeps everything when the citizen answers, and restarts the spell on input', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="0.2"></dvc-test-kiosk>`);
    // Typing keeps pushing the prompt back.
    el.shadowRoot!.querySelector('input')!.focus();
    for (let i = 0; i < 3; i++) {
      await sleep(120);
      await sendKeys({ type: 'a' });
    }
    expect(el.idle.prompting).to.equal(false);
    await sleep(300);
    await el.updateComplete;
    const p = prompt(el)!;
    await p.updateComplete;
    // Keyboard only: focus is on "continue"; Enter answers.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(prompt(el)).to.equal(null);
    expect(el.wipes).to.equal(0);
    expect(el.value).to.equal('aaa');
  });

  it('"Clear and start again" wipes at once', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="0.1"></dvc-test-kiosk>`);
    el.promptFor = 30;
    el.value = 'secret';
    await sleep(200);
    await el.updateComplete;
    const p = prompt(el)!;
    await p.updateComplete;
    expect(p.shadowRoot!.textContent).to.include('30');
    p.shadowRoot!.querySelectorAll('button')[1].click();
    await el.updateComplete;
    expect([el.wipes, el.value]).to.deep.equal([1, '']);
  });

  it('stops its timers when the element leaves the page', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="0.1"></dvc-test-kiosk>`);
    el.remove();
    await sleep(700);
    expect(el.wipes).to.equal(0);
  });
});

describe('<dvc-idle-prompt>', () => {
  before(() => import('../../src/core/idle-prompt.js'));
  it('is accessible, with 44 px targets, and counts down in words', async () => {
    const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt remaining="25"></dvc-idle-prompt>`);
    await expectAccessible(el);
    expectTargets44(el.shadowRoot!);
    expect(el.shadowRoot!.querySelector('#text')!.textContent).to.include('25');
  });

  it('fires continue and clear', async () => {
    const el = await fixture<DvcIdlePrompt>(html`<dvc-idle-prompt></dvc-idle-prompt>`);
    const [cont, clear] = el.shadowRoot!.querySelectorAll('button');
    setTimeout(() => cont.click());
    await oneEvent(el, 'dvc-idle-continue');
    setTimeout(() => clear.click());
    await oneEvent(el, 'dvc-idle-clear');
  });
});
