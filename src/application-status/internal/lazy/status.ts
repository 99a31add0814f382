/**
 * The widget's part, loaded right after the first paint: the look-up request and what its answer
 * shows — the status page (current status, what it asks of the citizen, promised date and overdue
 * notice, fees, the history as a timeline), "Refresh" and the refresh on return to the tab, the
 * polite pause after the server's 429, and the feedback form once the result was collected
 * (imported only then). The element draws the form around the notices this part adds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { formatDate, formatTime } from '../../../core/format.js';
import { formatDuration, formatVnd } from '../../../core/amounts.js';
import { HttpError, requestJson } from '../../../core/http.js';
import { resolveText } from '../../../core/localized-text.js';
import type { Part } from '../../../core/part.js';
import { historyInOrder, isApplicationStatus } from '../../model/guard.js';
import { isOverdue } from '../../model/input.js';
import { isStatusKey } from '../../model/transitions.js';
import type { ApplicationStatus, Fees, LocalizedText } from '../../model/types.js';
import type { StatusHost } from '../host.js';
import { bringItem, collectHow, statusLabel, statusMeaning } from './words.js';
import { styles } from './styles.js';
import '../../../generated/strings/application-status-lazy.js';

/** What the element calls on its part besides drawing it. */
export interface StatusPart extends Part {
  /** Looks up a checked code and verifier; the answer is shown (and the events fired) when it comes. */
  lookUp(code: string, verifier: string): Promise<void>;
  /** Forgets any answer still on its way (a kiosk's wipe). */
  reset(): void;
}

/** "09:30, 28/11/2026" in the ward's time (Asia/Ho_Chi_Minh), as the locale writes it. */
const when = (at: string): string => {
  const date = formatDate(at);
  const time = formatTime(at);
  return date ? msg(str`${time} on ${date}`) : at;
};
const text = (t: LocalizedText | undefined): string => (t === undefined ? '' : resolveText(t));

export function createPart(host: StatusHost): StatusPart {
  const el = host.element;
  const state = host.state;
  /** Counts look-ups: an answer to an older one (before a wipe, or overtaken) is dropped. */
  let gen = 0;
  let failMessage = '';
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let feedback: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  const focus = (selector: string) =>
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus());

  const help = () => el.helpText || msg('If it still does not work, ask at the one-stop counter (Bộ phận Một cửa) where you filed the application, and bring your receipt.');

  /** Back to the form with a notice, focus on it, and the event that goes with it. */
  const notice = (kind: NonNullable<typeof state.notice>, code?: string, message?: string) => {
    Object.assign(state, { view: 'form', notice: kind, refreshing: false, data: undefined, looked: undefined });
    host.update();
    focus('.notice');
    if (message) host.fail(code!, message);
  };

  const pause = (ms: number) => {
    state.pausedUntil = Date.now() + ms;
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(() => {
      state.pausedUntil = undefined;
      if (state.notice === 'limited') state.notice = undefined;
      host.update();
    }, ms);
  };

  const pausedMessage = () => msg('Too many tries that did not match. Look-ups are paused for a while.');

  const loadFeedback = () => {
    if (feedback === 'loading' || feedback === 'ready') return;
    feedback = 'loading';
    import('../../../feedback-form/feedback-form.js').then(
      () => ((feedback = 'ready'), host.update()),
      () => {
        feedback = 'failed';
        host.update();
        host.fail('load-failed', msg('The feedback form could not be loaded.'));
      },
    );
  };

  async function lookUp(code: string, verifier: string, refresh = false): Promise<void> {
    if (!el.src) return notice('no-src', 'no-src', msg('The look-up is not set up on this page. Please tell the portal team.'));
    if (state.pausedUntil && Date.now() < state.pausedUntil) {
      if (!refresh) notice('limited', 'rate-limited', pausedMessage());
      return;
    }
    const mine = ++gen;
    if (refresh) state.refreshing = true;
    else Object.assign(state, { view: 'loading', notice: undefined });
    host.update();
    try {
      const answer = await requestJson(`${el.src.replace(/\/+$/, '')}/applications/${encodeURIComponent(code)}/status`, {
        method: 'POST',
        body: { verifier },
        timeout: el.requestTimeout,
        signal: host.signal,
      });
      if (mine !== gen) return;
      if (!isApplicationStatus(answer)) throw new HttpError('bad-json', 200);
      Object.assign(state, {
        view: 'status',
        notice: undefined,
        data: { ...answer, history: historyInOrder(answer.history) },
        looked: { code, verifier },
        checkedAt: Date.now(),
        refreshing: false,
        refreshFailed: false,
      });
      host.update();
      emit(el, 'dvc-status-found', { code: answer.code, status: answer.status });
      if (!refresh) focus('h2');
      if (answer.status === 'collected' && el.feedback) loadFeedback();
    } catch (error) {
      if (mine !== gen) return;
      const e = error instanceof HttpError ? error : new HttpError('network');
      if (e.kind === 'aborted') return;
      if (e.status === 404) {
        notice('not-found');
        emit(el, 'dvc-status-not-found', { code });
      } else if (e.status === 429) {
        pause(e.retryAfter ?? 60_000);
        const message = pausedMessage();
        if (refresh) {
          Object.assign(state, { refreshing: false, refreshFailed: true });
          host.update();
          host.fail('rate-limited', message);
        } else notice('limited', 'rate-limited', message);
      } else {
        failMessage =
          e.kind === 'timeout'
            ? msg('The service took too long to answer. Please try again in a moment.')
            : e.kind === 'bad-json'
              ? msg('The answer of the service could not be read. Please try again later.')
              : e.status >= 400 && e.status < 500
                ? msg('The service did not accept this look-up. Check the code and the 4 digits, then try again.')
                : msg('The service cannot be reached now. Check the connection, then try again.');
        const code = e.kind === 'bad-json' ? 'invalid-data' : e.kind;
        if (refresh) {
          Object.assign(state, { refreshing: false, refreshFailed: true });
          host.update();
          host.fail(code, failMessage);
        } else notice('failed', code, failMessage);
      }
    }
  }

  const refresh = () => {
    const looked = state.looked;
    if (looked && state.view === 'status' && !state.refreshing) void lookUp(looked.code, looked.verifier, true);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') refresh();
  };

  function renderNotice(): TemplateResult | undefined {
    const panel = (title: string, ...lines: string[]) =>
      html`<div class="panel summary notice" tabindex="-1" role="alert"><h3>${title}</h3>${lines.map((l) => html`<p>${l}</p>`)}</div>`;
    switch (state.notice) {
      case 'not-found':
        return panel(
          msg('We could not find this application'),
          msg('Check the application code on your receipt, and the last 4 digits of the phone number or ID number you gave in the application. Both must match.'),
          help(),
        );
      case 'limited': {
        const seconds = Math.max(0, ((state.pausedUntil ?? 0) - Date.now()) / 1000);
        return panel(
          msg('Please wait a little'),
          msg('For your safety, looking up is paused after several tries that did not match.'),
          msg(str`You can try again in ${formatDuration(seconds)}.`),
          help(),
        );
      }
      case 'failed':
        return panel(msg('The look-up did not work'), failMessage, help());
      case 'no-src':
        return panel(msg('The look-up is not set up on this page. Please tell the portal team.'));
      default:
        return undefined;
    }
  }

  const fees = (f: Fees): string => {
    if (f.due === undefined) return f.paid > 0 ? msg(str`Paid: ${formatVnd(f.paid)}`) : msg('Ask at the counter');
    if (f.due === 0) return formatVnd(0);
    if (f.paid >= f.due) return msg(str`${formatVnd(f.due)}, paid`);
    return msg(str`${formatVnd(f.due)}, still to pay: ${formatVnd(f.due - f.paid)}`);
  };

  /** What the current status asks of the citizen: what is missing, how to collect, why refused. */
  function renderAsks(d: ApplicationStatus): TemplateResult | typeof nothing {
    const lastNote = (status: string) => text([...d.history].reverse().find((e) => e.status === status)?.note);
    if (d.status === 'needs-documents') {
      const m = d.missing;
      return html`<h3>${msg('What is missing')}</h3>${m?.items.length
          ? html`<ul>${m.items.map((i) => html`<li>${text(i.name)}${i.note ? html`: ${text(i.note)}` : nothing}</li>`)}</ul>`
          : html`<p>${lastNote('needs-documents') || msg('Ask at the one-stop counter (Bộ phận Một cửa) what is missing.')}</p>`}
        <p><strong>${msg('Where to bring it:')}</strong> ${m?.where ? text(m.where) : msg('the one-stop counter (Bộ phận Một cửa) where you filed the application.')}</p>
        ${m?.by ? html`<p><strong>${msg('By when:')}</strong> ${formatDate(m.by)}</p>` : nothing}`;
    }
    if (d.status === 'result-ready' && d.collect) {
      const c = d.collect;
      return html`<h3>${msg('How to collect the result')}</h3>
        <p>${collectHow(c.how)}${c.where ? html`: ${text(c.where)}` : nothing}</p>
        ${c.bring.length ? html`<p>${msg('Please bring:')}</p><ul>${c.bring.map((b) => html`<li>${bringItem(b)}</li>`)}</ul>` : nothing}`;
    }
    if (d.status === 'rejected') {
      return html`<h3>${msg('Reason')}</h3><p>${text(d.reason) || lastNote('rejected')}</p>
        <p>${msg('If you have questions about this decision, ask at the one-stop counter (Bộ phận Một cửa). You may also file a complaint.')}</p>`;
    }
    return nothing;
  }

  function renderFeedback(d: ApplicationStatus): TemplateResult | typeof nothing {
    if (d.status !== 'collected' || !el.feedback) return nothing;
    const url = el.feedbackUrl || `${el.src.replace(/\/+$/, '')}/feedback`;
    return html`<div class="feedback"><h3>${msg('How was the service?')}</h3>${feedback === 'ready'
      ? html`<dvc-feedback-form submit-url=${url} reference=${d.code} procedure=${d.procedure.code} ?kiosk=${el.kiosk}></dvc-feedback-form>`
      : feedback === 'failed'
        ? html`<p class="error-text">${msg('The feedback form could not be loaded.')}</p>`
        : html`<p>${msg('Loading…')}</p>`}</div>`;
  }

  function renderStatus(d: ApplicationStatus): TemplateResult {
    const status = d.status;
    const now = Date.now();
    const overdue = isOverdue(status, d.due, now);
    const last = d.history.length - 1;
    const kind = status === 'rejected' ? 'rejected' : status === 'collected' || status === 'result-ready' ? 'done' : '';
    const checked = formatTime(state.checkedAt ?? now);
    return html`<section class="status" part="status">
      <h2 tabindex="-1">${msg(str`Application ${d.code}`)}</h2>
      <p>${text(d.procedure.name)}</p>
      <div class="panel current ${kind}" part="current">
        <p>${msg('Status now:')}</p>
        <p class="now">${statusLabel(status)}</p>
        <p>${statusMeaning(status)}</p>
        ${isStatusKey(status) ? nothing : html`<p>${msg(str`Last change: ${when(d.updatedAt)}`)}</p>`} ${renderAsks(d)}
      </div>
      ${overdue
        ? html`<div class="panel warning"><h3>${msg('The promised date has passed')}</h3>
            <p>${msg(str`Your result was promised for ${formatDate(d.due!)}, and it is not ready yet.`)}</p>
            <p>${msg('The centre must apologise to you in writing and give you a new date for the result.')}</p>
            <p>${el.helpText || msg('You may ask at the one-stop counter (Bộ phận Một cửa) when it will be ready.')}</p></div>`
        : nothing}
      <dl class="facts">
        <dt>${msg('Application code')}</dt><dd>${d.code}</dd>
        <dt>${msg('Received')}</dt><dd>${when(d.receivedAt)}</dd>
        ${d.due ? html`<dt>${msg('Promised date of the result')}</dt><dd>${formatDate(d.due)}${overdue ? html` (${msg('overdue')})` : nothing}</dd>` : nothing}
        <dt>${msg('Fees')}</dt><dd>${fees(d.fees)}</dd>
      </dl>
      <h3>${msg('What has happened so far')}</h3>
      <ol class="timeline" part="timeline">${d.history.map(
        (e, i) => html`<li class=${i === last ? 'latest' : ''}><span class="step">${statusLabel(e.status)}</span><span class="when"><time datetime=${e.at}>${when(e.at)}</time></span>${e.note ? html`<span>${text(e.note)}</span>` : nothing}</li>`,
      )}</ol>
      <div class="refresh">
        <button class="btn secondary" part="refresh" aria-disabled=${state.refreshing ? 'true' : 'false'} @click=${refresh}>${msg('Refresh')}</button>
        <p class="checked" role="status">${state.refreshing
          ? msg('Updating…')
          : state.refreshFailed
            ? msg(str`Could not update. Shown as at ${checked}.`)
            : msg(str`Last updated at ${checked}`)}</p>
      </div>
      <button class="link" @click=${() => host.again()}>${msg('Look up another application')}</button>
      ${renderFeedback(d)}
    </section>`;
  }

  return {
    styles,
    lookUp: (code, verifier) => lookUp(code, verifier),
    reset() {
      gen++;
      feedback = feedback === 'ready' ? 'ready' : 'idle';
    },
    connected() {
      document.addEventListener('visibilitychange', onVisible);
    },
    disconnected() {
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(pauseTimer);
    },
    render() {
      if (state.view === 'status' && state.data) return renderStatus(state.data);
      if (state.view === 'loading') return html`<p role="status" class="loading">${msg('Looking up your application…')}</p>`;
      return host.renderForm(renderNotice());
    },
  };
}
