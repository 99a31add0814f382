import type { QueueSnapshot } from 'dvc-widgets'

/** What the server puts in the page for the queue widgets (a portal would give them `src`, its queue API). */
export function queueSnapshot(now: Date): QueueSnapshot {
  const day = now.toISOString().slice(0, 10)
  const at = now.toISOString()
  const services = [
    { letter: 'A', name: { vi: 'Chứng thực', en: 'Certification' }, waiting: 3, estimatedWaitSeconds: 600, counters: ['1'] },
    { letter: 'B', name: { vi: 'Hộ tịch', en: 'Civil status' }, waiting: 1, estimatedWaitSeconds: 300, counters: ['2'] },
  ]
  return {
    eventId: 1,
    day,
    generatedAt: at,
    services,
    counters: [
      { id: '1', name: { vi: 'Quầy 1', en: 'Counter 1' }, letters: ['A'], current: { number: 'A-012', service: 'A', calledAt: at } },
      { id: '2', name: { vi: 'Quầy 2', en: 'Counter 2' }, letters: ['B'], current: null },
    ],
    recent: [{ number: 'A-012', service: 'A', calledAt: at, counter: '1' }],
  }
}
