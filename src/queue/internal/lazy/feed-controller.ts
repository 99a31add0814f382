import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getFeed, type Feed, type FeedListener, type FeedOptions } from '../../feed.js';

/**
 * Ties a widget to the page's shared feed for its `src` while it is connected: subscribes,
 * re-renders after each burst, and lets go (closing the feed with its last widget) on disconnect.
 */
export class FeedController implements ReactiveController {
  feed?: Feed;
  private off?: () => void;
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: () => (FeedOptions & { src: string }) | undefined,
    private readonly onUpdate: FeedListener,
  ) {
    host.addController(this);
  }

  /** Follows the configuration: call from `updated()`; (re)subscribes when `src` or transport change. */
  sync(): void {
    const c = this.host.isConnected ? this.config() : undefined;
    const key = c ? `${c.src} ${c.transport}` : '';
    if (key === this.key) return;
    this.hostDisconnected();
    this.key = key;
    if (!c) return;
    const feed = (this.feed = getFeed(c.src, c));
    this.off = feed.subscribe((f, u) => {
      this.onUpdate(f, u);
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = this.feed = undefined;
    this.key = '';
  }
}
