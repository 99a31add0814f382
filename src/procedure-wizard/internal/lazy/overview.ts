import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { formatVnd } from '../../../core/amounts.js';
import { resolveText } from '../../../core/localized-text.js';
import type { Channel, Procedure } from '../../model/types.js';

const t = resolveText;

function kind(c: Channel): string {
  return c.kind === 'online' ? msg('Online') : c.kind === 'post' ? msg('By post') : msg('In person');
}

function fee(c: Channel): string {
  const f = c.fee;
  return f?.note ? t(f.note) : f?.amount !== undefined ? formatVnd(f.amount) : '';
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
            ${c.processingTime ? html`${msg('Processing time:')} ${t(c.processingTime)}<br />` : nothing}
            ${c.fee ? html`${msg('Fee:')} ${fee(c)}` : nothing}
            ${c.url ? html`<br /><a class="link" href=${c.url}>${msg('Apply on the public service portal')}</a>` : nothing}
          </li>`)}</ul>`
      : nothing}
    <h3>${msg('Documents to bring')}</h3>
    <ul>${p.documents.map((d) => html`<li>
      ${t(d.name)}${d.template ? html` (${t(d.template)})` : nothing}
      <span class="hint">— ${msg(str`originals: ${d.originals ?? 1}, copies: ${d.copies ?? 0}`)}${d.case ? html`. ${t(d.case)}` : nothing}</span>
    </li>`)}</ul>
    ${p.legalBasis?.length
      ? html`<details><summary>${msg('Legal basis')}</summary><ul>${p.legalBasis.map((l) => html`<li>${t(l)}</li>`)}</ul></details>`
      : nothing}
    <button class="btn" part="button" @click=${start}>${msg('Start')}</button>
  </section>`;
}
