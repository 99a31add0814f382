import { css } from 'lit';
import { visuallyHidden } from '../../../../core/visually-hidden.styles.js';

/**
 * The board scales with its box (container queries): a phone, a portal column, a TV. On a TV —
 * a box 1,200 px wide, a 720p set's as well as a 1080p one's, unless the text is set so large
 * that 66 em do not fit — the text grows with the width and the recent calls and waiting counts
 * move beside the latest call, so one screen holds it all; the reading order stays. The widget's
 * root is the container (its font size is ours, and em in a query is the container's), so the TV
 * rules go on `.board`: an element never matches a query on itself. Browsers without container
 * queries (Chrome before 105) keep the fixed sizes given first.
 */
export const styles = css`
  ${visuallyHidden}
  .root { container-type: inline-size; }
  .board { display: grid; gap: var(--_space); font-variant-numeric: tabular-nums; }
  /* Each region lays out and paints on its own (a TV box spends half of each frame on style, layout, paint). */
  .now, .counters li, .recent, .waiting { contain: layout paint; }
  .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 var(--_space); }
  .top h2 { margin: 0; }
  .clock { font-size: 1.5em; font-weight: 700; margin: 0; }
  .state { margin: 0; color: var(--_muted); }
  .stale { border-color: var(--_error); }
  .now { text-align: center; border-width: 4px; border-color: var(--_primary); }
  .now p { margin: 0; }
  .big { font-size: 5em; font-size: clamp(3em, 14cqi, 12em); font-weight: 800; line-height: 1.1; }
  .to { font-size: 2em; font-size: clamp(1.5em, 5cqi, 5em); font-weight: 700; }
  .fresh { animation: pulse 1s ease-in-out 3; }
  @keyframes pulse { 50% { background: var(--_focus); } }
  @keyframes fade { from { background: var(--_focus); } }
  @media (prefers-reduced-motion: reduce) {
    .fresh { animation: fade 3s ease-out 1 !important; }
  }
  ul, ol { list-style: none; margin: 0; padding: 0; }
  .counters { display: grid; gap: calc(var(--_space) / 2); grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr)); }
  .counters li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.5em; }
  .num { font-weight: 800; font-size: 1.5em; }
  .cols { display: grid; gap: var(--_space); }
  @container (min-width: 40em) {
    .cols { grid-template-columns: 1fr 1fr; }
  }
  @container (min-width: 1200px) and (min-width: 66em) {
    .board { font-size: max(0.875em, 1.3cqi); grid-template-columns: 3fr 2fr; grid-auto-flow: dense; align-items: start; }
    .board > :not(.now, .counters, .cols) { grid-column: 1 / -1; }
    .now, .counters { grid-column: 1; }
    .cols { grid-column: 2; grid-row: span 2; grid-template-columns: 1fr; }
    .big { font-size: clamp(3em, 10cqi, 12em); }
    /* Read from the seats: every called number at 2 em (4.5 % of the screen's height, 17 mm on a
       43-inch set: what 20/40 eyes read from 5 m), in lines tight enough for eight counters. */
    .num { font-size: 2em; line-height: 1.2; }
  }
  .recent li, .waiting li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1em; border-bottom: 1px solid var(--_border); padding: 0.25em 0; }
  @media (forced-colors: active) {
    .fresh { outline: 4px solid Highlight; }
  }
`;
