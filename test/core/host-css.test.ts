// "Impossible to break from the host page": the worst stylesheet an old ward CMS could carry
// changes nothing the citizen sees. Each widget, in its main states, is photographed on a clean
// page, then under that stylesheet (normal, then !important): the pictures must be the same.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../src/core/localization.js';
import '../../src/index.js';
import '../../src/core/idle-prompt.js';
import type { DvcFeedbackForm, DvcProcedureWizard, DvcQueueTicket, DvcVneidGuide } from '../../src/index.js';
import { difference, shot } from '../helpers/screenshot.js';
import { until } from '../helpers/wait.js';
import { click, open as openWizard, sample, settle, toCheck } from '../procedure-wizard/helpers.js';

const HOSTILE = `
  * { font-size: 9px; color: #777; text-transform: uppercase; letter-spacing: .2em; word-spacing: 1em; text-align: right;
      font-style: italic; font-weight: 900; font-variant: small-caps; white-space: nowrap; box-sizing: content-box; line-height: 1;
      font-family: serif; text-indent: 2em; text-shadow: 1px 1px red; text-decoration: underline; cursor: wait;
      list-style: square inside; word-break: break-all; color-scheme: dark; -webkit-text-fill-color: #777; tab-size: 20; }
  /* Not on the document itself: an RTL page scrolls from the right, which moves the screenshot, not the widget. */
  body * { direction: rtl; }
  html { font-size: 9px; } body { font: italic 9px/1 serif; color: #777; background: #222; }
  div, section, p, ul, li, h2, h3, label, span { font-size: 9px; line-height: 1; }
  button, input, select, textarea { all: unset; }
`;
const IMPORTANT = HOSTILE.replace(/;/g, ' !important;');

/** A fixed box at the top left, so the page's own layout cannot move the widget. */
async function mount<T extends HTMLElement>(template: TemplateResult, width = 480): Promise<T> {
  const box = await fixture<HTMLElement>(html`<div style="position: absolute; top: 0; left: 0; width: ${width}px; z-index: 1"></div>`);
  const { render } = await import('lit');
  render(template, box);
  return box.firstElementChild as T;
}

const root = (el: Element) => el.shadowRoot!;

/** Photographs `el` on the clean page and under both hostile sheets; every picture must match the clean one. */
async function expectUntouched(el: HTMLElement, state: string): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const clean = await shot(el);
  for (const [name, css] of [['normal', HOSTILE], ['!important', IMPORTANT]]) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      const hostile = await shot(el);
      expect(`${hostile.width}×${hostile.height}`, `${state}: size under the ${name} sheet`).to.equal(`${clean.width}×${clean.height}`);
      expect(difference(clean, hostile), `${state}: share of pixels changed by the ${name} sheet`).to.be.at.most(0.001);
    } finally {
      style.remove();
    }
  }
}

describe('a hostile host-page stylesheet', () => {
  before(() => setLocale('vi'));

  it('changes nothing in the procedure wizard: picker, overview, a question with errors, check answers', async function () {
    this.timeout(15000);
    const picker = await mount<DvcProcedureWizard>(html`<dvc-procedure-wizard catalog-src="/api/procedures"></dvc-procedure-wizard>`);
    await until(() => root(picker).querySelector('[part=picker] li'), 1800, 'the picker');
    await expectUntouched(picker, 'picker');
    picker.parentElement!.remove();

    const el = await openWizard(sample());
    await expectUntouched(el, 'overview');
    await click(el, 'Bắt đầu');
    await click(el, 'Tiếp tục');
    await until(() => root(el).querySelector('.errors'), 1800, 'the error summary');
    await expectUntouched(el, 'question with errors');
    await click(el, 'Quay lại');
    await toCheck(el);
    await settle(el);
    await expectUntouched(el, 'check answers');
  });

  it('changes nothing in the VNeID guide: first screen, task list, a task', async function () {
    this.timeout(15000);
    const el = await mount<DvcVneidGuide>(html`<dvc-vneid-guide no-persist platform="android" history="none"></dvc-vneid-guide>`);
    await expectUntouched(el, 'first screen');
    await el.open({ chipCard: 'yes', level2: 'no' }, 'tasks');
    await expectUntouched(el, 'task list');
    await el.open({ chipCard: 'yes', level2: 'no' }, 'install');
    await expectUntouched(el, 'install task');
  });

  it('changes nothing in the feedback form: the scale, then every question', async function () {
    this.timeout(15000);
    const el = await mount<DvcFeedbackForm>(html`<dvc-feedback-form></dvc-feedback-form>`);
    await until(() => root(el).querySelector('#comment'), 1800, 'the rest of the form');
    await expectUntouched(el, 'scale');
    root(el).querySelector<HTMLInputElement>('input[name=overall][value="4"]')!.click();
    await until(() => root(el).querySelector('[name=c-access]'), 1800, 'the criteria');
    await expectUntouched(el, 'every question');
  });

  it('changes nothing in the queue board, the ticket and the idle prompt', async function () {
    this.timeout(15000);
    const board = await mount<HTMLElement>(html`<dvc-queue-board src="/api/queue"></dvc-queue-board>`, 760);
    await until(() => root(board).querySelector('.board'), 1800, 'the board');
    await expectUntouched(board, 'board');
    const services = await mount<DvcQueueTicket>(html`<dvc-queue-ticket src="/api/queue"></dvc-queue-ticket>`);
    await until(() => root(services).querySelector('[part=services] li'), 1800, 'the services');
    await expectUntouched(services, 'service list');
    const at = new Date().toISOString();
    const ticket = await mount<DvcQueueTicket>(
      html`<dvc-queue-ticket .ticketData=${{ id: 'ticketForTheScreenshot01', number: 'A-012', service: 'A', day: at.slice(0, 10), status: 'waiting', issuedAt: at, position: 3, estimatedWaitSeconds: 900 }}></dvc-queue-ticket>`,
    );
    await until(() => root(ticket).querySelector('[part=number]'), 1800, 'the ticket');
    await expectUntouched(ticket, 'ticket');
    const prompt = await mount<HTMLElement>(html`<dvc-idle-prompt remaining="25"></dvc-idle-prompt>`);
    await expectUntouched(prompt, 'idle prompt');
  });
});
