import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long after a new page is drawn a tap that began then is still taken for the second half of
 * a double tap (ms). Tests may shorten it.
 */
export const pressGuard = { ms: 400 };

const EVENTS = ['pointerdown', 'mousedown', 'click'];

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A widget's page changes, made safe for unsure hands. A double tap is the commonest gesture of
 * an unsure user: its second tap lands on whatever the new page has in the same place — the next
 * page's "Continue", or "Take a number" on a confirmation. So a tap whose press began before the
 * new page was drawn, or within `pressGuard.ms` after, is dropped, wherever on the page it lands.
 * Then focus moves to the new page's heading and it scrolls to the top, so the next button is not
 * under the finger.
 *
 * Only pointer presses are judged: a keyboard press (a click with `detail` 0) follows the focus,
 * which the page change has moved to the heading, and a script's `click()` is the portal's own.
 */
export class PageChange implements ReactiveController {
  private drawnAt = -Infinity;
  private pressedAt = -Infinity;
  /** The heading to focus once drawn; '' when no page change waits for its drawing. */
  private pending = '';

  constructor(private readonly host: Host) {
    // Lit connects a controller added to a connected element at once.
    host.addController(this);
  }

  // On the whole window: the new page scrolled, so the second tap may land anywhere — on another
  // widget, or a link of the portal that would take the citizen away.
  hostConnected(): void {
    for (const type of EVENTS) addEventListener(type, this.press, true);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) removeEventListener(type, this.press, true);
  }

  /** A new page is about to be drawn: guard it, and focus `heading` (a selector) once it is there. */
  changed(heading = 'h2'): void {
    this.pending = heading;
    this.drawnAt = Infinity;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pending) return;
    // Presses count from the last drawing: a page that loads lazily (or fails) draws more than once.
    this.drawnAt = performance.now();
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.pending);
    if (!target) return;
    this.pending = '';
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  /** A press begins (`pointerdown`), or its mouse events follow: an early press's mousedown does not take the focus from the heading, its click does nothing. */
  private readonly press = (e: Event): void => {
    if (e.type === 'pointerdown') this.pressedAt = e.timeStamp;
    else if ((e as MouseEvent).detail > 0 && this.pressedAt < this.drawnAt + pressGuard.ms) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
}

const changes = new WeakMap<Host, PageChange>();

/** The element's page-change guard: created at its first page change, which is always the part's doing (first screens carry none of this). */
export function pageChange(host: Host): PageChange {
  let change = changes.get(host);
  if (!change) changes.set(host, (change = new PageChange(host)));
  return change;
}
