/** The locales dvc-widgets ships: English is the source, Vietnamese the default. */
export type Locale = 'vi' | 'en' | 'de';

export const LOCALES: readonly Locale[] = ['vi', 'en', 'de'];
export const DEFAULT_LOCALE: Locale = 'vi';
