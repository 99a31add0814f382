import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, type Locale } from '../../src/core/localization.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { emulateFeatures } from '../helpers/media.js';
import { $, $$, heading, mount, until, type Guide, state, loaded } from './helpers.js';

const SIZES = [1, 1.5, 2];

/** Sets the text size with the widget's own control. */
async function size(el: Guide, scale: number): Promise<void> {
  $$<HTMLButtonElement>(el, '.toolbar button')[SIZES.indexOf(scale)].click();
  await el.updateComplete;
}

/** Every page of the guide, for one visitor: first screen, what you need, tasks, and each task with its troubles open. */
async function* pages(el: Guide): AsyncGenerator<string> {
  loaded(el)?.reset();
  await el.updateComplete;
  yield 'start';
  await el.open({ chipCard: 'yes', level2: 'no' }, 'needs');
  yield 'needs';
  await el.open({ chipCard: 'yes', level2: 'no' }, 'tasks');
  yield 'tasks';
  for (const answers of [{ chipCard: 'yes', level2: 'no' }, { chipCard: 'no', level2: 'no' }] as const) {
    for (const task of answers.chipCard === 'yes' ? ['install', 'level1', 'level2', 'activate', 'login'] : ['get-card']) {
      await el.open(answers, task);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      yield task;
    }
  }
}

/** Nothing inside the widget sticks out to the right of it (no horizontal scrolling). */
function expectNoOverflow(el: Guide, where: string): void {
  const right = el.getBoundingClientRect().right + 0.5;
  const wide = $$(el, '*')
    .filter((n) => n.getBoundingClientRect().width > 0 && n.getBoundingClientRect().right > right)
    .map((n) => `${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''} ${Math.round(n.getBoundingClientRect().right)}`);
  expect(wide, `${where}: wider than the widget: ${wide.join(', ')}`).to.deep.equal([]);
  expect(el.scrollWidth, where).to.be.at.most(el.clientWidth);
}

describe('<dvc-vneid-guide> accessibility', () => {
  const column = document.createElement('div');
  column.style.width = '320px';
  before(() => document.body.append(column));
  after(() => (column.remove(), setLocale('vi')));

  for (const locale of ['vi', 'en', 'de'] as Locale[]) {
    for (const scale of SIZES) {
      it(`axe finds nothing on any page, ${locale} at ${scale * 100} %, with 44 px targets`, async function () {
        this.timeout(20000);
        await setLocale(locale);
        const el = await mount(html`<dvc-vneid-guide no-persist platform="desktop"></dvc-vneid-guide>`);
        await size(el, scale);
        for await (const page of pages(el)) {
          if (!['start', 'needs', 'tasks', 'install', 'activate', 'level1'].includes(page)) continue;
          if (page === 'install') await until(() => $$(el, 'svg.qr-code').length === 3, 1500, 'the QR codes');
          await expectAccessible(el);
          expectTargets44(el.shadowRoot!);
        }
      });
    }
  }

  for (const platform of ['android', 'ios', 'desktop']) {
    it(`at 200 % text in 320 px, nothing overflows horizontally, on any page (${platform})`, async function () {
      this.timeout(20000);
      await setLocale('vi');
      // A 320 px column; the fixture is the element itself (a plain wrapper would wait for an animation frame, which a background test page may never get).
      const el = await fixture<Guide>(html`<dvc-vneid-guide no-persist platform=${platform}></dvc-vneid-guide>`, { parentNode: column });
      await el.updateComplete;
      for await (const page of pages(el)) {
        await size(el, 2);
        if (page === 'install' && platform === 'desktop') await until(() => $$(el, 'svg.qr-code').length === 3);
        expect(getComputedStyle($(el, '.root')!).fontSize).to.equal('36px');
        expectNoOverflow(el, `${platform} ${page}`);
      }
    });
  }

  it('in forced colours and with reduced motion, the pages stay usable and accessible', async function () {
    this.timeout(10000);
    await setLocale('vi');
    await emulateFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    try {
      const el = await mount(html`<dvc-vneid-guide no-persist platform="desktop"></dvc-vneid-guide>`);
      await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
      await until(() => $$(el, 'svg.qr-code').length === 3);
      // The QR code keeps its own dark-on-light colours: phone cameras need them.
      expect(getComputedStyle($(el, '.qr-code')!).forcedColorAdjust).to.equal('none');
      await expectAccessible(el);
    } finally {
      await emulateFeatures({ 'forced-colors': '', 'prefers-reduced-motion': '' });
    }
  });

  it('has no field for a password, passcode or OTP anywhere, and sends nothing anywhere', async function () {
    this.timeout(15000);
    await setLocale('vi');
    performance.clearResourceTimings();
    for (const platform of ['android', 'ios', 'desktop']) {
      const el = await mount(html`<dvc-vneid-guide kiosk platform=${platform}></dvc-vneid-guide>`);
      for await (const page of pages(el)) {
        // Only choices (radio buttons, tick boxes, the device list) exist: nothing to type into.
        const fields = $$(el, 'input, textarea, [contenteditable]:not([contenteditable=false]), select');
        const typed = fields.filter((f) => !(f instanceof HTMLInputElement && ['checkbox', 'radio'].includes(f.type)) && !(f instanceof HTMLSelectElement));
        expect(typed.map((f) => f.outerHTML), `${platform} ${page}`).to.deep.equal([]);
        expect(fields.filter((f) => /password|one-time-code/.test(f.getAttribute('autocomplete') ?? '')), page).to.deep.equal([]);
      }
    }
    const sent = performance.getEntriesByType('resource').filter((r) => ['fetch', 'xmlhttprequest', 'beacon'].includes((r as PerformanceResourceTiming).initiatorType));
    expect(sent.map((r) => r.name)).to.deep.equal([]);
  });

  it('a keyboard-only walk through every task, from the first question to "completed"', async function () {
    this.timeout(60000);
    await setLocale('vi');
    const el = await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (match: (e: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 40; i++) {
        const a = active();
        if (a && match(a)) return a;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const byText = (t: string) => (e: HTMLElement) => e.textContent!.trim() === t;
    const complete: unknown[] = [];
    el.addEventListener('dvc-guide-complete', (e) => complete.push(e.detail));

    // Text size: the 200 % button, by keyboard.
    await tabTo(byText('200%'), 'the 200 % button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.style.getPropertyValue('--dvc-font-scale')).to.equal('2');
    // The two questions: Space picks the first choice, the arrow keys the others.
    await tabTo((e) => e.getAttribute('name') === 'chipCard', 'the first question');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('name')).to.equal('level2');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(state(el).answers).to.deep.equal({ chipCard: 'yes', level2: 'no' });
    await tabTo(byText('Tiếp tục'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await until(() => state(el).view === 'needs');
    await el.updateComplete;
    expect(active()).to.equal($(el, 'h2'));
    // What you need: tick every item, then on to the tasks.
    for (let i = 0; i < 4; i++) {
      await tabTo((e) => e.matches('.checklist input') && !(e as HTMLInputElement).checked, 'an unticked item');
      await sendKeys({ press: 'Space' });
    }
    await tabTo(byText('Xem các việc cần làm'), 'See your tasks');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo((e) => e.classList.contains('task-link'), 'the first task');
    await sendKeys({ press: 'Enter' });
    // Every task: open "Having trouble?" on its first step, tick each step, then "Next".
    for (const task of ['install', 'level1', 'level2', 'activate', 'login']) {
      await el.updateComplete;
      expect(state(el).taskId).to.equal(task);
      expect(active()).to.equal($(el, 'h2'));
      await tabTo((e) => e.tagName === 'SUMMARY', 'Having trouble?');
      const summary = active()!;
      await sendKeys({ press: 'Enter' });
      await until(() => (summary.parentElement as HTMLDetailsElement).open, 1000, `"Having trouble?" to open (${summary.outerHTML} ${active()?.outerHTML})`);
      for (const box of $$<HTMLInputElement>(el, '.step input[type=checkbox]')) {
        await tabTo((e) => e === box, `the Done box of ${task}`);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(box.checked).to.equal(true);
      }
      await tabTo((e) => e.matches('.actions > .btn'), 'Next');
      await sendKeys({ press: 'Enter' });
    }
    await el.updateComplete;
    expect(heading(el)).to.equal('Các việc Ông/Bà cần làm');
    expect($$(el, '.tag').map((t) => t.textContent)).to.deep.equal(Array(5).fill('Đã xong'));
    expect(complete).to.deep.equal([{ total: 20 }]);
    // The other route's own task, by keyboard too.
    await tabTo(byText('Sửa câu trả lời'), 'Change my answers');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo((e) => e.getAttribute('name') === 'chipCard' && (e as HTMLInputElement).checked, 'the first question');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(byText('Tiếp tục'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await until(() => state(el).view === 'needs');
    await tabTo(byText('Xem các việc cần làm'), 'See your tasks');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(byText('Làm thẻ căn cước gắn chip trước'), 'Get a chip ID card first');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Làm thẻ căn cước gắn chip trước');
    await tabTo((e) => e.matches('.step input'), 'its Done box');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.progress['card-apply']).to.equal('done');
  });
});
