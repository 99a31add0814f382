/**
 * dvc-widgets: every widget, and the shared public API. Importing this module in a browser
 * defines the elements (an already-defined tag is left alone) and starts following `<html lang>`;
 * on a server (server-side rendering: no `document`) it defines nothing and touches nothing.
 */
import { startLocalization } from './core/localization.js';

if (typeof document !== 'undefined') startLocalization();

export * from './localization.js';
export { resolveText, isLocalizedText, type LocalizedText } from './core/localized-text.js';
export { safeDefine } from './core/define.js';
export type { DvcErrorDetail, DvcEventMap } from './core/events.js';
export * from './procedure-wizard/index.js';
export * from './feedback-form/index.js';
export * from './vneid-guide/index.js';
export * from './queue/index.js';
export * from './application-status/index.js';
