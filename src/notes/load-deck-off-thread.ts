import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardIdentity } from '../content/card-ids.ts';
import type { Question } from '../content/question.ts';
import type { Problem } from '../content/types.ts';

export interface OffThreadRequest {
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly seed?: string;
  readonly previous: readonly CardIdentity[];
}

export interface OffThreadResult {
  readonly questions: Question[];
  readonly problems: Problem[];
  readonly cards: CardIdentity[];
  /** The worker thread that built the deck (never the main thread's 0). */
  readonly threadId: number;
}

/**
 * How to start the worker: its entry beside this file, with the same extension. Compiled (`.js`), Node
 * runs it as it is. From sources (`.ts`, the bot running through tsx), the worker first registers tsx's
 * loader (a worker does not inherit the main thread's hooks), then imports the entry, as bin/notequiz.js does.
 */
export function workerEntry(moduleUrl: string): { readonly script: URL | string; readonly eval: boolean } {
  const fromTs = new URL(moduleUrl).pathname.endsWith('.ts');
  const entry = new URL(`./deck-worker.${fromTs ? 'ts' : 'js'}`, moduleUrl);
  if (!fromTs) return { script: entry, eval: false };
  const tsxApi = tsxEsmApi();
  const boot = `(async () => { (await import(${JSON.stringify(tsxApi)})).register(); await import(${JSON.stringify(entry.href)}); })();`;
  return { script: boot, eval: true };
}

/** Where tsx's ESM `register` lives: the `import` export of `tsx/esm/api`, read from tsx's package.json. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports?: Record<string, { import?: { default?: string } }> };
  const target = manifest.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(manifestPath), target)).href;
}

export class DeckLoadError extends Error {
  override readonly name = 'DeckLoadError';
}

/**
 * Reads and builds the deck in a worker thread, so the event loop stays free for interactions and the
 * Markdown parser, the content pipeline and everything a build leaves behind go with the thread. A worker
 * that fails, exits or takes longer than `timeoutMs` (null: no limit) rejects with a DeckLoadError (and is
 * stopped).
 */
export function loadDeckOffThread(
  request: OffThreadRequest,
  timeoutMs: number | null = 120_000,
): Promise<OffThreadResult> {
  const entry = workerEntry(import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.script, { workerData: request, eval: entry.eval });
    let settled = false;
    const finish = (outcome: { ok: true; result: OffThreadResult } | { ok: false; error: Error }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome.ok) resolve(outcome.result);
      else reject(outcome.error);
    };
    const timer =
      timeoutMs === null
        ? undefined
        : setTimeout(
            () =>
              finish({
                ok: false,
                error: new DeckLoadError(`loading the notes took longer than ${timeoutMs} ms`),
              }),
            timeoutMs,
          );
    worker.once(
      'message',
      (message: { ok: true; result: OffThreadResult } | { ok: false; message: string }) => {
        if (message.ok) finish(message);
        else finish({ ok: false, error: new DeckLoadError(`loading the notes failed: ${message.message}`) });
      },
    );
    worker.once('error', (error) =>
      finish({ ok: false, error: new DeckLoadError('the notes worker failed', { cause: error }) }),
    );
    worker.once('exit', (code) =>
      finish({
        ok: false,
        error: new DeckLoadError(`the notes worker exited (code ${code}) before answering`),
      }),
    );
  });
}
