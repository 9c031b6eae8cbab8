import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { startNotequiz } from '../../src/main.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What a person sees on the first screen of `npm start`: the real composition root with the default
 * settings (the seed notes in content/, a fresh SQLite file, no $USER so the player is "player"), an
 * interactive terminal, a fixed clock before the daily post and a fixed seed. Each line is typed only
 * once the prompt is back, as a person would; readline echoes it, as the terminal would.
 */
export async function quickStartTranscript(lines: readonly string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'notequiz-quick-start-'));
  try {
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'notequiz.db')}`,
      CONTENT_DIR: path.join(ROOT, 'content'),
      // Interactive, the log would go to data/notequiz.log in the working tree.
      LOG_FILE: path.join(dir, 'notequiz.log'),
      INSTANCE_ID: 'readme',
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = '';
    const waiters: (() => void)[] = [];
    output.setEncoding('utf8').on('data', (chunk: string) => {
      screen += chunk;
      for (const wake of waiters.splice(0)) wake();
    });
    // No $USER in the settings above, so the terminal plays as "player".
    const prompt = 'player> ';
    const promptShown = async () => {
      while (!stripVTControlCharacters(screen).endsWith(prompt))
        await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const app = await startNotequiz(
      config,
      { input, output, errorOutput: new PassThrough(), interactive: true },
      // 07:30 UTC, before the default 09:00 post: no daily question prints between the replies.
      { handleSignals: false, clock: fakeClock('2026-03-02T07:30:00Z'), random: seededRandom(4) },
    );
    for (const line of lines) {
      await promptShown();
      input.write(`${line}\n`);
    }
    await promptShown();
    input.end();
    await app.finished;
    return readable(screen, prompt);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The screen as text: no escape codes, no carriage returns, no prompt left waiting at the end. */
function readable(screen: string, prompt: string): string {
  const text = stripVTControlCharacters(screen).replaceAll('\r\n', '\n').replaceAll('\r', '');
  return text.endsWith(prompt) ? text.slice(0, -prompt.length) : text;
}
