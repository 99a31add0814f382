import { css } from 'lit';

/** The first screen's own styles (picker, loading, failure) on top of the shared base. */
export const styles = css`
  .plain { list-style: none; padding: 0; margin: 0 0 var(--_space); }
  .plain > li { margin-bottom: calc(var(--_space) / 2); }
`;
