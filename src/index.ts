/**
 * dvc-widgets: every widget, and the shared public API. Importing this module defines the
 * elements (an already-defined tag is left alone) and starts following `<html lang>`.
 */
import { startLocalization } from './core/localization.js';

startLocalization();

export { getLocale, setLocale, resolveLocale, LOCALES, type Locale } from './core/localization.js';
export { resolveText, isLocalizedText, type LocalizedText } from './core/localized-text.js';
export { safeDefine } from './core/define.js';
export type { DvcErrorDetail, DvcEventMap } from './core/events.js';
export * from './procedure-wizard/index.js';
export * from './feedback-form/index.js';
export * from './vneid-guide/index.js';
export * from './queue/index.js';
