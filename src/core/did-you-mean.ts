/**
 * The allowed key a mistyped one most likely meant: the same key in another case
 * (`visibleif` → `visibleIf`), else the nearest by edit distance (a letter missing, extra,
 * changed or two swapped) if it is near enough — 1 edit for keys up to 4 letters, 2 beyond.
 * Undefined when nothing is close. Plain TypeScript: definition checks and the server use it.
 */
export function didYouMean(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameCase = allowed.find((a) => a.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestDistance = key.length > 4 ? 3 : 2;
  for (const a of allowed) {
    const d = distance(lower, a.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [a, d];
  }
  return best;
}

/** Edit distance with adjacent swaps (optimal string alignment). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
