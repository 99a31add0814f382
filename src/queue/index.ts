/**
 * `<dvc-queue-board>` and `<dvc-queue-ticket>`, and the queue contract's types. Importing this
 * module defines both elements; each loads its view (with the shared feed client) in parallel
 * with its first request, and its later parts (voice, QR code) only when it needs them.
 */
import '../generated/strings/queue.js';

export { DvcQueueBoard } from './board/board.js';
export { DvcQueueTicket } from './ticket/ticket.js';
export type { FeedOptions, FeedStatus, FeedUpdate, Transport } from './feed.js';
export type { Call, QueueState } from './state.js';
export type * from './contracts.js';
