import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import type { DvcProcedureWizard } from '../src/procedure-wizard/index.js';
import birth from '../data/procedures/1.001193.json';
import marriage from '../data/procedures/1.000894.json';
import death from '../data/procedures/1.000656.json';
import marital from '../data/procedures/1.004873.json';
import permanent from '../data/procedures/1.004222.json';
import temporary from '../data/procedures/1.004194.json';
import copy from '../data/procedures/2.000815.json';

/** The sample catalogue, built from the sample files (no server in Storybook). */
const catalog = [birth, marriage, death, marital, permanent, temporary, copy].map(({ code, name, field }) => ({ code, name, field }));

const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'checkboxes', 'yesno', 'phone', 'email', 'citizen-id'] as const;
const t = (vi: string, en: string, de: string) => ({ vi, en, de });

/** One step per field type, so each can be shown on its own page with `start-at`. */
const allTypes = {
  code: '9.000001',
  name: t('Mẫu: mọi loại câu hỏi', 'Sample: every kind of question', 'Beispiel: jede Art von Frage'),
  field: t('Mẫu', 'Sample', 'Beispiel'),
  documents: [{ id: 'id', name: t('Thẻ căn cước', 'Citizen ID card', 'Personalausweis') }],
  steps: FIELD_TYPES.map((type) => ({
    id: type,
    title: t(`Câu hỏi loại "${type}"`, `A "${type}" question`, `Eine Frage vom Typ „${type}“`),
    fields: [
      {
        id: `q-${type}`,
        type,
        required: type !== 'email',
        label: t('Câu hỏi mẫu', 'Sample question', 'Beispielfrage'),
        hint: t('Gợi ý cho câu hỏi này', 'A hint for this question', 'Ein Hinweis zu dieser Frage'),
        ...(['select', 'radio', 'checkboxes'].includes(type)
          ? { options: [{ value: 'a', label: t('Lựa chọn thứ nhất', 'First choice', 'Erste Wahl') }, { value: 'b', label: t('Lựa chọn thứ hai', 'Second choice', 'Zweite Wahl') }] }
          : {}),
        ...(type === 'date' ? { max: 'today' } : {}),
        ...(type === 'number' ? { min: 0, max: 10 } : {}),
      },
    ],
  })),
};

type Args = {
  procedure?: unknown;
  catalog?: unknown[];
  src?: string;
  startAt?: string;
  kiosk?: boolean;
  idleTimeout?: string;
  promptFor?: number;
  requestTimeout?: number;
  onDvcWizardSubmit?: (e: Event) => void;
  onDvcWizardStep?: (e: Event) => void;
};

const meta: Meta<Args> = {
  title: 'Widgets/Procedure wizard',
  component: 'dvc-procedure-wizard',
  parameters: {
    docs: {
      description: {
        component:
          'Finds a procedure, shows what it needs, asks one question per page, checks and submits. ' +
          'These stories pass definitions directly (`procedure`, `catalog`), so they need no server.',
      },
    },
  },
  render: (a): TemplateResult => html`
    <dvc-procedure-wizard
      .procedure=${a.procedure}
      .catalog=${a.catalog}
      src=${a.src ?? ''}
      start-at=${a.startAt ?? ''}
      ?kiosk=${!!a.kiosk}
      idle-timeout=${a.idleTimeout ?? ''}
      .promptFor=${a.promptFor ?? 30}
      .requestTimeout=${a.requestTimeout ?? 15000}
      @dvc-wizard-submit=${a.onDvcWizardSubmit}
      @dvc-wizard-step=${a.onDvcWizardStep}
    ></dvc-procedure-wizard>
  `,
};
export default meta;
type Story = StoryObj<Args>;

type Ctx = { canvasElement: HTMLElement };
const wizardOf = (c: Ctx) => c.canvasElement.querySelector('dvc-procedure-wizard') as DvcProcedureWizard;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until `selector` shows in the wizard. */
async function shows(w: DvcProcedureWizard, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    await w.updateComplete;
    const found = w.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await sleep(10);
  }
  throw new Error(`${selector} never showed`);
}

async function fill(w: DvcProcedureWizard, id: string, value: string): Promise<void> {
  const input = await shows(w, `#${id}`);
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input'));
  await w.updateComplete;
}

async function pick(w: DvcProcedureWizard, name: string, index: number): Promise<void> {
  (await shows(w, `input[name="${name}"]`)).closest('fieldset')!.querySelectorAll<HTMLInputElement>('input')[index].click();
  await w.updateComplete;
}

async function next(w: DvcProcedureWizard): Promise<void> {
  (await shows(w, 'form button[type=submit]')).click();
  await w.updateComplete;
}

/** Answers the certified-copy procedure up to its check page. */
async function toCheck(c: Ctx): Promise<DvcProcedureWizard> {
  const w = wizardOf(c);
  await fill(w, 'f-paperName', 'Bằng tốt nghiệp trung học phổ thông');
  await fill(w, 'f-pages', '3');
  await fill(w, 'f-copies', '2');
  await pick(w, 'f-ownCopies', 1);
  await next(w);
  await fill(w, 'f-name', 'Nguyễn Thị Hoa');
  await fill(w, 'f-phone', '0912 345 678');
  await next(w);
  await shows(w, '[part=summary]');
  return w;
}

/** The catalogue: search ignores diacritics and case ("dang ky", "khai sinh", "1.001193"). */
export const Picker: Story = { args: { catalog } };

/** The picker after typing "dang ky" without diacritics. */
export const PickerSearch: Story = {
  name: 'Picker: search without diacritics',
  args: { catalog },
  play: async (c) => {
    const w = wizardOf(c);
    await fill(w, 'search', 'dang ky');
  },
};

/** Overview of birth registration: time and fee per channel, the documents, legal basis collapsed. */
export const Overview: Story = { args: { procedure: birth } };

/** Overview of marriage registration (registered where either partner resides; no marital-status papers since 2025). */
export const OverviewMarriage: Story = { name: 'Overview: marriage', args: { procedure: marriage } };

/** A question page with a privacy notice before personal data (certified copy, contact step). */
export const QuestionPage: Story = { name: 'Question page', args: { procedure: copy, startAt: 'contact' } };

const fieldStory = (type: (typeof FIELD_TYPES)[number]): Story => ({ name: `Field: ${type}`, args: { procedure: allTypes, startAt: type } });
export const FieldText = fieldStory('text');
export const FieldTextarea = fieldStory('textarea');
export const FieldNumber = fieldStory('number');
export const FieldDate = fieldStory('date');
export const FieldSelect = fieldStory('select');
export const FieldRadio = fieldStory('radio');
export const FieldCheckbox = fieldStory('checkbox');
export const FieldCheckboxes = fieldStory('checkboxes');
export const FieldYesNo = fieldStory('yesno');
export const FieldPhone = fieldStory('phone');
export const FieldEmail = fieldStory('email');
export const FieldCitizenId = fieldStory('citizen-id');

/** "Continue" with problems: the summary at the top (focused), the message beside each field. */
export const ErrorSummary: Story = {
  name: 'Error summary',
  args: { procedure: birth, startAt: 'child' },
  play: async (c) => {
    const w = wizardOf(c);
    await fill(w, 'f-childBirthDate', '31');
    await next(w);
    await shows(w, '[part=error-summary]');
  },
};

/** Every answer with a "Change" link, the documents to bring and the fee. */
export const CheckAnswers: Story = {
  name: 'Check answers',
  args: { procedure: copy, startAt: 'questions' },
  play: async (c) => {
    await toCheck(c);
  },
};

/** After sending: the reference number, what happens next, a printable checklist. */
export const Confirmation: Story = {
  args: {
    procedure: copy,
    startAt: 'questions',
    onDvcWizardSubmit: (e: Event) => (e as CustomEvent).detail.respondWith(Promise.resolve({ reference: 'KL-20261128-0042' })),
  },
  play: async (c) => {
    const w = await toCheck(c);
    (await shows(w, '[part=summary] .actions .btn')).click();
    await shows(w, '[part=confirmation]');
  },
};

/** A definition with mistakes: each problem with its JSON path, for the portal team. */
export const InvalidDefinition: Story = {
  name: 'Invalid definition',
  args: {
    procedure: {
      code: '9.000002',
      name: 'Thủ tục lỗi',
      documents: [],
      steps: [
        { id: 'a', title: 'A', fields: [{ id: 'x', type: 'colour', label: 'X' }], visibleIf: { field: 'nope', equals: 'yes' } },
        { id: 'a', title: 'B', fields: [] },
      ],
    },
  },
};

/** Waiting for a definition (nothing given yet). */
export const Loading: Story = { args: {} };

/** A request that does not answer in time: the message and "Try again". */
export const NetworkError: Story = {
  name: 'Network error',
  args: { src: './index.json', requestTimeout: 1 },
  play: async (c) => {
    await shows(wizardOf(c), '[role=alert]');
  },
};

/** Kiosk mode after a spell without input: "Are you still there?" before everything is wiped. */
export const KioskTimeout: Story = {
  name: 'Kiosk timeout dialog',
  args: { procedure: birth, startAt: 'questions', kiosk: true, idleTimeout: '0.05', promptFor: 3600 },
  play: async (c) => {
    await shows(wizardOf(c), 'dvc-idle-prompt');
  },
};
