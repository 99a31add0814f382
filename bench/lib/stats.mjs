// Medians and quartiles (linear interpolation between order statistics), and number formats.

export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** "1,234 ms (IQR 1,100–1,300)" */
export function summary(xs, unit = 'ms', digits = 0) {
  const f = (x) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  if (!xs.some(Number.isFinite)) return 'n/a';
  return `${f(median(xs))} ${unit} (IQR ${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))})`;
}

export const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB` : 'n/a');

/** The most frequent value (the lowest of equals). */
export function mode(xs) {
  const counts = new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
