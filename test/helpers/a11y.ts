import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}

/** axe with our stricter bar: 7:1 contrast (color-contrast-enhanced) besides the defaults. */
export async function expectAccessible(el: Element): Promise<void> {
  const { violations } = await window.axe.run(el, {
    resultTypes: ['violations'],
    rules: { 'color-contrast-enhanced': { enabled: true }, 'target-size': { enabled: true } },
  });
  const report = violations.map(
    (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, report.join('\n')).to.deep.equal([]);
}

const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=radio], [role=link], [tabindex]:not([tabindex="-1"])';

/** Every visible control inside `root` (shadow roots included) is at least 44 × 44 px. */
export function expectTargets44(root: Element | ShadowRoot): void {
  const small: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(INTERACTIVE)) {
        const r = el.getBoundingClientRect();
        // Checkboxes and radios count by their label, which is the real target.
        const target = el.closest('label')?.getBoundingClientRect() ?? r;
        if (r.width > 0 && (target.width < 44 || target.height < 44)) {
          small.push(`${el.tagName.toLowerCase()}.${el.className} ${target.width}×${target.height}`);
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  expect(small, `targets under 44 px: ${small.join(', ')}`).to.deep.equal([]);
}
