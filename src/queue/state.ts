// The queue as a screen shows it: a snapshot, then events applied in order. Plain TS, no DOM.
// History is bounded (the last MAX_RECENT calls), so a board left on all day does not grow.
import type { QueueEvent, QueueSnapshot, RecentCall } from './contracts.js';

/** Calls kept and shown as "recent". */
export const MAX_RECENT = 8;

export type QueueState = QueueSnapshot;

/** A call to show and announce; `recall` when staff asked to announce it again. */
export interface Call extends RecentCall {
  recall?: boolean;
}

/** What applying one event did: a call to announce, or a gap that needs a resync. */
export interface Applied {
  call?: Call;
  gap?: boolean;
  /** The event was already applied (a replay after a reconnect) and changed nothing. */
  repeat?: boolean;
}

export function fromSnapshot(s: QueueSnapshot): QueueState {
  return { ...s, recent: s.recent.slice(0, MAX_RECENT) };
}

const key = (c: RecentCall) => `${c.number}|${c.calledAt}`;

/** Calls in `next` that `prev` did not have, oldest first (a poll or a fresh snapshot). */
export function newCalls(prev: QueueState | undefined, next: QueueState): Call[] {
  if (!prev) return [];
  const seen = new Set(prev.recent.map(key));
  return next.recent.filter((c) => !seen.has(key(c))).reverse();
}

/** Applies one event in place. Events at or below `eventId` are repeats; above `eventId + 1`, a gap. */
export function applyEvent(state: QueueState, e: QueueEvent): Applied {
  if (e.type === 'heartbeat') return {};
  if (e.id <= state.eventId) return { repeat: true };
  if (e.id > state.eventId + 1) return { gap: true };
  state.eventId = e.id;
  const service = state.services.find((s) => s.letter === e.service);
  if (service) {
    service.waiting = e.waiting;
    service.estimatedWaitSeconds = e.estimatedWaitSeconds;
  }
  const counter = e.counter === undefined ? undefined : state.counters.find((c) => c.id === e.counter);
  if (e.type === 'called') {
    const call: Call = { number: e.number, service: e.service, counter: e.counter, calledAt: e.at };
    if (counter) counter.current = { number: e.number, service: e.service, calledAt: e.at };
    state.recent.unshift(call);
    state.recent.length = Math.min(state.recent.length, MAX_RECENT);
    return { call };
  }
  if (e.action === 'recalled' && e.counter !== undefined) {
    return { call: { number: e.number, service: e.service, counter: e.counter, calledAt: e.at, recall: true } };
  }
  if ((e.action === 'done' || e.action === 'no-show') && counter?.current?.number === e.number) counter.current = null;
  return {};
}
