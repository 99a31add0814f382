import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/msg.js';
import type * as Qr from '../../../core/qr.js';

export type QrModule = typeof Qr;

function code(qr: QrModule, url: string, name: string): TemplateResult | typeof nothing {
  let m: Qr.QrMatrix;
  try {
    m = qr.encodeQr(url);
  } catch {
    return nothing; // too long for a QR code: the link below still works
  }
  const n = m.length;
  // A quiet zone of 4 modules, dark on light whatever the theme: phone cameras need the contrast.
  return html`<svg class="qr-code" viewBox="-4 -4 ${n + 8} ${n + 8}" role="img" aria-label=${msg(str`QR code: ${name}`)}
    >${svg`<rect x="-4" y="-4" width=${n + 8} height=${n + 8} class="qr-bg"></rect><path d=${qr.qrPath(m)} class="qr-fg"></path>`}</svg
  >`;
}

/**
 * The desktop install step: a QR code per store page, to scan with the phone's camera, each with
 * its link, and one of this page, to continue the guide on the phone. Until the encoder has
 * loaded (or if it cannot), the links alone.
 */
export function renderQr(items: { name: string; url: string; link?: boolean }[], qr?: QrModule): TemplateResult {
  return html`<ul class="qr-list">
    ${items
      .filter((i) => i.url)
      .map(
        (i) => html`<li class="qr">
          ${qr ? code(qr, i.url, i.name) : nothing}
          ${i.link === false ? html`<span>${i.name}</span>` : html`<a class="link" href=${i.url} target="_blank" rel="noopener noreferrer">${i.name}</a>`}
        </li>`,
      )}
  </ul>`;
}
