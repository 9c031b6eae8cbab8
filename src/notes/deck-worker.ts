import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { CardIdentity } from '../content/card-ids.ts';
import type { OffThreadRequest, OffThreadResult } from './load-deck-off-thread.ts';
import { loadDeck } from './load-notes.ts';

/**
 * The worker that reloads the notes: it reads and builds the deck, then sends back only what the main
 * thread needs (questions, problems, card identities for the next reload), so the bot keeps answering
 * while a large folder of notes is parsed.
 */
const request = workerData as OffThreadRequest;

async function run(): Promise<OffThreadResult> {
  const deck = await loadDeck(request.paths, {
    previous: request.previous,
    ...(request.cwd === undefined ? {} : { cwd: request.cwd }),
    ...(request.seed === undefined ? {} : { seed: request.seed }),
  });
  const cards: CardIdentity[] = deck.cards.map((c) => ({ id: c.id, prompt: c.prompt, answer: c.answer }));
  return { questions: deck.questions, problems: deck.problems, cards, threadId };
}

run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
