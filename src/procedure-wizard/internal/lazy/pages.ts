import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { HttpError, requestJson } from '../../../core/http.js';
import { uuid } from '../../../core/id.js';
import { resolveText } from '../../../core/localized-text.js';
import { errorCode, errorMessage } from '../../../core/messages.js';
import { counterChannel } from '../../model/fee.js';
import { pruneAnswers, submission, visibleDocuments, visibleSteps } from '../../model/flow.js';
import type { Host } from '../host.js';
import { backLink, change, clearButton, fail, focus, forget, go } from './flow.js';
import { feeForAnswers } from './overview.js';
import { definitionProblem, shownAnswer } from './words.js';

const t = resolveText;

function feeLine(h: Host): TemplateResult | typeof nothing {
  const fee = feeForAnswers(counterChannel(h.w.def!.channels)?.fee, h.w.answers);
  return fee === undefined ? nothing : html`<p>${msg(str`Fee: ${fee}`)}</p>`;
}

function documents(h: Host, cls = ''): TemplateResult {
  return html`<h3>${msg('Documents to bring')}</h3>
    <ul class=${cls}>${visibleDocuments(h.w.def!, h.w.answers).map((d) => html`<li>
      ${t(d.name)}${d.template ? html` (${t(d.template)})` : nothing} — ${msg(str`originals: ${d.originals ?? 1}, copies: ${d.copies ?? 0}`)}
    </li>`)}</ul>`;
}

/** Every visible answer with a "Change" link, the documents, the fee, and the send button. */
export function renderCheck(h: Host): TemplateResult {
  const def = h.w.def!;
  const answers = pruneAnswers(def, h.w.answers);
  const failure = h.w.failure;
  return html`<section part="summary">
    ${backLink(h)}
    <h2 tabindex="-1">${msg('Check your answers before sending')}</h2>
    ${visibleSteps(def, answers).map((s) => html`<h3>${t(s.title)}</h3>
      <dl>${s.fields.map((f) => html`<div class="row">
        <dt>${t(f.label)}</dt>
        <dd>${shownAnswer(f, answers[f.id])}</dd>
        <dd><button class="link" @click=${() => change(h, s.id)}>${msg('Change')}<span class="visually-hidden"> ${t(f.label)}</span></button></dd>
      </div>`)}</dl>`)}
    ${documents(h)} ${feeLine(h)}
    ${failure ? html`<div class="panel send-error" role="alert" tabindex="-1"><p class="error-text">${failure.message}</p></div>` : nothing}
    <div class="actions">
      <button class="btn" part="button" ?disabled=${h.w.sending} @click=${() => void submit(h)}>
        ${h.w.sending ? msg('Sending…') : failure ? msg('Try sending again') : msg('Send application')}
      </button>
      ${clearButton(h)}
    </div>
    <p role="status">${h.w.sending ? msg('Sending your application. Please wait.') : ''}</p>
  </section>`;
}

const isReceipt = (v: unknown): v is { reference: string } =>
  !!v && typeof (v as { reference?: unknown }).reference === 'string' && (v as { reference: string }).reference !== '';

/**
 * Sends once: `dvc-wizard-submit` first (a portal may `respondWith` its own promise, or cancel
 * our POST), then `submit-url` with an Idempotency-Key kept across retries, else nowhere — the
 * confirmation then says what to bring. A double click while sending does nothing.
 */
export async function submit(h: Host): Promise<void> {
  const w = h.w;
  if (w.sending) return;
  const def = w.def!;
  const kept = pruneAnswers(def, w.answers);
  const application = {
    procedureCode: def.code,
    answers: submission(def, kept),
    documents: visibleDocuments(def, kept).map((d) => ({ id: d.id })),
  };
  w.key ??= uuid();
  let response: Promise<unknown> | undefined;
  const proceed = emit(h.el, 'dvc-wizard-submit', { ...application, respondWith: (p) => void (response = Promise.resolve(p)) }, { cancelable: true });
  if (!response && proceed && h.el.submitUrl) {
    response = requestJson(h.el.submitUrl, { method: 'POST', body: application, idempotencyKey: w.key, retries: 2, retryDelay: 300, signal: h.signal, timeout: h.el.requestTimeout });
  }
  w.sending = true;
  w.failure = undefined;
  h.update();
  try {
    const result = response ? await response : undefined;
    if (response && !isReceipt(result)) throw new HttpError('bad-json');
    w.sending = false;
    w.reference = result ? (result as { reference: string }).reference : '';
    const answers = w.answers;
    forget(h);
    w.answers = answers; // the confirmation still lists the documents these answers need
    go(h, 'done');
    if (w.reference) emit(h.el, 'dvc-wizard-submitted', { reference: w.reference });
  } catch (error) {
    w.sending = false;
    if (errorCode(error) === 'aborted') return;
    const code = errorCode(error);
    const message = errorMessage(error);
    w.failure = { code, message, retry: () => void submit(h) };
    focus(h, '.send-error');
    fail(h, code, message);
  }
}

/** Reference, what happens next and when, the documents as a printable checklist. */
export function renderDone(h: Host): TemplateResult {
  const def = h.w.def!;
  const time = counterChannel(def.channels)?.processingTime;
  const ref = h.w.reference;
  return html`<section part="confirmation">
    <div class="panel">
      <h2 tabindex="-1">${ref ? msg('Application sent') : msg('Your answers are ready')}</h2>
      ${ref
        ? html`<p>${msg('Your reference number is')}<br /><span class="reference">${ref}</span></p>
            <p>${msg('Write it down or print this page: you need it to ask about your application.')}</p>`
        : html`<p>${msg('Nothing has been sent yet. Bring the documents below to the one-stop counter of the ward to file your application.')}</p>`}
    </div>
    <h3>${msg('What happens next')}</h3>
    <p>${def.nextSteps ? t(def.nextSteps) : msg('The ward office checks your application and tells you if anything is missing.')}</p>
    ${time ? html`<p>${msg(str`Processing time: ${t(time)}`)}</p>` : nothing}
    ${feeLine(h)} ${documents(h, 'check')}
    <div class="actions no-print">
      <button class="btn" part="button" @click=${() => window.print()}>${msg('Print this page')}</button>
      <button class="btn secondary" part="button" @click=${() => (forget(h), go(h, 'overview'))}>${msg('Start a new application')}</button>
    </div>
  </section>`;
}

/** An invalid definition: each problem with its JSON path, for the portal team to fix. */
export function renderInvalid(h: Host): TemplateResult {
  return html`<section part="step">
    <div class="panel" role="alert">
      <h2 tabindex="-1">${msg('This procedure cannot be shown')}</h2>
      <p>${msg('The procedure file has mistakes. Please tell the portal team. The problems found:')}</p>
      <ul>${(h.w.problems ?? []).map((p) => html`<li><code>${p.path || '/'}</code> ${definitionProblem(p)}</li>`)}</ul>
    </div>
  </section>`;
}
