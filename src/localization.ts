/**
 * `dvc-widgets/localization`: the page's language for every widget, without any widget. Import it
 * where the portal switches languages (a React or Vue app, server-side rendering): it defines no
 * element and touches no `document` when imported. `configure()` names the unit for every widget
 * (README, "Your unit's name").
 */
export { configure, type OfficeNames } from './core/office.js';
export { getLocale, setLocale, resolveLocale, LOCALES, DEFAULT_LOCALE, LOCALE_CHANGE_EVENT, type Locale } from './core/localization.js';
