/**
 * `<dvc-application-status>` and its public types (prefixed `Application…`/`Status…`: `src/index.ts`
 * re-exports every widget side by side). The model (types, guard, transitions, input checks) is
 * plain TypeScript, shared with the reference server: a portal's own code may import it from
 * `dvc-widgets/application-status`.
 */
export { DvcApplicationStatus } from './application-status.js';
export type { StatusFoundDetail, StatusNotFoundDetail } from './events.js';
export type {
  ApplicationStatus,
  ApplicationStatusKey,
  HistoryEntry as ApplicationHistoryEntry,
  MissingDocuments as ApplicationMissingDocuments,
  MissingItem as ApplicationMissingItem,
  Collect as ApplicationCollect,
  CollectMethod as ApplicationCollectMethod,
  BringItem as ApplicationBringItem,
  Fees as ApplicationFees,
} from './model/types.js';
export { tidyCode, tidyVerifier } from './model/input.js';
