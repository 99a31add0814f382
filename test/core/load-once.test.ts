import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/core/load-once.js';

describe('loadOnce', () => {
  it('shares one load between calls, and loads again after a failure', async () => {
    let loads = 0;
    let fail = true;
    const load = loadOnce(async () => {
      loads++;
      if (fail) throw new Error('chunk failed');
      return loads;
    });
    const [a, b] = await Promise.allSettled([load(), load()]);
    expect([a.status, b.status, loads]).to.deep.equal(['rejected', 'rejected', 1]);
    fail = false;
    expect(await Promise.all([load(), load()])).to.deep.equal([2, 2]);
    expect(await load()).to.equal(2);
    expect(loads).to.equal(2);
  });
});
