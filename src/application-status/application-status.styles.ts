import { css } from 'lit';

/** The first screen's styles (the look-up form); the status page brings its own (internal/lazy/styles.ts). */
export const styles = css`
  form, .status { max-width: 44em; }
  .input.short { max-width: 8em; letter-spacing: 0.1em; }
  .summary { border-color: var(--_error); border-width: 4px; margin: 0 0 var(--_space); }
  .summary ul { margin: 0; padding-inline-start: 1.2em; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
`;
