// The waits every browser test shares: a pause, and polling for a condition with a bound, so no
// test hangs and none waits a fixed time for what it can watch for instead.

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every 20 ms until it gives something truthy, which it resolves with; fails naming `what` after `ms`. */
export async function until<T>(check: () => T | Promise<T>, ms = 1800, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
