import { css } from 'lit';

/** The first screen's styles; the pages bring their own (internal/lazy/styles.ts). */
export const styles = css`
  .guide {
    max-width: 44em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: var(--_space);
  }
  [aria-pressed='true'] {
    outline: 3px solid var(--_text);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
  }
  input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
