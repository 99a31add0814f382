import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import type { DvcFeedbackForm } from '../src/feedback-form/index.js';
import type { FormState } from '../src/feedback-form/internal/host.js';

type Args = {
  criteria?: string;
  hideCriteria?: boolean;
  hideContact?: boolean;
  privacyText?: string;
  kiosk?: boolean;
  resetAfter?: string;
  unit?: string;
  centre?: string;
  onDvcFeedbackSubmit?: (e: Event) => void;
  onDvcFeedbackSent?: (e: Event) => void;
  onDvcFeedbackQueued?: (e: Event) => void;
};

const meta: Meta<Args> = {
  title: 'Widgets/Feedback form',
  component: 'dvc-feedback-form',
  parameters: {
    docs: {
      description: {
        component:
          'Satisfaction feedback after a service (the SIPAS 5-level scale), with optional criteria, a comment and ' +
          'optional contact details. With `submit-url` it sends each submission with an `Idempotency-Key`, and keeps ' +
          'what cannot be sent in an outbox on the device until it is delivered. These stories have no server: ' +
          'without `submit-url` the form only collects and fires `dvc-feedback-submit`.',
      },
    },
  },
  // `unit` / `centre` empty: the page-wide name of the toolbar's "Unit" (configure()) applies.
  args: { criteria: '', hideCriteria: false, hideContact: false, privacyText: '', kiosk: false, resetAfter: '', unit: '', centre: '' },
  render: (a): TemplateResult => html`
    <dvc-feedback-form
      criteria=${a.criteria ?? ''}
      ?hide-criteria=${a.hideCriteria}
      ?hide-contact=${a.hideContact}
      privacy-text=${a.privacyText ?? ''}
      ?kiosk=${a.kiosk}
      reset-after=${a.resetAfter ?? ''}
      unit=${a.unit || nothing}
      centre=${a.centre || nothing}
      @dvc-feedback-submit=${a.onDvcFeedbackSubmit}
      @dvc-feedback-sent=${a.onDvcFeedbackSent}
      @dvc-feedback-queued=${a.onDvcFeedbackQueued}
    ></dvc-feedback-form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The form, once its later part (criteria, comment, contact) is there. */
async function ready(canvas: HTMLElement): Promise<DvcFeedbackForm> {
  const el = canvas.querySelector('dvc-feedback-form');
  if (!el) throw new Error('<dvc-feedback-form> was not rendered');
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#comment'); i++) await new Promise((r) => setTimeout(r, 30));
  if (!el.shadowRoot?.querySelector('#comment')) throw new Error('the comment field never appeared');
  return el;
}

const click = async (el: DvcFeedbackForm, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

const type = async (el: DvcFeedbackForm, id: string, value: string) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

/** Shows a state that needs a server (sending, saved on the device) without one: for display only. */
async function showState(el: DvcFeedbackForm, view: FormState['view']): Promise<void> {
  const state = (el as unknown as { state: FormState }).state;
  state.draft.overall = 4;
  state.draft.comment = 'Cán bộ hướng dẫn tận tình.';
  state.view = view;
  el.requestUpdate();
  await el.updateComplete;
}

/** Nothing chosen yet: the question and five large options, each with words and a face. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    if (el.shadowRoot!.querySelectorAll('input[name=overall]').length !== 5) throw new Error('the scale needs five options');
  },
};

/** "Satisfied" chosen: the optional criteria appear below. */
export const OverallChosen: Story = {
  name: 'Overall chosen',
  args: { hideCriteria: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="4"]');
  },
};

/** The five SIPAS criteria, some answered, one "Not applicable". */
export const Criteria: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="5"]');
    await click(el, 'input[name=c-official][value="5"]');
    await click(el, 'input[name=c-complaints][value="0"]');
  },
};

/** Only two criteria, one with the portal's own label. */
export const CustomCriteria: Story = {
  name: 'Custom criteria',
  args: { criteria: JSON.stringify(['official', { key: 'result', label: { vi: 'Giấy tờ nhận được', en: 'Papers received', de: 'Erhaltene Unterlagen' } }]) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="3"]');
  },
};

/** Contact details given: the consent box and the privacy notice appear. */
export const ContactWithConsent: Story = {
  name: 'Contact with consent',
  args: { hideCriteria: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="2"]');
    await type(el, 'comment', 'Phải chờ lâu ở quầy số 2.');
    await type(el, 'name', 'Nguyễn Thị Lan');
    await type(el, 'phone', '0912 345 678');
    await click(el, '#consent');
  },
};

/**
 * The element's own `unit` and `centre` attributes win over the page-wide name (the toolbar's
 * "Unit"): the consent names the special zone's centre, in every locale.
 */
export const NamedByAttribute: Story = {
  name: 'Unit named by attribute',
  args: { hideCriteria: true, unit: 'đặc khu Côn Đảo', centre: 'Trung tâm Phục vụ hành chính công đặc khu Côn Đảo' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await type(el, 'name', 'Nguyễn Thị Lan');
  },
};

/** "Send" with mistakes: the error summary at the top, a message beside each field. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await type(el, 'name', 'Nguyễn Thị Lan');
    await type(el, 'phone', '024 3825');
    await click(el, '[part=submit]');
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.summary'); i++) await new Promise((r) => setTimeout(r, 20));
    if (!el.shadowRoot!.querySelector('.summary')) throw new Error('no error summary');
  },
};

/** While the submission is on its way: the button says so and ignores a second press. */
export const Sending: Story = {
  play: async ({ canvasElement }) => showState(await ready(canvasElement), 'sending'),
};

/** No connection: saved on the device, to be sent automatically. */
export const QueuedOffline: Story = {
  name: 'Queued offline',
  play: async ({ canvasElement }) => showState(await ready(canvasElement), 'queued'),
};

/** Sent: thank-you, what happens next, and "Give more feedback". */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="5"]');
    await click(el, '[part=submit]');
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part=thanks]'); i++) await new Promise((r) => setTimeout(r, 20));
    if (!el.shadowRoot!.querySelector('[part=thanks]')) throw new Error('no thank-you panel');
  },
};

/** Kiosk: anonymous (no contact part); the thank-you panel counts down to a fresh form. */
export const KioskThankYou: Story = {
  name: 'Kiosk thank-you countdown',
  args: { kiosk: true, resetAfter: '600' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await click(el, 'input[name=overall][value="4"]');
    await click(el, '[part=submit]');
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part=thanks]'); i++) await new Promise((r) => setTimeout(r, 20));
    if (!el.shadowRoot!.querySelector('[part=thanks]')) throw new Error('no thank-you panel');
  },
};
