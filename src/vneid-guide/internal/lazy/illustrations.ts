import { svg, type SVGTemplateResult } from 'lit';

/**
 * The guide's pictures, by name, drawn inline (no external images, no `style=`: classes only, so a
 * strict CSP and forced colours both hold). Drawn in a 160 × 100 box; `o` = outline, `f` = filled
 * panel, `a` = accent. Decorative: every step says in words what the picture shows.
 */
const phone = (x: number, y: number, screen: SVGTemplateResult | string = '') =>
  svg`<g transform="translate(${x} ${y})"><rect class="f" width="44" height="80" rx="7"></rect><rect class="o" x="5" y="9" width="34" height="60" rx="2"></rect>${screen}</g>`;
const card = (x: number, y: number) =>
  svg`<g transform="translate(${x} ${y})"><rect class="f" width="74" height="46" rx="5"></rect><rect class="a" x="9" y="14" width="16" height="13" rx="2"></rect><path class="o" d="M34 14h30M34 24h24M9 36h55"></path></g>`;

export const illustrations: Record<string, SVGTemplateResult> = {
  card: card(43, 27),
  nfc: svg`${card(10, 40)}${phone(86, 10)}<path class="o" d="M70 30q8 8 0 16M62 26q14 12 0 24"></path>`,
  store: phone(58, 10, svg`<path class="a" d="M13 30h18l-2 22H15z"></path><path class="o" d="M17 30v-4a5 5 0 0 1 10 0v4"></path>`),
  'app-open': phone(58, 10, svg`<rect class="a" x="12" y="26" width="20" height="20" rx="4"></rect><path class="o" d="M22 56v10M17 61l5 5 5-5"></path>`),
  'qr-phone': svg`<rect class="f" x="8" y="12" width="70" height="50" rx="3"></rect><path class="o" d="M30 62v12h26M22 80h42"></path><rect class="a" x="30" y="22" width="26" height="26"></rect>${phone(104, 10, svg`<rect class="o" x="11" y="28" width="22" height="22"></rect>`)}`,
  portrait: phone(58, 10, svg`<ellipse class="o" cx="22" cy="36" rx="11" ry="14"></ellipse><path class="o" d="M9 66q13-16 26 0"></path>`),
  sms: svg`${phone(20, 10)}<path class="f" d="M80 22h66v34H96l-12 10v-10h-4z"></path><path class="o" d="M90 34h46M90 44h30"></path>`,
  police: svg`<path class="f" d="M30 40h100v50H30z"></path><path class="a" d="M22 40L80 12l58 28z"></path><rect class="o" x="70" y="60" width="20" height="30"></rect><path class="o" d="M44 54h14M102 54h14"></path>`,
  fingerprint: svg`<g class="o"><path d="M62 76q-4-26 18-26t18 26"></path><path d="M70 78q-2-20 10-20t10 20"></path><path d="M54 70q-4-36 26-36t26 36"></path><path d="M80 66v12"></path></g>`,
  lock: svg`<rect class="f" x="52" y="44" width="56" height="44" rx="5"></rect><path class="o" d="M62 44V32a18 18 0 0 1 36 0v12"></path><circle class="a" cx="80" cy="64" r="6"></circle>`,
  passcode: phone(58, 10, svg`<g class="a"><circle cx="12" cy="30" r="3"></circle><circle cx="22" cy="30" r="3"></circle><circle cx="32" cy="30" r="3"></circle><circle cx="12" cy="40" r="3"></circle><circle cx="22" cy="40" r="3"></circle><circle cx="32" cy="40" r="3"></circle></g>`),
  questions: svg`<path class="f" d="M20 16h60v36H36l-10 10V52h-6z"></path><path class="f" d="M84 44h56v34h-6v10l-10-10H84z"></path><path class="o" d="M44 28a6 6 0 1 1 6 6v4M104 56a6 6 0 1 1 6 6v4"></path>`,
  portal: svg`<rect class="f" x="14" y="12" width="132" height="76" rx="4"></rect><path class="o" d="M14 28h132"></path><rect class="a" x="98" y="40" width="36" height="14" rx="3"></rect><path class="o" d="M26 44h56M26 56h44M26 68h50"></path>`,
};
