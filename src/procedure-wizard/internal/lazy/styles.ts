import { css } from 'lit';

/**
 * Styles of the lazily loaded pages, adopted when they load. The print rules make the
 * confirmation a checklist on paper.
 */
export const styles = css`
  .root > section { max-width: 40em; }
  .back { margin-bottom: calc(var(--_space) / 2); }
  .link { min-width: 44px; justify-content: center; }
  .back::before { content: '‹ '; white-space: pre; }
  dt { font-weight: 600; }
  dd { margin: 0 0 calc(var(--_space) / 2); }
  summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; color: var(--_primary); text-decoration: underline; }
  .choice { display: flex; align-items: center; gap: 0.5em; min-height: 44px; }
  .choice input { width: 1.5em; height: 1.5em; margin: 0; flex: none; accent-color: var(--_primary); }
  fieldset { border: 0; padding: 0; margin: 0 0 var(--_space); min-width: 0; }
  legend { padding: 0; }
  .date { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .date .field { margin: 0; }
  .date .input { width: 4em; }
  .date .year { width: 6em; }
  .errors { border: 4px solid var(--_error); padding: var(--_space); margin-bottom: var(--_space); }
  .errors a { color: var(--_error); font-weight: 600; display: inline-flex; min-height: 44px; align-items: center; }
  .field.invalid { border-inline-start: 4px solid var(--_error); padding-inline-start: 0.75em; }
  .row { border-bottom: 1px solid var(--_border); padding: 0.5em 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin-top: var(--_space); }
  .reference { font-size: 1.5em; font-weight: 700; }
  .qr { display: block; width: min(100%, 10em); background: #fff; }
  .qr path { fill: #000; }
  @media (forced-colors: active) { .qr { forced-color-adjust: none; } }
  .check li { list-style: none; }
  .check li::before { content: '☐ '; }
  textarea.input { min-height: 6em; }
  select.input { max-width: 100%; }
  @media print {
    .no-print, .btn, .back { display: none !important; }
    .root { color: #000; background: #fff; }
  }
`;
