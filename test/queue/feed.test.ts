// The shared feed client on its own: one feed per URL, coalescing, fallback to polling and back.
import { expect } from '@open-wc/testing';
import { getFeed, type FeedUpdate } from '../../src/queue/feed.js';
import { countEventSources, sleep, until } from './helpers.js';

describe('queue feed (src/queue/feed.ts)', () => {
  it('is one per URL and transport, and closes with its last subscriber', async () => {
    const spy = countEventSources();
    try {
      const a = getFeed('/api/queue', { heartbeatMs: 1000 });
      expect(getFeed('/api/queue/')).to.equal(a);
      expect(getFeed(`${location.origin}/api/queue`)).to.equal(a);
      const polled = getFeed('/api/queue', { transport: 'poll', pollMs: 100 });
      expect(polled).to.not.equal(a);
      const off1 = a.subscribe(() => {});
      const off2 = a.subscribe(() => {});
      const off3 = polled.subscribe(() => {});
      await until(() => a.state && polled.state, 1500, 'both states');
      expect(spy.urls).to.have.length(1);
      off1();
      expect(getFeed('/api/queue')).to.equal(a);
      off2();
      off3();
      expect(getFeed('/api/queue', { heartbeatMs: 1000 })).to.not.equal(a);
      getFeed('/api/queue').close();
    } finally {
      spy.restore();
    }
  });

  it('coalesces a burst into few updates, drops what is malformed, keeps the calls in order', async () => {
    const feed = getFeed('/__fixture/queue-hostile', { heartbeatMs: 5000 });
    const updates: FeedUpdate[] = [];
    const off = feed.subscribe((_f, u) => updates.push(u));
    try {
      await until(() => feed.state?.eventId === 7, 1500, 'the last event');
      await sleep(100);
      expect(updates.length).to.be.lessThan(4);
      expect(updates.reduce((n, u) => n + u.invalid, 0)).to.equal(6);
      expect(updates.flatMap((u) => u.calls.map((c) => c.number))).to.deep.equal(['<script>window.__pwned=2</script>', 'A-002']);
    } finally {
      off();
    }
  });

  it('falls back to polling after two silent streams, and tries the stream again later', async () => {
    const spy = countEventSources();
    const feed = getFeed('/__fixture/queue-silent', { heartbeatMs: 100, pollMs: 100, streamRetryMs: 500 });
    const off = feed.subscribe(() => {});
    try {
      await until(() => feed.polling && feed.state, 1500, 'polling');
      expect(feed.status).to.equal('live');
      expect(spy.urls).to.have.length(2);
      await until(() => spy.urls.length === 3, 1500, 'a new try of the stream');
      await sleep(450);
      expect(feed.polling).to.equal(true); // silent again: still polling
    } finally {
      off();
      spy.restore();
    }
  });
});
