// Shared helpers of <dvc-application-status>'s tests: a child reference server per test file
// (test/fixtures/server-commands.mjs) with a short per-code look-up window, applications filed and
// moved through it for real, and mounting the widget.
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../src/application-status/index.js';
import type { DvcApplicationStatus } from '../../src/application-status/application-status.js';
import '../helpers/tab.js';
import { uuid } from '../../src/core/id.js';
import { sleep, until } from '../helpers/wait.js';
import { birthRegistration } from '../data/birth-registration.js';
export { sleep, until };

export type { DvcApplicationStatus };

export const STAFF = { Authorization: 'Bearer test-staff-token' };
/** applicantPhone 0912345678 and applicantId 046190001234 in every application filed here. */
export const PHONE_4 = '5678';
export const ID_4 = '1234';

export interface Server {
  url: string;
  /** `${url}/api`, the widget's `src`. */
  api: string;
}

/**
 * A child reference server for this file: failed look-ups per code limited to 5 per 1.5 s, so a
 * test sees the 429 and, 2 s at most later, the right verifier working; per address generous, so the
 * tests of one file never trip each other.
 */
export function useServer(): Server {
  const server = { url: '', api: '' };
  before(async function () {
    this.timeout(10_000);
    const { url } = await executeServerCommand<{ url: string }, object>('dvc-server-start', {
      origin: location.origin,
      env: { RATE_LIMIT_STATUS_CODE: '5/1000ms', RATE_LIMIT_STATUS_ADDRESS: '1000/1min' },
    });
    Object.assign(server, { url, api: `${url}/api` });
  });
  after(() => executeServerCommand('dvc-server-stop'));
  return server;
}

/** A day `days` ago in Viet Nam, `YYYY-MM-DD`. */
const dayAgo = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

/** Files a birth registration (1.001193) through the server; resolves with its code. */
export async function submit(server: Server): Promise<string> {
  const r = await fetch(`${server.api}/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': uuid() },
    body: JSON.stringify(birthRegistration(dayAgo(3))),
  });
  const body = await r.json();
  if (r.status !== 201) throw new Error(`filing failed: ${r.status} ${JSON.stringify(body)}`);
  return body.reference as string;
}

/** A staff move (`POST /api/staff/applications/{code}/status`). */
export async function move(server: Server, code: string, change: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${server.api}/staff/applications/${encodeURIComponent(code)}/status`, {
    method: 'POST',
    headers: { ...STAFF, 'Content-Type': 'application/json', 'Idempotency-Key': uuid() },
    body: JSON.stringify(change),
  });
  if (r.status !== 200) throw new Error(`move to ${change.status} failed: ${r.status} ${await r.text()}`);
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

/** Mounts the widget (rendered by hand: see test/feedback-form/helpers.ts) and waits for its part. */
export async function mount(template: TemplateResult): Promise<DvcApplicationStatus> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.querySelector('dvc-application-status')!;
  await el.updateComplete;
  await until(() => (el as unknown as { loadedPart?: unknown }).loadedPart, 1800, 'the lazily loaded part');
  return el;
}

/** Types into a field (`code` or `verifier`) as a person would. */
export async function fill(el: DvcApplicationStatus, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Fills the form and presses "Look up"; resolves once the status or a notice shows. */
export async function lookUp(el: DvcApplicationStatus, code: string, verifier: string): Promise<void> {
  await fill(el, 'code', code);
  await fill(el, 'verifier', verifier);
  // Every look-up ends with one of these events: a status, not found, or a failure it shows.
  const answered = new Promise((resolve) => {
    for (const type of ['dvc-status-found', 'dvc-status-not-found', 'dvc-error']) el.addEventListener(type, resolve, { once: true });
  });
  $<HTMLButtonElement>(el, 'form button')!.click();
  await Promise.race([answered, sleep(1800)]);
  await el.updateComplete;
}

/** The status now shown in the current-status panel. */
export const current = (el: Element) => $(el, '.now')?.textContent?.trim() ?? '';

/** Collects every event of `types` fired by `el`. */
export function record(el: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const t of types) el.addEventListener(t, (e) => seen.push(e as CustomEvent));
  return seen;
}
