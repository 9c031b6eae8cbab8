import type { Card, Problem } from './content/types.ts';
import type { QuizEngine } from './engine/api.ts';
import { loadDeck } from './notes/load-notes.ts';

export interface ReloadCounts {
  readonly added: number;
  readonly updated: number;
  readonly retired: number;
  readonly problems: number;
}

/**
 * Reloads the notes into the engine for `/quiz reload` and `/quiz-admin reload`. Each load is built against
 * the cards of the one before, so a card whose prompt only had a typo fixed keeps its id — and with it its
 * question ids, answers, scores and review schedule — instead of being retired and added anew. Reloads run
 * one after another: two admins reloading at once must not both build against the same old deck.
 */
export function createContentReloader(deps: {
  readonly paths: readonly string[];
  /** The deck loaded at start-up. */
  readonly initialCards: readonly Card[];
  readonly engine: Pick<QuizEngine, 'reload'>;
  readonly onProblems?: (problems: readonly Problem[]) => void;
  /** Working directory for relative paths (tests). */
  readonly cwd?: string;
}): () => Promise<ReloadCounts> {
  let cards = deps.initialCards;
  let queue: Promise<unknown> = Promise.resolve();
  const once = async (): Promise<ReloadCounts> => {
    const fresh = await loadDeck(deps.paths, {
      previous: cards,
      ...(deps.cwd === undefined ? {} : { cwd: deps.cwd }),
    });
    deps.onProblems?.(fresh.problems);
    const counts = await deps.engine.reload(fresh.questions);
    cards = fresh.cards;
    return { ...counts, problems: fresh.problems.length };
  };
  return () => {
    const next = queue.then(once);
    queue = next.catch(() => undefined);
    return next;
  };
}
