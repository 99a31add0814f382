import { html, type TemplateResult } from 'lit';
import { property } from '../../core/property.js';
import { msg } from '../../core/msg.js';
import { LazyElement, type Part, type PartHost } from '../../core/part.js';
import type { Transport } from '../feed.js';

/**
 * The thin first screen both queue elements share. A board or a ticket shows nothing real before
 * the network answers (the feed's snapshot, the list of services), so the element loads its part
 * at once, in parallel with its strings, and shows "Loading…" meanwhile: the queue entry stays
 * small. A part that fails to load is a failure state with a retry, and `dvc-error`.
 */
export abstract class QueueElement<P extends Part = Part> extends LazyElement<P, PartHost<HTMLElement>> {
  /** The queue API base (`/api/queue`): the widgets use `${src}/stream` (or poll `${src}`), `${src}/services` and `${src}/tickets`. */
  @property() src = '';
  /** `poll` to poll `${src}` instead of streaming (default: stream, polling by itself when a proxy buffers the stream). */
  @property() transport: Transport = 'auto';
  /** The server's heartbeat interval in ms (silence for twice this counts as a lost connection). */
  heartbeatMs = 15_000;
  /** Polling interval in ms (`transport="poll"` and the fallback). */
  pollMs = 5_000;
  /** First reconnect delay in ms (doubling with jitter up to 15 s). */
  retryMs = 1_000;

  protected override needsPart(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Nothing shows without the part: a failure to load it is this widget's failure state.
    if (!this.loadedPart) void this.loadPart().catch(() => undefined);
  }

  protected override partHost(): PartHost<this> {
    return this.baseHost();
  }

  protected override partFailure(): string {
    return msg('This part of the page could not be loaded. Check the connection, then try again.');
  }

  override render(): TemplateResult {
    if (this.loadedPart) return this.loadedPart.render() as TemplateResult;
    return this.failure
      ? html`<div class="panel" role="alert"><p class="error-text">${this.failure}</p><button class="btn" part="button" @click=${() => void this.loadPart().catch(() => undefined)}>${msg('Try again', { id: 'queue-try-again' })}</button></div>`
      : html`<p role="status">${msg('Loading…', { id: 'queue-loading' })}</p>`;
  }
}
