import { css, html, type TemplateResult } from 'lit';
import { property } from './property.js';
import { msg, str } from './msg.js';
import { define } from './define.js';
import { DvcElement } from './dvc-element.js';
import { getLocale } from './localization.js';
import { pageChange } from './page-change.js';
import '../generated/strings/core-idle-prompt.js';

declare module './events.js' {
  interface DvcEventMap {
    /** The citizen is still there. */
    'dvc-idle-continue': undefined;
    /** The citizen wants everything cleared now. */
    'dvc-idle-clear': undefined;
  }
}

/**
 * "Are you still there?" — shown by a widget in kiosk mode after a spell without input, before
 * it wipes what the citizen entered. Focus moves to "Continue" when it appears.
 *
 * @tagname dvc-idle-prompt
 * @fires {CustomEvent<undefined>} dvc-idle-continue - The citizen chose to continue.
 * @fires {CustomEvent<undefined>} dvc-idle-clear - The citizen chose to clear everything now.
 * @csspart dialog - The panel.
 * @csspart button - Both buttons.
 */
@define('dvc-idle-prompt')
export class DvcIdlePrompt extends DvcElement {
  static override styles = [
    DvcElement.styles,
    css`
      .root {
        background: transparent;
      }
      .dialog {
        border-width: 4px;
        border-color: var(--_primary);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
    `,
  ];

  /** Whole seconds left before the wipe. */
  @property({ type: Number }) remaining = 30;

  override connectedCallback(): void {
    super.connectedCallback();
    // It appears under a finger that may be about to tap the page: that tap must not clear it all.
    pageChange(this).changed('.continue');
  }

  override render(): TemplateResult {
    const seconds = this.remaining;
    return html`
      <div
        class="panel dialog"
        part="dialog"
        role="alertdialog"
        aria-labelledby="title"
        aria-describedby="text"
        lang=${getLocale()}
      >
        <h2 id="title">${msg('Are you still there?')}</h2>
        <p id="text">
          ${msg(str`To protect your information, everything you entered will be cleared in ${seconds} seconds.`)}
        </p>
        <div class="actions">
          <button class="btn continue" part="button" @click=${() => this.dispatchEvent(new CustomEvent('dvc-idle-continue'))}>
            ${msg('Yes, I want to continue')}
          </button>
          <button class="btn secondary" part="button" @click=${() => this.dispatchEvent(new CustomEvent('dvc-idle-clear'))}>
            ${msg('Clear and start again')}
          </button>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-idle-prompt': DvcIdlePrompt;
  }
}
