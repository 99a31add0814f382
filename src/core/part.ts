import { adoptStyles, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { DvcElement } from './dvc-element.js';

/**
 * What a widget's lazily loaded part gives its element (docs/ARCHITECTURE.md, "First screen and
 * part"): its styles, what it draws, and the element's life it needs to follow. A widget's part
 * type adds what its element calls on it (the wizard's `accept(definition)`, the guide's `go(page)`).
 */
export interface Part {
  readonly styles: CSSResultOrNative;
  render(): TemplateResult | typeof import('lit').nothing;
  /** After each update of the element: attributes may have changed. */
  updated?(changed: PropertyValues): void;
  /** The element is on the page again (after the part loaded, every connect). */
  connected?(): void;
  disconnected?(): void;
}

/** What a part gets of its element: a narrow view, extended by each widget with what its part needs. */
export interface PartHost<E extends HTMLElement = HTMLElement> {
  /** The element, read through its public attributes and properties. */
  readonly element: E;
  /** Aborts the part's requests when the element leaves the page. */
  readonly signal: AbortSignal;
  /** Draws the element again. */
  update(): void;
  /** Reports a failure the part already shows: `dvc-error`. */
  fail(code: string, message: string): void;
}

/** A part's module: one function that creates the part for an element. */
export interface PartModule<P extends Part, H> {
  createPart(host: H): P;
}

/**
 * The base of every widget: the first screen draws at once from the entry, everything else is the
 * widget's *part*, loaded once — as soon as the attributes call for it (`needsPart`), in parallel
 * with the strings, else `prefetchDelay` after the first paint so the next press answers at once.
 * The base adopts the part's styles when it arrives, and a load that fails where the citizen needs
 * it sets `failure` to its message (which the widget shows with a retry, in its own words) and
 * fires `dvc-error`: never a dead widget.
 *
 * `P` is the widget's part type, `H` the view of the element its part gets (`partHost()`).
 */
export abstract class LazyElement<P extends Part = Part, H = PartHost> extends DvcElement {
  /** Where the widget's part comes from: set by each widget, and the one seam a test replaces to make the load fail. */
  static partModule: () => Promise<PartModule<Part, never>>;

  /** Milliseconds after the first screen is drawn before the part is fetched, unless something needs it sooner; set on a widget's class (`customElements.get('dvc-feedback-form').prefetchDelay = 0`). */
  static prefetchDelay = 1_000;
  /** The part, once loaded (`part` is the DOM's: the element's part names). */
  protected loadedPart?: P;
  /** What the widget says when its part could not be loaded where it was needed (undefined while nothing failed): it shows this with a retry. */
  protected failure?: string;
  private loading?: Promise<P>;

  /** The view of this element the part gets. */
  protected abstract partHost(): H;

  /** True when the first meaningful screen needs the part (e.g. a definition is given): it loads at once. */
  protected needsPart(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A head start, in parallel with the strings; what needs the part shows a failure itself.
    if (this.loadedPart) this.loadedPart.connected?.();
    else if (this.needsPart()) this.prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadedPart?.disconnected?.();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Fetch the part while the citizen reads, so the first press answers at once — a moment
    // later: on a page of several widgets, what their first screens still wait for goes first.
    setTimeout(() => this.prefetch(), (this.constructor as typeof LazyElement).prefetchDelay);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.loadedPart?.updated?.(changed);
  }

  /** What the widget says when its part does not load (its own words: the strings of its first screen). */
  protected abstract partFailure(): string;

  /** Loads the part quietly: a failure here shows nothing, the press that needs the part tries again and shows it. */
  protected prefetch(): void {
    this.loadPart(true).catch(() => undefined);
  }

  /**
   * Loads the part once (again after a failure). Unless `quiet`, a failure sets `failure` and
   * fires `dvc-error` `load-failed`; the promise rejects either way.
   */
  protected loadPart(quiet = false): Promise<P> {
    const loading = (this.loading ??= (this.constructor as typeof LazyElement).partModule().then((module) => {
      const part = module.createPart(this.partHost() as never) as P;
      // The part's styles come with it: the first screen carries only its own. (Every caller runs
      // once the element was connected, so its shadow root exists.)
      adoptStyles(this.shadowRoot!, [...(this.constructor as typeof LazyElement).elementStyles, part.styles]);
      this.loadedPart = part;
      this.failure = undefined;
      if (this.isConnected) part.connected?.();
      this.requestUpdate();
      return part;
    }));
    return loading.catch((error: unknown) => {
      if (this.loading === loading) this.loading = undefined;
      if (!quiet && !this.loadedPart) this.partLoadFailed();
      throw error;
    });
  }

  /** The failure state and `dvc-error` `load-failed`: the part, or what it loads in turn, did not arrive. */
  protected partLoadFailed(message = this.partFailure()): void {
    this.failure = message;
    this.requestUpdate();
    this.fail('load-failed', message);
  }

  /** The narrow view most parts need; a widget's `partHost()` extends it. */
  protected baseHost(): PartHost<this> {
    const element = this;
    return {
      element,
      get signal() {
        return element.connection.signal;
      },
      update: () => element.requestUpdate(),
      fail: (code, message) => element.fail(code, message),
    };
  }
}
