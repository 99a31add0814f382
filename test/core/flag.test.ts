import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/core/idle-prompt.js';

/** Every boolean property of every widget, found from the elements themselves (a new one is covered too). */
function flags(): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const tag of ['dvc-procedure-wizard', 'dvc-queue-board', 'dvc-queue-ticket', 'dvc-vneid-guide', 'dvc-feedback-form', 'dvc-idle-prompt']) {
    const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { type?: unknown; attribute?: string | boolean }> };
    for (const [name, options] of ctor.elementProperties) {
      if (options.type !== Boolean || options.attribute === false) continue;
      found.push([tag, name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()]);
    }
  }
  return found;
}

describe('boolean attributes', () => {
  it('are found on every widget that has one', () => {
    expect(new Set(flags().map(([tag]) => tag))).to.have.keys('dvc-procedure-wizard', 'dvc-queue-board', 'dvc-queue-ticket', 'dvc-vneid-guide', 'dvc-feedback-form');
  });

  it('read "false" (any case) as off and any other value, or none, as on — as Vue and CMS templates write them', () => {
    for (const [tag, property, attribute] of flags()) {
      for (const [value, expected] of [['', true], ['true', true], [attribute, true], ['false', false], ['FALSE', false], [' False ', false]] as const) {
        const el = document.createElement(tag) as unknown as Record<string, unknown> & HTMLElement;
        el.setAttribute(attribute, value);
        document.body.append(el);
        expect(el[property], `<${tag} ${attribute}="${value}">`).to.equal(expected);
        el.removeAttribute(attribute);
        expect(el[property], `<${tag}> without ${attribute}`).to.equal(false);
        el.remove();
      }
    }
  });
});
