// One question page: GOV.UK's pattern — a back link, the error summary, "Step n of N", the
// heading, the privacy notice before the first personal question, the fields, "Continue".
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { resolveText } from '../../../core/localized-text.js';
import { officeNames } from '../../../core/office.js';
import { PERSONAL_TYPES, type Step } from '../../model/types.js';
import type { WizardHost } from '../host.js';
import { renderField } from './fields.js';
import { back, clear, current, next, set } from './navigation.js';
import { answerProblem } from './words.js';

function focusField(host: WizardHost, id: string): void {
  host.element.shadowRoot?.querySelector<HTMLElement>(`#f-${id}`)?.focus();
}

export const backLink = (host: WizardHost): TemplateResult =>
  html`<button class="link back" @click=${() => back(host)}>${msg('Back')}</button>`;

export const clearButton = (host: WizardHost): TemplateResult | typeof nothing =>
  host.element.persist && !host.element.kiosk ? html`<button class="btn secondary" part="button" @click=${() => clear(host)}>${msg('Clear my answers')}</button>` : nothing;

/** The default notice under Decree 13/2023/NĐ-CP, naming the unit when the portal set it. */
function privacyNotice(host: WizardHost): string {
  const { unit } = officeNames(host.element);
  return unit
    ? msg(str`We ask for personal data such as your citizen ID number and phone number only to handle this application. It goes only to the office of ${unit} that handles this procedure, and is protected under Decree 13/2023/NĐ-CP on personal data protection.`)
    : msg('We ask for personal data such as your citizen ID number and phone number only to handle this application. It goes only to the ward office that handles this procedure, and is protected under Decree 13/2023/NĐ-CP on personal data protection.');
}

export function renderStep(host: WizardHost): TemplateResult | typeof nothing {
  const { steps, step, index } = current(host);
  if (!step) return nothing;
  const byField = new Map(step.fields.map((f) => [f.id, f]));
  const errors = (host.state.errors ?? []).filter((p) => byField.has(p.path.slice(9)));
  const text = new Map(errors.map((p) => [p.path.slice(9), answerProblem(p, byField.get(p.path.slice(9))!)]));
  const personal = (s: Step) => s.fields.some((f) => f.personal || PERSONAL_TYPES.includes(f.type));
  const privacy = steps.find(personal) === step;
  return html`<section part="step">
    ${backLink(host)}
    ${errors.length
      ? html`<div class="errors" part="error-summary" tabindex="-1" aria-labelledby="errors-title">
          <h3 id="errors-title">${msg('There is a problem')}</h3>
          <ul class="plain">${errors.map((p) => {
            const id = p.path.slice(9);
            return html`<li><a href="#f-${id}" @click=${(e: Event) => (e.preventDefault(), focusField(host, id))}>${text.get(id)}</a></li>`;
          })}</ul>
        </div>`
      : nothing}
    <p class="hint">${msg(str`Step ${index + 1} of ${steps.length}`)}</p>
    <h2 tabindex="-1">${resolveText(step.title)}</h2>
    ${step.intro ? html`<p>${resolveText(step.intro)}</p>` : nothing}
    ${privacy
      ? html`<div class="panel" role="note"><strong>${msg('Your personal data')}</strong><br />${host.element.privacyText || privacyNotice(host)}</div>`
      : nothing}
    <form novalidate @submit=${(e: Event) => (e.preventDefault(), next(host, step))}>
      ${step.fields.map((f) => renderField(f, { value: host.state.answers[f.id], error: text.get(f.id), kiosk: !!host.element.kiosk, set: (v) => set(host, f.id, v) }))}
      <div class="actions">
        <button class="btn" part="button" type="submit">${msg('Continue')}</button>
        ${clearButton(host)}
      </div>
    </form>
  </section>`;
}

