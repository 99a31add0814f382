// The ticket widget's first screens: the list of services, the confirmation, taking a number (one
// Idempotency-Key per confirmation: a double tap gives one ticket). The ticket page (tracking/page.ts,
// with track.ts and the feed client) loads when a ticket is to be shown — fetched while the citizen confirms.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../../core/msg.js';
import { emit } from '../../../../core/events.js';
import { formatDuration } from '../../../../core/amounts.js';
import { HttpError, requestJson, type RequestOptions } from '../../../../core/http.js';
import { uuid } from '../../../../core/id.js';
import { loadOnce } from '../../../../core/load-once.js';
import { resolveText } from '../../../../core/localized-text.js';
import { errorCode, errorMessage } from '../../../../core/messages.js';
import { pageChange } from '../../../../core/page-change.js';
import { createStore } from '../../../../core/storage.js';
import type { Service } from '../../../contracts.js';
import { isService, isTicket } from '../../../guards.js';
import type { DvcQueueTicket } from '../../ticket.js';
import type { Part, PartHost } from '../../../../core/part.js';
import type { TicketHost, TicketState } from '../host.js';
import { styles as trackStyles } from './styles.js';
import '../../../../generated/strings/queue-ticket-lazy.js';

type Track = typeof import('./tracking/page.js');

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

/** What the ticket's element calls on its part, besides drawing it. */
export interface TicketPart extends Part {
  /** Back to the list of services, forgetting the ticket on this device (a kiosk's wipe). */
  restart(): void;
  /** A confirmation or a ticket is on screen: what a kiosk guards. */
  readonly guarding: boolean;
}

/** The view of its element the ticket's part gets: the common one, and "a new page is shown". */
export interface TicketElementHost extends PartHost<DvcQueueTicket> {
  pageShown(): void;
}

/** The second step of the ticket's part (the ticket page, with the feed client): a test can make it fail. */
export const loaders = { tracking: () => import('./tracking/page.js') };

export function createPart(parent: TicketElementHost): TicketPart {
  const widget = parent.element;
  const state: TicketState = { view: 'loading', services: [], sending: false, issued: false };
  let loaded: unknown = '';
  const keeps = () => widget.persist && !widget.kiosk;
  // One kept number per queue: a portal may show the tickets of two service centres.
  const kept = () => `ticket ${new URL(widget.src, location.href).href}`;
  // The number being taken: on the device with `persist`, else in this tab; a kiosk keeps nothing.
  const taking = () => (keeps() ? store : widget.kiosk ? undefined : tab);
  const takingKey = () => `taking ${new URL(widget.src, location.href).href}`;
  let shownView = state.view;
  const update = () => {
    // Every new page starts a kiosk's idle spell again (and only pages worth guarding have one).
    if (state.view !== shownView) parent.pageShown();
    shownView = state.view;
    parent.update();
  };

  let track: Track | undefined;
  // A failed load is forgotten: the failure page's retry loads it again.
  const tracking = loadOnce(() => loaders.tracking().then((m) => (track = m)));

  const host: TicketHost = {
    element: widget,
    state,
    get signal() {
      return parent.signal;
    },
    update,
    restart,
    fail: (code, message) => parent.fail(code, message),
  };

  const show = (view: TicketState['view']) => {
    state.view = view;
    update();
  };

  /** A page the citizen moved to: focus on its heading, safe from the second tap of a double tap. */
  const moved = () => pageChange(widget).changed();

  const request = (url: string, options: RequestOptions = {}) =>
    requestJson(url, { signal: parent.signal, timeout: widget.requestTimeout, retries: 1, ...options });

  /** Runs a request; a failure becomes the `failed` page with a retry, and `dvc-error`. */
  async function run(task: () => Promise<void>, retry: () => void): Promise<void> {
    try {
      await task();
    } catch (error) {
      if (errorCode(error) === 'aborted') return;
      const message = errorMessage(error);
      state.failure = { code: errorCode(error), message, retry };
      state.sending = false;
      show('failed');
      parent.fail(state.failure.code, message);
    }
  }

  function loadServices(): void {
    show('loading');
    void run(async () => {
      const list = await request(`${widget.src}/services`);
      if (!Array.isArray(list)) throw new HttpError('bad-json');
      state.services = list.filter(isService);
      show('services');
      // A reload while a number was being taken: take it again with the same key (the same ticket).
      const pending = taking()?.get<Taking>(takingKey());
      const service = state.services.find((s) => s.letter === pending?.service);
      if (service && typeof pending?.key === 'string') {
        Object.assign(state, { chosen: service, key: pending.key });
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
    Object.assign(state, { ticket: undefined, shown: undefined, chosen: undefined, key: undefined, issued: false, failure: undefined });
    loadServices();
    moved();
  }

  function follow(id: string): void {
    show('loading');
    void run(async () => (await tracking()).open(host, id), () => follow(id));
  }

  function choose(service: Service): void {
    Object.assign(state, { chosen: service, key: uuid() });
    void tracking().catch(() => undefined); // ready by the time the number is taken; taking it retries
    show('confirm');
    moved();
  }

  function take(): void {
    if (state.sending || !state.chosen) return; // a double tap sends once; a retry reuses the key
    state.sending = true;
    taking()?.set(takingKey(), { service: state.chosen.letter, key: state.key! } satisfies Taking);
    update();
    void run(async () => {
      const data = await request(`${widget.src}/tickets`, { method: 'POST', body: { service: state.chosen!.letter }, idempotencyKey: state.key, retries: 2 });
      if (!isTicket(data)) throw new HttpError('bad-json');
      const page = await tracking();
      state.sending = false;
      state.issued = true;
      if (keeps()) store.set(kept(), data.id);
      taking()?.remove(takingKey());
      emit(widget, 'dvc-ticket-issued', { ticket: data });
      page.accept(host, data);
      moved();
    }, take);
  }

  const waiting = (s?: Service) => html`${msg(str`${s?.waiting ?? 0} waiting`)} · ${formatDuration(s?.estimatedWaitSeconds ?? 0)}`;

  function page(): TemplateResult | undefined {
    if (state.view === 'loading') return html`<p role="status">${msg('Loading…', { id: 'queue-loading' })}</p>`;
    if (state.view === 'failed') {
      return html`<div class="panel" role="alert"><p class="error-text">${state.failure?.message}</p>
        <button class="btn" part="button" @click=${() => state.failure?.retry?.()}>${msg('Try again', { id: 'queue-try-again' })}</button></div>`;
    }
    if (state.view === 'services') {
      return html`<section part="services">
        <h2 tabindex="-1">${msg('Take a queue number')}</h2>
        <p>${msg('Choose the service you came for.')}</p>
        ${state.services.length
          ? html`<ul class="list" part="choices">${state.services.map(
              (s) => html`<li><button class="btn secondary choice" part="button choice" @click=${() => choose(s)}>
                <span><span class="letter">${s.letter}</span> ${resolveText(s.name)}</span><span>${waiting(s)}</span>
              </button></li>`,
            )}</ul>`
          : html`<p>${msg('No service is issuing numbers right now.')}</p>`}
      </section>`;
    }
    if (state.view === 'confirm') {
      const name = resolveText(state.chosen?.name);
      return html`<section part="services">
        <h2 tabindex="-1">${msg(str`Take a number for ${name}?`)}</h2>
        <p>${waiting(state.chosen)}</p>
        <div class="actions">
          <button class="btn" part="button" aria-disabled=${state.sending} @click=${take}>${state.sending ? msg('Taking your number…') : msg('Take a number')}</button>
          <button class="btn secondary" part="button" ?disabled=${state.sending} @click=${() => (show('services'), moved())}>${msg('Back', { id: 'queue-back' })}</button>
        </div>
      </section>`;
    }
    return track?.render(host); // the ticket page: only ever shown once tracking/ has loaded
  }

  return {
    styles,
    restart,
    get guarding() {
      return state.view === 'confirm' || state.view === 'ticket';
    },
    updated() {
      if (widget.kiosk) store.remove(kept());
      const given = widget.ticketData ?? widget.services;
      if (given && given !== loaded) {
        // Data given as properties: shown as is, no request (the feed still follows a ticket when `src` is set).
        loaded = given;
        const ticket = widget.ticketData;
        if (isTicket(ticket)) {
          show('loading');
          void run(async () => (await tracking()).accept(host, ticket), () => {
            loaded = '';
            parent.update();
          });
        } else {
          state.services = (widget.services ?? []).filter(isService);
          show('services');
        }
      } else if (!given) {
        const id = widget.ticket || (keeps() ? store.get<string>(kept()) : '') || '';
        const source = `${widget.src}|${id}`;
        if (source !== loaded && widget.src) {
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
    render: () => page() ?? nothing,
  };
}
