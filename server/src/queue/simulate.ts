import type { Queue } from './queue.js';

/** Keeps at most this many people waiting per service, so the demo board stays readable. */
const MAX_WAITING = 8;

/**
 * Demo mode (`--simulate`): every tick a citizen may take a ticket and a counter may move on,
 * through the same queue rules and events as real requests. `random` is injectable for tests.
 */
export function startSimulation(queue: Queue, intervalMs: number, random: () => number = Math.random): () => void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const tick = (): void => {
    try {
      const service = pick(queue.config.services);
      const waiting = queue.services().find((s) => s.letter === service.letter)?.waiting ?? 0;
      if (waiting < MAX_WAITING && random() < 0.6) queue.write(() => queue.issue(service.letter));
      const roll = random();
      const counter = pick(queue.config.counters);
      if (roll < 0.45) queue.write(() => queue.next(counter.id));
      else if (roll < 0.5 && queue.snapshot().counters.find((c) => c.id === counter.id)?.current) {
        queue.write(() => queue.recall(counter.id));
      }
    } catch (err) {
      // A failed simulated step must not stop the demo; the next tick tries again.
      console.error('dvc-server: simulation step failed', err);
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
