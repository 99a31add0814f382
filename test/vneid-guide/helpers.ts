import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/vneid-guide/index.js';
import '../helpers/tab.js';
import type { DvcVneidGuide } from '../../src/vneid-guide/index.js';
import type { GuidePart } from '../../src/vneid-guide/internal/lazy/guide.js';
import type { GuideState } from '../../src/vneid-guide/internal/state.js';
import { sleep, until } from '../helpers/wait.js';
export { sleep, until };

export type Guide = DvcVneidGuide;

/** What the first screen and the pages share (tests read it; the element keeps it protected). */
export const state = (el: Guide) => (el as unknown as { state: GuideState }).state;
/** The loaded pages. */
export const loaded = (el: Guide) => (el as unknown as { loadedPart?: GuidePart }).loadedPart;

export async function mount(template: TemplateResult): Promise<Guide> {
  const el = await fixture<Guide>(template);
  await el.updateComplete;
  return el;
}


export const $ = <T extends Element = HTMLElement>(el: Guide, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Guide, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: Guide) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const heading = (el: Guide) => $(el, 'h2')?.textContent?.trim() ?? '';

/** Buttons (and summaries) by their visible text. */
export function button(el: Guide, label: string | RegExp): HTMLElement {
  const found = $$(el, 'button, summary, a').find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no button "${label}" in: ${$$(el, 'button').map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** Answers the two routing questions on the first screen and presses "Continue". */
export async function route(el: Guide, chipCard: 'yes' | 'no', level2: 'yes' | 'no' | 'unsure'): Promise<void> {
  $<HTMLInputElement>(el, `input[name=chipCard][value=${chipCard}]`)!.click();
  $<HTMLInputElement>(el, `input[name=level2][value=${level2}]`)!.click();
  await el.updateComplete;
  $$(el, 'button.btn').at(-1)!.click();
  await until(() => state(el).view === 'needs', 3000, 'the "what you need" page');
  await el.updateComplete;
}

/** The ids of the tasks in the task list (in order), read through the element's public `open()`. */
export async function taskTitles(el: Guide): Promise<string[]> {
  loaded(el)!.go('tasks');
  await el.updateComplete;
  return $$(el, '.task-link').map((b) => b.textContent!.trim());
}

/** A `localStorage` that throws, like private mode or a sandboxed iframe, for the duration of `run`. */
export async function withoutStorage(run: () => Promise<void>): Promise<void> {
  const proto = Storage.prototype;
  const saved = { setItem: proto.setItem, getItem: proto.getItem };
  const fail = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  proto.setItem = fail;
  proto.getItem = fail;
  try {
    await run();
  } finally {
    Object.assign(proto, saved);
  }
}
