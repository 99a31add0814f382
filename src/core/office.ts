// The unit's own name — "phường Kim Long", "xã Phú Vang", "đặc khu Phú Quốc" — and its service
// centre, for every string that names the office (README, "Your unit's name"). One page-wide
// setting (`<meta name="dvc-unit">` for a CMS without scripts of its own, or `configure()`), and
// the `unit` / `centre` attributes of each element (src/core/dvc-element.ts), which win. Unset,
// the strings keep their generic words ("Bộ phận Một cửa", "cán bộ", "cơ quan").
import type { LocalizedText } from './localized-text-guard.js';
import { resolveText } from './localized-text.js';
import { getLocale } from './localization.js';

/** The page-wide names, for `configure()`. */
export interface OfficeNames {
  /**
   * The unit's short name as it stands inside a sentence, in lower case: "phường Kim Long",
   * "xã Phú Vang", "đặc khu …" — one string for every language, or `{ vi, en, de }`.
   */
  unit?: LocalizedText;
  /** The service centre's full name: "Trung tâm Phục vụ hành chính công phường Kim Long". */
  centre?: LocalizedText;
}

let configured: OfficeNames = {};
/**
 * Elements that drew a name: `configure()` redraws them. Kept here, in the lazily loaded parts'
 * code, rather than in the base element, so the first screens carry nothing for it.
 */
const users = new Set<NamedHost>();

/**
 * Names the unit for every widget on the page (an element's own `unit` / `centre` attribute wins).
 * Keys left out keep their value; `undefined` clears one. Widgets already drawn follow at once.
 */
export function configure(names: OfficeNames): void {
  configured = { ...configured, ...names };
  for (const el of users) el.requestUpdate();
}

/**
 * `<meta name="dvc-unit" content="phường Kim Long">`: the one without `lang` for every language,
 * one with `lang="en"` (or `de`, `vi`) for that language only. Read at each use.
 */
function fromMeta(key: keyof OfficeNames): string {
  if (typeof document === 'undefined') return '';
  const locale = getLocale();
  let any = '';
  for (const meta of document.querySelectorAll<HTMLMetaElement>(`meta[name="dvc-${key}"]`)) {
    const lang = meta.getAttribute('lang');
    const value = meta.content.trim();
    if (!value) continue;
    if (!lang) any ||= value;
    else if (lang.toLowerCase().split(/[-_]/)[0] === locale) return value;
  }
  return any;
}

/** An element with its own `unit` / `centre` (every dvc element). */
export interface NamedHost {
  unit?: LocalizedText;
  centre?: LocalizedText;
  readonly isConnected: boolean;
  requestUpdate(): void;
}

/**
 * The names `host` uses in the current language: its own attribute, else `configure()`, else the
 * page's meta tag; '' where none is set (the caller then writes its generic words).
 */
export function officeNames(host: NamedHost): { unit: string; centre: string } {
  // Elements that left the page are let go; one that comes back is added again at its next draw.
  for (const el of users) if (!el.isConnected) users.delete(el);
  users.add(host);
  const name = (key: keyof OfficeNames) => (resolveText(host[key]) || resolveText(configured[key]) || fromMeta(key)).trim();
  return { unit: name('unit'), centre: name('centre') };
}

/** A name that starts a sentence: "phường Kim Long" → "Phường Kim Long" (the rest as written). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase(getLocale()) + text.slice(1);
}
