import type { CardIdentity } from './content/card-ids.ts';
import type { Card, Problem } from './content/types.ts';
import type { QuizEngine } from './engine/api.ts';
import {
  loadDeckOffThread,
  type OffThreadRequest,
  type OffThreadResult,
} from './notes/load-deck-off-thread.ts';

export interface ReloadCounts {
  readonly added: number;
  readonly updated: number;
  readonly retired: number;
  readonly problems: number;
  /** The new notes could not be loaded (a file unreadable, the build failed): the previous deck stays. */
  readonly keptPrevious: boolean;
}

/** Problems that mean a note (or the whole folder) did not load, as opposed to loading with warnings. */
const UNLOADED = new Set([
  'unreadable',
  'binary-file',
  'too-large',
  'not-found',
  'no-notes',
  'reload-failed',
]);

/**
 * Reloads the notes into the engine for `/quiz reload` and `/quiz-admin reload`. The notes are read and
 * built in a worker thread, so players keep playing during a reload of a large folder. Each load is built
 * against the cards of the one before, so a card whose prompt only had a typo fixed keeps its id — and with
 * it its question ids, answers, scores and review schedule — instead of being retired and added anew. A
 * note that fails to load (unreadable, not text, too large, or a build that fails) leaves the previous
 * deck in play rather than retiring its questions. Reloads run one after another: two admins reloading
 * at once must not both build against the same old deck.
 */
export function createContentReloader(deps: {
  readonly paths: readonly string[];
  /** The deck loaded at start-up. */
  readonly initialCards: readonly (Card | CardIdentity)[];
  readonly engine: Pick<QuizEngine, 'reload'>;
  readonly onProblems?: (problems: readonly Problem[]) => void;
  /** Working directory for relative paths (tests). */
  readonly cwd?: string;
  /** How the deck is loaded (tests); by default in a worker thread. */
  readonly load?: (request: OffThreadRequest) => Promise<OffThreadResult>;
}): () => Promise<ReloadCounts> {
  let cards: readonly CardIdentity[] = deps.initialCards.map((c) => ({
    id: c.id,
    prompt: c.prompt,
    answer: c.answer,
  }));
  const load = deps.load ?? ((request: OffThreadRequest) => loadDeckOffThread(request));
  let queue: Promise<unknown> = Promise.resolve();
  const once = async (): Promise<ReloadCounts> => {
    let fresh: OffThreadResult;
    try {
      fresh = await load({
        paths: deps.paths,
        previous: cards,
        ...(deps.cwd === undefined ? {} : { cwd: deps.cwd }),
      });
    } catch (error) {
      const problem: Problem = {
        file: '',
        line: 0,
        severity: 'error',
        code: 'reload-failed',
        message: `${error instanceof Error ? error.message : String(error)}; the previous notes stay in play`,
      };
      deps.onProblems?.([problem]);
      return { added: 0, updated: 0, retired: 0, problems: 1, keptPrevious: true };
    }
    deps.onProblems?.(fresh.problems);
    if (fresh.problems.some((p) => UNLOADED.has(p.code))) {
      return { added: 0, updated: 0, retired: 0, problems: fresh.problems.length, keptPrevious: true };
    }
    const counts = await deps.engine.reload(fresh.questions);
    cards = fresh.cards;
    return { ...counts, problems: fresh.problems.length, keptPrevious: false };
  };
  return () => {
    const next = queue.then(once);
    queue = next.catch(() => undefined);
    return next;
  };
}
