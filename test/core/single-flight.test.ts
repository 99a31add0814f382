import { expect } from '@open-wc/testing';
import { singleFlight } from '../../src/core/single-flight.js';

describe('singleFlight', () => {
  it('runs one at a time, and once more after calls that came meanwhile', async () => {
    let runs = 0;
    let active = 0;
    let overlap = false;
    const release: Array<() => void> = [];
    const run = singleFlight(async () => {
      runs++;
      active++;
      overlap ||= active > 1;
      await new Promise<void>((r) => release.push(r));
      active--;
    });
    const first = run();
    expect(run()).to.equal(first);
    void run();
    expect(runs).to.equal(1);
    release.shift()!();
    await first;
    await new Promise((r) => setTimeout(r));
    expect(runs).to.equal(2); // three calls: the first, and one more for the two that waited
    release.shift()!();
    await new Promise((r) => setTimeout(r));
    expect(runs).to.equal(2);
    expect(overlap).to.equal(false);
  });

  it('a failed run ends quietly and the next call runs again', async () => {
    let runs = 0;
    const run = singleFlight(async () => {
      runs++;
      throw new Error('storage failed');
    });
    await run();
    await run();
    expect(runs).to.equal(2);
  });
});
