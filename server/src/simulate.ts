import { applicationStep } from './applications/simulate.js';
import type { AppContext } from './context.js';
import { queueStep } from './queue/simulate.js';

/**
 * Demo mode (`--simulate`): every interval the queue moves (queue/simulate.ts) and an
 * application moves on (applications/simulate.ts). With several instances on one database each
 * tick is claimed in the database first, so the demo moves at the configured pace however many
 * instances simulate. `random` is injectable for tests.
 */
export function startSimulation(app: AppContext, intervalMs: number, random: () => number = Math.random): () => void {
  let running = false;
  const claim = (): Promise<boolean> =>
    app.write(async () => {
      const now = app.config.now();
      const last = await app.stores.settings.get('simulation_tick');
      if (last && now - Number(last) < intervalMs * 0.8) return false;
      await app.stores.settings.set('simulation_tick', String(now));
      return true;
    });
  const tick = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      if (await claim()) {
        await queueStep(app.queue, random);
        await applicationStep(app, random);
      }
    } catch (err) {
      // A failed simulated step must not stop the demo; the next tick tries again.
      console.error('dvc-server: simulation step failed:', (err as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
