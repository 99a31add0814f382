import { css } from 'lit';

/** The ticket page: the number very large, the alert full width, a print layout for kiosk printers. */
export const styles = css`
  .ticket { display: grid; gap: calc(var(--_space) / 2); text-align: center; border-width: 4px; }
  .ticket p { margin: 0; }
  .number { font-size: clamp(3em, 20vw, 7em); font-weight: 800; line-height: 1.1; font-variant-numeric: tabular-nums; }
  .facts { display: grid; gap: 0.25em; }
  .alert { margin: var(--_space) 0; padding: var(--_space); border: 4px solid var(--_text); border-radius: var(--_radius); background: var(--_focus); color: #1b1b1b; font-size: 1.4em; font-weight: 800; }
  .qr { display: block; width: min(100%, 12em); margin: 0 auto; background: #fff; }
  .qr path { fill: #000; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: center; margin-top: var(--_space); }
  @media (forced-colors: active) {
    .alert { border-color: CanvasText; forced-color-adjust: auto; }
    .qr { forced-color-adjust: none; }
  }
  @media print {
    .root { font-size: 14pt; }
    .actions, .advice, .alert { display: none; }
    .ticket { border: 0; }
    .number { font-size: 48pt; }
  }
`;
