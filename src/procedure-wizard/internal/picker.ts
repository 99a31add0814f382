import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../core/msg.js';
import { resolveText } from '../../core/localized-text.js';
import type { ProcedureSummary } from '../model/types.js';

export interface Match {
  found: ProcedureSummary[];
  total: number;
}

/** Never more than this many rows at once: the DOM stays light with 5,000 procedures. */
const LIMIT = 50;

/** The catalogue: a search box (diacritics and case ignored) and the matches grouped by field. */
export function renderPicker(m: Match, query: string, onQuery: (q: string) => void, onChoose: (e: ProcedureSummary) => void): TemplateResult {
  const groups = new Map<string, ProcedureSummary[]>();
  for (const e of m.found.slice(0, LIMIT)) {
    const g = resolveText(e.field);
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  const n = m.found.length;
  // Compact template: this is the first screen, every byte counts.
  return html`<section part="picker"><h2 tabindex="-1">${msg('Find a procedure')}</h2><div class="field"><label class="label" for="search">${msg('Search by name or code')}</label><span class="hint" id="hint">${msg('For example: khai sinh')}</span><input id="search" class="input" type="search" autocomplete="off" aria-describedby="hint" .value=${query} @input=${(e: Event) => onQuery((e.target as HTMLInputElement).value)} /></div><p role="status">${
    n === 0
      ? msg('No procedure matches these words. Try fewer or other words.')
      : n > LIMIT
        ? msg(str`${n} found. Type more words to narrow the list.`)
        : msg(str`${n} found.`)
  }</p>${[...groups].map(([g, list]) => html`<h3>${g}</h3><ul class="plain">${list.map((e) => html`<li><button class="link" @click=${() => onChoose(e)}>${resolveText(e.name)} (${e.code})</button></li>`)}</ul>`)}</section>`;
}
