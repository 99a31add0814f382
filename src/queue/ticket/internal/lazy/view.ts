// The ticket widget's first screens: the list of services, the confirmation, taking a number (one
// Idempotency-Key per confirmation: a double tap gives one ticket). The ticket page (track.ts,
// with the feed client) loads when a ticket is to be shown — fetched while the citizen confirms.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../../core/msg.js';
import { emit } from '../../../../core/events.js';
import { formatDuration } from '../../../../core/amounts.js';
import { HttpError, requestJson, type RequestOptions } from '../../../../core/http.js';
import { uuid } from '../../../../core/id.js';
import { loadOnce } from '../../../../core/load-once.js';
import { getLocale } from '../../../../core/localization.js';
import { resolveText } from '../../../../core/localized-text.js';
import { errorCode, errorMessage } from '../../../../core/messages.js';
import { pageChange } from '../../../../core/page-change.js';
import { createStore } from '../../../../core/storage.js';
import type { Service } from '../../../contracts.js';
import { isService, isTicket } from '../../../guards.js';
import type { View } from '../../../internal/queue-element.js';
import { ticketChunks, type DvcQueueTicket } from '../../ticket.js';
import type { Host, TicketState } from '../host.js';
import { styles as trackStyles } from './styles.js';
import '../../../../generated/strings/queue-ticket-lazy.js';

type Track = typeof import('./tracking/track.js');
type Idle = typeof import('../../../../core/idle.js');

const store = createStore('queue');
const tab = createStore('queue', 'session');

/** A number being taken: kept before the request leaves, so a reload mid-request resends the same key. */
interface Taking {
  service: string;
  key: string;
}

const styles = css`
  ${trackStyles}
  .list { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) / 2); }
  .choice { width: 100%; justify-content: space-between; flex-wrap: wrap; text-align: start; }
  .letter { font-size: 1.5em; }
`;

export function ticketView(el: DvcQueueTicket): View {
  const t: TicketState = { view: 'loading', services: [], sending: false, issued: false };
  let loaded: unknown = '';
  const keeps = () => el.persist && !el.kiosk;
  // One kept number per queue: a portal may show the tickets of two service centres.
  const kept = () => `ticket ${new URL(el.src, location.href).href}`;
  // The number being taken: on the device with `persist`, else in this tab; a kiosk keeps nothing.
  const taking = () => (keeps() ? store : el.kiosk ? undefined : tab);
  const takingKey = () => `taking ${new URL(el.src, location.href).href}`;
  // Kiosk (loaded only with `kiosk`): a ticket or a confirmation left on screen asks "Are you
  // still there?", then returns to the list.
  let kiosk: { idle: InstanceType<Idle['IdleController']>; question: Idle['idleQuestion'] } | undefined;
  const loadKiosk = loadOnce(() =>
    import('../../../../core/idle.js').then(({ IdleController, idleQuestion, seconds, DEFAULT_IDLE_TIMEOUT }) => {
      const idle = new IdleController(el, {
        enabled: () => el.kiosk && (t.view === 'confirm' || t.view === 'ticket'),
        timeout: () => seconds(el.idleTimeout, DEFAULT_IDLE_TIMEOUT),
        promptFor: () => el.promptFor,
        onWipe: () => restart(),
      });
      kiosk = { idle, question: idleQuestion };
      el.requestUpdate();
    }),
  );
  let shownView = t.view;
  const update = () => {
    // Every new page starts the idle spell again (and only pages worth guarding have one).
    if (t.view !== shownView) kiosk?.idle.restart();
    shownView = t.view;
    el.requestUpdate();
  };
  const fail = (code: string, message: string) => emit(el, 'dvc-error', { code, message });
  const signal = () => el.requestSignal;

  let track: Track | undefined;
  // A failed load is forgotten: the failure page's retry loads it again.
  const tracking = loadOnce(() => ticketChunks.tracking().then((m) => (track = m)));

  const host: Host = {
    el,
    t,
    get signal() {
      return signal();
    },
    update,
    restart,
    fail,
  };

  const show = (view: TicketState['view']) => {
    t.view = view;
    update();
  };

  /** A page the citizen moved to: focus on its heading, safe from the second tap of a double tap. */
  const moved = () => pageChange(el).changed();

  const request = (url: string, options: RequestOptions = {}) =>
    requestJson(url, { signal: signal(), timeout: el.requestTimeout, retries: 1, retryDelay: 300, ...options });

  /** Runs a request; a failure becomes the `failed` page with a retry, and `dvc-error`. */
  async function run(task: () => Promise<void>, retry: () => void): Promise<void> {
    try {
      await task();
    } catch (error) {
      if (errorCode(error) === 'aborted') return;
      const message = errorMessage(error);
      t.failure = { code: errorCode(error), message, retry };
      t.sending = false;
      show('failed');
      fail(t.failure.code, message);
    }
  }

  function loadServices(): void {
    show('loading');
    void run(async () => {
      const list = await request(`${el.src}/services`);
      if (!Array.isArray(list)) throw new HttpError('bad-json');
      t.services = list.filter(isService);
      show('services');
      // A reload while a number was being taken: take it again with the same key (the same ticket).
      const pending = taking()?.get<Taking>(takingKey());
      const service = t.services.find((s) => s.letter === pending?.service);
      if (service && typeof pending?.key === 'string') {
        Object.assign(t, { chosen: service, key: pending.key });
        show('confirm');
        take();
      }
    }, loadServices);
  }

  /** Back to the list of services (a kiosk after printing, "Take a new number"); forgets the kept ticket. */
  function restart(): void {
    track?.leave(host);
    store.remove(kept());
    taking()?.remove(takingKey());
    Object.assign(t, { ticket: undefined, shown: undefined, chosen: undefined, key: undefined, issued: false, failure: undefined });
    loadServices();
    moved();
  }

  function follow(id: string): void {
    show('loading');
    void run(async () => (await tracking()).open(host, id), () => follow(id));
  }

  function choose(service: Service): void {
    Object.assign(t, { chosen: service, key: uuid() });
    void tracking().catch(() => undefined); // ready by the time the number is taken; taking it retries
    show('confirm');
    moved();
  }

  function take(): void {
    if (t.sending || !t.chosen) return; // a double tap sends once; a retry reuses the key
    t.sending = true;
    taking()?.set(takingKey(), { service: t.chosen.letter, key: t.key! } satisfies Taking);
    update();
    void run(async () => {
      const data = await request(`${el.src}/tickets`, { method: 'POST', body: { service: t.chosen!.letter }, idempotencyKey: t.key, retries: 2 });
      if (!isTicket(data)) throw new HttpError('bad-json');
      const page = await tracking();
      t.sending = false;
      t.issued = true;
      if (keeps()) store.set(kept(), data.id);
      taking()?.remove(takingKey());
      emit(el, 'dvc-ticket-issued', { ticket: data });
      page.accept(host, data);
      moved();
    }, take);
  }

  const waiting = (s?: Service) => html`${msg(str`${s?.waiting ?? 0} waiting`)} · ${formatDuration(s?.estimatedWaitSeconds ?? 0)}`;

  function page(): unknown {
    if (t.view === 'loading') return html`<p role="status">${msg('Loading…', { id: 'queue-loading' })}</p>`;
    if (t.view === 'failed') {
      return html`<div class="panel" role="alert"><p class="error-text">${t.failure?.message}</p>
        <button class="btn" part="button" @click=${() => t.failure?.retry?.()}>${msg('Try again', { id: 'queue-try-again' })}</button></div>`;
    }
    if (t.view === 'services') {
      return html`<section part="services">
        <h2 tabindex="-1">${msg('Take a queue number')}</h2>
        <p>${msg('Choose the service you came for.')}</p>
        ${t.services.length
          ? html`<ul class="list">${t.services.map(
              (s) => html`<li><button class="btn secondary choice" part="button" @click=${() => choose(s)}>
                <span><span class="letter">${s.letter}</span> ${resolveText(s.name)}</span><span>${waiting(s)}</span>
              </button></li>`,
            )}</ul>`
          : html`<p>${msg('No service is issuing numbers right now.')}</p>`}
      </section>`;
    }
    if (t.view === 'confirm') {
      const name = resolveText(t.chosen?.name);
      return html`<section part="services">
        <h2 tabindex="-1">${msg(str`Take a number for ${name}?`)}</h2>
        <p>${waiting(t.chosen)}</p>
        <div class="actions">
          <button class="btn" part="button" aria-disabled=${t.sending} @click=${take}>${t.sending ? msg('Taking your number…') : msg('Take a number')}</button>
          <button class="btn secondary" part="button" ?disabled=${t.sending} @click=${() => (show('services'), moved())}>${msg('Back', { id: 'queue-back' })}</button>
        </div>
      </section>`;
    }
    return track?.render(host); // the ticket page: only ever shown by track.ts itself
  }

  return {
    styles,
    updated() {
      if (el.kiosk) {
        store.remove(kept());
        void loadKiosk().catch(() => undefined); // the next update tries again
      }
      const given = el.ticketData ?? el.services;
      if (given && given !== loaded) {
        // Data given as properties: shown as is, no request (the feed still follows a ticket when `src` is set).
        loaded = given;
        const ticket = el.ticketData;
        if (isTicket(ticket)) {
          show('loading');
          void run(async () => (await tracking()).accept(host, ticket), () => {
            loaded = '';
            el.requestUpdate();
          });
        } else {
          t.services = (el.services ?? []).filter(isService);
          show('services');
        }
      } else if (!given) {
        const id = el.ticket || (keeps() ? store.get<string>(kept()) : '') || '';
        const source = `${el.src}|${id}`;
        if (source !== loaded && el.src) {
          loaded = source;
          if (id) follow(id);
          else loadServices();
        }
      }
      if (track) track.sync(host);
    },
    disconnected() {
      track?.leave(host);
    },
    render: (): TemplateResult =>
      html`<div lang=${getLocale()} .inert=${!!kiosk?.idle.prompting}>${page() ?? nothing}</div>${kiosk ? kiosk.question(kiosk.idle) : nothing}`,
  };
}
