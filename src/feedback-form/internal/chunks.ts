/**
 * The lazily loaded part of the form (criteria, contact, checking, sending, the outbox, the
 * thank-you panel, kiosk mode), behind one seam so a test can make its load fail — a phone
 * losing its connection between the first paint and "Send".
 */
export const chunks = {
  more: () => import('./lazy/more.js'),
};

export type More = Awaited<ReturnType<typeof chunks.more>>;
