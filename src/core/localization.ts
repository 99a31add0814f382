import type { ReactiveControllerHost } from 'lit';

import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';
import { useTemplates, type Templates } from './msg.js';

export { DEFAULT_LOCALE, LOCALES, type Locale };

/** Fired on `window` when the widgets' language changed: `detail.locale`. */
export const LOCALE_CHANGE_EVENT = 'dvc-locale-change';

type TargetLocale = Exclude<Locale, 'en'>;

/** Loads one area's strings per target locale; explicit imports, so each is a chunk of its own. */
export type StringsLoader = Record<TargetLocale, () => Promise<{ templates: Templates }>>;

/**
 * Strings are split by area (scripts/strings.mjs: per core module, per widget and per lazily
 * loaded part), each registered by the module that uses it, so a page downloads only the strings
 * of what it shows.
 */
const areas = new Map<string, StringsLoader>();
let active: Templates = {};
/** The source locale until the page's own is loaded. */
let current: Locale = 'en';
let loading: Locale | undefined;
let request = 0;
/** Connected elements, re-rendered when strings arrive. */
const hosts = new Set<ReactiveControllerHost>();

async function loadAreas(locale: TargetLocale, list: StringsLoader[], into: Templates): Promise<Templates> {
  for (const module of await Promise.all(list.map((load) => load[locale]()))) {
    Object.assign(into, module.templates);
  }
  return into;
}

const refresh = () => hosts.forEach((host) => host.requestUpdate());

let pending: Promise<unknown> = Promise.resolve();
let observing = false;

function observe(): void {
  observing = true;
  // Server-side rendering: no page to follow (and nothing to paint).
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  new MutationObserver(() => apply(root.lang)).observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/**
 * Maps a BCP 47 tag (`vi-VN`, `en_US`, `DE`) to a supported locale; anything else becomes `vi`,
 * since every page that embeds us serves Vietnamese citizens first.
 */
export function resolveLocale(tag: unknown): Locale {
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : DEFAULT_LOCALE;
}

/** The locale the widgets currently render in. */
export function getLocale(): Locale {
  return current;
}

/**
 * Switches every widget on the page to `tag` (any BCP 47 tag; unknown → `vi`). Resolves with the
 * locale now active; when a locale's strings cannot load, the previous locale stays.
 */
export function setLocale(tag: string): Promise<Locale> {
  if (!observing) observe();
  return apply(tag);
}

function apply(tag: string): Promise<Locale> {
  const locale = resolveLocale(tag);
  if (locale === (loading ?? current)) return pending.then(getLocale);
  const id = ++request;
  loading = locale;
  const strings = locale === 'en' ? Promise.resolve(undefined) : loadAreas(locale, [...areas.values()], {});
  const done: Promise<Locale> = strings.then(
    (templates) => {
      // A newer request wins; its promise is the one to wait for.
      if (id !== request) return pending.then(getLocale);
      const previous = current;
      current = locale;
      loading = undefined;
      active = templates ?? {};
      useTemplates(templates);
      refresh();
      if (current !== previous && typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale: current } }));
      return current;
    },
    () => {
      if (id === request) loading = undefined;
      return current;
    },
  );
  pending = done;
  return done;
}

/** Resolves once the locale being loaded (if any) is ready; never rejects. */
export function whenLocaleReady(): Promise<unknown> {
  return pending;
}

/**
 * Takes the locale from `<html lang>` — unless `setLocale()` chose one already — and follows later
 * changes of it. Safe to call many times: only the first call does anything.
 */
export function startLocalization(): Promise<unknown> {
  if (!observing) {
    observe();
    apply(document.documentElement.lang);
  }
  return pending;
}

/**
 * Adds an area's strings (a widget's, from its element module). When the page already shows a
 * target locale, they load at once, and elements wait for them before painting.
 */
export function registerStrings(area: string, loader: StringsLoader): void {
  if (areas.has(area)) return;
  areas.set(area, loader);
  pending = pending.then(async () => {
    const locale = getLocale();
    if (locale === 'en') return;
    try {
      await loadAreas(locale, [loader], active);
    } catch {
      return; // English stays readable; the next locale change retries.
    }
    refresh();
  });
}


/** Re-renders `host` whenever strings arrive (a locale change, or a widget's area loaded later). */
export function localize(host: ReactiveControllerHost): void {
  host.addController({ hostConnected: () => hosts.add(host), hostDisconnected: () => hosts.delete(host) });
}
