// The board itself, loaded with the feed client: latest call, counters, recent calls, waiting
// counts, clock, connection state, highlight, live region, and the voice (loaded only with `voice`).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../../core/msg.js';
import { emit } from '../../../../core/events.js';
import { formatTime } from '../../../../core/format.js';
import { getLocale } from '../../../../core/localization.js';
import { resolveText } from '../../../../core/localized-text.js';
import type { Feed, FeedUpdate } from '../../../feed.js';
import { FeedController } from '../../../internal/feed-controller.js';
import type { View } from '../../../internal/queue-element.js';
import { callText, feedProblem, staleText } from './words.js';
import { isSnapshot } from '../../../guards.js';
import { fromSnapshot, newCalls, type Call, type QueueState } from '../../../state.js';
import type { DvcQueueBoard } from '../../board.js';
import type { Announcer } from './announce.js';
import { styles } from './styles.js';
import '../../../../generated/strings/queue-board-lazy.js';

export function boardView(el: DvcQueueBoard): View {
  /** The call shown very large: the latest one announced, or the latest of the day. */
  let latest: Call | undefined;
  let freshUntil = 0;
  let said = '';
  let announcer: Announcer | undefined;
  const reported = new Set<string>();
  // The clock: a minute display, refreshed often enough never to lag by more than a few seconds.
  const ticker = setInterval(() => el.requestUpdate(), 5_000);

  const shows = (counter: string) => {
    const only = el.counters.split(',').map((c) => c.trim()).filter(Boolean);
    return !only.length || only.includes(counter);
  };

  /** One `dvc-error` per kind of problem, however many messages caused it. */
  const report = (code: string, message: string) => {
    if (reported.has(code)) return;
    reported.add(code);
    emit(el, 'dvc-error', { code, message });
  };

  // One announcer per board, created once even when a burst asks for it several times at once.
  let loading: Promise<Announcer | undefined> | undefined;
  const loadAnnouncer = (): Promise<Announcer | undefined> =>
    (loading ??= import('./announce.js').then(
      (m) => (announcer = m.createAnnouncer(el)),
      () => {
        loading = undefined; // on screen only this time; the next call tries again
        return undefined;
      },
    ));

  const counterName = (id: string): string => {
    const c = source()?.state?.counters.find((x) => x.id === id);
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
    freshUntil = Date.now() + el.highlightMs;
    setTimeout(() => el.requestUpdate(), el.highlightMs + 50);
    said = calls.map((c) => callText(c.number, counterName(c.counter))).join(' ');
    for (const call of calls) {
      emit(el, 'dvc-board-call', { call });
      if (el.voice) void loadAnnouncer().then((a) => a?.say(call.number, counterName(call.counter)));
    }
  };

  const live = new FeedController(
    el,
    () => (el.src ? { src: el.src, transport: el.transport, heartbeatMs: el.heartbeatMs, pollMs: el.pollMs, retryMs: el.retryMs } : undefined),
    onFeed,
  );

  // Without `src`, the `snapshot` property plays the feed: previews and portals with their own transport.
  let given: QueueState | undefined;
  let shown: unknown;
  const source = (): Pick<Feed, 'state' | 'status' | 'polling' | 'updatedAt'> | undefined =>
    live.feed ?? (given && { state: given, status: el.staleSince ? 'stale' : 'live', polling: false, updatedAt: el.staleSince ?? 0 });

  return {
    styles,
    updated(changed) {
      live.sync();
      if (!el.src && el.snapshot !== shown && isSnapshot(el.snapshot)) {
        shown = el.snapshot;
        const next = fromSnapshot(structuredClone(el.snapshot));
        const calls = newCalls(given, next);
        given = next;
        onFeed({ status: 'live' } as Feed, { calls, events: [], invalid: 0, snapshot: true });
        el.requestUpdate();
      }
      if (changed.has('voice') && el.voice) void loadAnnouncer().then(() => el.requestUpdate());
    },
    disconnected() {
      clearInterval(ticker);
      announcer?.stop();
    },
    render(): TemplateResult {
      const feed = source();
      const s = feed?.state;
      const lang = getLocale();
      if (!s) {
        return feed?.status === 'offline'
          ? html`<div class="panel stale" part="status" role="alert" lang=${lang}><p class="error-text">${feedProblem('offline')}</p></div>`
          : html`<p role="status" lang=${lang}>${msg('Connecting…')}</p>`;
      }
      const big = latest ?? s.recent.find((c) => shows(c.counter));
      const fresh = Date.now() < freshUntil;
      return html`
        <div class="board" part="board" lang=${lang}>
          <div class="top">
            <h2>${el.heading || msg('Now calling')}</h2>
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
            ${s.counters.filter((c) => shows(c.id)).map(
              (c) => html`<li class="panel"><span>${resolveText(c.name)}</span><span class="num">${c.current?.number ?? '–'}</span></li>`,
            )}
          </ul>
          <div class="cols">
            <section class="recent" part="recent">
              <h3>${msg('Recent calls')}</h3>
              <ol>
                ${s.recent.filter((c) => shows(c.counter)).map(
                  (c) => html`<li><span class="num">${c.number}</span><span>${counterName(c.counter)} · ${formatTime(c.calledAt)}</span></li>`,
                )}
              </ol>
            </section>
            <section class="waiting" part="waiting">
              <h3>${msg('Waiting')}</h3>
              <ul>
                ${s.services.map(
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
