import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { emit } from './events.js';
import { ConnectionSignal } from './connection.js';
import { getLocale, localize, startLocalization, whenLocaleReady } from './localization.js';
import type { LocalizedText } from './localized-text-guard.js';
import { base, tokens } from './theme.js';

/**
 * Base of every dvc element: design tokens and base styles, re-render on locale change, no
 * first paint before the locale's strings are loaded (a Vietnamese page never shows English
 * first), an abort signal tied to the connection, and `dvc-error`.
 *
 * @cssprop --dvc-font-family - Font stack; must cover Vietnamese.
 * @cssprop --dvc-font-scale - Multiplies every size in the widget (1, 1.5, 2 …).
 * @cssprop --dvc-color-text - Body text.
 * @cssprop --dvc-color-muted - Hints and secondary text (≥ 7:1 on the surface).
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-color-surface-alt - Background of panels and notices.
 * @cssprop --dvc-color-border - Borders of fields and panels.
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-on-primary - Text on primary buttons.
 * @cssprop --dvc-color-error - Error text and borders.
 * @cssprop --dvc-color-success - Confirmation accents.
 * @cssprop --dvc-color-focus - Focus highlight.
 * @cssprop --dvc-radius - Corner radius.
 * @cssprop --dvc-space - Base spacing unit.
 * @cssprop --dvc-border-width - Width of field, button and panel borders.
 * @cssprop --dvc-scroll-margin - Space kept above a new page's heading when it scrolls to the top (the height of the portal's sticky header).
 * @fires {CustomEvent<DvcErrorDetail>} dvc-error - A failure the widget shows as a state: `{ code, message }`.
 */
export class DvcElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, base];
  // Declared here rather than with @property: 15 B less in every first screen (the wizard's is at its budget).
  static override properties = { unit: {}, centre: {} };

  /**
   * The unit's short name, in lower case as inside a sentence — "phường Kim Long", "xã Phú Vang" —
   * for the texts that name the office; default: `configure({ unit })` or `<meta name="dvc-unit">`,
   * else generic words ("Bộ phận Một cửa", "cán bộ").
   */
  declare unit?: LocalizedText;
  /**
   * The unit's service centre — "Trung tâm Phục vụ hành chính công phường Kim Long"; default:
   * `configure({ centre })` or `<meta name="dvc-centre">`, else "Bộ phận Một cửa" and the unit's name.
   */
  declare centre?: LocalizedText;

  /** Aborts this element's requests when it leaves the page. */
  protected readonly connection = new ConnectionSignal(this);

  constructor() {
    super();
    localize(this);
    startLocalization();
  }

  /**
   * Draws into `.root` inside the shadow root, not into the shadow root itself: the root's own
   * text styles shield the content from a host page's rules (`src/core/theme.ts`).
   */
  protected override createRenderRoot(): HTMLElement {
    const shadow = super.createRenderRoot() as ShadowRoot;
    // LitElement would draw before the shadow root's first node (a fallback <style>), not in our root.
    this.renderOptions.renderBefore = undefined;
    const root = document.createElement('div');
    root.className = 'root';
    shadow.append(root);
    return root;
  }

  /** The root says which language it is drawn in: screen readers, hyphenation and quotation marks follow it. */
  protected override update(changed: PropertyValues): void {
    (this.renderRoot as HTMLElement).lang = getLocale();
    super.update(changed);
  }

  protected override async scheduleUpdate(): Promise<void> {
    await whenLocaleReady();
    // Each first draw in a task of its own (each timer is one): a portal page of five widgets never
    // holds a tap for all five at once (it did for 150 ms on a 4× slower phone).
    if (!this.hasUpdated) await new Promise((next) => setTimeout(next));
    super.scheduleUpdate();
  }

  /** Reports a failure the widget is already showing as a state: `dvc-error`. */
  protected fail(code: string, message: string): void {
    emit(this, 'dvc-error', { code, message });
  }
}
