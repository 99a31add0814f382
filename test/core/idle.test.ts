import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import { html as litHtml, type TemplateResult } from 'lit';
import { define } from '../../src/core/define.js';
import { DvcElement } from '../../src/core/dvc-element.js';
import { IdleController } from '../../src/core/idle.js';
import { seconds } from '../../src/core/attributes.js';
import type { DvcIdlePrompt } from '../../src/core/idle-prompt.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { ManualClock } from '../helpers/clock.js';

/** A minimal kiosk widget: one input and the shared idle controller, which draws the question itself. */
@define('dvc-test-kiosk')
class TestKiosk extends DvcElement {
  @property({ type: Boolean }) kiosk = false;
  @property({ attribute: 'idle-timeout' }) idleTimeout = '';
  @property({ attribute: false }) value = '';
  wipes = 0;
  clock = new ManualClock();
  idle = new IdleController(this, {
    enabled: () => this.kiosk,
    timeout: () => seconds(this.idleTimeout, 120),
    clock: this.clock,
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
    `;
  }
}

const prompt = (el: TestKiosk) => el.shadowRoot!.querySelector<DvcIdlePrompt>('dvc-idle-prompt');

describe('idle/kiosk controller', () => {
  it('reads seconds from attributes, with a fallback for nonsense', () => {
    expect(seconds('30', 120)).to.equal(30);
    expect(seconds('0.5', 120)).to.equal(0.5);
    for (const bad of ['', 'abc', '-3', '0', null, undefined]) expect(seconds(bad, 120)).to.equal(120);
  });

  it('does nothing without kiosk, and loads the prompt only for kiosks', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk idle-timeout="1"></dvc-test-kiosk>`);
    el.clock.tick(10_000);
    await el.updateComplete;
    expect(el.idle.prompting).to.equal(false);
    expect(prompt(el)).to.equal(null);
    expect(customElements.get('dvc-idle-prompt')).to.equal(undefined);
    el.kiosk = true;
    await customElements.whenDefined('dvc-idle-prompt');
  });

  it('asks "Are you still there?" after idle-timeout, moves focus to it, then wipes 30 s later', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk></dvc-test-kiosk>`);
    el.value = 'Nguyễn Văn A';
    el.clock.tick(119_000);
    expect(el.idle.prompting).to.equal(false);
    el.clock.tick(1_000);
    await el.updateComplete;
    const p = prompt(el)!;
    expect(p).to.exist;
    // The question is drawn after the content, which cannot be reached meanwhile.
    expect(el.shadowRoot!.lastElementChild).to.equal(p);
    expect((el.renderRoot as HTMLElement).inert).to.equal(true);
    await customElements.whenDefined('dvc-idle-prompt');
    await p.updateComplete;
    expect(p.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Có, tôi muốn tiếp tục');
    expect(p.shadowRoot!.querySelector('[role=alertdialog]')).to.exist;
    el.clock.tick(10_000);
    await el.updateComplete;
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('#text')!.textContent).to.include('20');
    el.clock.tick(20_000);
    await el.updateComplete;
    expect(el.wipes).to.equal(1);
    expect(el.value).to.equal('');
    expect(prompt(el)).to.equal(null);
    expect((el.renderRoot as HTMLElement).inert).to.equal(false);
  });

  it('keeps everything when the citizen answers, and restarts the spell on input', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="60"></dvc-test-kiosk>`);
    el.shadowRoot!.querySelector('input')!.focus();
    // Typing keeps pushing the prompt back.
    for (let i = 0; i < 3; i++) {
      el.clock.tick(50_000);
      await sendKeys({ type: 'a' });
    }
    expect(el.idle.prompting).to.equal(false);
    el.clock.tick(60_000);
    await el.updateComplete;
    const p = prompt(el)!;
    await customElements.whenDefined('dvc-idle-prompt');
    await p.updateComplete;
    // Keyboard only: focus is on "continue"; Enter answers.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(prompt(el)).to.equal(null);
    el.clock.tick(59_000);
    expect([el.wipes, el.value, el.idle.prompting]).to.deep.equal([0, 'aaa', false]);
  });

  it('"Clear and start again" wipes at once', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="5"></dvc-test-kiosk>`);
    el.value = 'secret';
    el.clock.tick(5_000);
    await el.updateComplete;
    const p = prompt(el)!;
    await customElements.whenDefined('dvc-idle-prompt');
    await p.updateComplete;
    expect(p.shadowRoot!.textContent).to.include('30');
    p.shadowRoot!.querySelectorAll('button')[1].click();
    await el.updateComplete;
    expect([el.wipes, el.value]).to.deep.equal([1, '']);
  });

  it('stops its timers when the element leaves the page', async () => {
    const el = await fixture<TestKiosk>(html`<dvc-test-kiosk kiosk idle-timeout="1"></dvc-test-kiosk>`);
    el.remove();
    el.clock.tick(60_000);
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
