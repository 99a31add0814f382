import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { parseCriteria } from '../../model/criteria.js';
import { COMMENT_MAX, length, type Field } from '../../model/submission.js';
import type { Host } from '../host.js';
import { renderScale } from '../scale.js';
import { criterionLabel, problemText } from './words.js';

const ids: Record<Field, string> = { overall: 'overall', comment: 'comment', name: 'name', phone: 'phone', email: 'email', consent: 'consent' };

/** The problem of `field` beside it (first one only: one thing to fix at a time). */
export function fieldError(h: Host, field: Field): TemplateResult | typeof nothing {
  const p = h.s.problems.find((x) => x.field === field);
  return p ? html`<span class="error-text" id="${ids[field]}-error">${problemText(p.code)}</span>` : nothing;
}

const invalid = (h: Host, field: Field) => (h.s.problems.some((p) => p.field === field) ? 'true' : 'false');

/**
 * The error summary at the top (GOV.UK pattern): every problem as a link to its field; focus
 * moves here after a submit that did not pass, so a screen reader reads what to fix.
 */
export function renderSummary(h: Host): TemplateResult | typeof nothing {
  if (!h.s.problems.length) return nothing;
  const go = (field: Field) => (e: Event) => {
    e.preventDefault();
    const root = h.el.shadowRoot!;
    const target = field === 'overall' ? root.querySelector<HTMLInputElement>('input[name=overall]') : root.getElementById(ids[field]);
    target?.focus();
  };
  return html`<div class="panel summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <h2 id="summary-title">${msg('Please check your answers')}</h2>
    <ul>
      ${h.s.problems.map((p) => html`<li><a class="link" href="#${ids[p.field]}" @click=${go(p.field)}>${problemText(p.code)}</a></li>`)}
    </ul>
  </div>`;
}

/** The optional criteria, after the overall rating: same scale, plus "Not applicable". */
export function renderCriteria(h: Host): TemplateResult | typeof nothing {
  if (h.el.hideCriteria) return nothing;
  const { criteria } = parseCriteria(h.el.criteria);
  if (!criteria.length) return nothing;
  const d = h.s.draft;
  return html`<div class="criteria">
    <h3>${msg('More detail (optional)')}</h3>
    <p class="hint">${msg('Rate each part of the service if you wish, or skip this.')}</p>
    ${criteria.map(
      (c) => html`<fieldset class="criterion">
        <legend>${criterionLabel(c)}</legend>
        ${renderScale({
          name: `c-${c.key}`,
          value: d.criteria[c.key],
          extra: [[0, msg('Not applicable')]],
          off: h.off,
          pick: (v) => h.edit({ criteria: { ...d.criteria, [c.key]: v } }),
        })}
      </fieldset>`,
    )}
  </div>`;
}


/** The comment, with the hidden honeypot field after it; the comment has the characters left announced politely near the limit (not on every key before). */
export function renderComment(h: Host): TemplateResult {
  const d = h.s.draft;
  const left = COMMENT_MAX - length(d.comment);
  return html`<div class="field" part="comment">
    <label class="label" for="comment">${msg('Comment (optional)')}</label>
    <span class="hint" id="comment-hint">${msg(str`What went well, and what should be better? At most ${COMMENT_MAX} characters.`)}</span>
    ${fieldError(h, 'comment')}
    <textarea id="comment" class="input" maxlength=${COMMENT_MAX} aria-describedby="comment-hint comment-left" autocomplete=${h.el.kiosk ? 'off' : 'on'}
      .value=${d.comment} ?disabled=${h.off} aria-invalid=${invalid(h, 'comment')}
      @input=${(e: Event) => h.edit({ comment: (e.target as HTMLTextAreaElement).value }, true)} @change=${() => h.edit({})}></textarea>
    <span class="hint" id="comment-left" aria-live="polite">${left <= 100 ? msg(str`${left} characters left`) : ''}</span>
  </div>
  <div class="hp"><input name="dvc-homepage" tabindex="-1" autocomplete="off" ?disabled=${h.off} .value=${d.honeypot} @input=${(e: Event) => (d.honeypot = (e.target as HTMLInputElement).value)} /></div>`;
}

/** Name, phone, email for a reply; consent (required once any is given) with the privacy notice. */
export function renderContact(h: Host): TemplateResult {
  const d = h.s.draft;
  const input = (field: 'name' | 'phone' | 'email', label: string, type: 'text' | 'tel' | 'email', autocomplete: 'name' | 'tel' | 'email') => html`<div class="field">
    <label class="label" for=${field}>${label}</label>
    ${fieldError(h, field)}
    <input id=${field} class="input" type=${type} autocomplete=${autocomplete} .value=${d[field]} ?disabled=${h.off}
      aria-invalid=${invalid(h, field)} aria-describedby=${h.s.problems.some((p) => p.field === field) ? `${field}-error` : nothing}
      @input=${(e: Event) => h.edit({ [field]: (e.target as HTMLInputElement).value }, true)} @change=${() => h.edit({})} />
  </div>`;
  const given = !!(d.name.trim() || d.phone.trim() || d.email.trim());
  return html`<fieldset class="contact" part="contact">
    <legend>${msg('Would you like a reply? (optional)')}</legend>
    <p class="hint">${msg('Leave this empty to stay anonymous.')}</p>
    ${input('name', msg('Your name'), 'text', 'name')}
    ${input('phone', msg('Mobile phone number'), 'tel', 'tel')}
    ${input('email', msg('Email address'), 'email', 'email')}
    ${given
      ? html`<p class="hint" id="privacy">${h.el.privacyText || msg('Your details are used only to reply to this feedback, under Decree 13/2023/NĐ-CP on personal data protection.')}</p>
          ${fieldError(h, 'consent')}
          <label class="check">
            <input id="consent" type="checkbox" .checked=${d.consent} ?disabled=${h.off} aria-invalid=${invalid(h, 'consent')} aria-describedby="privacy"
              @change=${(e: Event) => h.edit({ consent: (e.target as HTMLInputElement).checked })} />
            <span>${msg('I agree that the ward may contact me about this feedback.')}</span>
          </label>`
      : nothing}
  </fieldset>`;
}
