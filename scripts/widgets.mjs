// The widget entries: one folder in src/ each, built to dist/cdn/<name>.js and exported as
// `dvc-widgets/<name>`. An entry exists once its folder has an index.ts.
import { existsSync } from 'node:fs';

export const WIDGETS = ['procedure-wizard', 'queue', 'vneid-guide', 'feedback-form', 'application-status'];

export const builtWidgets = () => WIDGETS.filter((w) => existsSync(`src/${w}/index.ts`));

/** Widgets whose folder exists in src/ (they must have a CDN entry). */
export const presentWidgets = () => WIDGETS.filter((w) => existsSync(`src/${w}`));
