import type { Queue } from './queue.js';

/** Keeps at most this many people waiting per service, so the demo board stays readable. */
const MAX_WAITING = 8;

/**
 * One step of the demo queue (`--simulate`): a citizen may take a ticket and a counter may move
 * on, through the same queue rules and events as real requests.
 */
export async function queueStep(queue: Queue, random: () => number): Promise<void> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const service = pick(queue.config.services);
  const waiting = (await queue.services()).find((s) => s.letter === service.letter)?.waiting ?? 0;
  if (waiting < MAX_WAITING && random() < 0.6) await queue.write(() => queue.issue(service.letter));
  const roll = random();
  const counter = pick(queue.config.counters);
  if (roll < 0.45) await queue.write(() => queue.next(counter.id));
  else if (roll < 0.5 && (await queue.snapshot()).counters.find((c) => c.id === counter.id)?.current) {
    await queue.write(() => queue.recall(counter.id));
  }
}
