import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../core/msg.js';
import { define } from '../core/define.js';
import { DvcElement } from '../core/dvc-element.js';
import { fold } from '../core/fold.js';
import { DEFAULT_TIMEOUT } from '../core/connection.js';
import { requestJson, HttpError } from '../core/http.js';
import { registerStrings, getLocale, whenLocaleReady } from '../core/localization.js';
import { isLocalizedText, resolveText } from '../core/localized-text.js';
import { errorCode, errorMessage } from '../core/messages.js';
import { loadFlow } from './internal/chunks.js';
import type { Host, WizardState } from './internal/host.js';
import { renderPicker, type Match } from './internal/picker.js';
import { styles } from './internal/styles.js';
import type { ProcedureSummary } from './model/types.js';
import type { WizardStepDetail, WizardSubmitDetail } from './events.js';

registerStrings('procedure-wizard', {
  vi: () => import('../generated/locales/vi/procedure-wizard.js'),
  de: () => import('../generated/locales/de/procedure-wizard.js'),
});

declare module '../core/events.js' {
  interface DvcEventMap {
    'dvc-wizard-step': WizardStepDetail;
    'dvc-wizard-submit': WizardSubmitDetail;
    'dvc-wizard-submitted': { reference: string };
  }
}

const isSummary = (v: ProcedureSummary) => !!v && typeof v.code === 'string' && isLocalizedText(v.name) && isLocalizedText(v.field);

/**
 * Finds a procedure, shows what it needs, asks one question per page, checks the answers and
 * submits them — the patient volunteer of the ward service centre, on the portal page or kiosk.
 * This file is the first screen (picker, loading, failure); the pages load lazily and are
 * prefetched right after the first paint.
 *
 * @tagname dvc-procedure-wizard
 * @fires dvc-wizard-step - A new page is shown: `{ from, to, stepId }` (page names: `picker`, `overview`, a step id, `check`, `confirmation`).
 * @fires dvc-wizard-submit - Cancelable. `{ procedureCode, answers, documents, respondWith }`: call `respondWith(promise of { reference })` to submit through your own backend; `preventDefault()` alone skips the POST to `submit-url`.
 * @fires dvc-wizard-submitted - The application was accepted: `{ reference }`.
 * @fires dvc-error - A failure the widget shows: `{ code, message }`.
 * @csspart picker - The procedure list with its search box.
 * @csspart overview - What the procedure needs, before starting.
 * @csspart step - One question page (and the invalid-definition report).
 * @csspart error-summary - The list of problems at the top of a question page.
 * @csspart summary - The check-answers page.
 * @csspart confirmation - The confirmation after sending.
 * @csspart button - Every main button.
 */
@define('dvc-procedure-wizard')
export class DvcProcedureWizard extends DvcElement {
  static override styles = [DvcElement.styles, styles];
  static override properties = {
    src: {},
    catalogSrc: { attribute: 'catalog-src' },
    catalog: { attribute: false },
    procedure: { attribute: false },
    submitUrl: { attribute: 'submit-url' },
    persist: { type: Boolean },
    kiosk: { type: Boolean },
    idleTimeout: { attribute: 'idle-timeout' },
    startAt: { attribute: 'start-at' },
    privacyText: { attribute: 'privacy-text' },
  };

  /** URL of one procedure definition (JSON): the wizard opens at its overview. */
  src?: string;
  /** URL of a catalogue (`ProcedureSummary[]`): the wizard opens with a searchable list; an entry loads its `url`, else `${catalog-src}/${code}`. */
  catalogSrc?: string;
  /** A catalogue given directly (instead of `catalog-src`), e.g. the portal's own list. */
  catalog?: ProcedureSummary[];
  /** A procedure definition given directly (instead of `src`). */
  procedure?: unknown;
  /** Where to POST the application (with an Idempotency-Key). Without it, and without `respondWith`, the confirmation says what to bring to the counter. */
  submitUrl?: string;
  /** Keep the draft (answers and page) in this browser, with a "Clear my answers" action. Ignored with `kiosk`. */
  persist?: boolean;
  /** Shared kiosk: never stores anything, autocomplete off, wipes everything after `idle-timeout` seconds without input. */
  kiosk?: boolean;
  /** Seconds without input before a kiosk asks "Are you still there?" (default 120). */
  idleTimeout?: string;
  /** Where to start once the procedure is loaded: `overview` (default), `questions` (the first step), or a step id. */
  startAt?: string;
  /** The privacy notice shown before the first question about personal data (default: a short notice under Decree 13/2023/NĐ-CP). */
  privacyText?: string;
  /** Milliseconds each request may take before it counts as failed (read when a request starts). */
  requestTimeout = DEFAULT_TIMEOUT;
  /** Seconds "Are you still there?" stays before the wipe (kiosk; read when it shows). */
  promptFor = 30;

  protected w = { view: 'loading', query: '', answers: {} } as WizardState;
  private flow?: Awaited<ReturnType<typeof loadFlow>>;
  private kioskMode?: ReturnType<typeof import('./internal/kiosk.js').kioskMode>;
  private index?: [string, string[], unknown];
  private loaded = '';

  /** The hooks the lazily loaded pages use. */
  protected readonly host: Host;

  constructor() {
    super();
    const connection = this.connection;
    this.host = {
      el: this,
      w: this.w,
      get signal() {
        return connection.signal;
      },
      update: () => this.requestUpdate(),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const source = `${this.catalogSrc}|${this.src}`;
    if (changed.has('catalog') || changed.has('procedure') || source !== this.loaded) {
      this.loaded = source;
      this.start();
    }
    if (changed.has('kiosk') || changed.has('idleTimeout')) {
      if (this.kioskMode) this.kioskMode.idle.restart();
      else if (this.kiosk) void import('./internal/kiosk.js').then((k) => (this.kioskMode ??= k.kioskMode(this, this.host, () => this.flow)));
    }
  }

  override firstUpdated(): void {
    // Prefetch the pages once the first screen is painted, so "Start" answers at once.
    setTimeout(() => this.ensureFlow().catch(() => 0));
  }

  /** Loads what the attributes and properties name, and opens the first page. */
  private start(): void {
    const w = this.w;
    Object.assign(w, { answers: {}, errors: [], def: undefined, catalog: undefined });
    if (this.catalog) this.show('picker', this.catalog);
    else if (this.catalogSrc) {
      this.run(async () => {
        const list = await this.fetch(this.catalogSrc!);
        if (!Array.isArray(list)) throw new HttpError('bad-json');
        this.show('picker', list);
      }, () => this.start());
    } else if (this.procedure !== undefined || this.src) {
      this.open(this.src && this.procedure === undefined ? this.fetch(this.src) : Promise.resolve(this.procedure), () => this.start());
    }
  }

  private show(view: WizardState['view'], catalog?: ProcedureSummary[]): void {
    if (catalog) this.w.catalog = catalog.filter(isSummary);
    this.w.view = view;
    this.requestUpdate();
  }

  private fetch(url: string): Promise<unknown> {
    return requestJson(url, { signal: this.connection.signal, timeout: this.requestTimeout, retries: 1, retryDelay: 300 });
  }

  /** Runs a load; a failure becomes the `failed` view with a retry, and `dvc-error`. */
  private async run(task: () => Promise<void>, retry: () => void): Promise<void> {
    this.show('loading');
    try {
      await task();
    } catch (error) {
      if (errorCode(error) === 'aborted') return;
      // Anything but a failed request is a chunk that did not load (or a catalogue that is no list): the connection's fault.
      const http = error instanceof HttpError;
      const code = http ? error.kind : 'load-failed';
      const message = errorMessage(http ? error : new HttpError('network'));
      this.w.failure = { code, message, retry };
      this.show('failed');
      this.fail(code, message);
    }
  }

  /** Checks a definition (in the lazily loaded model) and opens it. */
  private open(definition: Promise<unknown>, retry: () => void, user = false): void {
    this.run(async () => {
      const [raw, flow] = await Promise.all([definition, this.ensureFlow()]);
      flow.accept(this.host, raw, user);
    }, retry);
  }

  private async ensureFlow() {
    if (!this.flow) {
      const flow = await loadFlow();
      // Its strings too: a dvc-error it fires at once (an invalid definition) is worded in the page's language.
      await whenLocaleReady();
      // The pages' styles come with them: the first screen carries only its own.
      if (!this.flow && this.shadowRoot) adoptStyles(this.shadowRoot, [...DvcProcedureWizard.elementStyles, flow.styles]);
      this.flow = flow;
    }
    return this.flow;
  }

  private choose(entry: ProcedureSummary): void {
    this.open(this.ensureFlow().then((f) => this.fetch(f.urlOf(entry, this.catalogSrc))), () => this.choose(entry), true);
  }

  /** Diacritics- and case-blind search over name (current locale and Vietnamese) and code. */
  private search(): Match {
    const list = this.w.catalog ?? [];
    const locale = getLocale();
    // Folded once per catalogue and locale, so each keystroke only compares strings.
    if (this.index?.[0] !== locale || this.index[2] !== list) {
      this.index = [locale, list.map((e) => fold(`${resolveText(e.name)} ${resolveText(e.name, 'vi')} ${e.code}`)), list];
    }
    const words = fold(this.w.query).split(' ');
    const hay = this.index[1];
    return { found: list.filter((_, i) => words.every((w) => hay[i].includes(w))), total: list.length };
  }

  override render(): TemplateResult {
    const w = this.w;
    const page =
      w.view === 'loading'
        ? html`<p role="status">${msg('Loading…')}</p>`
        : w.view === 'failed'
          ? html`<div class="panel" role="alert"><p class="error-text">${w.failure?.message}</p><button class="btn" part="button" @click=${() => w.failure?.retry()}>${msg('Try again')}</button></div>`
          : w.view === 'picker'
            ? renderPicker(this.search(), w.query, (q) => ((w.query = q), this.requestUpdate()), (e) => this.choose(e))
            : this.flow?.render(this.host);
    return html`<div class="wizard" lang=${getLocale()} .inert=${!!this.kioskMode?.idle.prompting}>${page}</div>${this.kioskMode?.prompt() ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-wizard': DvcProcedureWizard;
  }
}
