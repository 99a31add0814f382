import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { formatVnd } from '../../../core/amounts.js';
import { resolveText, type LocalizedText } from '../../../core/localized-text.js';
import { appliedFee } from '../../model/fee.js';
import type { Answers, Channel, Fee, Procedure } from '../../model/types.js';

const t = resolveText;

function kind(c: Channel): string {
  return c.kind === 'online' ? msg('Online') : c.kind === 'post' ? msg('By post') : msg('In person');
}

/** A fee in words for the overview: each case of the answers, then the note; else the amount. */
function fee(f: Fee): string {
  const words = [...(f.cases ?? []).map((c) => t(c.note)), ...(f.note ? [t(f.note)] : [])];
  return words.length ? words.join('; ') : f.amount !== undefined ? formatVnd(f.amount) : '';
}

/** The fee that applies to these answers, for the check and confirmation pages; undefined until one does. */
export function feeForAnswers(f: Fee | undefined, answers: Answers): string | undefined {
  const a = appliedFee(f, answers);
  if (!a) return undefined;
  if (a.amount !== undefined) return formatVnd(a.amount);
  return a.extra ? `${t(a.note)} + ${formatVnd(a.extra)}` : t(a.note);
}

/** The documents a fact rests on, after it in brackets, as Vietnamese forms cite them. */
function basis(...lists: (LocalizedText[] | undefined)[]): TemplateResult | typeof nothing {
  const all = [...new Set(lists.flatMap((l) => l ?? []).map((x) => t(x)))];
  return all.length ? html` <span class="hint">(${all.join('; ')})</span>` : nothing;
}

/** What the procedure is, who applies, time and fee per channel, the documents, then "Start". */
export function renderOverview(p: Procedure, start: () => void, back?: () => void): TemplateResult {
  const level = p.onlineLevel;
  const fact = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${t(value)}</dd>` : nothing);
  return html`<section part="overview">
    ${back ? html`<button class="link back" @click=${back}>${msg('All procedures')}</button>` : nothing}
    <h2 tabindex="-1">${t(p.name)}</h2>
    <p class="hint">${msg(str`Procedure code: ${p.code}`)} · ${t(p.field)}</p>
    ${p.description ? html`<p>${t(p.description)}</p>` : nothing}
    <dl>
      ${fact(msg('Who can apply'), p.applicants)} ${fact(msg('What you receive'), p.result)} ${fact(msg('Who handles it'), p.agency)}
    </dl>
    ${level ? html`<p>${level === 'full' ? msg('This procedure can be done fully online.') : level === 'partial' ? msg('Part of this procedure can be done online.') : msg('This procedure is done in person.')}</p>` : nothing}
    ${p.channels?.length
      ? html`<h3>${msg('Ways to apply')}</h3>
          <ul class="plain">${p.channels.map((c) => html`<li class="panel">
            <strong>${kind(c)}</strong><br />
            ${c.processingTime ? html`${msg('Processing time:')} ${t(c.processingTime)}${basis(c.legalBasis)}<br />` : nothing}
            ${c.fee ? html`${msg('Fee:')} ${fee(c.fee)}${basis(c.fee.legalBasis, ...(c.fee.cases ?? []).map((x) => x.legalBasis))}` : nothing}
            ${c.url ? html`<br /><a class="link" href=${c.url}>${msg('Apply on the public service portal')}</a>` : nothing}
          </li>`)}</ul>`
      : nothing}
    ${p.portalUrl ? html`<p><a class="link" href=${p.portalUrl}>${msg('This procedure on the National Public Service Portal')}</a></p>` : nothing}
    <h3>${msg('Documents to bring')}</h3>
    <ul>${p.documents.map((d) => html`<li>
      ${t(d.name)}${d.template ? html` (${t(d.template)})` : nothing}
      <span class="hint">— ${msg(str`originals: ${d.originals ?? 1}, copies: ${d.copies ?? 0}`)}${d.case ? html`. ${t(d.case)}` : nothing}</span>${basis(d.legalBasis)}
    </li>`)}</ul>
    ${p.linked
      ? html`<h3>${msg('Linked procedures')}</h3>
          ${p.linked.note ? html`<p>${t(p.linked.note)}</p>` : nothing}
          <ul>${p.linked.procedures.map((l) => html`<li><strong>${t(l.name)}</strong>${l.code ? ` (${l.code})` : ''}: ${t(l.where)}${basis(l.legalBasis)}</li>`)}</ul>`
      : nothing}
    ${p.legalBasis?.length
      ? html`<details><summary>${msg('Legal basis')}</summary><ul>${p.legalBasis.map((l) => html`<li>${t(l)}</li>`)}</ul></details>`
      : nothing}
    <button class="btn" part="button" @click=${start}>${msg('Start')}</button>
  </section>`;
}
