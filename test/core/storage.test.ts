import { expect } from '@open-wc/testing';
import { createStore } from '../../src/core/storage.js';

describe('storage', () => {
  // Held here: one test makes the window property throw.
  const ls = window.localStorage;
  afterEach(() => ls.clear());

  it('keeps JSON values under its own namespace', () => {
    const a = createStore('a');
    const b = createStore('b');
    expect(a.set('draft', { step: 2, answers: { x: 'Nguyễn' } })).to.equal(true);
    b.set('draft', 1);
    expect(a.get('draft')).to.deep.equal({ step: 2, answers: { x: 'Nguyễn' } });
    expect(localStorage.getItem('dvc:a:draft')).to.equal('{"step":2,"answers":{"x":"Nguyễn"}}');
    expect(a.keys()).to.deep.equal(['draft']);
    a.clear();
    expect(a.get('draft')).to.equal(undefined);
    expect(b.get('draft')).to.equal(1);
    expect(a.persistent).to.equal(true);
  });

  it('writes nothing until asked to: creating a store and reading from it cost a first screen no test write', () => {
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      setItem.call(this, key, value);
    };
    try {
      const store = createStore('w', 'session');
      expect(store.get('draft')).to.equal(undefined);
      expect(writes).to.deep.equal([]);
      store.set('draft', 1);
      expect(writes).to.deep.equal(['dvc:w:draft']);
    } finally {
      Storage.prototype.setItem = setItem;
      sessionStorage.clear();
    }
  });

  it('returns undefined for corrupt values instead of throwing', () => {
    localStorage.setItem('dvc:c:x', '{not json');
    expect(createStore('c').get('x')).to.equal(undefined);
  });

  it('keeps a value in memory when the quota is full', () => {
    const store = createStore('q');
    // Real quota: Chromium allows about 5 MB per origin.
    const big = 'x'.repeat(6 * 1024 * 1024);
    expect(store.set('big', big)).to.equal(false);
    expect(store.get('big')).to.equal(big);
    expect(store.keys()).to.include('big');
    store.remove('big');
    expect(store.get('big')).to.equal(undefined);
  });

  describe('when localStorage throws SecurityError (sandboxed iframe, blocked cookies)', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    before(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
    });
    after(() => Object.defineProperty(window, 'localStorage', original));

    it('works for the visit in memory without throwing', () => {
      const store = createStore('s');
      expect(store.persistent).to.equal(false);
      expect(store.set('progress', ['install'])).to.equal(false);
      expect(store.get('progress')).to.deep.equal(['install']);
      expect(store.keys()).to.deep.equal(['progress']);
      store.clear();
      expect(store.get('progress')).to.equal(undefined);
    });
  });
});
