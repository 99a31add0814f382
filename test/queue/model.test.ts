// The queue's plain-TS model: guards (checked against the JSON Schemas' required keys and
// closed shapes, and against real messages from the reference server) and the reducer.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isQueueEvent, isService, isSnapshot, isTicket } from '../../src/queue/guards.js';
import { applyEvent, fromSnapshot, MAX_RECENT, newCalls } from '../../src/queue/state.js';
import type { CalledEvent, QueueSnapshot } from '../../src/queue/contracts.js';

interface Branch {
  required: string[];
  properties: Record<string, unknown>;
}

const at = '2026-11-28T03:00:00.000Z';
const called = (id: number, number = `A-${String(id).padStart(3, '0')}`, counter = '1'): CalledEvent => ({
  type: 'called', id, number, service: 'A', counter, at, waiting: 3, estimatedWaitSeconds: 600,
});
const snapshot = (): QueueSnapshot => ({
  eventId: 10,
  day: '2026-11-28',
  generatedAt: at,
  services: [{ letter: 'A', name: { vi: 'Hộ tịch' }, waiting: 4, estimatedWaitSeconds: 900, counters: ['1'] }],
  counters: [{ id: '1', name: 'Quầy 1', letters: ['A'], current: null }],
  recent: [],
});

describe('queue guards', () => {
  it('accept what the reference server really sends: services, snapshot, a ticket and stream events', async () => {
    const services = (await (await fetch('/api/queue/services')).json()) as unknown[];
    expect(services.length).to.be.greaterThan(0);
    expect(services.every(isService)).to.equal(true);
    expect(isSnapshot(await (await fetch('/api/queue')).json())).to.equal(true);
    const ticket = await (
      await fetch('/api/queue/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"service":"C"}' })
    ).json();
    expect(isTicket(ticket)).to.equal(true);
    const source = new EventSource('/api/queue/stream?lastEventId=0');
    const seen: unknown[] = [];
    await new Promise<void>((resolve) => {
      for (const type of ['called', 'ticket', 'snapshot']) {
        source.addEventListener(type, (e) => {
          seen.push(JSON.parse((e as MessageEvent).data as string));
          if (seen.length >= 1) resolve();
        });
      }
    });
    source.close();
    for (const m of seen) expect(isQueueEvent(m) || isSnapshot(m), JSON.stringify(m)).to.equal(true);
  });

  it('follow queue-event.schema.json: every required key is required, no other key is allowed', async () => {
    const schema = (await (await fetch('/schemas/queue-event.schema.json')).json()) as { oneOf: Branch[] };
    const samples: Record<string, Record<string, unknown>> = {
      called: { ...called(1) },
      ticket: { type: 'ticket', id: 2, action: 'done', number: 'A-001', service: 'A', counter: '1', at, waiting: 0, estimatedWaitSeconds: 0 },
      heartbeat: { type: 'heartbeat', at },
    };
    for (const branch of schema.oneOf) {
      const type = (branch.properties.type as { const: string }).const;
      const sample = samples[type]!;
      expect(isQueueEvent(sample), type).to.equal(true);
      expect(Object.keys(sample).every((k) => k in branch.properties), `${type} sample keys are in the schema`).to.equal(true);
      for (const key of branch.required) {
        const { [key]: _drop, ...rest } = sample;
        expect(isQueueEvent(rest), `${type} without ${key}`).to.equal(false);
      }
      expect(isQueueEvent({ ...sample, unknown: 1 }), `${type} with an extra key`).to.equal(false);
    }
  });

  it('reject hostile values: huge or fractional ids, negative counts, long text, wrong types', () => {
    const bad = [
      { ...called(1), id: 1e300 },
      { ...called(1), id: 1.5 },
      { ...called(1), id: 0 },
      { ...called(1), waiting: -1 },
      { ...called(1), number: 'x'.repeat(10_000) },
      { ...called(1), counter: 3 },
      { ...called(1), at: 'yesterday' },
      { ...called(1), type: 'ticket', action: 'exploded' },
      null,
      [],
      'called',
    ];
    for (const b of bad) expect(isQueueEvent(b), JSON.stringify(b)?.slice(0, 80)).to.equal(false);
    expect(isSnapshot({ ...snapshot(), counters: [{ id: '1', name: { fr: 'Guichet' }, letters: ['A'], current: null }] })).to.equal(false);
    // spokenName (schemas/counter.schema.json, service.schema.json): optional LocalizedText, nothing else.
    const counter = { id: '1', name: 'Quầy số 01', letters: ['A'], current: null };
    expect(isSnapshot({ ...snapshot(), counters: [{ ...counter, spokenName: { vi: 'quầy số một', en: 'counter one' } }] })).to.equal(true);
    expect(isSnapshot({ ...snapshot(), counters: [{ ...counter, spokenName: 1 }] })).to.equal(false);
    expect(isSnapshot({ ...snapshot(), counters: [{ ...counter, spokenName: { fr: 'guichet un' } }] })).to.equal(false);
    const service = { letter: 'A', name: 'Hộ tịch', waiting: 0, estimatedWaitSeconds: 0, counters: ['1'] };
    expect(isService({ ...service, spokenName: 'hộ tịch' })).to.equal(true);
    expect(isService({ ...service, spokenName: 'x'.repeat(10_000) })).to.equal(false);
    expect(isTicket({ id: 'short', number: 'A-001', service: 'A', day: '2026-11-28', status: 'waiting', issuedAt: at })).to.equal(false);
  });

  it('never accept an arbitrary object as an event (property-based)', () => {
    fc.assert(
      fc.property(fc.object(), (o) => {
        if (isQueueEvent(o)) {
          const e = o as Record<string, unknown>;
          return ['called', 'ticket', 'heartbeat'].includes(e.type as string) && typeof e.at === 'string';
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('queue state', () => {
  it('applies calls, waiting figures and done in order, keeping only the last calls', () => {
    const s = fromSnapshot(snapshot());
    for (let id = 11; id < 11 + 20; id++) expect(applyEvent(s, called(id)).call?.number).to.equal(`A-${String(id).padStart(3, '0')}`);
    expect(s.eventId).to.equal(30);
    expect(s.recent.length).to.equal(MAX_RECENT);
    expect(s.recent[0]!.number).to.equal('A-030');
    expect(s.counters[0]!.current?.number).to.equal('A-030');
    expect(s.services[0]!.waiting).to.equal(3);
    applyEvent(s, { type: 'ticket', action: 'done', id: 31, number: 'A-030', service: 'A', counter: '1', at, waiting: 2, estimatedWaitSeconds: 60 });
    expect(s.counters[0]!.current).to.equal(null);
    expect(s.services[0]!.waiting).to.equal(2);
  });

  it('ignores repeats, reports gaps, and announces recalls without adding to the list', () => {
    const s = fromSnapshot(snapshot());
    expect(applyEvent(s, called(10))).to.deep.equal({ repeat: true });
    expect(applyEvent(s, called(12))).to.deep.equal({ gap: true });
    applyEvent(s, called(11));
    const r = applyEvent(s, { type: 'ticket', action: 'recalled', id: 12, number: 'A-011', service: 'A', counter: '1', at, waiting: 3, estimatedWaitSeconds: 600 });
    expect(r.call?.recall).to.equal(true);
    expect(s.recent.length).to.equal(1);
  });

  it('finds the calls a new snapshot brings (polling), oldest first, and none on the first one', () => {
    const a = fromSnapshot(snapshot());
    const b = fromSnapshot({ ...snapshot(), recent: [{ number: 'A-002', service: 'A', counter: '1', calledAt: '2026-11-28T03:02:00Z' }, { number: 'A-001', service: 'A', counter: '1', calledAt: at }] });
    expect(newCalls(undefined, b)).to.deep.equal([]);
    expect(newCalls(a, b).map((c) => c.number)).to.deep.equal(['A-001', 'A-002']);
    expect(newCalls(b, b)).to.deep.equal([]);
  });
});
