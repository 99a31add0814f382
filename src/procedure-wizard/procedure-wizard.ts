import { html, type PropertyValues } from 'lit';
import { property } from '../core/property.js';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { flag } from '../core/attributes.js';
import { fold } from '../core/fold.js';
import { DEFAULT_TIMEOUT } from '../core/connection.js';
import { requestJson, HttpError } from '../core/http.js';
import { Kiosk } from '../core/kiosk.js';
import { getLocale, whenLocaleReady } from '../core/localization.js';
import { isLocalizedText, resolveText } from '../core/localized-text.js';
import { errorCode, errorMessage } from '../core/messages.js';
import { LazyElement } from '../core/part.js';
import type { WizardHost, WizardState } from './internal/host.js';
import type { WizardPart } from './internal/lazy/part.js';
import { renderPicker, type Match } from './internal/picker.js';
import { styles } from './procedure-wizard.styles.js';
import type { ProcedureSummary } from './model/types.js';
import type { WizardStepDetail, WizardSubmitDetail } from './events.js';
import '../generated/strings/procedure-wizard.js';

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-wizard-step': WizardStepDetail;
    'dvc-wizard-submit': WizardSubmitDetail;
    'dvc-wizard-submitted': { reference: string };
  }
}

const isSummary = (v: ProcedureSummary) => !!v && typeof v.code === 'string' && isLocalizedText(v.name) && isLocalizedText(v.field);

/** The base with the wizard's part types (a class of its own: declaration files cannot name a generic mixin base). */
abstract class WizardElement extends LazyElement<WizardPart, WizardHost> {}

/**
 * Finds a procedure, shows what it needs, asks one question per page, checks the answers and
 * submits them — the patient volunteer of the ward service centre, on the portal page or kiosk.
 * This file is the first screen (picker, loading, failure); the pages load lazily and are
 * prefetched a second after the first paint.
 *
 * @tagname dvc-procedure-wizard
 * @fires {CustomEvent<WizardStepDetail>} dvc-wizard-step - A new page is shown: `{ from, to, stepId }` (page names: `picker`, `overview`, a step id, `check`, `confirmation`).
 * @fires {CustomEvent<WizardSubmitDetail>} dvc-wizard-submit - Cancelable. `{ procedureCode, answers, documents, respondWith }`: call `respondWith(promise of { reference })` to submit through your own backend; `preventDefault()` alone skips the POST to `submit-url`.
 * @fires {CustomEvent<{ reference: string }>} dvc-wizard-submitted - The application was accepted: `{ reference }`.
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the widget shows: `{ code, message }`.
 * @csspart picker - The procedure list with its search box.
 * @csspart overview - What the procedure needs, before starting.
 * @csspart step - One question page (and the invalid-definition report).
 * @csspart error-summary - The list of problems at the top of a question page.
 * @csspart summary - The check-answers page.
 * @csspart confirmation - The confirmation after sending.
 * @csspart status-link - The confirmation's "Look up your application" link (with `status-url`).
 * @csspart button - Every main button.
 */
@define('dvc-procedure-wizard')
export class DvcProcedureWizard extends Kiosk(WizardElement) {
  static override styles = [LazyElement.styles, styles];
  // What a page preloads with the entry when a definition is named (dist/cdn/parts.json, written
  // by rollup.config.mjs; the picker is in the entry): first screen with [src]: ./internal/lazy/part.js
  /** The overview, the question pages, checking, sending and the confirmation. */
  static override partModule = () => import('./internal/lazy/part.js');

  /** URL of one procedure definition (JSON): the wizard opens at its overview. */
  @property() src?: string;
  /** URL of a catalogue (`ProcedureSummary[]`): the wizard opens with a searchable list; an entry loads its `url`, else `${catalog-src}/${code}`. */
  @property({ attribute: 'catalog-src' }) catalogSrc?: string;
  /** A catalogue given directly (instead of `catalog-src`), e.g. the portal's own list. */
  @property({ attribute: false }) catalog?: ProcedureSummary[];
  /** A procedure definition given directly (instead of `src`). */
  @property({ attribute: false }) procedure?: unknown;
  /** Where to POST the application (with an Idempotency-Key). Without it, and without `respondWith`, the confirmation says what to bring to the counter. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;
  /** Where the confirmation's "Look up your application" link goes, with `{code}` replaced by the reference (e.g. `/tra-cuu?ma={code}`, a page with `<dvc-application-status>`). No link without it. */
  @property({ attribute: 'status-url' }) statusUrl?: string;
  /** Keep the draft (answers and page) in this browser, with a "Clear my answers" action. Ignored with `kiosk`. */
  @property({ type: Boolean, converter: flag }) persist = false;
  /** Where to start once the procedure is loaded: `overview` (default), `questions` (the first step), or a step id. */
  @property({ attribute: 'start-at' }) startAt?: string;
  /** The privacy notice shown before the first question about personal data (default: a short notice under Decree 13/2023/NĐ-CP). */
  @property({ attribute: 'privacy-text' }) privacyText?: string;
  /** How pages enter the browser's history, so Back goes back a page: `hash` (default: a `#wizard/…` fragment per page), `state` (an entry per page, the URL unchanged: for portals that route by fragment) or `none` (the portal owns history). */
  @property() history?: string;
  /** Milliseconds each request may take before it counts as failed (read when a request starts). */
  requestTimeout: number = DEFAULT_TIMEOUT;

  /** Everything the wizard shows, shared with its part. */
  protected state: WizardState = { view: 'loading', query: '', answers: {}, gen: 0 };
  private index?: [string, string[], unknown];
  private loaded = '';

  protected override needsPart(): boolean {
    // A definition given: its overview (or first question) is the first meaningful screen.
    return !!this.src || this.procedure !== undefined;
  }

  protected override partHost(): WizardHost {
    return {
      ...this.baseHost(),
      state: this.state,
      reopen: (code) => {
        const entry = this.state.catalog?.find((e) => e.code === code);
        if (entry) this.choose(entry, false);
        return !!entry;
      },
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = `${this.catalogSrc}|${this.src}`;
    if (changed.has('catalog') || changed.has('procedure') || source !== this.loaded) {
      this.loaded = source;
      this.start();
    }
  }

  protected override partFailure(): string {
    return errorMessage(new HttpError('network'));
  }

  /** A kiosk's wipe: the search, the answers and the last confirmation go; back to the start. */
  protected override wipe(): void {
    this.state.query = '';
    this.loadedPart?.wipe();
  }

  /** Loads what the attributes and properties name, and opens the first page. */
  private start(): void {
    Object.assign(this.state, { answers: {}, errors: [], def: undefined, catalog: undefined, page: undefined });
    if (this.catalog) this.pick(this.catalog);
    else if (this.catalogSrc) {
      this.run(async () => {
        const list = await this.fetch(this.catalogSrc!);
        if (!Array.isArray(list)) throw new HttpError('bad-json');
        this.pick(list);
      }, () => this.start());
    } else if (this.procedure !== undefined || this.src) {
      this.open(this.src && this.procedure === undefined ? this.fetch(this.src) : Promise.resolve(this.procedure), () => this.start());
    }
  }

  /** The catalogue is there: the picker — or, once the part is there, the procedure this history entry was on. */
  private pick(catalog: ProcedureSummary[]): void {
    this.show('picker', catalog);
    this.loadedPart?.resume();
  }

  private show(view: WizardState['view'], catalog?: ProcedureSummary[]): void {
    if (catalog) this.state.catalog = catalog.filter(isSummary);
    this.state.view = view;
    this.requestUpdate();
  }

  private fetch(url: string): Promise<unknown> {
    return requestJson(url, { signal: this.connection.signal, timeout: this.requestTimeout, retries: 1 });
  }

  /** Runs a load; a failure becomes the `failed` view with a retry, and `dvc-error`. */
  private async run(task: () => Promise<void>, retry: () => void): Promise<void> {
    this.show('loading');
    try {
      await task();
    } catch (error) {
      if (errorCode(error) === 'aborted') return;
      // Anything but a failed request is a part that did not load (or a catalogue that is no list): the connection's fault.
      const http = error instanceof HttpError;
      const code = http ? error.kind : 'load-failed';
      const message = http ? errorMessage(error) : this.partFailure();
      this.state.failure = { code, message, retry };
      this.show('failed');
      this.fail(code, message);
    }
  }

  /** Checks a definition (in the part, with the model) and opens it. */
  private open(definition: Promise<unknown>, retry: () => void, user = false): void {
    this.run(async () => {
      const [raw, part] = await Promise.all([definition, this.loadPart(true)]);
      await whenLocaleReady(); // the part's strings: a definition's problems are told in the page's language
      part.accept(raw, user);
    }, retry);
  }

  private choose(entry: ProcedureSummary, user = true): void {
    this.open(this.loadPart(true).then((part) => this.fetch(part.urlOf(entry, this.catalogSrc))), () => this.choose(entry, user), user);
  }

  /** Diacritics- and case-blind search over name (current locale and Vietnamese) and code. */
  private search(): Match {
    const list = this.state.catalog ?? [];
    const locale = getLocale();
    // Folded once per catalogue and locale, so each keystroke only compares strings.
    if (this.index?.[0] !== locale || this.index[2] !== list) {
      this.index = [locale, list.map((e) => fold(`${resolveText(e.name)} ${resolveText(e.name, 'vi')} ${e.code}`)), list];
    }
    const words = fold(this.state.query).split(' ');
    const hay = this.index[1];
    return { found: list.filter((_, i) => words.every((w) => hay[i].includes(w))), total: list.length };
  }

  override render(): unknown {
    const state = this.state;
    return state.view === 'loading'
      ? html`<p role="status">${msg('Loading…')}</p>`
      : state.view === 'failed'
        ? html`<div class="panel" role="alert"><p class="error-text">${state.failure?.message}</p><button class="btn" part="button" @click=${() => state.failure?.retry()}>${msg('Try again')}</button></div>`
        : state.view === 'picker'
          ? renderPicker(this.search(), state.query, (q) => ((state.query = q), this.requestUpdate()), (e) => this.choose(e))
          : this.loadedPart?.render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-wizard': DvcProcedureWizard;
  }
}
