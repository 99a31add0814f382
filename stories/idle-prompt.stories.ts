import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The element's own module: it defines <dvc-idle-prompt> (src/index.ts does not re-export it).
import '../src/core/idle-prompt.js';

type Args = {
  remaining: number;
  /** Filled in by Storybook's actions from the manifest's events. */
  onDvcIdleContinue?: (e: Event) => void;
  onDvcIdleClear?: (e: Event) => void;
};

const meta: Meta<Args> = {
  title: 'Core/Idle prompt',
  component: 'dvc-idle-prompt',
  parameters: {
    docs: {
      description: {
        component:
          'The "Are you still there?" prompt a widget in kiosk mode (`kiosk` + `idle-timeout`) shows ' +
          'after a spell without input, before it wipes what the citizen entered. Focus moves to ' +
          '"Continue"; `dvc-idle-continue` and `dvc-idle-clear` report the choice.',
      },
    },
  },
  args: { remaining: 30 },
  argTypes: {
    remaining: { control: { type: 'number', min: 0, step: 1 } },
  },
  render: ({ remaining, onDvcIdleContinue, onDvcIdleClear }): TemplateResult => html`
    <dvc-idle-prompt
      remaining=${remaining}
      @dvc-idle-continue=${onDvcIdleContinue}
      @dvc-idle-clear=${onDvcIdleClear}
    ></dvc-idle-prompt>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Just shown: 30 seconds left. Focus is on "Continue", which reports `dvc-idle-continue`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const prompt = canvasElement.querySelector('dvc-idle-prompt');
    if (!prompt) throw new Error('<dvc-idle-prompt> was not rendered');
    await prompt.updateComplete;
    if (!prompt.shadowRoot?.querySelector('[role="alertdialog"]')) {
      throw new Error('the prompt has no alertdialog');
    }
    const focused = prompt.shadowRoot.activeElement;
    if (!(focused instanceof HTMLButtonElement) || !focused.classList.contains('continue')) {
      throw new Error('focus is not on "Continue"');
    }
    let continued = false;
    prompt.addEventListener('dvc-idle-continue', () => (continued = true), { once: true });
    focused.click();
    if (!continued) throw new Error('"Continue" did not fire dvc-idle-continue');
  },
};

/** Almost over: 3 seconds before everything is cleared. */
export const AlmostOver: Story = {
  name: 'Almost over',
  args: { remaining: 3 },
};
