// Which page the wizard shows, and how the citizen moves between them: Start, Continue, Back,
// Change, the browser's Back and Forward (one history entry per page), a reload (the page this
// entry names, with what the tab kept). Pages are drawn by question-page.ts and pages.ts.
import { msg } from '../../../core/msg.js';
import { pageChange } from '../../../core/page-change.js';
import { historyMode, PageHistory } from '../../../core/page-history.js';
import { checkProcedure } from '../../model/check.js';
import { firstIncompleteStep, pruneAnswers, stepProblems, visibleSteps } from '../../model/steps.js';
import type { Answer, Step } from '../../model/types.js';
import type { Page, View, WizardHost } from '../host.js';
import { emit } from '../../../core/events.js';
import { discard, restore, save } from './draft.js';
import { definitionProblem } from './words.js';

const histories = new WeakMap<WizardHost, PageHistory<Page>>();

/** The wizard's pages in the browser's history (the `history` attribute), created with the pages. */
function pages(host: WizardHost): PageHistory<Page> {
  let history = histories.get(host);
  if (!history) {
    history = new PageHistory<Page>(host.element, { name: () => host.element.id || 'wizard', mode: () => historyMode(host.element.history), fragment: pageName, show: (page) => pop(host, page) });
    histories.set(host, history);
  }
  return history;
}

/** Forgets the answers and the device's draft: "Clear my answers", a kiosk wipe, a new application. */
export function forget(host: WizardHost, keepDraft = false): void {
  Object.assign(host.state, { answers: {}, errors: [], returnToCheck: false, failure: undefined, key: undefined, stepId: undefined, sending: false });
  if (!keepDraft) discard(host);
}

/** The page's name in `dvc-wizard-step` and in the URL fragment. */
const pageName = (p: Page) => (p.v === 'step' ? p.s! : p.v === 'done' ? 'confirmation' : p.v);

const at = (host: WizardHost, v: View, s?: string): Page => ({ v, s, c: host.state.def?.code ?? '', g: host.state.gen });

/** The page a kept page (history entry or draft) stands for now, if any: an entry of a sent application shows its confirmation. */
function resolve(host: WizardHost, page: Page | undefined): Page | undefined {
  const { def, answers, sent, gen } = host.state;
  if (!def || !page || typeof page !== 'object' || page.c !== def.code) return undefined;
  if (page.v === 'done' || page.g < gen) return sent ? at(host, 'done') : undefined;
  if (page.v === 'overview') return at(host, 'overview');
  const gap = firstIncompleteStep(def, answers);
  if (page.v === 'check') return gap ? at(host, 'step', gap.id) : at(host, 'check');
  return page.v === 'step' && visibleSteps(def, answers).some((s) => s.id === page.s) ? at(host, 'step', page.s) : undefined;
}

/** `start-at`: `overview` (default), `questions` (the first step) or a step id. */
function startPage(host: WizardHost): Page {
  const steps = visibleSteps(host.state.def!, {});
  const start = host.element.startAt;
  const step = start === 'questions' ? steps[0] : steps.find((s) => s.id === start);
  return step ? at(host, 'step', step.id) : at(host, 'overview');
}

/**
 * Takes a definition: checks it (an invalid one shows each problem with its JSON path and fires
 * `dvc-error`), restores what this tab or device kept, and opens the page this history entry
 * names (a reload, Back or Forward), else the kept one, else `start-at` or the overview. `user`
 * is true when the citizen chose it (then focus follows), false on page load (focus stays).
 */
export function accept(host: WizardHost, raw: unknown, user = false): void {
  const { procedure, problems } = checkProcedure(raw);
  const state = host.state;
  state.def = procedure;
  state.problems = problems;
  if (!procedure) {
    state.view = 'invalid';
    if (user) pageChange(host.element).changed();
    host.update();
    fail(host, 'invalid-procedure', `${msg('This procedure cannot be shown because its file has mistakes.')} ${problems.map((p) => `${p.path || '/'} ${definitionProblem(p)}`).join('; ')}`);
    return;
  }
  forget(host, true);
  const kept = restore(host, procedure.code);
  Object.assign(state, { gen: kept.gen ?? 0, sent: kept.sent, key: kept.key });
  if (kept.answers && typeof kept.answers === 'object') state.answers = pruneAnswers(procedure, kept.answers);
  const entry = host.element.kiosk ? undefined : pages(host).current;
  show(host, resolve(host, entry) ?? resolve(host, kept.page) ?? startPage(host), user ? 'push' : 'load');
}

/** The picker is shown (or the part arrived while it was): the procedure this history entry names, once — a reload, or Forward into the page. A kiosk starts afresh. */
export function resume(host: WizardHost): void {
  if (host.state.view !== 'picker' || resumed.has(host)) return;
  resumed.add(host);
  const entry = pages(host).current;
  if (entry?.c && !host.element.kiosk && historyMode(host.element.history) !== 'none') host.reopen(entry.c);
}
const resumed = new WeakSet<WizardHost>();

/** Reports a failure the page already shows. */
export function fail(host: WizardHost, code: string, message: string): void {
  emit(host.element, 'dvc-error', { code, message });
}

/**
 * Shows a page. `push`: the citizen moved on (a new history entry); `pop`: Back or Forward led
 * here; `load`: the first page, which takes the current entry and keeps focus where it is. A page
 * the citizen moved to fires `dvc-wizard-step`, gets focus on its heading, and is safe from the
 * second tap of a double tap.
 */
function show(host: WizardHost, page: Page, how: 'push' | 'pop' | 'load'): void {
  const state = host.state;
  const history = pages(host);
  const before = state.page ?? (state.catalog ? at(host, 'picker') : undefined);
  const from = before ? pageName(before) : state.view;
  Object.assign(state, { view: page.v, stepId: page.s, page, errors: [] });
  if (how === 'push') history.push(page, before);
  else history.replace(page, how === 'load');
  save(host);
  if (how === 'load') return host.update();
  pageChange(host.element).changed();
  emit(host.element, 'dvc-wizard-step', { from, to: pageName(page), stepId: page.v === 'step' ? page.s! : null });
}

/** Moves to a page as the citizen's next step. */
export function go(host: WizardHost, view: View, stepId?: string): void {
  show(host, at(host, view, stepId), 'push');
}

/** Back or Forward arrived at one of the wizard's entries. */
function pop(host: WizardHost, page: Page): void {
  const state = host.state;
  state.returnToCheck = false;
  if (page.v === 'picker') return state.catalog ? show(host, at(host, 'picker'), 'pop') : undefined;
  if (page.c !== state.def?.code) return void host.reopen(page.c);
  show(host, resolve(host, page) ?? startPage(host), 'pop');
}

/** Moves focus to `selector` once the page is rendered (focus moved on purpose, never lost). */
export function focus(host: WizardHost, selector: string): void {
  host.update();
  void host.element.updateComplete.then(() => host.element.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
}

/** Where a catalogue entry's definition is: its `url`, else `${catalog-src}/${code}`, relative to the catalogue. */
export function urlOf(entry: { code: string; url?: string }, catalogSrc = ''): string {
  const base = new URL(catalogSrc, location.href);
  return new URL(entry.url ?? `${catalogSrc.replace(/\/$/, '')}/${encodeURIComponent(entry.code)}`, base).href;
}

/** "Start": the first question page. */
export function begin(host: WizardHost): void {
  go(host, 'step', visibleSteps(host.state.def!, host.state.answers)[0].id);
}

/** The steps the answers show, and where the current one is among them. */
export function current(host: WizardHost): { steps: Step[]; step?: Step; index: number } {
  const steps = visibleSteps(host.state.def!, host.state.answers);
  const index = steps.findIndex((s) => s.id === host.state.stepId);
  return { steps, step: steps[index], index };
}

/** An answer given: a new submission (a new key), kept with the draft. */
export function set(host: WizardHost, id: string, value: Answer): void {
  host.state.answers = { ...host.state.answers, [id]: value };
  host.state.key = undefined; // changed answers are a new submission
  save(host);
  host.update();
}

/**
 * "Continue": show the problems (focus on the summary), else the next page — the next visible
 * step, or the first unfinished one after a "Change", or the check page. This is where the
 * wizard decides its next page; which steps are visible is the model's (model/steps.ts).
 */
export function next(host: WizardHost, step: Step): void {
  const def = host.state.def!;
  const errors = stepProblems(step, host.state.answers);
  host.state.errors = errors;
  if (errors.length) return focus(host, '.errors');
  // Answers on steps these answers now hide are dropped.
  host.state.answers = pruneAnswers(def, host.state.answers);
  const { steps, index } = current(host);
  const after = host.state.returnToCheck ? firstIncompleteStep(def, host.state.answers) : steps[index + 1];
  if (after) go(host, 'step', after.id);
  else {
    host.state.returnToCheck = false;
    go(host, 'check');
  }
}

/** The in-page "Back": the previous visible step (the check page after a "Change"), or the overview. */
export function back(host: WizardHost): void {
  host.state.errors = [];
  const { steps, index } = current(host);
  if (host.state.view === 'check') go(host, 'step', steps[steps.length - 1].id);
  else if (host.state.returnToCheck) {
    host.state.returnToCheck = false;
    go(host, 'check');
  } else if (index > 0) go(host, 'step', steps[index - 1].id);
  else go(host, 'overview');
}

/** "Change" on the check page: that step, then straight back to the check page. */
export function change(host: WizardHost, stepId: string): void {
  host.state.returnToCheck = true;
  host.state.errors = [];
  go(host, 'step', stepId);
}

export function clear(host: WizardHost): void {
  forget(host);
  go(host, 'overview');
}
