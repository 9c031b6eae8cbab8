import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickStartTranscript } from './quick-start-transcript.ts';

/**
 * The README's Quick start shows the first screen of `npm start` as it is today: this test plays it and
 * compares. After a change to what the terminal prints, `UPDATE_README=1 npx vitest run
 * test/docs/readme-quick-start.test.ts` writes the new transcript into the README.
 */

const README = path.resolve(import.meta.dirname, '../../README.md');
const BEGIN = '<!-- quick-start transcript: written by test/docs/readme-quick-start.test.ts -->';
const END = '<!-- /quick-start transcript -->';
/** What the reader types, in order: a question, its answer, then English. */
const TYPED = ['/quiz', '/reveal', '/grade good', '/lang en'];

function transcriptIn(readme: string): { before: string; block: string; after: string } {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} section`);
  return {
    before: readme.slice(0, start + BEGIN.length),
    block: readme.slice(start + BEGIN.length, end),
    after: readme.slice(end),
  };
}

describe("the README's Quick start", () => {
  it('shows exactly what the first screen of `npm start` prints', async () => {
    const screen = await quickStartTranscript(TYPED);
    // A fence longer than any run of backticks on the screen (an answer may hold a code block).
    const longest = Math.max(0, ...[...screen.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const block = `\n${fence}text\n${screen.trimEnd()}\n${fence}\n`;
    const readme = readFileSync(README, 'utf8');
    const parts = transcriptIn(readme);
    if (process.env.UPDATE_README === '1' && parts.block !== block)
      writeFileSync(README, `${parts.before}${block}${parts.after}`);
    else expect(parts.block, 'the terminal prints something else now: run with UPDATE_README=1').toBe(block);
  }, 60_000);
});
