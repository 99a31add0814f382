import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentEvents } from '../src/queue/recent.js';
import type { StoredEvent } from '../src/queue/queue.js';

const events = (from: number, to: number): StoredEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, type: 'ticket', data: { id: from + i } }) as StoredEvent);
const ids = (list: StoredEvent[] | undefined) => list?.map((e) => e.id);

describe('recent events (replay from memory)', () => {
  it('answers a resuming id with exactly the events after it, none when up to date', () => {
    const recent = new RecentEvents(10);
    recent.add(events(5, 7));
    recent.add(events(8, 9));
    assert.deepEqual(ids(recent.after(4)), [5, 6, 7, 8, 9], 'the id just before the first one held');
    assert.deepEqual(ids(recent.after(7)), [8, 9]);
    assert.deepEqual(ids(recent.after(9)), []);
  });

  it('leaves to the database an id older than it holds, newer than it has seen, or anything when empty', () => {
    const recent = new RecentEvents(10);
    assert.equal(recent.after(0), undefined);
    recent.add(events(5, 9));
    assert.equal(recent.after(3), undefined);
    assert.equal(recent.after(10), undefined);
  });

  it('answers no further back than its capacity (what the database keeps)', () => {
    const recent = new RecentEvents(10);
    for (let id = 1; id <= 95; id += 5) recent.add(events(id, id + 4));
    assert.deepEqual(ids(recent.after(85)), [86, 87, 88, 89, 90, 91, 92, 93, 94, 95]);
    assert.equal(recent.after(84), undefined);
  });

  it('starts again after a reset or a gap, never bridging it', () => {
    const recent = new RecentEvents(10);
    recent.add(events(1, 5));
    recent.clear();
    assert.equal(recent.after(3), undefined);
    recent.add(events(20, 21));
    assert.deepEqual(ids(recent.after(19)), [20, 21]);
    recent.add(events(30, 31));
    assert.equal(recent.after(21), undefined, 'events 22–29 were never held');
    assert.deepEqual(ids(recent.after(29)), [30, 31]);
  });
});
