// Every element under the one contract suite (test/contract/contract.ts). A new widget adds one
// entry to CASES: its tag, class and first screen against the reference server; the rest has
// defaults (its part is loaded when `loadedPart` is set, the retry is the "Thử lại" button).
import { html } from 'lit';
import '../../src/index.js';
import { DvcProcedureWizard } from '../../src/procedure-wizard/procedure-wizard.js';
import { DvcFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { DvcVneidGuide } from '../../src/vneid-guide/vneid-guide.js';
import { DvcQueueTicket } from '../../src/queue/ticket/ticket.js';
import { DvcQueueBoard } from '../../src/queue/board/board.js';
import { DvcApplicationStatus } from '../../src/application-status/application-status.js';
import { $, $$, buttonNamed, runElementContract, type ContractCase } from './contract.js';

const KIOSK = { kiosk: true, idle: '0.2' };
const k = (kiosk: boolean) => (kiosk ? KIOSK : { kiosk: false, idle: '' });

const CASES: ContractCase[] = [
  {
    tag: 'dvc-procedure-wizard',
    element: DvcProcedureWizard,
    template: (kiosk) => html`<dvc-procedure-wizard src="/api/procedures/1.001193" ?kiosk=${k(kiosk).kiosk} idle-timeout=${k(kiosk).idle}></dvc-procedure-wizard>`,
    partShown: (el) => !!buttonNamed(el, 'Bắt đầu'),
    // The overview's "Start" leads into the questions: what a kiosk must not keep.
    kiosk: { enter: (el) => buttonNamed(el, 'Bắt đầu')!.click(), entered: (el) => !buttonNamed(el, 'Bắt đầu') },
  },
  {
    tag: 'dvc-feedback-form',
    element: DvcFeedbackForm,
    template: (kiosk) => html`<dvc-feedback-form submit-url="/api/feedback" ?kiosk=${k(kiosk).kiosk} idle-timeout=${k(kiosk).idle}></dvc-feedback-form>`,
    // "Send" without a rating: the part checks the form (and, where it failed to load, "Send" is the retry).
    toPart: (el) => $(el, '[part=submit]')!.click(),
    partShown: (el) => !!$(el, '#comment'),
    retry: (el) => $(el, '[part=submit]'),
    kiosk: {
      enter: (el) => $$<HTMLInputElement>(el, 'input[name=overall]')[0]!.click(),
      entered: (el) => $$(el, 'input[name=overall]:checked').length > 0,
    },
  },
  {
    tag: 'dvc-vneid-guide',
    element: DvcVneidGuide,
    template: (kiosk) => html`<dvc-vneid-guide platform="android" ?kiosk=${k(kiosk).kiosk} idle-timeout=${k(kiosk).idle}></dvc-vneid-guide>`,
    // The first screen's two questions, then "Continue": the guide itself is the part.
    toPart: async (el) => {
      $<HTMLInputElement>(el, 'input[name=chipCard][value=yes]')!.click();
      $<HTMLInputElement>(el, 'input[name=level2][value=yes]')!.click();
      await (el as DvcVneidGuide).updateComplete;
      $$(el, 'button.btn').at(-1)!.click();
    },
    partShown: (el) => !$(el, 'input[name=chipCard]'),
    kiosk: { enter: () => undefined, entered: (el) => !$(el, 'input[name=chipCard]') || $$(el, 'input:checked').length > 0 },
  },
  {
    tag: 'dvc-queue-ticket',
    element: DvcQueueTicket,
    template: (kiosk) => html`<dvc-queue-ticket src="/api/queue" ?kiosk=${k(kiosk).kiosk} idle-timeout=${k(kiosk).idle}></dvc-queue-ticket>`,
    partShown: (el) => !!$(el, '.choice'),
    // Choosing a service shows its confirmation: the kiosk returns to the list.
    kiosk: { enter: (el) => $(el, '.choice')!.click(), entered: (el) => !$(el, '.choice') },
  },
  {
    tag: 'dvc-queue-board',
    element: DvcQueueBoard,
    template: () => html`<dvc-queue-board src="/api/queue"></dvc-queue-board>`,
    // Connected to the feed: the services' names come from the server's snapshot.
    partShown: (el) => !$(el, '[role=alert]') && (el.shadowRoot!.textContent ?? '').includes('Hộ tịch'),
  },
  {
    tag: 'dvc-application-status',
    element: DvcApplicationStatus,
    template: (kiosk) => html`<dvc-application-status src="/api" prefill="none" ?kiosk=${k(kiosk).kiosk} idle-timeout=${k(kiosk).idle}></dvc-application-status>`,
    // A look-up needs the part (it sends and shows the answer): a code nobody has, to be told so.
    toPart: async (el) => {
      typeInto(el, '#code', 'KL-20260101-9999');
      typeInto(el, '#verifier', '1234');
      await (el as DvcApplicationStatus).updateComplete;
      $(el, 'form .btn')!.click();
    },
    // The answer: "not found", above the form again.
    partShown: (el) => !!$(el, '.notice') && !!$(el, '#code'),
    retry: (el) => $(el, 'form .btn'),
    kiosk: { enter: (el) => typeInto(el, '#code', 'KL-20260101-9999'), entered: (el) => !!$<HTMLInputElement>(el, '#code')?.value },
  },
];

/** Types into a field of the element as a person does: the value, then the input event. */
function typeInto(el: HTMLElement, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

for (const c of CASES) runElementContract(c);
