import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import type { DvcVneidGuide, GuideAnswers } from '../src/vneid-guide/index.js';
import { content } from '../src/vneid-guide/content/en.js';

type Args = {
  platform: 'auto' | 'android' | 'ios' | 'desktop';
  kiosk: boolean;
  helpText: string;
  onDvcGuideProgress?: (e: Event) => void;
  onDvcGuideComplete?: (e: Event) => void;
  onDvcError?: (e: Event) => void;
};

const meta: Meta<Args> = {
  title: 'Widgets/VNeID guide',
  component: 'dvc-vneid-guide',
  parameters: {
    docs: {
      description: {
        component:
          'A patient, step-by-step guide to the VNeID app and a level-2 electronic identity: "Where am I?" with two ' +
          'routing questions, what you need, a task list with statuses, one page of steps per task (the app\'s ' +
          'Vietnamese button labels quoted, with a translation on en/de pages), "Having trouble?", read-aloud where ' +
          'a voice exists, and a text-size control. The built-in content loads per locale; these stories need no ' +
          'server and keep progress in memory (`no-persist`).',
      },
    },
  },
  args: { platform: 'android', kiosk: false, helpText: '' },
  argTypes: {
    platform: { control: 'inline-radio', options: ['auto', 'android', 'ios', 'desktop'] },
  },
  render: (a): TemplateResult => html`
    <dvc-vneid-guide
      no-persist
      platform=${a.platform}
      ?kiosk=${a.kiosk}
      idle-timeout="600"
      help-text=${a.helpText}
      @dvc-guide-progress=${a.onDvcGuideProgress}
      @dvc-guide-complete=${a.onDvcGuideComplete}
      @dvc-error=${a.onDvcError}
    ></dvc-vneid-guide>
  `,
};
export default meta;

type Story = StoryObj<Args>;

function guide(canvas: HTMLElement): DvcVneidGuide {
  const el = canvas.querySelector('dvc-vneid-guide');
  if (!el) throw new Error('<dvc-vneid-guide> was not rendered');
  return el;
}

/** Opens a page through the public `open()`, as "Continue" does, and checks it has a heading. */
async function openPage(canvas: HTMLElement, answers: GuideAnswers, page: string): Promise<DvcVneidGuide> {
  const el = guide(canvas);
  await el.open(answers, page);
  if (!el.shadowRoot?.querySelector('h2')) throw new Error(`the page "${page}" did not render`);
  return el;
}

const chip = { chipCard: 'yes', level2: 'no' } as const;

/** A task's page, opened on the platform chosen in the controls. */
const task = (id: string, answers: GuideAnswers = chip, platform: Args['platform'] = 'android'): Story => ({
  args: { platform },
  play: async ({ canvasElement }) => {
    const el = await openPage(canvasElement, answers, id);
    if (!el.shadowRoot!.querySelector('[part=step]')) throw new Error(`the task "${id}" has no steps`);
  },
});

/** "Where am I?": level 1 and level 2 in plain words, and the two questions that choose the tasks. */
export const Routing: Story = {
  play: async ({ canvasElement }) => {
    const el = guide(canvasElement);
    await el.updateComplete;
    if (el.shadowRoot!.querySelectorAll('fieldset').length !== 2) throw new Error('the two routing questions are missing');
  },
};

/** What you need, as a checklist. */
export const WhatYouNeed: Story = {
  name: 'What you need',
  play: async ({ canvasElement }) => void (await openPage(canvasElement, chip, 'needs')),
};

/** The task list after the answers "chip card: yes", "level 2: no". */
export const TaskList: Story = {
  name: 'Task list',
  play: async ({ canvasElement }) => void (await openPage(canvasElement, chip, 'tasks')),
};

/** No chip ID card yet: getting one comes first. */
export const GetCard: Story = { name: 'Task: get a chip ID card', ...task('get-card', { chipCard: 'no', level2: 'no' }) };
/** Installing from CH Play. */
export const InstallAndroid: Story = { name: 'Task: install (Android)', ...task('install') };
/** Installing from the App Store. */
export const InstallIos: Story = { name: 'Task: install (iOS)', ...task('install', chip, 'ios') };
/** On a computer: QR codes to both store pages and to this page, to continue on the phone. */
export const InstallDesktop: Story = {
  name: 'Task: install (desktop, QR codes)',
  args: { platform: 'desktop' },
  play: async ({ canvasElement }) => {
    const el = await openPage(canvasElement, chip, 'install');
    for (let i = 0; i < 100 && el.shadowRoot!.querySelectorAll('svg.qr-code').length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    if (el.shadowRoot!.querySelectorAll('svg.qr-code').length < 2) throw new Error('the QR codes to the stores are missing');
  },
};
/** Level 1 in the app: NFC scan, portrait. */
export const Level1Android: Story = { name: 'Task: level 1 (Android)', ...task('level1') };
/** Level 1 on an iPhone. */
export const Level1Ios: Story = { name: 'Task: level 1 (iOS)', ...task('level1', chip, 'ios') };
/** Level 2 in person at the ward police. */
export const Level2: Story = { name: 'Task: level 2 at the ward police', ...task('level2') };
/** Activation, with the safety warning on every step. */
export const Activate: Story = { name: 'Task: activate the account', ...task('activate') };
/** Logging in to the National Public Service Portal, on a phone. */
export const Login: Story = { name: 'Task: log in (Android)', ...task('login') };
/** Logging in from a computer. */
export const LoginDesktop: Story = { name: 'Task: log in (desktop)', ...task('login', chip, 'desktop') };

/** "Having trouble?" open on the NFC step. */
export const TroubleshootingOpen: Story = {
  name: 'Troubleshooting open',
  play: async ({ canvasElement }) => {
    const el = await openPage(canvasElement, chip, 'level1');
    const details = el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part=trouble]');
    details[1].open = true;
  },
};

/** Every task done. */
export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const el = guide(canvasElement);
    el.progress = Object.fromEntries(content.tasks.flatMap((t) => t.steps).map((s) => [s.id, 'done' as const]));
    await openPage(canvasElement, chip, 'tasks');
    if (!el.shadowRoot!.querySelector('.done-panel')) throw new Error('the completed state is missing');
  },
};

/** Text at 200 % with the widget's own control: the layout reflows, nothing scrolls sideways. */
export const LargestText: Story = {
  name: 'Text at 200 %',
  play: async ({ canvasElement }) => {
    const el = await openPage(canvasElement, chip, 'activate');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')[2].click();
    await el.updateComplete;
  },
};

/** On a shared kiosk: progress in memory only, "Start again" in the toolbar, wiped after a spell without input. */
export const Kiosk: Story = {
  args: { kiosk: true },
  play: async ({ canvasElement }) => void (await openPage(canvasElement, chip, 'install')),
};

/** The portal's content JSON is invalid: a clear notice with the JSON paths, and the built-in guide. */
export const InvalidContent: Story = {
  name: 'Invalid content from the portal',
  play: async ({ canvasElement }) => {
    const el = guide(canvasElement);
    el.content = { version: 2, tasks: [{ id: 'Bad Id', title: '', steps: [] }] };
    await openPage(canvasElement, chip, 'needs');
  },
};
