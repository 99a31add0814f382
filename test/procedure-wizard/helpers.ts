import { fixture, html } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import '../../src/procedure-wizard/index.js';
import type { DvcProcedureWizard } from '../../src/procedure-wizard/index.js';
import type { Procedure } from '../../src/procedure-wizard/model/types.js';
import { sleep, until } from '../helpers/wait.js';
export { sleep, until };

export type Wizard = DvcProcedureWizard;
export { freshTab } from '../helpers/tab.js';

/** The wizard's shadow root. */
export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const heading = (el: Element) => $(el, 'h2')?.textContent?.trim() ?? '';
/** Settles the element: its render and any lazily loaded page. */
export async function settle(el: Wizard): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await sleep(0);
  }
}

export function button(el: Element, text: string): HTMLButtonElement {
  const b = $$<HTMLButtonElement>(el, 'button').find((x) => x.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!b) throw new Error(`no button "${text}" in: ${$$(el, 'button').map((x) => x.textContent!.trim()).join(' | ')}`);
  return b;
}

export async function click(el: Wizard, text: string): Promise<void> {
  button(el, text).click();
  await settle(el);
}

/** Types into an input by id (`f-<field>`), as input events do. */
export async function type(el: Wizard, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  await settle(el);
}

export async function choose(el: Wizard, name: string, value: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, `input[name="f-${name}"]`).find((i) => i.value === value)!;
  input.click();
  await settle(el);
}

/** Opens a wizard on a definition and waits until it shows its first page. */
export async function open(procedure: unknown, attrs: Partial<Record<'kiosk' | 'persist' | 'submitUrl' | 'startAt', unknown>> = {}): Promise<Wizard> {
  const el = await fixture<Wizard>(html`<dvc-procedure-wizard
    .procedure=${procedure}
    ?kiosk=${!!attrs.kiosk}
    ?persist=${!!attrs.persist}
    submit-url=${(attrs.submitUrl as string) ?? ''}
    start-at=${(attrs.startAt as string) ?? ''}
  ></dvc-procedure-wizard>`);
  await until(() => $(el, 'section'), 1500, 'first page');
  await settle(el);
  return el;
}

export async function locale(tag: string): Promise<void> {
  await setLocale(tag);
  document.documentElement.lang = tag;
}

/** A small procedure covering conditions on steps and documents. */
export function sample(): Procedure {
  return {
    code: '9.000100',
    name: { vi: 'Thủ tục mẫu', en: 'Sample procedure', de: 'Beispielverfahren' },
    field: { vi: 'Hộ tịch', en: 'Civil status', de: 'Personenstand' },
    applicants: 'Everyone',
    onlineLevel: 'partial',
    channels: [{ kind: 'in-person', processingTime: 'Same day', fee: { amount: 0, tiers: [{ price: 8000 }], unitsField: 'copies', note: 'Free; 8,000 per copy' } }],
    legalBasis: ['Law 1'],
    documents: [
      { id: 'form', name: 'Form' },
      { id: 'late-proof', name: 'Proof for late filing', visibleIf: { field: 'onTime', equals: 'no' } },
    ],
    steps: [
      {
        id: 'about',
        title: { vi: 'Về Ông/Bà', en: 'About you', de: 'Über Sie' },
        fields: [
          { id: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name', de: 'Name' }, required: true, autocomplete: 'name' },
          { id: 'onTime', type: 'yesno', label: { vi: 'Đúng hạn?', en: 'On time?', de: 'Fristgerecht?' }, required: true },
        ],
      },
      {
        id: 'late',
        title: { vi: 'Nộp muộn', en: 'Late filing', de: 'Verspätet' },
        visibleIf: { field: 'onTime', equals: 'no' },
        fields: [{ id: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason', de: 'Grund' }, required: true }],
      },
      {
        id: 'contact',
        title: { vi: 'Liên hệ', en: 'Contact', de: 'Kontakt' },
        fields: [
          { id: 'idNumber', type: 'citizen-id', label: { vi: 'Số định danh cá nhân', en: 'Personal ID number', de: 'ID-Nummer' }, required: true },
          { id: 'phone', type: 'phone', label: { vi: 'Số điện thoại', en: 'Phone', de: 'Telefon' }, required: true },
          { id: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email', de: 'E-Mail' } },
          { id: 'copies', type: 'number', label: { vi: 'Số bản sao', en: 'Copies', de: 'Kopien' }, min: 0, max: 10 },
        ],
      },
    ],
  };
}

/** Answers the sample's pages (on time) and arrives at the check page. */
export async function toCheck(el: Wizard): Promise<void> {
  await click(el, 'Bắt đầu');
  await type(el, 'f-name', 'Nguyễn Văn An');
  await choose(el, 'onTime', 'yes');
  await click(el, 'Tiếp tục');
  await type(el, 'f-idNumber', '001203004567');
  await type(el, 'f-phone', '0912 345 678');
  await click(el, 'Tiếp tục');
}
