import { css } from 'lit';

/**
 * The first screen's styles: the scale, the comment, the submit button. The chosen option is marked
 * by a class rather than `:has(:checked)`, which Chrome before 105 and Firefox before 121 lack.
 */
export const styles = css`
  form, .done { max-width: 40em; }
  fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0; margin-bottom: 0.5em; }
  legend.q { font-size: 1.25em; line-height: 1.3; }
  .options { display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fill, minmax(min(11em, 100%), 1fr)); }
  .option {
    display: flex; align-items: center; gap: 0.6em; min-height: 44px; padding: 0.4em 0.75em;
    border: var(--_border-width) solid var(--_border); border-radius: var(--_radius); background: var(--_surface); cursor: pointer;
  }
  .big .option { min-height: 3.5em; }
  .chosen { border-color: var(--_primary); border-width: 4px; background: var(--_surface-alt); font-weight: 600; }
  .option input { flex: none; width: 1.4em; height: 1.4em; margin: 0; accent-color: var(--_primary); }
  .face { flex: none; width: 2em; height: 2em; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; }
  .face .eye { fill: currentColor; stroke: none; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  @media (forced-colors: active) {
    .option { border-color: CanvasText; }
    .chosen { border-color: Highlight; }
  }
`;
