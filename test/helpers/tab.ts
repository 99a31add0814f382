/**
 * Every test starts as a fresh tab would: nothing the widgets kept for the tab (drafts, answers),
 * no history entry of an earlier test. Imported for its root-level hook by the widgets' helpers.
 */
export function freshTab(): void {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
}

beforeEach(freshTab);
