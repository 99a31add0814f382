import { css } from 'lit';

/** Styles of the status page, which loads after the first paint. */
export const styles = css`
  .current { border-width: 4px; border-color: var(--_primary); margin: 0 0 var(--_space); }
  .current.rejected { border-color: var(--_error); }
  .current.done { border-color: var(--_success); }
  .now { font-size: 1.4em; font-weight: 700; margin: 0 0 0.25em; }
  .warning { border-color: var(--_error); border-width: 4px; margin: 0 0 var(--_space); }
  /* Term above value on a narrow box (a phone at 200 % text); side by side where both fit. */
  .root { container-type: inline-size; }
  dl.facts { display: grid; gap: 0 1em; margin: 0 0 var(--_space); }
  dl.facts dt { font-weight: 600; }
  dl.facts dd + dt { margin-top: 0.4em; }
  @container (min-width: 26em) {
    dl.facts { grid-template-columns: minmax(8em, max-content) 1fr; gap: 0.4em 1em; }
    dl.facts dd + dt { margin-top: 0; }
  }
  dl.facts dd { margin: 0; overflow-wrap: anywhere; }
  ol.timeline { list-style: none; margin: 0 0 var(--_space); padding: 0; }
  ol.timeline li { position: relative; padding: 0 0 var(--_space) 1.75em; border-inline-start: 3px solid var(--_border); margin-inline-start: 0.5em; }
  ol.timeline li:last-child { border-color: transparent; }
  ol.timeline li::before { content: ''; position: absolute; inset-inline-start: -0.7em; top: 0.2em; width: 1em; height: 1em; border-radius: 50%; background: var(--_surface); border: 3px solid var(--_primary); }
  ol.timeline li.latest::before { background: var(--_primary); }
  .step { font-weight: 700; }
  .when { display: block; color: var(--_muted); }
  .refresh { display: flex; flex-wrap: wrap; gap: 0.5em var(--_space); align-items: center; margin: 0 0 var(--_space); }
  .checked { color: var(--_muted); margin: 0; }
  .feedback { margin-top: calc(var(--_space) * 2); }
  @media (forced-colors: active) {
    ol.timeline li::before { border-color: CanvasText; }
    ol.timeline li.latest::before { background: CanvasText; }
  }
`;
