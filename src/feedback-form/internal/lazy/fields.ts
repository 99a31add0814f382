import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { parseCriteria } from '../../model/criteria.js';
import { COMMENT_MAX, length, type Field } from '../../model/submission.js';
import type { FeedbackHost } from '../host.js';
import { renderScale } from '../scale.js';
import { criterionLabel, officeWho, problemText } from './words.js';

const ids: Record<Field, string> = { overall: 'overall', comment: 'comment', name: 'name', phone: 'phone', email: 'email', consent: 'consent' };

/** The problem of `field` beside it (first one only: one thing to fix at a time). */
export function fieldError(host: FeedbackHost, field: Field): TemplateResult | typeof nothing {
  const p = host.state.problems.find((x) => x.field === field);
  return p ? html`<span class="error-text" id="${ids[field]}-error">${problemText(p.code)}</span>` : nothing;
}

const invalid = (host: FeedbackHost, field: Field) => (host.state.problems.some((p) => p.field === field) ? 'true' : 'false');

/**
 * The error summary at the top (GOV.UK pattern): every problem as a link to its field; focus
 * moves here after a submit that did not pass, so a screen reader reads what to fix.
 */
export function renderSummary(host: FeedbackHost): TemplateResult | typeof nothing {
  if (!host.state.problems.length) return nothing;
  const go = (field: Field) => (e: Event) => {
    e.preventDefault();
    const root = host.element.shadowRoot!;
    const target = field === 'overall' ? root.querySelector<HTMLInputElement>('input[name=overall]') : root.getElementById(ids[field]);
    target?.focus();
  };
  return html`<div class="panel summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <h2 id="summary-title">${msg('Please check your answers')}</h2>
    <ul>
      ${host.state.problems.map((p) => html`<li><a class="link" href="#${ids[p.field]}" @click=${go(p.field)}>${problemText(p.code)}</a></li>`)}
    </ul>
  </div>`;
}

/** The optional criteria, after the overall rating: same scale, plus "Not applicable". */
export function renderCriteria(host: FeedbackHost): TemplateResult | typeof nothing {
  if (host.element.hideCriteria) return nothing;
  const { criteria } = parseCriteria(host.element.criteria);
  if (!criteria.length) return nothing;
  const d = host.state.draft;
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
          off: host.off,
          pick: (v) => host.edit({ criteria: { ...d.criteria, [c.key]: v } }),
        })}
      </fieldset>`,
    )}
  </div>`;
}


/** The comment, with the hidden honeypot field after it; the comment has the characters left announced politely near the limit (not on every key before). */
export function renderComment(host: FeedbackHost): TemplateResult {
  const d = host.state.draft;
  const left = COMMENT_MAX - length(d.comment);
  return html`<div class="field" part="comment">
    <label class="label" for="comment">${msg('Comment (optional)')}</label>
    <span class="hint" id="comment-hint">${msg(str`What went well, and what should be better? At most ${COMMENT_MAX} characters.`)}</span>
    ${fieldError(host, 'comment')}
    <textarea id="comment" class="input" maxlength=${COMMENT_MAX} aria-describedby="comment-hint comment-left" autocomplete=${host.element.kiosk ? 'off' : 'on'}
      .value=${d.comment} ?disabled=${host.off} aria-invalid=${invalid(host, 'comment')}
      @input=${(e: Event) => host.edit({ comment: (e.target as HTMLTextAreaElement).value }, true)} @change=${() => host.edit({})}></textarea>
    <span class="hint" id="comment-left" aria-live="polite">${left <= 100 ? msg(str`${left} characters left`) : ''}</span>
  </div>
  <div class="hp"><input name="dvc-homepage" tabindex="-1" autocomplete="off" ?disabled=${host.off} .value=${d.honeypot} @input=${(e: Event) => (d.honeypot = (e.target as HTMLInputElement).value)} /></div>`;
}

/** Name, phone, email for a reply; consent (required once any is given) with the privacy notice. */
export function renderContact(host: FeedbackHost): TemplateResult {
  const d = host.state.draft;
  const input = (field: 'name' | 'phone' | 'email', label: string, type: 'text' | 'tel' | 'email', autocomplete: 'name' | 'tel' | 'email') => html`<div class="field">
    <label class="label" for=${field}>${label}</label>
    ${fieldError(host, field)}
    <input id=${field} class="input" type=${type} autocomplete=${autocomplete} .value=${d[field]} ?disabled=${host.off}
      aria-invalid=${invalid(host, field)} aria-describedby=${host.state.problems.some((p) => p.field === field) ? `${field}-error` : nothing}
      @input=${(e: Event) => host.edit({ [field]: (e.target as HTMLInputElement).value }, true)} @change=${() => host.edit({})} />
  </div>`;
  const given = !!(d.name.trim() || d.phone.trim() || d.email.trim());
  const who = officeWho(host);
  return html`<fieldset class="contact" part="contact">
    <legend>${msg('Would you like a reply? (optional)')}</legend>
    <p class="hint">${msg('Leave this empty to stay anonymous.')}</p>
    ${input('name', msg('Your name'), 'text', 'name')}
    ${input('phone', msg('Mobile phone number'), 'tel', 'tel')}
    ${input('email', msg('Email address'), 'email', 'email')}
    ${given
      ? html`<p class="hint" id="privacy">${host.element.privacyText || msg('Your details are used only to reply to this feedback, under Decree 13/2023/NĐ-CP on personal data protection.')}</p>
          ${fieldError(host, 'consent')}
          <label class="check">
            <input id="consent" type="checkbox" .checked=${d.consent} ?disabled=${host.off} aria-invalid=${invalid(host, 'consent')} aria-describedby="privacy"
              @change=${(e: Event) => host.edit({ consent: (e.target as HTMLInputElement).checked })} />
            <span>${who ? msg(str`I agree that ${who} may contact me about this feedback.`) : msg('I agree that the ward may contact me about this feedback.')}</span>
          </label>`
      : nothing}
  </fieldset>`;
}
