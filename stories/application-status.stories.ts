import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import type { DvcApplicationStatus } from '../src/application-status/index.js';
import type { StatusState } from '../src/application-status/internal/host.js';
import type { ApplicationStatus, HistoryEntry } from '../src/application-status/model/types.js';

type Args = {
  src?: string;
  feedback?: boolean;
  kiosk?: boolean;
  helpText?: string;
  onDvcStatusFound?: (e: Event) => void;
  onDvcStatusNotFound?: (e: Event) => void;
};

const meta: Meta<Args> = {
  title: 'Widgets/Application status',
  component: 'dvc-application-status',
  parameters: {
    docs: {
      description: {
        component:
          'Looks up an application by its code (mã hồ sơ) and the last 4 digits of the phone or ID number given in it, ' +
          'and shows where it is: a timeline of its statuses, the promised date, what is missing, how to collect the ' +
          'result, fees. These stories have no server: each status is drawn from sample data, as the reference server ' +
          '(`POST /api/applications/{code}/status`) would answer it.',
      },
    },
  },
  args: { src: '/api', feedback: false, kiosk: false, helpText: '' },
  render: (a): TemplateResult => html`
    <dvc-application-status
      src=${a.src ?? ''}
      ?feedback=${a.feedback}
      ?kiosk=${a.kiosk}
      help-text=${a.helpText ?? ''}
      prefill="none"
      @dvc-status-found=${a.onDvcStatusFound}
      @dvc-status-not-found=${a.onDvcStatusNotFound}
    ></dvc-application-status>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const HOUR = 3600_000;
/** A day `days` from today in Viet Nam, `YYYY-MM-DD`. */
const day = (days: number) => new Date(Date.now() + 7 * HOUR + days * 86_400_000).toISOString().slice(0, 10);
/** An instant `hours` ago. */
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const NAME = { vi: 'Đăng ký khai sinh', en: 'Birth registration', de: 'Geburtsanmeldung' };

function sample(status: string, history: HistoryEntry[], extra: Partial<ApplicationStatus> = {}): ApplicationStatus {
  return {
    code: 'KL-20261128-0001',
    procedure: { code: '1.001193', name: NAME },
    status,
    receivedAt: history[0]!.at,
    updatedAt: history.at(-1)!.at,
    due: day(3),
    history,
    fees: { due: 8000, paid: 0 },
    ...extra,
  };
}

/** The widget, once its status page (loaded after the first paint) is there. */
async function ready(canvas: HTMLElement): Promise<DvcApplicationStatus> {
  const el = canvas.querySelector('dvc-application-status');
  if (!el) throw new Error('<dvc-application-status> was not rendered');
  for (let i = 0; i < 100 && !(el as unknown as { loadedPart?: unknown }).loadedPart; i++) await new Promise((r) => setTimeout(r, 30));
  if (!(el as unknown as { loadedPart?: unknown }).loadedPart) throw new Error('the status page never loaded');
  return el;
}

/** Shows a status without a server: for display only. */
async function show(el: DvcApplicationStatus, data: ApplicationStatus): Promise<void> {
  const state = (el as unknown as { state: StatusState }).state;
  Object.assign(state, { view: 'status', data, looked: { code: data.code, verifier: '0000' }, checkedAt: Date.now(), notice: undefined });
  el.requestUpdate();
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector('[part=status]')) throw new Error('the status page is not shown');
}

const statusStory = (data: () => ApplicationStatus, args: Partial<Args> = {}): Story => ({
  args,
  play: async ({ canvasElement }) => show(await ready(canvasElement), data()),
});

/** The look-up form, empty: the code and the last 4 digits. */
export const Form: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

/** "Look up" with mistakes: the summary at the top, a message beside each field. */
export const FormProblems: Story = {
  name: 'Form with problems',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const state = (el as unknown as { state: StatusState }).state;
    state.codeInput = 'КL-2026';
    state.verifierInput = '09123';
    await el.lookUp();
  },
};

/** No application with this code and verifier: one message for both. */
export const NotFound: Story = {
  name: 'Not found',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const state = (el as unknown as { state: StatusState }).state;
    Object.assign(state, { codeInput: 'KL-20261128-0009', verifierInput: '1234', notice: 'not-found' });
    el.requestUpdate();
    await el.updateComplete;
  },
};

/** After too many tries that did not match: the polite pause (the server's 429 with Retry-After). */
export const Paused: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const state = (el as unknown as { state: StatusState }).state;
    Object.assign(state, { codeInput: 'KL-20261128-0001', notice: 'limited', pausedUntil: Date.now() + 10 * 60_000 });
    el.requestUpdate();
    await el.updateComplete;
  },
};

/** Đã tiếp nhận: just received. */
export const Received: Story = statusStory(() => sample('received', [{ status: 'received', at: ago(2) }]));

/** Đang giải quyết: an official is working on it. */
export const Processing: Story = statusStory(() =>
  sample('processing', [
    { status: 'received', at: ago(26) },
    { status: 'processing', at: ago(3) },
  ]),
);

/** Cần bổ sung hồ sơ: what is missing, where to bring it, by when. */
export const NeedsDocuments: Story = {
  name: 'Needs documents',
  ...statusStory(() =>
    sample(
      'needs-documents',
      [
        { status: 'received', at: ago(50) },
        { status: 'processing', at: ago(30) },
        { status: 'needs-documents', at: ago(4), note: 'Bản sao giấy chứng sinh chưa rõ.' },
      ],
      {
        missing: {
          items: [{ document: 'birth-notice', name: { vi: 'Giấy chứng sinh (bản chính)', en: 'Birth notice (original)', de: 'Geburtsbescheinigung (Original)' } }],
          where: { vi: 'Quầy số 2, Trung tâm Phục vụ hành chính công', en: 'Counter 2, public administration service centre', de: 'Schalter 2, Bürgerservicezentrum' },
          by: day(5),
        },
      },
    ),
  ),
};

/** Đã có kết quả: how to collect it, and what to bring. */
export const ResultReady: Story = {
  name: 'Result ready',
  ...statusStory(() =>
    sample(
      'result-ready',
      [
        { status: 'received', at: ago(50) },
        { status: 'processing', at: ago(30) },
        { status: 'result-ready', at: ago(1) },
      ],
      { collect: { how: 'counter', where: { vi: 'Quầy số 1', en: 'Counter 1', de: 'Schalter 1' }, bring: ['receipt', 'id-card', 'fee'] } },
    ),
  ),
};

/** Đã trả kết quả: finished. */
export const Collected: Story = statusStory(() =>
  sample(
    'collected',
    [
      { status: 'received', at: ago(74) },
      { status: 'processing', at: ago(50) },
      { status: 'result-ready', at: ago(26) },
      { status: 'collected', at: ago(2) },
    ],
    { fees: { due: 8000, paid: 8000 } },
  ),
);

/** Từ chối: with the reason. */
export const Rejected: Story = statusStory(() =>
  sample(
    'rejected',
    [
      { status: 'received', at: ago(30) },
      { status: 'rejected', at: ago(5) },
    ],
    { reason: { vi: 'Người đi đăng ký không phải cha, mẹ hoặc người thân của trẻ.', en: 'The applicant is not a parent or relative of the child.', de: 'Der Antragsteller ist kein Elternteil und kein Verwandter des Kindes.' } },
  ),
);

/** The promised date has passed: overdue, with what the citizen may do. */
export const Overdue: Story = statusStory(
  () =>
    sample(
      'processing',
      [
        { status: 'received', at: ago(120) },
        { status: 'processing', at: ago(100) },
      ],
      { due: day(-2) },
    ),
  { helpText: 'Trung tâm Phục vụ hành chính công: 0234 3822 222.' },
);

/** A status from a newer server that this widget does not know: "being handled", with its date. */
export const UnknownStatus: Story = {
  name: 'Unknown status',
  ...statusStory(() =>
    sample('sent-to-province', [
      { status: 'received', at: ago(30) },
      { status: 'sent-to-province', at: ago(6) },
    ]),
  ),
};
