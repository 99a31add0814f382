/**
 * What the pages load on demand, behind one seam for tests: the built-in content of one locale at
 * a time, the illustrations, and the QR encoder (desktop only).
 */
export const loaders = {
  content: {
    vi: () => import('../../content/vi.js'),
    en: () => import('../../content/en.js'),
    de: () => import('../../content/de.js'),
  },
  illustrations: () => import('./illustrations.js'),
  qr: () => import('../../../core/qr.js'),
};
