import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { emit } from '../../../core/events.js';
import { HttpError, requestJson } from '../../../core/http.js';
import { uuid } from '../../../core/id.js';
import { resolveText } from '../../../core/localized-text.js';
import { officeNames } from '../../../core/office.js';
import { drawQr, qrImage, type QrDrawing } from '../../../core/qr-image.js';
import { errorCode, errorMessage } from '../../../core/messages.js';
import { counterChannel } from '../../model/fee.js';
import { pruneAnswers, submission, visibleDocuments, visibleSteps } from '../../model/steps.js';
import type { Answers } from '../../model/types.js';
import type { WizardHost } from '../host.js';
import { save } from './draft.js';
import { change, fail, focus, forget, go } from './navigation.js';
import { feeForAnswers } from './overview.js';
import { backLink, clearButton } from './question-page.js';
import { definitionProblem, shownAnswer } from './words.js';

const t = resolveText;

function feeLine(host: WizardHost, answers: Answers): TemplateResult | typeof nothing {
  const fee = feeForAnswers(counterChannel(host.state.def!.channels)?.fee, answers);
  return fee === undefined ? nothing : html`<p>${msg(str`Fee: ${fee}`)}</p>`;
}

function documents(host: WizardHost, answers: Answers, cls = ''): TemplateResult {
  return html`<h3>${msg('Documents to bring')}</h3>
    <ul class=${cls}>${visibleDocuments(host.state.def!, answers).map((d) => html`<li>
      ${t(d.name)}${d.template ? html` (${t(d.template)})` : nothing} — ${msg(str`originals: ${d.originals ?? 1}, copies: ${d.copies ?? 0}`)}
    </li>`)}</ul>`;
}

/** Every visible answer with a "Change" link, the documents, the fee, and the send button. */
export function renderCheck(host: WizardHost): TemplateResult {
  const def = host.state.def!;
  const answers = pruneAnswers(def, host.state.answers);
  const failure = host.state.failure;
  return html`<section part="summary">
    ${backLink(host)}
    <h2 tabindex="-1">${msg('Check your answers before sending')}</h2>
    ${visibleSteps(def, answers).map((s) => html`<h3>${t(s.title)}</h3>
      <dl>${s.fields.map((f) => html`<div class="row">
        <dt>${t(f.label)}</dt>
        <dd>${shownAnswer(f, answers[f.id])}</dd>
        <dd><button class="link" @click=${() => change(host, s.id)}>${msg('Change')}<span class="visually-hidden"> ${t(f.label)}</span></button></dd>
      </div>`)}</dl>`)}
    ${documents(host, answers)} ${feeLine(host, answers)}
    ${failure ? html`<div class="panel send-error" role="alert" tabindex="-1"><p class="error-text">${failure.message}</p></div>` : nothing}
    <div class="actions">
      <button class="btn" part="button" ?disabled=${host.state.sending} @click=${() => void submit(host)}>
        ${host.state.sending ? msg('Sending…') : failure ? msg('Try sending again') : msg('Send application')}
      </button>
      ${clearButton(host)}
    </div>
    <p role="status">${host.state.sending ? msg('Sending your application. Please wait.') : ''}</p>
  </section>`;
}

const isReceipt = (v: unknown): v is { reference: string } =>
  !!v && typeof (v as { reference?: unknown }).reference === 'string' && (v as { reference: string }).reference !== '';

/**
 * Sends once: `dvc-wizard-submit` first (a portal may `respondWith` its own promise, or cancel
 * our POST), then `submit-url` with an Idempotency-Key, else nowhere — the confirmation then says
 * what to bring. The key is kept with the draft before the request leaves, so a retry, a double
 * click or a reload mid-send sends the same key and the server answers with the first reference.
 */
export async function submit(host: WizardHost): Promise<void> {
  const state = host.state;
  if (state.sending) return;
  const def = state.def!;
  const kept = pruneAnswers(def, state.answers);
  const application = {
    procedureCode: def.code,
    answers: submission(def, kept),
    documents: visibleDocuments(def, kept).map((d) => ({ id: d.id })),
  };
  state.key ??= uuid();
  save(host);
  let response: Promise<unknown> | undefined;
  const proceed = emit(host.element, 'dvc-wizard-submit', { ...application, respondWith: (p) => void (response = Promise.resolve(p)) }, { cancelable: true });
  if (!response && proceed && host.element.submitUrl) {
    response = requestJson(host.element.submitUrl, { method: 'POST', body: application, idempotencyKey: state.key, retries: 2, signal: host.signal, timeout: host.element.requestTimeout });
  }
  state.sending = true;
  state.failure = undefined;
  host.update();
  try {
    const result = response ? await response : undefined;
    if (response && !isReceipt(result)) throw new HttpError('bad-json');
    const reference = result ? (result as { reference: string }).reference : '';
    const answers = state.answers;
    forget(host);
    // Pages of this application in the history are spent now: Back shows this confirmation, never a resend.
    state.gen++;
    state.sent = { reference, answers };
    go(host, 'done');
    if (reference) emit(host.element, 'dvc-wizard-submitted', { reference });
  } catch (error) {
    state.sending = false;
    if (errorCode(error) === 'aborted') return;
    const code = errorCode(error);
    const message = errorMessage(error);
    state.failure = { code, message, retry: () => void submit(host) };
    focus(host, '.send-error');
    fail(host, code, message);
  }
}

/**
 * The status page's QR code per link, drawn when the confirmation first shows it — after sending,
 * after a reload, or coming Back to it — so that a printed page or a phone's camera leads there.
 */
const statusQr = new Map<string, QrDrawing | 'drawing' | undefined>();

function statusLink(host: WizardHost, ref: string): TemplateResult {
  const href = host.element.statusUrl!.replace(/\{code\}/g, encodeURIComponent(ref));
  // A camera needs the whole address, the page's link only the template's.
  const url = new URL(href, location.href).href;
  if (!statusQr.has(url)) {
    statusQr.set(url, 'drawing');
    void drawQr(url).then((qr) => (statusQr.set(url, qr), host.update()));
  }
  const qr = statusQr.get(url);
  return html`<p><a class="link" part="status-link" href=${href}>${msg('Look up your application')}</a></p>
    ${qr && qr !== 'drawing' ? qrImage(qr, msg('QR code to look up this application on a phone'), 'status-qr') : nothing}`;
}

/** Reference, what happens next and when, the documents as a printable checklist. */
export function renderDone(host: WizardHost): TemplateResult {
  const def = host.state.def!;
  const time = counterChannel(def.channels)?.processingTime;
  const { reference: ref, answers } = host.state.sent!;
  // Where to bring the papers: the centre's name, else the one-stop counter with the unit's name, else generic words.
  const { unit, centre } = officeNames(host.element);
  const place = centre || (unit && msg(str`the one-stop counter of ${unit}`, { desc: 'Used after "to" and "at"; in German after "zu" and "bei" (dative).' }));
  return html`<section part="confirmation">
    <div class="panel">
      <h2 tabindex="-1">${ref ? msg('Application sent') : msg('Your answers are ready')}</h2>
      ${ref
        ? html`<p>${msg('Your reference number is')}<br /><span class="reference">${ref}</span></p>
            <p>${msg('Write it down or print this page: you need it to ask about your application.')}</p>
            ${host.element.statusUrl ? statusLink(host, ref) : nothing}`
        : html`<p>${place
            ? msg(str`Nothing has been sent yet. Bring the documents below to ${place} to file your application.`)
            : msg('Nothing has been sent yet. Bring the documents below to the one-stop counter of the ward to file your application.')}</p>`}
    </div>
    <h3>${msg('What happens next')}</h3>
    <p>${def.nextSteps
      ? t(def.nextSteps)
      : place
        ? msg(str`Staff at ${place} check your application and tell you if anything is missing.`)
        : msg('The ward office checks your application and tells you if anything is missing.')}</p>
    ${time ? html`<p>${msg(str`Processing time: ${t(time)}`)}</p>` : nothing}
    ${feeLine(host, answers)} ${documents(host, answers, 'check')}
    <div class="actions no-print">
      <button class="btn" part="button" @click=${() => window.print()}>${msg('Print this page')}</button>
      <button class="btn secondary" part="button" @click=${() => (forget(host), go(host, 'overview'))}>${msg('Start a new application')}</button>
    </div>
  </section>`;
}

/** An invalid definition: each problem with its JSON path, for the portal team to fix. */
export function renderInvalid(host: WizardHost): TemplateResult {
  return html`<section part="step">
    <div class="panel" role="alert">
      <h2 tabindex="-1">${msg('This procedure cannot be shown')}</h2>
      <p>${msg('The procedure file has mistakes. Please tell the portal team. The problems found:')}</p>
      <ul>${(host.state.problems ?? []).map((p) => html`<li><code>${p.path || '/'}</code> ${definitionProblem(p)}</li>`)}</ul>
    </div>
  </section>`;
}
