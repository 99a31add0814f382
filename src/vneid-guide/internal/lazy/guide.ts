import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { requestJson } from '../../../core/http.js';
import { getLocale, type Locale } from '../../../core/localization.js';
import { resolveText } from '../../../core/localized-text.js';
import { officeNames } from '../../../core/office.js';
import { errorCode, errorMessage } from '../../../core/messages.js';
import { pageChange } from '../../../core/page-change.js';
import { historyMode, PageHistory } from '../../../core/page-history.js';
import { SpeechQueue } from '../../../core/speech.js';
import { createStore } from '../../../core/storage.js';
import type { PartHost } from '../../../core/part.js';
import type { DvcVneidGuide } from '../../vneid-guide.js';
import { checkContent, mergeContent, type Problem } from '../../model/guard.js';
import { resolvePlatform } from '../../model/platform.js';
import { cleanProgress, ProgressStore } from './progress.js';
import { applicableTasks, countSteps, stepsFor, taskStatus } from '../../model/routing.js';
import type { GuideState, View } from '../state.js';
import { PLATFORMS, type GuideContent, type Line, type Platform, type Progress, type Step, type Task } from '../../model/types.js';
import { loaders } from './loaders.js';
import type { QrModule } from './qr.js';
import { renderStep, type StepContext } from './step.js';
import '../../../generated/strings/vneid-guide-lazy.js';
import { styles } from './styles.js';

/** A page as the browser's history keeps it: the view, and the task on a task page. */
interface Page {
  v: View;
  t?: string;
}
type How = 'push' | 'pop' | 'load';

/** This tab's answers to the two questions, so a reload on a later page shows the same tasks (nothing personal). */
const tab = createStore('vneid-guide', 'session');

const builtIn = (locale: Locale) => loaders.content[locale]().then((m) => m.content);
const isUrl = (v: string) => /^https?:\/\/\S+$/.test(v);

/** What the guide's pages get of their element. */
export interface GuideHost extends PartHost<DvcVneidGuide> {
  /** What the first screen and the pages share. */
  readonly state: GuideState;
  show(view: View): void;
  setScale(scale: number): void;
  /** Loads again, showing the failure when it fails (the content of another locale, say). */
  load(): void;
}

/** The pages, as the element uses them. */
export type GuidePart = Guide;

export const createPart = (host: GuideHost): GuidePart => new Guide(host);

/**
 * Everything after the first screen: content (built-in per locale, or the portal's, checked),
 * progress, the pages, read-aloud. One instance per element, created once the chunk loads.
 */
export class Guide {
  readonly styles = styles;
  readonly store: ProgressStore;
  content?: GuideContent;
  /** The content's help is the portal's own, not the built-in text. */
  private ownHelp = false;
  art: Record<string, SVGTemplateResult> = {};
  /** The citizen's choice in the toolbar; otherwise the `platform` attribute or the user agent. */
  chosen?: Platform;
  private contentLocale?: Locale;
  private source?: { key: unknown; raw?: unknown; error?: unknown };
  private problems: Problem[] = [];
  private failure?: string;
  private reported?: unknown;
  private loading?: Promise<void>;
  private speech?: SpeechQueue;
  private voice = false;
  private speaking?: string;
  private said = '';
  private qr?: QrModule;
  private qrLoad?: Promise<unknown>;
  private readonly history: PageHistory<Page>;
  private restored = false;
  /** The page shown last (the first screen until the citizen moves on). */
  private page: Page = { v: 'start' };

  constructor(private readonly host: GuideHost) {
    const guide = host.element;
    this.store = new ProgressStore(!guide.noPersist && !guide.kiosk);
    const pending = host.state.progress;
    host.state.progress = undefined;
    if (pending) this.setProgress(pending);
    this.history = new PageHistory<Page>(guide, {
      name: () => guide.id || 'vneid-guide',
      mode: () => historyMode(guide.history),
      fragment: (p) => p.t ?? p.v,
      show: (p) => this.go(p.t ?? p.v, 'pop'),
    });
  }

  /**
   * Once, when the pages are there: the page this history entry names (a reload, or Forward into
   * the page), with this tab's answers — unless the citizen has moved on meanwhile. A kiosk
   * starts afresh.
   */
  restore(): void {
    if (this.restored) return;
    this.restored = true;
    const page = this.history.current;
    if (this.host.element.kiosk || !page || this.host.state.view !== 'start') return;
    const answers = tab.get<GuideState['answers']>('answers');
    if (answers && typeof answers === 'object') this.host.state.answers = { ...answers };
    this.go(page.t ?? page.v, 'load');
  }

  /** Step statuses by step id, as the element's `progress` reads them. */
  get progress(): Progress {
    return this.store.progress;
  }

  get platform(): Platform {
    return this.chosen ?? resolvePlatform(this.host.element.platform);
  }

  /** Resolves once the content for the current locale is there. */
  async ready(): Promise<void> {
    // Again while the locale changed during a load (the prefetch may still be fetching another one).
    while (!this.content || this.contentLocale !== getLocale()) {
      await (this.loading ??= this.fetch().finally(() => (this.loading = undefined)));
    }
  }

  /** `src` or `content` changed: load again. */
  async reload(): Promise<void> {
    this.contentLocale = undefined;
    await this.ready().catch(() => this.host.load());
    this.host.update();
  }

  private async fetch(): Promise<void> {
    const guide = this.host.element;
    const locale = getLocale();
    const artLoad = loaders.illustrations().then((m) => (this.art = m.illustrations));
    artLoad.catch(() => 0); // awaited below; this keeps an early failure from going unhandled
    const key = guide.content !== undefined ? guide.content : guide.src || undefined;
    if (!this.source || this.source.key !== key) {
      this.source = { key };
      if (guide.content !== undefined) this.source.raw = guide.content;
      else if (guide.src) {
        try {
          this.source.raw = await requestJson(guide.src, { signal: this.host.signal, timeout: guide.requestTimeout, retries: 1 });
        } catch (error) {
          if (errorCode(error) === 'aborted') {
            this.source = undefined; // the element left the page: fetch again when it is back
            throw error;
          }
          this.source.error = error;
        }
      }
    }
    const { raw, error } = this.source!;
    let result: { content?: GuideContent; problems: Problem[] } = { problems: [] };
    if (raw !== undefined) {
      result = checkContent(raw);
      if (result.content?.extends) result = checkContent(mergeContent(await builtIn(locale), result.content));
    }
    this.content = result.content ?? (await builtIn(locale));
    // The built-in help names the unit's centre when the portal named its unit; a portal's own help stays as written.
    this.ownHelp = !!result.content && typeof raw === 'object' && raw !== null && 'help' in raw;
    await artLoad;
    this.contentLocale = locale;
    this.problems = result.problems;
    this.failure = error ? errorMessage(error) : undefined;
    if (this.reported !== this.source) {
      this.reported = this.source;
      if (error) this.host.fail(errorCode(error), `${this.failure} ${this.fallbackText()}`);
      else if (this.problems.length) {
        this.host.fail('invalid-content', `${this.fallbackText()} ${this.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      }
    }
    this.speech ??= new SpeechQueue();
    void this.speech.available(locale).then((yes) => {
      this.voice = yes;
      this.host.update();
    });
    this.host.update();
  }

  /**
   * The built-in help with the unit's centre by name: its `centre`, else the centre of its `unit`;
   * '' without either (the content's text then), or where the portal wrote its own help. The
   * police are named generically: a citizen asks where they live, which may be another unit.
   */
  private unitHelp(): string {
    if (this.ownHelp) return '';
    const { unit, centre } = officeNames(this.host.element);
    const place = centre || (unit && msg(str`the public administration service centre of ${unit}`, { desc: 'Used after "at"; in German after "bei" (dative).' }));
    return place ? msg(str`A volunteer at ${place} can help you, or ask the police of the commune or ward where you live (Công an xã, phường).`) : '';
  }

  private fallbackText(): string {
    return this.failure
      ? msg('The portal’s guide could not be loaded, so the built-in guide is shown.')
      : msg('The portal’s guide has mistakes, so the built-in guide is shown.');
  }

  setProgress(value: Progress): void {
    this.store.clear();
    for (const [id, status] of Object.entries(cleanProgress(value))) this.store.set(id, status);
  }

  /** Kiosk wipe and "Start again": back to the first screen; answers, progress, text size, device choice and speech go. */
  reset(): void {
    this.store.clear();
    this.chosen = undefined;
    this.stopSpeech();
    this.host.state.answers = {};
    this.host.state.missing = false;
    this.host.setScale(1);
    this.go('start');
  }

  tasks(): Task[] {
    return this.content ? applicableTasks(this.content, this.host.state.answers) : [];
  }

  /**
   * Opens a page: `start`, `needs`, `tasks` or a task id. `push`: the citizen moved on (a new
   * history entry); `pop`: Back or Forward led here; `load`: restored after a reload.
   */
  go(page: string, how: How = 'push'): void {
    const s = this.host.state;
    const task = this.tasks().find((t) => t.id === page);
    this.stopSpeech();
    this.said = '';
    if (task) {
      s.taskId = task.id;
      const first = stepsFor(task, this.platform)[0];
      if (first && !this.store.progress[first.id]) this.store.set(first.id, 'seen');
    }
    const view: View = task ? 'task' : page === 'tasks' || page === 'start' ? page : 'needs';
    const entry: Page = task ? { v: view, t: task.id } : { v: view };
    if (how === 'push') this.history.push(entry, this.page);
    else this.history.replace(entry, how === 'load');
    this.page = entry;
    if (!this.host.element.kiosk) tab.set('answers', s.answers);
    if (how !== 'load') pageChange(this.host.element).changed();
    this.host.show(view);
  }

  private toggle(task: Task, step: Step, done: boolean): void {
    this.store.set(step.id, done ? 'done' : 'seen');
    const { completed, total } = countSteps(this.tasks(), this.platform, this.store.progress);
    emit(this.host.element, 'dvc-guide-progress', { taskId: task.id, stepId: step.id, status: done ? 'done' : 'not-done', completed, total });
    if (done && completed === total) emit(this.host.element, 'dvc-guide-complete', { total });
    this.said = done ? msg(str`Step done. ${completed} of ${total} steps completed.`) : msg('Step marked as not done.');
    this.host.update();
  }

  /** Reads a step aloud, one line after another; a second press stops. */
  private async read(step: Step): Promise<void> {
    const speech = (this.speech ??= new SpeechQueue());
    const again = this.speaking === step.id;
    this.stopSpeech();
    if (again) return;
    this.speaking = step.id;
    this.host.update();
    const locale = getLocale();
    const texts = [resolveText(step.title), ...step.lines.map((l) => this.spoken(l))];
    await Promise.all(texts.map((t) => speech.speak(t, locale)));
    if (this.speaking === step.id) this.stopSpeech();
  }

  private stopSpeech(): void {
    this.speech?.cancel();
    this.speaking = undefined;
    this.host.update();
  }

  /** A line as spoken: the app's label in Vietnamese, its meaning on other pages. */
  private spoken(l: Line): string {
    if (typeof l === 'string' || !('text' in l)) return resolveText(l);
    const label = getLocale() !== 'vi' && l.meaning ? resolveText(l.meaning) : l.button;
    const text = resolveText(l.text);
    return text.includes('{button}') ? text.replace('{button}', label) : `${text} ${label}`;
  }

  storeUrl(which: 'android' | 'ios'): string {
    const attr = which === 'android' ? this.host.element.androidStoreUrl : this.host.element.iosStoreUrl;
    return isUrl(attr) ? attr : (this.content?.stores?.[which]?.url ?? '');
  }

  toolbar(): TemplateResult | typeof nothing {
    const s = this.host.state;
    if (s.view === 'start' || s.view === 'loading') return nothing;
    // Short names: the list must fit 320 px at 200 % text.
    const names: Record<Platform, string> = { android: 'Android', ios: 'iPhone, iPad', desktop: msg('Computer') };
    return html`<label class="device"
        ><span>${msg('Your device')}</span>
        <select class="input" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value as Platform)}>
          ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === this.platform}>${names[p]}</option>`)}
        </select></label
      >${this.host.element.kiosk ? html`<button class="btn secondary" @click=${() => this.reset()}>${msg('Start again')}</button>` : nothing}`;
  }

  private choose(platform: Platform): void {
    this.chosen = platform;
    this.host.update();
  }

  render(): TemplateResult {
    const s = this.host.state;
    // The page switched language: fetch that locale's content; the old one shows until it is there.
    if (this.contentLocale !== getLocale()) void this.ready().then(() => this.host.update(), () => this.host.load());
    const page = s.view === 'needs' ? this.needs() : s.view === 'tasks' ? this.taskList() : this.task();
    return html`${this.notice()}${page}<p class="visually-hidden" role="status">${this.said}</p>`;
  }

  private notice(): TemplateResult | typeof nothing {
    if (!this.failure && !this.problems.length) return nothing;
    return html`<div class="panel notice" role="note">
      <p class="error-text">${this.failure ? `${this.failure} ` : ''}${this.fallbackText()}</p>
      ${this.problems.length
        ? html`<details><summary>${msg('Details for the portal’s technical staff')}</summary>
            <ul lang="en">${this.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul></details>`
        : nothing}
    </div>`;
  }

  private needs(): TemplateResult {
    const progress = this.store.progress;
    return html`<h2 tabindex="-1">${msg('What you need')}</h2>
      <p>${msg('Tick what you have ready. You can go on without it and come back later.')}</p>
      <ul class="checklist">
        ${this.content!.needs.map(
          (n) => html`<li>
            <label class="check"
              ><input type="checkbox" .checked=${progress[n.id] === 'done'}
                @change=${(e: Event) => (this.store.set(n.id, (e.target as HTMLInputElement).checked ? 'done' : undefined), this.host.update())} />
              <span><strong>${resolveText(n.title)}</strong>${(n.lines ?? []).map((l) => html`<span class="detail">${this.line(l)}</span>`)}</span></label
            >
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button class="btn" @click=${() => this.go('tasks')}>${msg('See your tasks')}</button>
        <button class="link" @click=${() => this.go('start')}>${msg('Change my answers')}</button>
      </div>`;
  }

  private taskList(): TemplateResult {
    const tasks = this.tasks();
    const { completed, total } = countSteps(tasks, this.platform, this.store.progress);
    const label = { 'not-started': msg('Not started'), 'in-progress': msg('In progress'), completed: msg('Completed') };
    return html`<h2 tabindex="-1">${msg('Your tasks')}</h2>
      <p>${msg(str`${completed} of ${total} steps completed.`)}</p>
      ${completed === total && total > 0
        ? html`<div class="panel done-panel"><h3>${msg('You have finished every task.')}</h3><p>${msg('You can now log in to online public services with VNeID.')}</p></div>`
        : nothing}
      <ol class="tasks" part="task-list">
        ${tasks.map((t) => {
          const status = taskStatus(t, this.platform, this.store.progress);
          return html`<li>
            <button class="link task-link" @click=${() => this.go(t.id)}>${resolveText(t.title)}</button>
            <strong class="tag ${status}">${label[status]}</strong>
            ${t.summary ? html`<p class="hint">${resolveText(t.summary)}</p>` : nothing}
          </li>`;
        })}
      </ol>
      <div class="actions">
        <button class="link" @click=${() => this.go('needs')}>${msg('What you need')}</button>
        <button class="link" @click=${() => this.go('start')}>${msg('Change my answers')}</button>
      </div>`;
  }

  private task(): TemplateResult {
    const tasks = this.tasks();
    const i = tasks.findIndex((t) => t.id === this.host.state.taskId);
    const task = tasks[i];
    if (!task) return this.taskList();
    const steps = stepsFor(task, this.platform);
    const next = tasks[i + 1];
    // New DOM per task (keyed): an open "Having trouble?" must not carry over to the next task.
    // The QR encoder only where a QR code is drawn; without it the store links remain.
    if (steps.some((st) => st.qr)) this.qrLoad ??= loaders.qr().then((m) => ((this.qr = m), this.host.update()), () => 0);
    const ctx: StepContext = {
      task,
      progress: this.store.progress,
      trouble: this.content!.trouble,
      help: this.host.element.helpText || this.unitHelp() || resolveText(this.content!.help),
      art: this.art,
      voice: this.voice,
      speaking: this.speaking,
      line: (l) => this.line(l),
      storeUrl: (w) => this.storeUrl(w),
      platform: this.platform,
      read: (step) => void this.read(step),
      toggle: (step, done) => this.toggle(task, step, done),
      qr: this.qr,
      kiosk: this.host.element.kiosk,
    };
    return html`<button class="link" @click=${() => this.go('tasks')}>${msg('Back to your tasks')}</button>
      <h2 tabindex="-1">${resolveText(task.title)}</h2>
      ${task.summary ? html`<p>${resolveText(task.summary)}</p>` : nothing}
      ${keyed(task.id, html`<ol class="steps">${steps.map((step, n) => renderStep(ctx, step, n + 1))}</ol>`)}
      <div class="actions">
        ${next ? html`<button class="btn" @click=${() => this.go(next.id)}>${msg(str`Next: ${resolveText(next.title)}`)}</button>` : nothing}
        <button class="${next ? 'link' : 'btn'}" @click=${() => this.go('tasks')}>${msg('Back to your tasks')}</button>
      </div>`;
  }

  /** One line; the app's Vietnamese button label quoted, marked `lang="vi"`, with its meaning beside it on en/de pages. */
  line(l: Line): TemplateResult {
    if (typeof l === 'string' || !('text' in l)) return html`${resolveText(l)}`;
    const text = resolveText(l.text);
    const [before, after = ''] = text.includes('{button}') ? text.split('{button}', 2) : [`${text} `];
    const meaning = getLocale() !== 'vi' && l.meaning ? html` (${resolveText(l.meaning)})` : nothing;
    return html`${before}<q class="ui"><span lang="vi">${l.button}</span></q>${meaning}${after}`;
  }
}
