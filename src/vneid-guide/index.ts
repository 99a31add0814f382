/**
 * `<dvc-vneid-guide>` and its public types (prefixed `Guide…`: `src/index.ts` re-exports every
 * widget side by side). The pages, the content per locale and the illustrations load on demand.
 */
export { DvcVneidGuide } from './vneid-guide.js';
export type { GuideProgressDetail, GuideCompleteDetail } from './events.js';
export type {
  GuideContent,
  Task as GuideTask,
  Step as GuideStep,
  Line as GuideLine,
  Need as GuideNeed,
  Trouble as GuideTrouble,
  StoreLink as GuideStoreLink,
  Answers as GuideAnswers,
  Platform as GuidePlatform,
  Progress as GuideProgress,
  StepStatus as GuideStepStatus,
} from './model/types.js';
