// The board itself, loaded with the feed client: latest call, counters, recent calls, waiting
// counts, clock, connection state, highlight, live region, and the voice (loaded only with `voice`).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../../core/msg.js';
import { emit } from '../../../../core/events.js';
import { formatTime } from '../../../../core/format.js';
import { getLocale } from '../../../../core/localization.js';
import { resolveText } from '../../../../core/localized-text.js';
import type { Part, PartHost } from '../../../../core/part.js';
import type { Feed, FeedUpdate } from '../../../feed.js';
import { FeedController } from '../../../internal/lazy/feed-controller.js';
import { callText, feedProblem, staleText } from './words.js';
import { isSnapshot } from '../../../guards.js';
import { fromSnapshot, newCalls, type Call, type QueueState } from '../../../state.js';
import type { DvcQueueBoard } from '../../board.js';
import type { Announcer } from './announce.js';
import { styles } from './styles.js';
import '../../../../generated/strings/queue-board-lazy.js';

export function createPart(host: PartHost<DvcQueueBoard>): Part {
  const board = host.element;
  /** The call shown very large: the latest one announced, or the latest of the day. */
  let latest: Call | undefined;
  let freshUntil = 0;
  let said = '';
  let announcer: Announcer | undefined;
  const reported = new Set<string>();
  // The clock: a minute display, refreshed often enough never to lag by more than a few seconds.
  const ticker = setInterval(() => host.update(), 5_000);
  /** Ends the latest call's highlight: one timer, moved on by every new call (a burst set one per frame). */
  let highlightEnd: ReturnType<typeof setTimeout> | undefined;

  const shows = (counter: string) => {
    const only = board.counters.split(',').map((c) => c.trim()).filter(Boolean);
    return !only.length || only.includes(counter);
  };

  /** One `dvc-error` per kind of problem, however many messages caused it. */
  const report = (code: string, message: string) => {
    if (reported.has(code)) return;
    reported.add(code);
    host.fail(code, message);
  };

  // One announcer per board, created once even when a burst asks for it several times at once.
  let loading: Promise<Announcer | undefined> | undefined;
  const loadAnnouncer = (): Promise<Announcer | undefined> =>
    (loading ??= import('./announce.js').then(
      (m) => (announcer = m.createAnnouncer(board)),
      () => {
        loading = undefined; // on screen only this time; the next call tries again
        return undefined;
      },
    ));

  const counterOf = (id: string) => source()?.state?.counters.find((x) => x.id === id);
  const counterName = (id: string): string => {
    const c = counterOf(id);
    return c ? resolveText(c.name) : id;
  };

  const onFeed = (feed: Feed, update: FeedUpdate): void => {
    // A fresh snapshot (a new service day, a resync) decides what was called; a recall stays.
    const recent = source()?.state?.recent;
    if (update.snapshot && latest && !latest.recall && !recent?.some((c) => c.number === latest!.number && c.calledAt === latest!.calledAt)) latest = undefined;
    if (update.invalid) report('invalid-message', feedProblem('invalid'));
    if (feed.status === 'offline') report('network', feedProblem('offline'));
    const calls = update.calls.filter((c) => shows(c.counter));
    if (!calls.length) return;
    latest = calls[calls.length - 1];
    freshUntil = Date.now() + board.highlightMs;
    clearTimeout(highlightEnd);
    highlightEnd = setTimeout(() => host.update(), board.highlightMs + 50);
    said = calls.map((c) => callText(c.number, counterName(c.counter))).join(' ');
    for (const call of calls) {
      emit(board, 'dvc-board-call', { call });
      if (board.voice) void loadAnnouncer().then((a) => a?.say(call.number, counterOf(call.counter) ?? call.counter));
    }
  };

  const live = new FeedController(
    board,
    () => (board.src ? { src: board.src, transport: board.transport, heartbeatMs: board.heartbeatMs, pollMs: board.pollMs, retryMs: board.retryMs } : undefined),
    onFeed,
  );

  // Without `src`, the `snapshot` property plays the feed: previews and portals with their own transport.
  let given: QueueState | undefined;
  let shown: unknown;
  const source = (): Pick<Feed, 'state' | 'status' | 'polling' | 'updatedAt'> | undefined =>
    live.feed ?? (given && { state: given, status: board.staleSince ? 'stale' : 'live', polling: false, updatedAt: board.staleSince ?? 0 });

  return {
    styles,
    updated(changed) {
      live.sync();
      if (!board.src && board.snapshot !== shown && isSnapshot(board.snapshot)) {
        shown = board.snapshot;
        const next = fromSnapshot(structuredClone(board.snapshot));
        const calls = newCalls(given, next);
        given = next;
        onFeed({ status: 'live' } as Feed, { calls, events: [], invalid: 0, snapshot: true });
        host.update();
      }
      if (changed.has('voice') && board.voice) void loadAnnouncer().then(() => host.update());
    },
    disconnected() {
      clearInterval(ticker);
      clearTimeout(highlightEnd);
      announcer?.stop();
    },
    render(): TemplateResult {
      const feed = source();
      const state = feed?.state;
      const lang = getLocale();
      if (!state) {
        return feed?.status === 'offline'
          ? html`<div class="panel stale" part="status" role="alert" lang=${lang}><p class="error-text">${feedProblem('offline')}</p></div>`
          : html`<p role="status" lang=${lang}>${msg('Connecting…')}</p>`;
      }
      const big = latest ?? state.recent.find((c) => shows(c.counter));
      const fresh = Date.now() < freshUntil;
      return html`
        <div class="board" part="board" lang=${lang}>
          <div class="top">
            <h2>${board.heading || msg('Now calling')}</h2>
            <p class="clock">${formatTime(Date.now())}</p>
          </div>
          ${feed.status === 'stale'
            ? html`<p class="panel stale" part="status" role="status">${staleText(feed.updatedAt)}</p>`
            : html`<p class="state">${feed.polling ? msg('Updated every few seconds') : msg('Live')}</p>`}
          ${announcer?.blocked
            ? html`<p><button class="btn" part="button" @click=${() => announcer?.unlock()}>${msg('Enable sound')}</button></p>`
            : nothing}
          <section class="panel now ${fresh ? 'fresh' : ''}" part="now" aria-label=${msg('Latest call')}>
            ${big
              ? html`<p>${msg('Now serving number')}</p>
                  <p class="big">${big.number}</p>
                  <p class="to">→ ${counterName(big.counter)}</p>`
              : html`<p>${msg('No number has been called yet today.')}</p>`}
          </section>
          <ul class="counters" part="counters" aria-label=${msg('Counters')}>
            ${state.counters.filter((c) => shows(c.id)).map(
              (c) => html`<li class="panel"><span>${resolveText(c.name)}</span><span class="num">${c.current?.number ?? '–'}</span></li>`,
            )}
          </ul>
          <div class="cols">
            <section class="recent" part="recent">
              <h3>${msg('Recent calls')}</h3>
              <ol>
                ${state.recent.filter((c) => shows(c.counter)).map(
                  (c) => html`<li><span class="num">${c.number}</span><span>${counterName(c.counter)} · ${formatTime(c.calledAt)}</span></li>`,
                )}
              </ol>
            </section>
            <section class="waiting" part="waiting">
              <h3>${msg('Waiting')}</h3>
              <ul>
                ${state.services.map(
                  (v) => html`<li><span>${v.letter} · ${resolveText(v.name)}</span><span>${msg(str`${v.waiting} waiting`)}</span></li>`,
                )}
              </ul>
            </section>
          </div>
          <p class="visually-hidden" aria-live="polite">${said}</p>
        </div>
      `;
    },
  };
}
