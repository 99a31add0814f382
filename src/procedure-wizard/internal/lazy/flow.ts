import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { registerStrings } from '../../../core/localization.js';
import { resolveText } from '../../../core/localized-text.js';
import { createStore } from '../../../core/storage.js';
import { checkProcedure } from '../../model/check.js';
import { firstIncompleteStep, pruneAnswers, stepProblems, visibleSteps } from '../../model/flow.js';
import { PERSONAL_TYPES, type Answer, type Answers, type Step } from '../../model/types.js';
import type { Host, View } from '../host.js';
import { emit } from '../../../core/events.js';
import { renderField } from './fields.js';
export { styles } from './styles.js';
import { renderOverview } from './overview.js';
import { renderCheck, renderDone, renderInvalid } from './pages.js';
import { answerProblem, definitionProblem } from './words.js';

// The strings of the question pages load with them, not with the first screen.
registerStrings('procedure-wizard-lazy', {
  vi: () => import('../../../generated/locales/vi/procedure-wizard-lazy.js'),
  de: () => import('../../../generated/locales/de/procedure-wizard-lazy.js'),
});

const store = createStore('procedure-wizard');
interface Draft {
  answers: Answers;
  stepId?: string;
  check?: boolean;
}

const draftKey = (h: Host) => `draft:${h.w.def!.code}`;
const keeps = (h: Host) => h.el.persist && !h.el.kiosk;

function save(h: Host): void {
  if (keeps(h) && h.w.def) store.set(draftKey(h), { answers: h.w.answers, stepId: h.w.stepId, check: h.w.view === 'check' } satisfies Draft);
}

/** Forgets the answers (and the stored draft): "Clear my answers", a kiosk wipe, a new application. */
export function forget(h: Host, keepDraft = false): void {
  if (h.w.def && !keepDraft) store.remove(draftKey(h));
  Object.assign(h.w, { answers: {}, errors: [], returnToCheck: false, failure: undefined, key: undefined, stepId: undefined, sending: false });
}

/**
 * Takes a definition: checks it (an invalid one shows each problem with its JSON path and fires
 * `dvc-error`), restores a persisted draft, and opens `start-at` or the overview. `user` is true
 * when the citizen chose it (then focus follows), false on page load (focus stays where it is).
 */
export function accept(h: Host, raw: unknown, user = false): void {
  const { procedure, problems } = checkProcedure(raw);
  h.w.def = procedure;
  h.w.problems = problems;
  const show = (view: View, stepId?: string) => {
    if (user) return go(h, view, stepId);
    h.w.view = view;
    h.w.stepId = stepId;
    h.w.at = pageName(view, stepId);
    h.update();
  };
  if (!procedure) {
    show('invalid');
    fail(h, 'invalid-procedure', `${msg('This procedure cannot be shown because its file has mistakes.')} ${problems.map((p) => `${p.path || '/'} ${definitionProblem(p)}`).join('; ')}`);
    return;
  }
  forget(h, true);
  const draft = keeps(h) ? store.get<Draft>(draftKey(h)) : undefined;
  if (draft && typeof draft.answers === 'object' && draft.answers) {
    h.w.answers = pruneAnswers(procedure, draft.answers);
    const steps = visibleSteps(procedure, h.w.answers);
    if (draft.check && !firstIncompleteStep(procedure, h.w.answers)) return show('check');
    const step = steps.find((s) => s.id === draft.stepId);
    if (step) return show('step', step.id);
  }
  const start = h.el.startAt;
  const first = visibleSteps(procedure, {})[0];
  const at = start === 'questions' ? first : visibleSteps(procedure, {}).find((s) => s.id === start);
  at ? show('step', at.id) : show('overview');
}

/** Moves focus to `selector` once the page is rendered (focus moved on purpose, never lost). */
export function focus(h: Host, selector: string): void {
  h.update();
  void h.el.updateComplete.then(() =>
    h.el.shadowRoot?.querySelector<HTMLElement>(selector)?.focus(),
  );
}

/** Reports a failure the page already shows. */
export function fail(h: Host, code: string, message: string): void {
  emit(h.el, 'dvc-error', { code, message });
}

/** Shows a page: `dvc-wizard-step` with page names, and focus on its heading. */
const pageName = (v: View, id?: string) => (v === 'step' ? id! : v === 'done' ? 'confirmation' : v);

export function go(h: Host, view: View, stepId?: string): void {
  // The page the citizen saw: "loading" between the picker and an overview is no page.
  const from = h.w.at ?? (h.w.catalog ? 'picker' : pageName(h.w.view, h.w.stepId));
  h.w.view = view;
  if (stepId) h.w.stepId = stepId;
  h.w.at = pageName(view, stepId);
  focus(h, 'h2');
  emit(h.el, 'dvc-wizard-step', { from, to: h.w.at, stepId: view === 'step' ? stepId! : null });
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
  save(h);
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
  save(h);
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
  keeps(h) ? html`<button class="btn secondary" part="button" @click=${() => clear(h)}>${msg('Clear my answers')}</button>` : nothing;

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
