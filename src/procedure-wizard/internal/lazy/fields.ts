import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../../core/msg.js';
import { resolveText } from '../../../core/localized-text.js';
import type { Answer, Field } from '../../model/types.js';

/** Input type, inputmode and default autocomplete per text-like field type: one table, one renderer. */
const INPUTS: Record<string, ['text' | 'tel' | 'email', string?, AutoFill?]> = {
  text: ['text'],
  number: ['text', 'decimal'],
  phone: ['tel', 'tel', 'tel'],
  email: ['email', 'email', 'email'],
  'citizen-id': ['text', 'numeric', 'off'],
};

export interface FieldContext {
  value: Answer | undefined;
  error?: string;
  kiosk: boolean;
  set(value: Answer): void;
}

/**
 * One question: label (or legend) with "(optional)", hint, the error beside it, and the control
 * with `aria-invalid`/`aria-describedby`. The first control's id is `f-<field id>`, which the
 * error summary's links focus.
 */
export function renderField(f: Field, c: FieldContext): TemplateResult {
  const id = `f-${f.id}`;
  const label = html`${resolveText(f.label)}${f.required ? nothing : html` ${msg('(optional)')}`}`;
  const hint = f.hint ? html`<span class="hint" id="host-${f.id}">${resolveText(f.hint)}</span>` : nothing;
  const error = c.error
    ? html`<span class="error-text" id="e-${f.id}"><span class="visually-hidden">${msg('Error:')}</span> ${c.error}</span>`
    : nothing;
  const describedBy = [f.hint && `host-${f.id}`, c.error && `e-${f.id}`].filter(Boolean).join(' ') || undefined;
  const invalid = c.error ? 'true' : undefined;
  // Data from the definition: typed as the DOM's token list for the template checker.
  const auto = (fallback?: string) => (c.kiosk ? 'off' : (f.autocomplete ?? fallback ?? '')) as AutoFill;
  const text = (e: Event) => c.set((e.target as HTMLInputElement).value);
  const v = c.value;
  const cls = `field${c.error ? ' invalid' : ''}`;

  if (f.type in INPUTS || f.type === 'textarea' || f.type === 'select') {
    const [type, mode, fallback] = INPUTS[f.type] ?? [];
    const control =
      f.type === 'textarea'
        ? html`<textarea id=${id} class="input" .autocomplete=${auto()} aria-describedby=${ifDefined(describedBy)}
            aria-invalid=${ifDefined(invalid)} .value=${String(v ?? '')} @input=${text}></textarea>`
        : f.type === 'select'
          ? html`<select id=${id} class="input" .autocomplete=${auto()} aria-describedby=${ifDefined(describedBy)}
              aria-invalid=${ifDefined(invalid)} @change=${text}>
              <option value="" ?selected=${!v}>${msg('Choose…')}</option>
              ${f.options?.map((o) => html`<option value=${o.value} ?selected=${v === o.value}>${resolveText(o.label)}</option>`)}
            </select>`
          : html`<input id=${id} class="input" type=${type} inputmode=${ifDefined(mode)} .autocomplete=${auto(fallback)}
              spellcheck="false" aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)}
              .value=${String(v ?? '')} @input=${text} />`;
    return html`<div class=${cls}><label class="label" for=${id}>${label}</label>${hint}${error}${control}</div>`;
  }

  if (f.type === 'checkbox') {
    return html`<div class=${cls}>${hint}${error}
      <label class="choice"><input id=${id} type="checkbox" .checked=${v === true} aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${ifDefined(invalid)} @change=${(e: Event) => c.set((e.target as HTMLInputElement).checked)} /><span class="label">${label}</span></label>
    </div>`;
  }

  let controls: TemplateResult;
  if (f.type === 'date') {
    const [y = '', m = '', d = ''] = String(v ?? '').split('-');
    const part = (cls: string, name: string, value: string, max: number, token: string, put: (x: string) => string) => html`
      <div class="field"><label class="label" for="${id}${cls === 'day' ? '' : `-${cls}`}">${name}</label>
        <input id="${id}${cls === 'day' ? '' : `-${cls}`}" class="input ${cls}" inputmode="numeric" maxlength=${max}
          .autocomplete=${((c.kiosk ? 'off' : f.autocomplete === 'bday' ? token : f.autocomplete) ?? '') as AutoFill} aria-invalid=${ifDefined(invalid)}
          .value=${value} @input=${(e: Event) => c.set(put((e.target as HTMLInputElement).value.replace(/\D/g, '')))} /></div>`;
    controls = html`<div class="date">
      ${part('day', msg('Day'), d, 2, 'bday-day', (x) => `${y}-${m}-${x}`)}
      ${part('month', msg('Month'), m, 2, 'bday-month', (x) => `${y}-${x}-${d}`)}
      ${part('year', msg('Year'), y, 4, 'bday-year', (x) => `${x}-${m}-${d}`)}
    </div>`;
  } else {
    const multi = f.type === 'checkboxes';
    const options = f.type === 'yesno' ? [{ value: 'yes', label: msg('Yes') }, { value: 'no', label: msg('No') }] : (f.options ?? []);
    const list = Array.isArray(v) ? v : [];
    controls = html`${options.map((o, i) => html`<label class="choice">
      <input id=${ifDefined(i === 0 ? id : undefined)} type=${multi ? 'checkbox' : 'radio'} name=${id} value=${o.value}
        .checked=${multi ? list.includes(o.value) : v === o.value} aria-invalid=${ifDefined(invalid)}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          c.set(multi ? (on ? [...list, o.value] : list.filter((x) => x !== o.value)) : o.value);
        }} />${resolveText(o.label)}</label>`)}`;
  }
  return html`<fieldset class=${cls} aria-describedby=${ifDefined(describedBy)}>
    <legend class="label">${label}</legend>${hint}${error}${controls}
  </fieldset>`;
}
