import { render, type TemplateResult } from 'lit';
import '../../src/feedback-form/index.js';
import type { DvcFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { sleep, until } from '../helpers/wait.js';
export { sleep, until };

export type { DvcFeedbackForm };

/** A key of its own per test, so parallel tests never share fixture logs or outbox URLs. */
export const unique = () => Math.random().toString(36).slice(2);

export const $ = <T extends Element = HTMLElement>(el: DvcFeedbackForm, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DvcFeedbackForm, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: DvcFeedbackForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

const mounted: HTMLElement[] = [];
// Root-level hook: every test starts on an empty page.
afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

/**
 * Mounts a template (a form, or a container holding forms) and waits for the form's part that
 * loads after the first paint. Rendered by hand rather than with open-wc's `fixture`, which
 * waits for an animation frame on non-Lit roots — and a page running in the background (tests
 * run two files at once) gets none.
 */
export async function mount(template: TemplateResult, lazy = true): Promise<DvcFeedbackForm> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const host = container.firstElementChild as HTMLElement;
  const el = (host.localName === 'dvc-feedback-form' ? host : host.querySelector('dvc-feedback-form')) as DvcFeedbackForm | null;
  if (!el) return host as DvcFeedbackForm;
  await el.updateComplete;
  if (lazy) await until(() => $(el, '#comment'), 1800, 'the lazily loaded part');
  return el;
}

/** Chooses a rating by clicking its radio (overall, or `c-<key>` for a criterion). */
export async function pick(el: DvcFeedbackForm, value: number, name = 'overall'): Promise<void> {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

/** Types into a field by id as a person would (value, then an input event). */
export async function fill(el: DvcFeedbackForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function send(el: DvcFeedbackForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await el.updateComplete;
}

export interface Attempt {
  key: string | null;
  id: string | null;
  at: number;
}

export async function fixtureLog(key: string): Promise<Attempt[]> {
  return (await fetch(`/__fixture/feedback-log/${key}`)).json() as Promise<Attempt[]>;
}

/** Collects every event of `types` fired by `el`. */
export function record(el: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const t of types) el.addEventListener(t, (e) => seen.push(e as CustomEvent));
  return seen;
}
