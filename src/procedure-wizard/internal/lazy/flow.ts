import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { resolveText } from '../../../core/localized-text.js';
import { pageChange } from '../../../core/page-change.js';
import { historyMode, PageHistory } from '../../../core/page-history.js';
import { checkProcedure } from '../../model/check.js';
import { firstIncompleteStep, pruneAnswers, stepProblems, visibleSteps } from '../../model/flow.js';
import { PERSONAL_TYPES, type Answer, type Step } from '../../model/types.js';
import { historyName, type Host, type Page, type View } from '../host.js';
import { emit } from '../../../core/events.js';
import { discard, restore, save } from './draft.js';
import { renderField } from './fields.js';
export { styles } from './styles.js';
import { renderOverview } from './overview.js';
import { renderCheck, renderDone, renderInvalid } from './pages.js';
import { answerProblem, definitionProblem } from './words.js';
// The question pages' strings load with them, not with the first screen.
import '../../../generated/strings/procedure-wizard-lazy.js';

const histories = new WeakMap<Host, PageHistory<Page>>();

/** The wizard's pages in the browser's history (the `history` attribute), created with the pages. */
function pages(h: Host): PageHistory<Page> {
  let history = histories.get(h);
  if (!history) {
    history = new PageHistory<Page>(h.el, { name: () => historyName(h.el), mode: () => historyMode(h.el.history), fragment: pageName, show: (page) => pop(h, page) });
    histories.set(h, history);
  }
  return history;
}

/** Forgets the answers and the device's draft: "Clear my answers", a kiosk wipe, a new application. */
export function forget(h: Host, keepDraft = false): void {
  Object.assign(h.w, { answers: {}, errors: [], returnToCheck: false, failure: undefined, key: undefined, stepId: undefined, sending: false });
  if (!keepDraft) discard(h);
}

/** The page's name in `dvc-wizard-step` and in the URL fragment. */
const pageName = (p: Page) => (p.v === 'step' ? p.s! : p.v === 'done' ? 'confirmation' : p.v);

const at = (h: Host, v: View, s?: string): Page => ({ v, s, c: h.w.def?.code ?? '', g: h.w.gen });

/** The page a kept page (history entry or draft) stands for now, if any: an entry of a sent application shows its confirmation. */
function resolve(h: Host, page: Page | undefined): Page | undefined {
  const { def, answers, sent, gen } = h.w;
  if (!def || !page || typeof page !== 'object' || page.c !== def.code) return undefined;
  if (page.v === 'done' || page.g < gen) return sent ? at(h, 'done') : undefined;
  if (page.v === 'overview') return at(h, 'overview');
  const gap = firstIncompleteStep(def, answers);
  if (page.v === 'check') return gap ? at(h, 'step', gap.id) : at(h, 'check');
  return page.v === 'step' && visibleSteps(def, answers).some((s) => s.id === page.s) ? at(h, 'step', page.s) : undefined;
}

/** `start-at`: `overview` (default), `questions` (the first step) or a step id. */
function startPage(h: Host): Page {
  const steps = visibleSteps(h.w.def!, {});
  const start = h.el.startAt;
  const step = start === 'questions' ? steps[0] : steps.find((s) => s.id === start);
  return step ? at(h, 'step', step.id) : at(h, 'overview');
}

/**
 * Takes a definition: checks it (an invalid one shows each problem with its JSON path and fires
 * `dvc-error`), restores what this tab or device kept, and opens the page this history entry
 * names (a reload, Back or Forward), else the kept one, else `start-at` or the overview. `user`
 * is true when the citizen chose it (then focus follows), false on page load (focus stays).
 */
export function accept(h: Host, raw: unknown, user = false): void {
  const { procedure, problems } = checkProcedure(raw);
  const w = h.w;
  w.def = procedure;
  w.problems = problems;
  if (!procedure) {
    w.view = 'invalid';
    if (user) pageChange(h.el).changed();
    h.update();
    fail(h, 'invalid-procedure', `${msg('This procedure cannot be shown because its file has mistakes.')} ${problems.map((p) => `${p.path || '/'} ${definitionProblem(p)}`).join('; ')}`);
    return;
  }
  forget(h, true);
  const kept = restore(h, procedure.code);
  Object.assign(w, { gen: kept.gen ?? 0, sent: kept.sent, key: kept.key });
  if (kept.answers && typeof kept.answers === 'object') w.answers = pruneAnswers(procedure, kept.answers);
  const entry = h.el.kiosk ? undefined : pages(h).current;
  show(h, resolve(h, entry) ?? resolve(h, kept.page) ?? startPage(h), user ? 'push' : 'load');
}

/** Reports a failure the page already shows. */
export function fail(h: Host, code: string, message: string): void {
  emit(h.el, 'dvc-error', { code, message });
}

/**
 * Shows a page. `push`: the citizen moved on (a new history entry); `pop`: Back or Forward led
 * here; `load`: the first page, which takes the current entry and keeps focus where it is. A page
 * the citizen moved to fires `dvc-wizard-step`, gets focus on its heading, and is safe from the
 * second tap of a double tap.
 */
function show(h: Host, page: Page, how: 'push' | 'pop' | 'load'): void {
  const w = h.w;
  const history = pages(h);
  const before = w.page ?? (w.catalog ? at(h, 'picker') : undefined);
  const from = before ? pageName(before) : w.view;
  Object.assign(w, { view: page.v, stepId: page.s, page, errors: [] });
  if (how === 'push') history.push(page, before);
  else history.replace(page, how === 'load');
  save(h);
  if (how === 'load') return h.update();
  pageChange(h.el).changed();
  emit(h.el, 'dvc-wizard-step', { from, to: pageName(page), stepId: page.v === 'step' ? page.s! : null });
}

/** Moves to a page as the citizen's next step. */
export function go(h: Host, view: View, stepId?: string): void {
  show(h, at(h, view, stepId), 'push');
}

/** Back or Forward arrived at one of the wizard's entries. */
function pop(h: Host, page: Page): void {
  const w = h.w;
  w.returnToCheck = false;
  if (page.v === 'picker') return w.catalog ? show(h, at(h, 'picker'), 'pop') : undefined;
  if (page.c !== w.def?.code) return void h.reopen(page.c);
  show(h, resolve(h, page) ?? startPage(h), 'pop');
}

/** Moves focus to `selector` once the page is rendered (focus moved on purpose, never lost). */
export function focus(h: Host, selector: string): void {
  h.update();
  void h.el.updateComplete.then(() => h.el.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
}

/** Where a catalogue entry's definition is: its `url`, else `${catalog-src}/${code}`, relative to the catalogue. */
export function urlOf(entry: { code: string; url?: string }, catalogSrc = ''): string {
  const base = new URL(catalogSrc, location.href);
  return new URL(entry.url ?? `${catalogSrc.replace(/\/$/, '')}/${encodeURIComponent(entry.code)}`, base).href;
}

/** "Start": the first question page. */
export function begin(h: Host): void {
  go(h, 'step', visibleSteps(h.w.def!, h.w.answers)[0].id);
}

function current(h: Host): { steps: Step[]; step?: Step; index: number } {
  const steps = visibleSteps(h.w.def!, h.w.answers);
  const index = steps.findIndex((s) => s.id === h.w.stepId);
  return { steps, step: steps[index], index };
}

function set(h: Host, id: string, value: Answer): void {
  h.w.answers = { ...h.w.answers, [id]: value };
  h.w.key = undefined; // changed answers are a new submission
  save(h);
  h.update();
}

/** "Continue": show the problems (focus on the summary), else the next visible step or the check page. */
function next(h: Host, step: Step): void {
  const def = h.w.def!;
  const errors = stepProblems(step, h.w.answers);
  h.w.errors = errors;
  if (errors.length) return focus(h, '.errors');
  // Answers on steps these answers now hide are dropped.
  h.w.answers = pruneAnswers(def, h.w.answers);
  const { steps, index } = current(h);
  const after = h.w.returnToCheck ? firstIncompleteStep(def, h.w.answers) : steps[index + 1];
  if (after) go(h, 'step', after.id);
  else {
    h.w.returnToCheck = false;
    go(h, 'check');
  }
}

function back(h: Host): void {
  h.w.errors = [];
  const { steps, index } = current(h);
  if (h.w.view === 'check') go(h, 'step', steps[steps.length - 1].id);
  else if (h.w.returnToCheck) {
    h.w.returnToCheck = false;
    go(h, 'check');
  } else if (index > 0) go(h, 'step', steps[index - 1].id);
  else go(h, 'overview');
}

/** "Change" on the check page: that step, then straight back to the check page. */
export function change(h: Host, stepId: string): void {
  h.w.returnToCheck = true;
  h.w.errors = [];
  go(h, 'step', stepId);
}

export function clear(h: Host): void {
  forget(h);
  go(h, 'overview');
}

function focusField(h: Host, id: string): void {
  h.el.shadowRoot?.querySelector<HTMLElement>(`#f-${id}`)?.focus();
}

export const backLink = (h: Host): TemplateResult =>
  html`<button class="link back" @click=${() => back(h)}>${msg('Back')}</button>`;

export const clearButton = (h: Host): TemplateResult | typeof nothing =>
  h.el.persist && !h.el.kiosk ? html`<button class="btn secondary" part="button" @click=${() => clear(h)}>${msg('Clear my answers')}</button>` : nothing;

function renderStep(h: Host): TemplateResult | typeof nothing {
  const { steps, step, index } = current(h);
  if (!step) return nothing;
  const byField = new Map(step.fields.map((f) => [f.id, f]));
  const errors = (h.w.errors ?? []).filter((p) => byField.has(p.path.slice(9)));
  const text = new Map(errors.map((p) => [p.path.slice(9), answerProblem(p, byField.get(p.path.slice(9))!)]));
  const personal = (s: Step) => s.fields.some((f) => f.personal || PERSONAL_TYPES.includes(f.type));
  const privacy = steps.find(personal) === step;
  return html`<section part="step">
    ${backLink(h)}
    ${errors.length
      ? html`<div class="errors" part="error-summary" tabindex="-1" aria-labelledby="errors-title">
          <h3 id="errors-title">${msg('There is a problem')}</h3>
          <ul class="plain">${errors.map((p) => {
            const id = p.path.slice(9);
            return html`<li><a href="#f-${id}" @click=${(e: Event) => (e.preventDefault(), focusField(h, id))}>${text.get(id)}</a></li>`;
          })}</ul>
        </div>`
      : nothing}
    <p class="hint">${msg(str`Step ${index + 1} of ${steps.length}`)}</p>
    <h2 tabindex="-1">${resolveText(step.title)}</h2>
    ${step.intro ? html`<p>${resolveText(step.intro)}</p>` : nothing}
    ${privacy
      ? html`<div class="panel" role="note"><strong>${msg('Your personal data')}</strong><br />${h.el.privacyText ||
          msg('We ask for personal data such as your citizen ID number and phone number only to handle this application. It goes only to the ward office that handles this procedure, and is protected under Decree 13/2023/NĐ-CP on personal data protection.')}</div>`
      : nothing}
    <form novalidate @submit=${(e: Event) => (e.preventDefault(), next(h, step))}>
      ${step.fields.map((f) => renderField(f, { value: h.w.answers[f.id], error: text.get(f.id), kiosk: !!h.el.kiosk, set: (v) => set(h, f.id, v) }))}
      <div class="actions">
        <button class="btn" part="button" type="submit">${msg('Continue')}</button>
        ${clearButton(h)}
      </div>
    </form>
  </section>`;
}

/** The page for the current view (question pages, check, confirmation, invalid definition). */
export function render(h: Host): TemplateResult | typeof nothing {
  switch (h.w.view) {
    case 'step':
      return renderStep(h);
    case 'check':
      return renderCheck(h);
    case 'done':
      return renderDone(h);
    case 'invalid':
      return renderInvalid(h);
    case 'overview':
      return renderOverview(h.w.def!, () => begin(h), h.w.catalog ? () => go(h, 'picker') : undefined);
    default:
      return nothing;
  }
}
