import { css } from 'lit';
import { visuallyHidden } from '../../../core/visually-hidden.styles.js';

/** Styles of the pages after the first screen; they load with them. */
export const styles = css`
  ${visuallyHidden}
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    margin: var(--_space) 0;
  }
  .device {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .device {
    min-width: 0;
    max-width: 100%;
  }
  .device .input {
    width: auto;
    min-width: 0;
    max-width: 100%;
  }
  .checklist,
  .tasks,
  .steps,
  .qr-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .checklist li,
  .tasks li {
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    cursor: pointer;
  }
  .check input {
    width: 1.4em;
    height: 1.4em;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check .detail {
    display: block;
  }
  .tasks li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .tasks .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .task-link {
    font-weight: 600;
    text-align: start;
  }
  .tag {
    padding: 0.1em 0.5em;
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
  }
  .tag.completed {
    color: var(--_success);
  }
  .step {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  .step.is-done {
    border-color: var(--_success);
    border-width: 4px;
  }
  .num {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .lines {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.2em;
  }
  .lines li + li {
    margin-top: 0.35em;
  }
  q.ui {
    font-weight: 700;
  }
  .art {
    display: block;
    width: 10em;
    max-width: 100%;
    height: auto;
    margin: 0 0 var(--_space);
    color: var(--_text);
  }
  .art .o {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .art .f {
    fill: var(--_surface-alt);
    stroke: currentColor;
    stroke-width: 3;
  }
  .art .a {
    fill: var(--_primary);
  }
  .safety {
    border-color: var(--_error);
    border-width: 3px;
  }
  .done-panel {
    border-color: var(--_success);
    border-width: 4px;
    margin-bottom: var(--_space);
  }
  .notice {
    margin-bottom: var(--_space);
  }
  summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  details h4 {
    margin: 0.75em 0 0.25em;
  }
  .qr-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qr {
    display: grid;
    justify-items: start;
    gap: 0.25em;
  }
  .qr-code {
    width: 9em;
    max-width: 100%;
    height: auto;
    forced-color-adjust: none;
  }
  .qr-bg {
    fill: #fff;
  }
  .qr-fg {
    fill: #000;
  }
  @media (forced-colors: active) {
    .art .a {
      fill: CanvasText;
    }
    .step.is-done,
    .tag {
      border-color: CanvasText;
    }
  }
`;
