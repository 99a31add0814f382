import { html, svg, type TemplateResult } from 'lit';

/** A drawn QR code: its size in modules and the SVG path of its dark modules (src/core/qr.ts). */
export interface QrDrawing {
  size: number;
  d: string;
}

/**
 * `url` as a QR code, with the encoder's chunk loaded on demand (most pages never show one);
 * undefined when it cannot be drawn (too long for the encoder, or the chunk failed to load): the
 * link or number beside it is what matters, the code only saves typing it.
 */
export async function drawQr(url: string): Promise<QrDrawing | undefined> {
  try {
    const { encodeQr, qrPath } = await import('./qr.js');
    const m = encodeQr(url);
    return { size: m.length, d: qrPath(m) };
  } catch {
    return undefined;
  }
}

/** The code as an image: a quiet zone of 4 modules; black on white in the widget's styles, whatever the theme (cameras need the contrast). */
export function qrImage(qr: QrDrawing, label: string, part = 'qr'): TemplateResult {
  return html`<svg class="qr" part=${part} role="img" aria-label=${label} viewBox="-4 -4 ${qr.size + 8} ${qr.size + 8}">${svg`<path d=${qr.d}></path>`}</svg>`;
}
