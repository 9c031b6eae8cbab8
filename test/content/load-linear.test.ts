import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { seededRandom } from '../../src/content/seeded-random.ts';
import {
  JAVAGUIDE_PATH,
  OBSIDIAN_DOCS,
  REACT_PATH,
  readRepoFile,
  SEED_PATH,
  STYLES_PATH,
  SYSADMIN_PATH,
} from './deck-helpers.ts';
import { HOSTILE_SHAPES, ISSUE_SHAPES } from './hostile-notes.ts';

/**
 * Loading notes is linear in their size whatever they hold: a note shaped to find super-linear work, or a
 * real note mutated at random, builds in at most RATE_FACTOR times the CPU per MB that real notes take on
 * the same machine, measured in the same run (the baseline). The measure is the build's own CPU time (user +
 * system, the best of up to three runs after a warm-up), so neither a loaded machine nor a slower one makes
 * it flaky; a quadratic step on these sizes costs tens to thousands of times the baseline.
 */
const RATE_FACTOR = 8;
const MB = 1024 * 1024;
/** Small notes are held to the budget of a quarter MB: start-up costs of a build are not a slope. */
const FLOOR_MB = 0.25;

function cpuSeconds(text: string): number {
  const start = process.cpuUsage();
  buildDeck([{ path: 'note.md', text }]);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function secondsPerMb(text: string, perMb: number): { seconds: number; budget: number } {
  const size = Math.max(text.length / MB, FLOOR_MB);
  const budget = perMb * size;
  let seconds = cpuSeconds(text);
  // More runs only when the first is over budget (a GC, a JIT tier-up or a busy neighbour core can land
  // inside one run): the best of three. A super-linear step is over budget every time.
  for (let run = 1; run < 3 && seconds > budget; run++) seconds = Math.min(seconds, cpuSeconds(text));
  return { seconds, budget };
}

/** The budget per MB: RATE_FACTOR times the best of three builds of the real notes joined, per MB. */
function budgetPerMb(): number {
  const joined = SOURCES.join('\n\n');
  const best = Math.min(cpuSeconds(joined), cpuSeconds(joined), cpuSeconds(joined));
  return (RATE_FACTOR * best) / (joined.length / MB);
}

const SOURCES = [SEED_PATH, JAVAGUIDE_PATH, REACT_PATH, SYSADMIN_PATH, STYLES_PATH].map(readRepoFile);
const OBSIDIAN = ['en-flashcards-q-and-a-cards.md', 'en-flashcards-cloze-cards.md', 'zh-flashcards.md'].map(
  (f) => readRepoFile(`${OBSIDIAN_DOCS}/${f}`),
);

/** Syntax that means something to some reader, repeated to make long runs. */
const TOKENS = [
  '<',
  '>',
  '*',
  '**',
  '`',
  '```',
  '::',
  ':::',
  '?',
  '??',
  '==',
  '{{',
  '}}',
  '[',
  ']',
  '(',
  ')',
  ' ',
  '\t',
  '\n',
  '#',
  '### ',
  '- ',
  '1. ',
  '|',
  '\\',
  '&',
  '<details>',
  '</details>',
  '<summary>',
  '</summary>',
  '<br>',
  '<!--',
  '- [x] ',
  '- [ ] ',
  'A. ',
  '(A) ',
  'Answer: C',
  '答案：',
  '？',
  '。',
  '⭐',
  '$',
  '"',
  ': ',
  '~~~',
  '---',
  '+++',
];

/** A slice of a real note with one to three mutations: a long run of one token, a duplicated or cut span. */
function mutatedNote(k: number): string {
  const random = seededRandom(`load-linear:${k}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const source = k % 7 === 0 ? pick(OBSIDIAN) : pick(SOURCES);
  const start = Math.floor(random() * Math.max(1, source.length - 40_000));
  let text = source.slice(start, start + 5_000 + Math.floor(random() * 45_000));
  const mutations = 1 + Math.floor(random() * 3);
  for (let m = 0; m < mutations; m++) {
    const at = Math.floor(random() * text.length);
    const kind = random();
    if (kind < 0.6) {
      const run = pick(TOKENS).repeat(1_000 + Math.floor(random() * 60_000));
      text = text.slice(0, at) + run + text.slice(at);
    } else if (kind < 0.8) {
      const span = text.slice(at, at + Math.floor(random() * 2_000));
      text = text.slice(0, at) + span.repeat(2 + Math.floor(random() * 20)) + text.slice(at);
    } else {
      text = text.slice(0, at) + text.slice(at + Math.floor(random() * 5_000));
    }
  }
  return text;
}

describe('loading notes stays linear in their size', () => {
  // Warm the pipeline once on real notes, so the first measured note does not pay for compilation.
  buildDeck(SOURCES.map((text, k) => ({ path: `warm-${k}.md`, text })));
  const perMb = budgetPerMb();

  it('builds every hostile shape (the five of issue 11 at 1 MB) within the budget per MB', () => {
    const slow: string[] = [];
    for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
      const text = make(ISSUE_SHAPES.includes(name) ? MB : MB / 2);
      const { seconds, budget } = secondsPerMb(text, perMb);
      if (seconds > budget)
        slow.push(
          `${name}: ${seconds.toFixed(2)} s for ${(text.length / MB).toFixed(2)} MB (budget ${budget.toFixed(2)} s)`,
        );
    }
    expect(slow).toEqual([]);
  }, 180_000);

  it('builds 300 randomly mutated real notes within the budget per MB each', () => {
    const slow: string[] = [];
    for (let k = 0; k < 300; k++) {
      const text = mutatedNote(k);
      const { seconds, budget } = secondsPerMb(text, perMb);
      if (seconds > budget)
        slow.push(`mutation ${k}: ${seconds.toFixed(2)} s for ${(text.length / MB).toFixed(2)} MB`);
    }
    expect(slow).toEqual([]);
  }, 180_000);
});
