/** `dvc-guide-progress`: a step was marked done or not done. */
export interface GuideProgressDetail {
  taskId: string;
  stepId: string;
  status: 'done' | 'not-done';
  /** Steps done, over the tasks that apply to this citizen on this platform. */
  completed: number;
  total: number;
}

/** `dvc-guide-complete`: every step of every task that applies is done. */
export interface GuideCompleteDetail {
  total: number;
}
