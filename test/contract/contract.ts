// The contract every widget keeps (issue 14; docs/ARCHITECTURE.md, "The element contract"), as one
// parametrised suite in the spirit of Shoelace's `runFormControlBaseTests`: `runElementContract(case)`
// checks one element, and test/contract/elements.test.ts lists the elements. What it checks:
// - a Vietnamese page never paints English: every text the element paints from its first render
//   until its part is on screen (seen by a MutationObserver) against the English sources of the
//   UI strings that have a Vietnamese translation (xliff/vi.xlf, the rule of scripts/page-kit.mjs);
// - a part that fails to load (the `partModule` seam of src/core/part.ts) shows a visible alert
//   and a visible retry, fires `dvc-error` `load-failed`, and the retry brings the part;
// - with `kiosk`, what a citizen entered is wiped after `idle-timeout` and "Are you still there?";
// - `setLocale()` switches the element in place (same node): the German strings replace the
//   Vietnamese ones, and back.
// Real Chromium, real HTTP to the reference server mounted under /api/ in the test server.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { setLocale } from '../../src/core/localization.js';
import type { LazyElement } from '../../src/core/part.js';
import { sleep, until } from '../helpers/wait.js';
export { sleep, until };

/** One element under contract. Only `tag`, `element` and `template` are required. */
export interface ContractCase {
  tag: string;
  /** The element's class: its static `partModule` is the seam the failure test replaces. */
  element: { partModule: (typeof LazyElement)['partModule'] };
  /** The element on its first screen, against the reference server (`kiosk` adds the kiosk attributes). */
  template(kiosk: boolean): TemplateResult;
  /** Drives the element to a screen that needs its part (default: none — the attributes call for it). */
  toPart?(el: HTMLElement): Promise<void> | void;
  /** The part's screen is drawn (default: the part is loaded). */
  partShown?(el: HTMLElement): boolean;
  /** The control that retries a failed load (default: a button reading "Thử lại"). */
  retry?(el: HTMLElement): Element | null | undefined;
  /** Elements with `kiosk`: enters something of the citizen's, and says whether it is still there. */
  kiosk?: { enter(el: HTMLElement): Promise<void> | void; entered(el: HTMLElement): boolean };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A button (or link) of the element by the start of its visible text. */
export const buttonNamed = (el: Element, text: string | RegExp) =>
  $$(el, 'button, a, summary').find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? t.startsWith(text) : text.test(t);
  });

const loaded = (el: HTMLElement) => (el as unknown as { loadedPart?: unknown }).loadedPart !== undefined;

/** Everything a citizen reads or hears of a root: text, and the labels of controls, through nested shadow roots. */
export function paintedText(root: ParentNode): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    else if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (node.hasAttribute(a)) out.push(node.getAttribute(a)!);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root as Node);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** Translation units of an XLIFF file (plain ones: no placeholders), as the test server serves it. */
async function units(locale: string): Promise<Array<{ source: string; target: string }>> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')]
    .map((u) => ({ source: u.querySelector('source'), target: u.querySelector('target') }))
    .filter(({ source, target }) => source && target && !source.children.length && !target.children.length)
    .map(({ source, target }) => ({ source: source!.textContent!, target: target!.textContent! }));
}

/**
 * The English that must never show on a Vietnamese page: the sources translated differently in
 * vi.xlf, 12 characters or longer (shorter ones, like "OK", are also words of data) — the rule of
 * scripts/page-kit.mjs `forbiddenEnglish`, which guards the demo pages and Storybook.
 */
let english: Promise<string[]> | undefined;
export const forbiddenEnglish = () =>
  (english ??= units('vi').then((list) => ['Are you still there?', ...list.filter((u) => u.source !== u.target && u.source.length >= 12).map((u) => u.source)]));

/** Vietnamese UI strings with a different German translation, and those German ones (12 characters or longer). */
let pairs: Promise<{ vi: string[]; de: string[] }> | undefined;
const localeStrings = () =>
  (pairs ??= Promise.all([units('vi'), units('de')]).then(([vi, de]) => {
    const german = new Map(de.map((u) => [u.source, u.target]));
    const both = vi.filter((u) => german.has(u.source) && german.get(u.source) !== u.target && u.target.length >= 12);
    return { vi: both.map((u) => u.target), de: both.map((u) => german.get(u.source)!).filter((t) => t.length >= 12) };
  }));

const mounted: HTMLElement[] = [];

/** Renders the template into a container of its own and returns the element, watching all it paints from the start. */
function mount(c: ContractCase, kiosk = false): { el: HTMLElement; painted: string[]; errors: string[] } {
  const container = document.createElement('div');
  mounted.push(container);
  const painted: string[] = [];
  const errors: string[] = [];
  container.addEventListener('dvc-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
  const observer = new MutationObserver(() => el.shadowRoot && painted.push(paintedText(el.shadowRoot)));
  document.body.append(container);
  render(c.template(kiosk), container);
  const el = container.querySelector<HTMLElement>(c.tag)!;
  expect(el, `${c.tag} in its template`).to.exist;
  // The shadow root exists from the connection on; the first render comes after, and is seen.
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  observers.set(container, observer);
  return { el, painted, errors };
}
const observers = new WeakMap<HTMLElement, MutationObserver>();

const visible = (node: Element | null | undefined) => {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
};

async function toPart(c: ContractCase, el: HTMLElement): Promise<void> {
  await (el as unknown as LazyElement).updateComplete;
  await c.toPart?.(el);
}

const partShown = (c: ContractCase, el: HTMLElement) => loaded(el) && (c.partShown?.(el) ?? true);

/** Registers the contract suite for one element. */
export function runElementContract(c: ContractCase): void {
  describe(`<${c.tag}> keeps the element contract`, () => {
    // The page is Vietnamese; the part's module is fetched once here (the test server transforms it
    // on first request, slow on a loaded machine), so the tests' own waits measure the element.
    // The reference server, mounted in the test server, opens its database on the first request.
    before(() => Promise.all([setLocale('vi'), c.element.partModule(), fetch('/api/procedures')]));
    afterEach(async () => {
      for (const m of mounted.splice(0)) {
        observers.get(m)?.disconnect();
        m.remove();
      }
      await setLocale('vi');
    });

    it('never paints English on a Vietnamese page: the first screen, then its part', async () => {
      const forbidden = await forbiddenEnglish();
      expect(forbidden.length, 'English sources read from xliff/vi.xlf').to.be.greaterThan(100);
      const { el, painted } = mount(c);
      await toPart(c, el);
      await until(() => partShown(c, el), 1800, 'the part on screen');
      await (el as unknown as LazyElement).updateComplete;
      painted.push(paintedText(el.shadowRoot!));
      expect(painted.length, 'paints were observed').to.be.greaterThan(1);
      const shown = painted.flatMap((text) => forbidden.filter((english) => text.includes(english)));
      expect([...new Set(shown)], 'English strings painted').to.deep.equal([]);
    });

    it('shows a visible retry and fires dvc-error when its part fails to load; the retry brings the part', async () => {
      const real = c.element.partModule;
      c.element.partModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const { el, errors } = mount(c);
        await toPart(c, el);
        await until(() => errors.includes('load-failed'), 1800, 'dvc-error load-failed');
        const alert = await until(() => $(el, '[role=alert]'), 1000, 'the alert');
        expect(visible(alert), 'the alert is visible').to.equal(true);
        expect(alert.textContent!.trim(), 'the alert says what happened').not.to.equal('');
        const retry = c.retry ? c.retry(el) : buttonNamed(el, 'Thử lại');
        expect(visible(retry), 'the retry is visible').to.equal(true);
        expect(loaded(el)).to.equal(false);
        c.element.partModule = real;
        (retry as HTMLElement).click();
        await until(() => partShown(c, el), 1800, 'the part after the retry');
      } finally {
        c.element.partModule = real;
      }
    });

    if (c.kiosk) {
      const kiosk = c.kiosk;
      it('with kiosk: wipes what the citizen entered after idle-timeout and an unanswered "Are you still there?"', async () => {
        const { el } = mount(c, true);
        (el as unknown as { promptFor: number }).promptFor = 0.3;
        await toPart(c, el);
        await until(() => partShown(c, el), 1800, 'the part on screen');
        await kiosk.enter(el);
        await until(() => kiosk.entered(el), 1000, 'what the citizen entered, on screen');
        await until(() => $(el, 'dvc-idle-prompt'), 1500, '"Are you still there?"');
        await until(() => !$(el, 'dvc-idle-prompt'), 1500, 'the wipe');
        await until(() => !kiosk.entered(el), 1000, 'what was entered gone from the screen');
      });
    }

    it('switches language in place with setLocale (the same node, its part too), and back', async () => {
      const { vi, de } = await localeStrings();
      const { el } = mount(c);
      await toPart(c, el);
      await until(() => partShown(c, el), 1800, 'the part on screen');
      await (el as unknown as LazyElement).updateComplete;
      const has = (list: string[]) => list.filter((s) => paintedText(el.shadowRoot!).includes(s));
      expect(has(vi), 'Vietnamese strings before').not.to.deep.equal([]);
      await setLocale('de');
      await until(() => has(de).length && !has(vi).length, 1800, 'German in place of Vietnamese');
      expect(el.isConnected).to.equal(true);
      expect(document.querySelector(c.tag)).to.equal(el);
      await setLocale('vi');
      await until(() => has(vi).length && !has(de).length, 1800, 'Vietnamese again');
    });
  });
}
