import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '../../core/msg.js';

/** The five levels' words, 5 (very satisfied) first, as the ministries' portals list them. */
export const levels = (): [number, string][] => [
  [5, msg('Very satisfied')],
  [4, msg('Satisfied')],
  [3, msg('Neither satisfied nor dissatisfied')],
  [2, msg('Dissatisfied')],
  [1, msg('Very dissatisfied')],
];

/** The overall rating is missing: beside the scale, in the form's validity, in the error summary. */
export const overallRequired = (): string => msg('Choose how satisfied you are.');

/** A face whose mouth bends with the rating; decoration beside the words, never alone. */
const face = (r: number) => {
  const c = (r - 3) * 2;
  return html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<circle cx="12" cy="12" r="10"/><circle class="eye" cx="8.5" cy="9.5" r="1.3"/><circle class="eye" cx="15.5" cy="9.5" r="1.3"/><path d="M7 ${15 - c / 2}Q12 ${15 + c} 17 ${15 - c / 2}"/>`}</svg>`;
};

export interface ScaleOptions {
  /** Radio group name (unique in the form). */
  name: string;
  value?: number;
  /** Extra choices after the levels, e.g. [0, "Not applicable"]. */
  extra?: [number, string][];
  faces?: boolean;
  off: boolean;
  pick(value: number): void;
}

/**
 * A native radio group of large options — the words, and a face for the overall rating — so
 * arrow keys, Tab and screen readers behave as with any radio group.
 */
export function renderScale(o: ScaleOptions): TemplateResult {
  return html`<div class="options ${o.faces ? 'big' : ''}">
    ${[...levels(), ...(o.extra ?? [])].map(
      ([value, label]) => html`<label class="option ${o.value === value ? 'chosen' : ''}" part="option">
        <input type="radio" name=${o.name} .value=${String(value)} .checked=${o.value === value} ?disabled=${o.off} @change=${() => o.pick(value)} />
        ${o.faces ? face(value) : nothing}<span>${label}</span>
      </label>`,
    )}
  </div>`;
}
