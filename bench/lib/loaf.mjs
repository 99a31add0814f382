// Long animation frames (PerformanceObserver 'long-animation-frame': every frame over 50 ms), for
// seeing where a slow frame's time goes. Each frame is split, by its own timestamps, into parts
// that add up to its duration:
//   scripts before rendering  — event handlers and timers (an EventSource message, a setTimeout)
//   other task work           — the rest of the tasks before rendering: parsing, GC, event plumbing
//   rAF and observers         — renderStart → styleAndLayoutStart: requestAnimationFrame callbacks
//                               (where a batching widget renders), ResizeObserver and the like
//   style, layout, paint      — styleAndLayoutStart → the frame's end
// Forced style and layout inside scripts (a layout read after a write) is printed separately: it
// is part of the script time above.

/** Runs in the page: collects long animation frames from now on into window.__loafs. */
export function observeLongFrames() {
  window.__loafs = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__loafs.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({
          start: s.startTime,
          duration: s.duration,
          forced: s.forcedStyleAndLayoutDuration,
          invoker: s.invoker,
          type: s.invokerType,
          fn: s.sourceFunctionName,
          url: s.sourceURL,
          pos: s.sourceCharPosition,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame' });
}

/**
 * Prints count, worst, the split of their time and the top scripts, for frames collected over
 * `spanMs`. `where(url, charPosition)` may name a script's place in the sources (from a source map);
 * a function's own name is added unless minified away (one or two letters).
 */
export function reportLongFrames(loafs, spanMs, where = (url, pos) => `${url.replace(/^.*\//, '')}:${pos}`) {
  const place = (s) => (s.url ? `${where(s.url, s.pos)}${s.fn && s.fn.length > 2 ? ` ${s.fn}` : ''}` : `(no URL, e.g. the bench's own: ${s.invoker})`);
  if (!loafs.length) return console.log('  long animation frames (over 50 ms): none');
  const total = loafs.reduce((s, f) => s + f.duration, 0);
  const parts = { 'scripts before rendering': 0, 'other task work': 0, 'rAF and observers': 0, 'style, layout, paint': 0 };
  let forced = 0;
  for (const f of loafs) {
    const end = f.start + f.duration;
    const renderStart = f.renderStart || end;
    const layoutStart = f.styleAndLayoutStart || renderStart;
    const before = f.scripts.filter((s) => s.start < renderStart).reduce((s, x) => s + Math.min(x.duration, renderStart - x.start), 0);
    parts['scripts before rendering'] += before;
    parts['other task work'] += Math.max(0, renderStart - f.start - before);
    parts['rAF and observers'] += layoutStart - renderStart;
    parts['style, layout, paint'] += end - layoutStart;
    forced += f.scripts.reduce((s, x) => s + x.forced, 0);
  }
  const pct = (x) => `${((x / total) * 100).toFixed(0)} %`;
  const worst = Math.max(...loafs.map((f) => f.duration));
  console.log(`  long animation frames (over 50 ms): ${loafs.length}, ${Math.round(total)} ms in all (${((total / spanMs) * 100).toFixed(1)} % of the run), worst ${worst.toFixed(0)} ms, blocking ${Math.round(loafs.reduce((s, f) => s + f.blocking, 0))} ms`);
  console.log(`    split: ${Object.entries(parts).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}; forced style/layout in scripts ${pct(forced)}`);
  const top = (key) => {
    const sums = new Map();
    for (const s of loafs.flatMap((f) => f.scripts)) {
      const k = key === 'source' ? place(s) : s[key];
      sums.set(k, (sums.get(k) ?? 0) + s.duration);
    }
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${pct(v)}`).join('; ');
  };
  console.log(`    top scripts by invoker: ${top('invoker')}`);
  console.log(`    top scripts by place: ${top('source')}`);
}
