import { define } from '../../core/define.js';
import type { QueueSnapshot } from '../contracts.js';
import type { Call } from '../state.js';
import { QueueElement, type View } from '../internal/queue-element.js';
import { flag } from '../../core/flag.js';

declare module '../../core/events.js' {
  interface DvcEventMap {
    'dvc-board-call': { call: Call };
  }
}

/** The board's view loads with the feed client, in parallel with the first connection; a test can make it fail. */
export const boardChunks = { view: () => import('./internal/lazy/view.js') };

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
  static override properties = {
    snapshot: { attribute: false },
    staleSince: { attribute: false },
    voice: { type: Boolean, converter: flag },
    voiceRepeat: { attribute: 'voice-repeat' },
    chime: { type: Boolean, converter: flag },
    counters: {},
    heading: {},
    highlightMs: { attribute: false },
  };

  /**
   * A queue snapshot to show instead of a live feed, when `src` is empty: design previews, or a
   * portal that brings its own transport. Set a new object to update; new calls are announced.
   */
  snapshot?: QueueSnapshot;
  /** With `snapshot`: the time (ms since epoch) of the last good data, to show "connection lost" since then. */
  staleSince?: number;
  /** Speak each call in the current locale (needs a voice for it; else on screen only). */
  voice = false;
  /** How many times each call is spoken (default 2). */
  voiceRepeat = '2';
  /** Play a short chime before each spoken call. */
  chime = false;
  /** Only these counters, by id, comma-separated (`1,2`); default all. */
  counters = '';
  /** The board's heading (default "Now calling"). */
  heading = '';
  /** How long a new call stays highlighted, in ms. */
  highlightMs = 6_000;

  protected async loadView(): Promise<View> {
    return (await boardChunks.view()).boardView(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-queue-board': DvcQueueBoard;
  }
}
