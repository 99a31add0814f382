import type { GuideContent } from '../model/types.js';

/**
 * Store pages of VNeID. UNVERIFIED: these defaults were not checked against the current store
 * listings (links and the app's wording change with app versions). A portal overrides them with
 * `android-store-url` / `ios-store-url` or `stores` in its content JSON; set `verified: true`
 * once checked.
 */
export const stores: NonNullable<GuideContent['stores']> = {
  android: { url: 'https://play.google.com/store/apps/details?id=com.vnid', verified: false },
  ios: { url: 'https://apps.apple.com/vn/app/vneid/id1582750311', verified: false },
};
