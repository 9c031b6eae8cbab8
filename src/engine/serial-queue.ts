/**
 * Runs tasks one after another. Rating updates read both ratings and write new absolute values, so two
 * duels of the same player settling at once in this process would lose one update; queueing them keeps
 * every rating change (across processes the store's transaction is the only guard).
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
