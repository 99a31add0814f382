import { adoptStyles, html, type CSSResultOrNative, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '../../core/msg.js';
import { DvcElement } from '../../core/dvc-element.js';
import type { Transport } from '../feed.js';

/** What a queue element's lazily loaded view gives back: its styles and its rendering. */
export interface View {
  styles: CSSResultOrNative;
  render(): TemplateResult;
  /** After each update of the element (follows attribute changes). */
  updated?(changed: Map<PropertyKey, unknown>): void;
  disconnected?(): void;
}

/**
 * The thin first screen both queue elements share. A board or a ticket shows nothing real before
 * the network answers (the feed's snapshot, the list of services), so the element loads its view
 * in parallel with that request and shows "Loading…" meanwhile: the queue entry stays small. A
 * view that fails to load is a failure state with a retry, and `dvc-error`.
 */
export abstract class QueueElement extends DvcElement {
  static override properties: PropertyDeclarations = {
    src: {},
    transport: {},
    heartbeatMs: { attribute: false },
    pollMs: { attribute: false },
    retryMs: { attribute: false },
  };

  /** The queue API base (`/api/queue`): the widgets use `${src}/stream` (or poll `${src}`), `${src}/services` and `${src}/tickets`. */
  src = '';
  /** `poll` to poll `${src}` instead of streaming (default: stream, polling by itself when a proxy buffers the stream). */
  transport: Transport = 'auto';
  /** The server's heartbeat interval in ms (silence for twice this counts as a lost connection). */
  heartbeatMs = 15_000;
  /** Polling interval in ms (`transport="poll"` and the fallback). */
  pollMs = 5_000;
  /** First reconnect delay in ms (doubling with jitter up to 15 s). */
  retryMs = 1_000;

  protected view?: View;
  private failed = false;
  private loading?: Promise<void>;

  /**
   * Aborts the view's requests when the element leaves the page.
   * @internal
   */
  get requestSignal(): AbortSignal {
    return this.connection.signal;
  }

  /** Imports the view module and creates this element's view. */
  protected abstract loadView(): Promise<View>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.disconnected?.();
  }

  /** Loads the view once (again after a failure, from "Try again"). */
  protected load(): Promise<void> {
    return (this.loading ??= this.loadView().then(
      (view) => {
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...(this.constructor as typeof DvcElement).elementStyles, view.styles]);
        this.view = view;
        this.failed = false;
        this.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.failed = true;
        this.requestUpdate();
        this.fail('load-failed', msg('This part of the page could not be loaded. Check the connection, then try again.'));
      },
    ));
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    this.view?.updated?.(changed);
  }

  override render(): TemplateResult {
    if (this.view) return this.view.render();
    return this.failed
      ? html`<div class="panel" role="alert">
          <p class="error-text">${msg('This part of the page could not be loaded. Check the connection, then try again.')}</p>
          <button class="btn" part="button" @click=${() => this.load()}>${msg('Try again', { id: 'queue-try-again' })}</button>
        </div>`
      : html`<p role="status">${msg('Loading…', { id: 'queue-loading' })}</p>`;
  }
}
