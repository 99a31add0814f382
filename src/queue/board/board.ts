import { property } from '../../core/property.js';
import { define } from '../../core/define.js';
import { flag } from '../../core/attributes.js';
import type { QueueSnapshot } from '../contracts.js';
import type { Call } from '../state.js';
import { QueueElement } from '../internal/queue-element.js';

declare module '../../core/events.js' {
  interface DvcEventMap {
    'dvc-board-call': { call: Call };
  }
}

/**
 * The live "now calling" board for the TV of a service centre: the latest call very large, every
 * counter's current number, the last calls, people waiting per service, a clock and the connection
 * state. New calls are highlighted, announced to screen readers and — with `voice` — spoken.
 *
 * @tagname dvc-queue-board
 * @fires {CustomEvent<{ call: Call }>} dvc-board-call - A number was called (or recalled): `{ call }` with `number`, `service`, `counter`, `calledAt`, `recall`.
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the board shows as a state (no connection), or feed messages dropped as malformed: `{ code, message }`.
 * @csspart board - The whole board.
 * @csspart now - The latest call, very large.
 * @csspart counters - The list of counters with their current numbers.
 * @csspart recent - The latest calls.
 * @csspart waiting - People waiting per service.
 * @csspart status - The connection notice (stale or offline).
 * @csspart button - The "Enable sound" and "Try again" buttons.
 */
@define('dvc-queue-board')
export class DvcQueueBoard extends QueueElement {
  // What a page preloads with the entry (dist/cdn/parts.json, written by rollup.config.mjs):
  // first screen: ./internal/lazy/view.js
  /** The board itself, with the feed client: loaded at once, in parallel with the first connection. */
  static override partModule = () => import('./internal/lazy/view.js');

  /**
   * A queue snapshot to show instead of a live feed, when `src` is empty: design previews, or a
   * portal that brings its own transport. Set a new object to update; new calls are announced.
   */
  @property({ attribute: false }) snapshot?: QueueSnapshot;
  /** With `snapshot`: the time (ms since epoch) of the last good data, to show "connection lost" since then. */
  @property({ attribute: false }) staleSince?: number;
  /** Speak each call in the current locale (needs a voice for it; else on screen only). */
  @property({ type: Boolean, converter: flag }) voice = false;
  /** How many times each call is spoken (default 2). */
  @property({ attribute: 'voice-repeat' }) voiceRepeat = '2';
  /** Play a short chime before each spoken call. */
  @property({ type: Boolean, converter: flag }) chime = false;
  /** Only these counters, by id, comma-separated (`1,2`); default all. */
  @property() counters = '';
  /** The board's heading (default "Now calling"). */
  @property() heading = '';
  /** How long a new call stays highlighted, in ms. */
  highlightMs = 6_000;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-queue-board': DvcQueueBoard;
  }
}
