import { css } from 'lit';

/**
 * Design tokens. A portal sets `--dvc-*` on the element or any ancestor (custom properties inherit
 * into shadow roots); each is read once here into a private `--_*` with our default, which the
 * styles use. Defaults are for elderly readers: 18 px text or more, line height 1.5, 7:1 contrast.
 * Each token is documented on `DvcElement`, so every widget's manifest entry lists them.
 */
export const tokens = css`
  :host {
    --_font: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_scale: var(--dvc-font-scale, 1);
    --_text: var(--dvc-color-text, #1b1b1b);
    --_muted: var(--dvc-color-muted, #404040);
    --_surface: var(--dvc-color-surface, #ffffff);
    --_surface-alt: var(--dvc-color-surface-alt, #f3f2f1);
    --_border: var(--dvc-color-border, #505050);
    --_primary: var(--dvc-color-primary, #0a4a80);
    --_on-primary: var(--dvc-color-on-primary, #ffffff);
    --_error: var(--dvc-color-error, #9e0012);
    --_success: var(--dvc-color-success, #005a30);
    --_focus: var(--dvc-color-focus, #ffdd00);
    --_radius: var(--dvc-radius, 0.375em);
    --_space: var(--dvc-space, 1em);
    --_border-width: var(--dvc-border-width, 2px);
  }
`;

/**
 * Shared base styles every widget reuses: the root's own text (so host-page CSS cannot shrink,
 * recolour or restyle us), buttons, fields, error text, focus ring, 44 px targets, forced colours
 * and reduced motion. Visually hidden text (`visually-hidden.styles.ts`) comes with the parts that
 * announce something; no first screen has any.
 *
 * A page rule that matches the element itself (`* { font-size: 9px }`, even `!important`) wins
 * over `:host` rules, and the shadow content would inherit it. So everything is drawn inside
 * `.root` (see `DvcElement.createRenderRoot`), which inherits nothing: `all: initial` resets every
 * inherited property, then the widget's own values follow. Only custom properties (`--dvc-*`,
 * the documented theming) still inherit through it. The host keeps what a portal may set:
 * display, margins, width.
 *
 * An underline on an ancestor is not inherited but drawn through every block inside it; it stops
 * only at an inline block. So the root is one, as wide as the host, and the host's own line is
 * made empty: an important rule of the shadow tree wins over the page's, important or not.
 */
export const base = css`
  :host {
    display: block;
    font-size: 0 !important;
    line-height: 0 !important;
    text-indent: 0 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    direction: ltr !important;
    text-align: left !important;
  }
  .root {
    all: initial;
    display: inline-block;
    vertical-align: top;
    width: 100%;
    box-sizing: border-box;
    direction: ltr;
    font-family: var(--_font);
    /* px floor: a host page with html { font-size: 10px } must not shrink us. */
    font-size: calc(max(18px, 1.125rem) * var(--_scale));
    line-height: 1.5;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  :focus {
    outline: none;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid transparent;
    box-shadow:
      0 0 0 3px var(--_focus),
      0 0 0 6px var(--_text);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    box-shadow: none;
  }
  [tabindex='-1'] {
    /* A new page scrolls its heading to the top: below the portal's sticky header, if it says how tall that is. */
    scroll-margin-top: var(--dvc-scroll-margin, 0);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border: var(--_border-width) solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .btn.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .btn:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0 0 var(--_space);
  }
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
  }
  .input {
    min-height: 44px;
    width: 100%;
    padding: 0.4em 0.6em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  .error-text {
    color: var(--_error);
    font-weight: 600;
  }
  .panel {
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (forced-colors: active) {
    .btn,
    .input,
    .panel {
      border-color: CanvasText;
    }
    .btn {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
