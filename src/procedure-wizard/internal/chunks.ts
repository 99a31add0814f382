/**
 * The lazily loaded parts, behind one seam so a test can make the load fail (a phone losing its
 * connection between the first screen and "Start").
 */
export const chunks = {
  flow: () => import('./lazy/flow.js'),
};

export function loadFlow(): ReturnType<typeof chunks.flow> {
  return chunks.flow();
}
