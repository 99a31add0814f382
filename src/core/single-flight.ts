/**
 * Runs `task` one at a time. A call while it runs gets the running promise and asks for one more
 * run afterwards — what the task reads may have changed meanwhile — however many calls came. The
 * task handles its own failures; a rejection only ends that run.
 */
export function singleFlight(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = task()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  };
  return run;
}
