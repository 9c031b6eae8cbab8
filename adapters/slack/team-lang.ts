import type { Lang } from '../../src/content/question.ts';

/**
 * A team's language, read from the store for every request: `/quiz lang` may have just been handled by
 * another instance behind the same load balancer, and a per-process copy (it once lived 30 s here) made the
 * next message come out in the old language whenever it reached an instance that still held one.
 * Requests for the same team that arrive in the same turn of the event loop (a burst of clicks) share one
 * read, and that read starts only after all of them arrived, so none of them can see a value older than
 * its own arrival.
 */
export function teamLangReader(read: (teamId: string) => Promise<Lang>): (teamId: string) => Promise<Lang> {
  const gathering = new Map<string, Promise<Lang>>();
  return (teamId) => {
    const joined = gathering.get(teamId);
    if (joined !== undefined) return joined;
    const started = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      gathering.delete(teamId);
      return read(teamId);
    });
    gathering.set(teamId, started);
    return started;
  };
}
