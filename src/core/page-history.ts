import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How a widget's pages enter the browser's history (the `history` attribute):
 * - `hash` (default): each page is an entry whose URL fragment names it (`#wizard/check`);
 * - `state`: each page is an entry, the URL stays as it is (for portals that route by fragment);
 * - `none`: no entries; the portal owns history.
 */
export type HistoryMode = 'hash' | 'state' | 'none';

export const historyMode = (value: string | undefined): HistoryMode => (value === 'none' || value === 'state' ? value : 'hash');

/** Where our pages sit in `history.state`, beside whatever the portal's router keeps there. */
const KEY = 'dvc';

interface Options<P> {
  /** The widget's name in the state and the fragment: unique on the page (the element's id, else its kind). */
  name: () => string;
  mode: () => HistoryMode;
  /** The page's name in the fragment. */
  fragment: (page: P) => string;
  /** Back or Forward arrived at one of this widget's entries: show that page (without a new entry). */
  show: (page: P) => void;
}

type State = Record<string, unknown> & { [KEY]?: Record<string, unknown> };

/**
 * A widget's pages as entries in the browser's history, so the phone's Back button goes back a
 * page instead of leaving the portal with every answer gone (GOV.UK's question pages do the same).
 * Entries keep the portal router's own state beside ours; other widgets on the page keep theirs.
 */
export class PageHistory<P> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: Options<P>,
  ) {
    // Lit connects a controller added to a connected element at once.
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.pop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.pop);
  }

  /** The page this entry holds: after a reload, or arriving by Back or Forward from another page. */
  get current(): P | undefined {
    return (history.state as State | null)?.[KEY]?.[this.options.name()] as P | undefined;
  }

  /** A new page: a new entry. The entry of the page left (`leaving`) gets that page if it holds none of ours yet, so Back finds it. */
  push(page: P, leaving?: P): void {
    if (leaving !== undefined && this.current === undefined) this.write('replaceState', leaving, true);
    this.write('pushState', page);
  }

  /** The page shown now, without a new entry: the first page, or one shown again in its place. */
  replace(page: P, keepUrl = false): void {
    this.write('replaceState', page, keepUrl);
  }

  private write(how: 'pushState' | 'replaceState', page: P, keepUrl = false): void {
    if (this.options.mode() === 'none') return;
    try {
      history[how](this.state(page), '', keepUrl ? undefined : this.url(page));
    } catch {
      // Safari refuses more than 100 changes in 10 s (SecurityError): the page still changes, without an entry.
    }
  }

  private state(page: P): State {
    const old = (history.state ?? {}) as State;
    return { ...old, [KEY]: { ...old[KEY], [this.options.name()]: page } };
  }

  private url(page: P): string | undefined {
    if (this.options.mode() !== 'hash') return undefined;
    const url = new URL(location.href);
    url.hash = `${this.options.name()}/${this.options.fragment(page)}`;
    return url.href;
  }

  private readonly pop = (e: PopStateEvent): void => {
    const page = (e.state as State | null)?.[KEY]?.[this.options.name()];
    if (page !== undefined && this.options.mode() !== 'none') this.options.show(page as P);
  };
}
