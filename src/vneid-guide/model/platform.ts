import type { Platform } from './types.js';

/**
 * Guesses the citizen's device from the user agent. iPadOS 13+ sends a desktop Safari UA
 * ("Macintosh"), so a Mac that reports touch points is an iPad: treated as iOS.
 */
export function detectPlatform(ua: string, maxTouchPoints = 0): Platform {
  if (/android/i.test(ua)) return 'android';
  if (/iphone|ipad|ipod/i.test(ua)) return 'ios';
  if (/macintosh/i.test(ua) && maxTouchPoints > 1) return 'ios';
  return 'desktop';
}

/** The `platform` attribute: a platform, or `auto` (anything else) → detected. */
export function resolvePlatform(value: unknown, nav: { userAgent: string; maxTouchPoints?: number } = navigator): Platform {
  return value === 'android' || value === 'ios' || value === 'desktop'
    ? value
    : detectPlatform(nav.userAgent, nav.maxTouchPoints);
}
