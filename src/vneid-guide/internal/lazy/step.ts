import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import { resolveText } from '../../../core/localized-text.js';
import type { Line, Platform, Progress, Step, Task, Trouble } from '../../model/types.js';
import { renderQr, type QrModule } from './qr.js';

/** What one step needs from the guide. */
export interface StepContext {
  task: Task;
  progress: Progress;
  trouble: Trouble[];
  help: string;
  art: Record<string, SVGTemplateResult>;
  /** A voice for the page's language exists: only then is there a "Read aloud" button. */
  voice: boolean;
  speaking?: string;
  platform: Platform;
  line: (l: Line) => TemplateResult;
  storeUrl: (which: 'android' | 'ios') => string;
  read: (step: Step) => void;
  toggle: (step: Step, done: boolean) => void;
  kiosk: boolean;
  /** The QR encoder, once loaded (desktop only). */
  qr?: QrModule;
}

/** An illustration by name; an unknown name renders nothing rather than a broken image. */
function art(ctx: StepContext, name?: string): TemplateResult | typeof nothing {
  const picture = name ? ctx.art[name] : undefined;
  return picture ? html`<svg class="art" viewBox="0 0 160 100" aria-hidden="true" focusable="false">${picture}</svg>` : nothing;
}

function storeLinks(ctx: StepContext, step: Step): TemplateResult | typeof nothing {
  if (step.qr) {
    const stores = [['android', 'Android (CH Play)'], ['ios', 'iPhone (App Store)']].map(([w, name]) => ({ name, url: ctx.storeUrl(w as 'android' | 'ios') }));
    // "Continue on your phone": this very page — not on a kiosk, whose address means nothing on a phone.
    const here = ctx.kiosk || !/^https?:/.test(location.href) ? [] : [{ name: msg('This guide, on your phone'), url: location.href, link: false }];
    return renderQr([...stores, ...here], ctx.qr);
  }
  const which = step.platforms?.length === 1 ? step.platforms[0] : undefined;
  const url = which === 'android' || which === 'ios' ? ctx.storeUrl(which) : '';
  return url
    ? html`<p><a class="link" href=${url} target="_blank" rel="noopener noreferrer">${which === 'android' ? msg('Open VNeID in CH Play') : msg('Open VNeID in the App Store')}</a></p>`
    : nothing;
}

export function renderStep(ctx: StepContext, step: Step, n: number): TemplateResult {
  const done = ctx.progress[step.id] === 'done';
  const ids = step.trouble;
  const trouble = ids ? ctx.trouble.filter((t) => ids.includes(t.id)) : ctx.trouble;
  const reading = ctx.speaking === step.id;
  return html`<li class="step ${done ? 'is-done' : ''}" part="step">
    <h3><span class="num">${msg(str`Step ${n}`)}</span> ${resolveText(step.title)}</h3>
    ${art(ctx, step.illustration)}
    <ul class="lines">${step.lines.map((l) => html`<li>${ctx.line(l)}</li>`)}</ul>
    ${storeLinks(ctx, step)}
    ${step.safety
      ? html`<p class="panel safety"><strong>${msg('Keep it secret:')}</strong> ${msg('Never tell anyone your password, passcode or OTP — officials and volunteers never need them.')}</p>`
      : nothing}
    <div class="actions">
      <label class="check done"
        ><input type="checkbox" .checked=${done} @change=${(e: Event) => ctx.toggle(step, (e.target as HTMLInputElement).checked)} /><span
          >${msg('I have done this step')}</span
        ></label
      >
      ${ctx.voice
        ? html`<button class="btn secondary read" aria-pressed=${reading} @click=${() => ctx.read(step)}>${msg('Read aloud')}</button>`
        : nothing}
    </div>
    <details class="trouble" part="trouble">
      <summary>${msg('Having trouble?')}</summary>
      ${trouble.map((t) => html`<h4>${resolveText(t.title)}</h4><ul class="lines">${t.lines.map((l) => html`<li>${ctx.line(l)}</li>`)}</ul>`)}
      ${ctx.help ? html`<h4>${msg('Where to get help')}</h4><p>${ctx.help}</p>` : nothing}
    </details>
  </li>`;
}
