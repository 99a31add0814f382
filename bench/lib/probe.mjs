// What bench/cold.mjs injects into every page (the same for every tool), and how it reads the
// page's Resource Timing afterwards.
//
// "Painted" is measured from inside the page: on every animation frame the probe looks for the
// awaited texts (e.g. the first question's label) in the DOM, open shadow roots included; once one
// is there and rendered (checkVisibility, a non-empty box), the frame whose rAF callback found it
// is the one that paints it, and a message posted from that callback runs right after that frame's
// paint: its performance.now() is the "painted" time, counted from navigation start (timeOrigin).
// Why not the platform's paint APIs: Element Timing ignores elements inside shadow roots (every dvc
// widget), and LCP reports the *largest* text, which may be a heading rather than the question and
// differs between tools; FCP fires for any text, such as a "Loading…" line. The probe costs a tree
// walk per frame only while something is awaited, the same walk for every tool.

/**
 * Runs in the page before any of its scripts (Playwright addInitScript). `initial`: the awaited
 * texts, each `{ text, within? }` (`within`: a selector of the element to look in, e.g. one widget
 * on a page of five); each is reported once, by its text, to window.__probeReport.
 */
export function probe(initial) {
  const pending = new Set(initial);
  const report = (text, paintedAt) => window.__probeReport?.({ text, paintedAt });
  const hit = (data, text) => data.startsWith(text) && !/[\p{L}\p{N}]/u.test(data.charAt(text.length));
  const search = (root, m) => {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walk.currentNode; n; n = walk.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (hit(n.data.trim(), m.text)) return n.parentElement;
      } else if (n.shadowRoot) {
        const found = search(n.shadowRoot, m);
        if (found) return found;
      }
    }
    return undefined;
  };
  const tick = () => {
    for (const m of pending) {
      const root = m.within ? document.querySelector(m.within) : document.documentElement;
      const el = root && search(root, m);
      if (!el?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !el.getClientRects().length) continue;
      pending.delete(m);
      const after = new MessageChannel();
      after.port1.onmessage = () => report(m.text, performance.now());
      after.port2.postMessage(0);
    }
    if (pending.size) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // The harness calls this before a click: the next page's text, and the click's own timestamp.
  window.__probeWatch = (text) => {
    window.__clickAt = undefined;
    addEventListener('click', (e) => (window.__clickAt ??= e.timeStamp), { capture: true, once: true });
    if (!pending.size) requestAnimationFrame(tick);
    pending.add({ text });
  };
}

/** Runs in the page: the navigation and resource entries, trimmed to what the report needs. */
export function timings() {
  const pick = (e) => ({ url: e.name, type: e.initiatorType, start: e.startTime, end: e.responseEnd, encoded: e.encodedBodySize, transfer: e.transferSize, protocol: e.nextHopProtocol });
  return {
    timeOrigin: performance.timeOrigin,
    nav: pick(performance.getEntriesByType('navigation')[0]),
    resources: performance.getEntriesByType('resource').map(pick),
  };
}

/**
 * Round trips in sequence before `until` (ms since navigation start): every request that had
 * responded by then gets depth 1 + the deepest request that had fully responded before it started
 * (the HTML is depth 1). With 150 ms of latency per request, requests sent in one wave start
 * before any of them responds, so only real waits chain; on localhost everything looks sequential,
 * which is why the report takes the depth from the run with network emulation. It is an upper
 * bound: a request held back by a busy main thread until after an unrelated response counts as
 * waiting for it — so the report prints the chain, and every run's depth when they differ.
 * Returns { depth, chain: [urls] } with the chain of the deepest request.
 */
export function criticalPath({ nav, resources }, until) {
  const done = [{ ...nav, depth: 1 }, ...resources.filter((r) => r.end <= until).sort((a, b) => a.start - b.start)];
  for (const r of done.slice(1)) {
    r.parent = done.filter((p) => p !== r && p.depth && p.end <= r.start).sort((a, b) => b.depth - a.depth || b.end - a.end)[0];
    r.depth = (r.parent?.depth ?? 0) + 1;
  }
  let last = done.reduce((a, b) => (b.depth > a.depth || (b.depth === a.depth && b.end > a.end) ? b : a));
  const chain = [];
  for (; last; last = last.parent) chain.unshift(last.url);
  return { depth: chain.length, chain };
}
