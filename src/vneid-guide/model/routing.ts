import type { Answers, GuideContent, Platform, Progress, Step, Task, TaskStatus } from './types.js';

/** The tasks the two routing answers call for, in content order. */
export function applicableTasks(content: GuideContent, answers: Answers): Task[] {
  return content.tasks.filter((task) =>
    Object.entries(task.when ?? {}).every(([q, allowed]) => {
      const answer = answers[q as keyof Answers];
      // Unanswered counts as "no"/"not sure": the citizen then sees the longer, safer path.
      return (allowed as string[]).includes(answer ?? (q === 'level2' ? 'unsure' : 'no'));
    }),
  );
}

/** The steps of a task on one platform. */
export function stepsFor(task: Task, platform: Platform): Step[] {
  return task.steps.filter((s) => !s.platforms || s.platforms.includes(platform));
}

export function taskStatus(task: Task, platform: Platform, progress: Progress): TaskStatus {
  const steps = stepsFor(task, platform);
  if (steps.length && steps.every((s) => progress[s.id] === 'done')) return 'completed';
  return steps.some((s) => progress[s.id]) ? 'in-progress' : 'not-started';
}

/** Done steps and all steps over the applicable tasks, for "3 of 12" and the events. */
export function countSteps(tasks: Task[], platform: Platform, progress: Progress): { completed: number; total: number } {
  const steps = tasks.flatMap((t) => stepsFor(t, platform));
  return { completed: steps.filter((s) => progress[s.id] === 'done').length, total: steps.length };
}
