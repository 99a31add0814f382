import type { Answers, Progress } from '../model/types.js';

/** The pages of the guide: `start` is the first screen; the rest live in the lazy chunk. */
export type View = 'start' | 'loading' | 'needs' | 'tasks' | 'task';

/** What the element and its lazily loaded pages share. Nothing here is stored. */
export interface GuideState {
  view: View;
  answers: Answers;
  /** The open task, on the `task` page. */
  taskId?: string;
  /** True after "Continue" with a question unanswered. */
  missing?: boolean;
  /** Text size: 1, 1.5 or 2 (× the portal's own `--dvc-font-scale`). */
  scale: number;
  /** Progress set on the element before the pages loaded: they take it over (once). */
  progress?: Progress;
}
