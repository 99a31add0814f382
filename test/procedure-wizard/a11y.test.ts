import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { emulateFeatures } from '../helpers/media.js';
import { $, button, choose, click, heading, locale, open, sample, settle, type, until, type Wizard } from './helpers.js';

const WORDS = {
  vi: { start: 'Bắt đầu', next: 'Tiếp tục', send: 'Nộp hồ sơ' },
  en: { start: 'Start', next: 'Continue', send: 'Send application' },
  de: { start: 'Beginnen', next: 'Weiter', send: 'Antrag einreichen' },
};

async function check(el: Element, page: string): Promise<void> {
  try {
    await expectAccessible(el);
    expectTargets44(el.shadowRoot!);
  } catch (e) {
    throw new Error(`${page}: ${(e as Error).message}`);
  }
}

describe('<dvc-procedure-wizard>: accessibility', () => {
  after(() => locale('vi'));

  for (const tag of ['vi', 'en', 'de'] as const) {
    it(`axe finds nothing and targets are 44 px on every page (${tag})`, async function () {
      this.timeout(10000); // axe runs eight times
      await locale(tag);
      const w = WORDS[tag];
      const picker = await fixture<Wizard>(html`<dvc-procedure-wizard .catalog=${[{ code: '1.001193', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration', de: 'Geburt' }, field: 'Hộ tịch' }]}></dvc-procedure-wizard>`);
      await until(() => $(picker, '[part=picker]'));
      await check(picker, 'picker');
      const el = await open(sample());
      expect($(el, '.root')!.getAttribute('lang')).to.equal(tag);
      await check(el, 'overview');
      await click(el, w.start);
      await click(el, w.next);
      await check(el, 'step with errors');
      await type(el, 'f-name', 'An');
      await choose(el, 'onTime', 'yes');
      await click(el, w.next);
      await check(el, 'contact step with privacy notice');
      await type(el, 'f-idNumber', '001203004567');
      await type(el, 'f-phone', '0912345678');
      await click(el, w.next);
      await check(el, 'check answers');
      await click(el, w.send);
      await check(el, 'confirmation');
      const broken = await open({ code: 'x', steps: 1 });
      await check(broken, 'invalid definition');
      const failed = await fixture<Wizard>(html`<dvc-procedure-wizard src="/__fixture/status/404"></dvc-procedure-wizard>`);
      await until(() => $(failed, '[role=alert]'));
      await check(failed, 'failed load');
    });
  }

  it('keyboard only: a sample procedure from Start to the confirmation', async function () {
    this.timeout(10000); // some 30 real key presses, each a round trip to the browser: slow on a busy machine
    await locale('vi');
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard src="/api/procedures/2.000815" submit-url="/api/applications"></dvc-procedure-wizard>`);
    await until(() => $(el, '[part=overview]'), 1800);
    await settle(el);
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    for (let i = 0; i < 20 && active()?.textContent?.trim() !== 'Bắt đầu'; i++) await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Bắt đầu');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()).to.equal($(el, 'h2'));
    await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('f-paperName');
    await sendKeys({ type: 'Giấy khai sinh' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Tiếp tục');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Liên hệ');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Phạm Thị Dung' });
    await sendKeys({ press: 'Enter' }); // Enter in a text box continues, as in any form
    await settle(el);
    expect(heading(el)).to.equal('Kiểm tra lại thông tin trước khi nộp hồ sơ');
    for (let i = 0; i < 20 && active()?.textContent?.trim() !== 'Nộp hồ sơ'; i++) await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Nộp hồ sơ');
    await sendKeys({ press: 'Enter' });
    await until(() => heading(el) === 'Đã nộp hồ sơ', 1800, 'confirmation');
    expect($(el, '.reference')!.textContent).to.match(/-\d{8}-\d{4,}$/);
  });

  it('320 px wide with text at 200 %: nothing scrolls sideways; forced colours and reduced motion render', async () => {
    await locale('vi');
    try {
      // (A Lit fixture: a plain <div> fixture waits for a frame, which a background test tab never paints.)
      const wizard = await fixture<Wizard>(html`<dvc-procedure-wizard style="--dvc-font-scale: 2; width: 320px" .procedure=${sample()}></dvc-procedure-wizard>`);
      await until(() => $(wizard, 'section'));
      const fits = (page: string) => expect(wizard.scrollWidth, page).to.be.at.most(wizard.clientWidth);
      fits('overview');
      await click(wizard, 'Bắt đầu');
      await click(wizard, 'Tiếp tục');
      fits('errors');
      await toCheckFrom(wizard);
      fits('check');
      await emulateFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(button(wizard, 'Nộp hồ sơ')).borderTopStyle).to.equal('solid');
    } finally {
      await emulateFeatures({ 'forced-colors': '', 'prefers-reduced-motion': '' });
    }
  });
});

async function toCheckFrom(el: Wizard): Promise<void> {
  await type(el, 'f-name', 'Nguyễn Văn An');
  await choose(el, 'onTime', 'yes');
  await click(el, 'Tiếp tục');
  await type(el, 'f-idNumber', '001203004567');
  await type(el, 'f-phone', '0912345678');
  await click(el, 'Tiếp tục');
}
