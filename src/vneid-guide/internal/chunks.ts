/**
 * The lazily loaded parts of the first screen, behind one seam so a test can make a load fail (a
 * phone losing its connection between the first screen and "Continue"). What the pages load in
 * turn (content per locale, illustrations, QR encoder) is in `lazy/loaders.ts`.
 */
export const chunks = {
  guide: () => import('./lazy/guide.js'),
  kiosk: () => import('./kiosk.js'),
};
