import { expect } from '@open-wc/testing';
import { define, safeDefine } from '../../src/core/define.js';
import { emit } from '../../src/core/events.js';

describe('safeDefine', () => {
  it('defines once and warns once when the tag is taken by another class', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      safeDefine('dvc-test-once', First);
      expect(() => safeDefine('dvc-test-once', Second)).to.not.throw();
      safeDefine('dvc-test-once', Second);
      expect(customElements.get('dvc-test-once')).to.equal(First);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.include('dvc-test-once');
      safeDefine('dvc-test-once', First);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('works as a class decorator', () => {
    @define('dvc-test-decorated')
    class Decorated extends HTMLElement {}
    expect(customElements.get('dvc-test-decorated')).to.equal(Decorated);
  });

  it('survives the bundle being loaded twice', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import('../../src/core/idle-prompt.js');
      const first = customElements.get('dvc-idle-prompt');
      // The same module evaluated a second time, as when a page loads two builds of us.
      await import(`../../src/core/idle-prompt.ts?copy=${Date.now()}`);
      expect(customElements.get('dvc-idle-prompt')).to.equal(first);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('emit', () => {
  it('dispatches a typed event that crosses shadow roots', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(host);
    let received: CustomEvent | undefined;
    document.body.addEventListener('dvc-error', (e) => (received = e), { once: true });
    expect(emit(inner, 'dvc-error', { code: 'x', message: 'y' })).to.equal(true);
    expect(received?.detail).to.deep.equal({ code: 'x', message: 'y' });
    expect([received?.bubbles, received?.composed]).to.deep.equal([true, true]);
    host.remove();
  });

  it('reports preventDefault on cancelable events', () => {
    const el = document.createElement('div');
    el.addEventListener('dvc-error', (e) => e.preventDefault());
    expect(emit(el, 'dvc-error', { code: 'a', message: 'b' }, { cancelable: true })).to.equal(false);
    expect(emit(el, 'dvc-error', { code: 'a', message: 'b' })).to.equal(true);
  });
});
