import { css } from 'lit';

/** Styles of the parts that load after the first paint. */
export const styles = css`
  textarea.input { min-height: 7em; resize: vertical; }
  /* The honeypot: people and autofill never see it; bots that fill every input do. */
  .hp { display: none; }
  .criteria { margin: 0 0 var(--_space); }
  .criterion .option { min-height: 44px; }
  .contact { padding: var(--_space); border: var(--_border-width) solid var(--_border); border-radius: var(--_radius); }
  .check { display: flex; gap: 0.6em; align-items: flex-start; min-height: 44px; padding: 0.5em 0; cursor: pointer; }
  .check input { flex: none; width: 1.4em; height: 1.4em; margin: 0.1em 0 0; accent-color: var(--_primary); }
  .summary { border-color: var(--_error); border-width: 4px; margin: 0 0 var(--_space); }
  .summary ul { margin: 0; padding-inline-start: 1.2em; }
  .done { border-color: var(--_success); border-width: 4px; }
  .done.queued { border-color: var(--_primary); }
`;
