/**
 * Content pipeline throughput: notes → cards → questions (buildDeck) beside markdown-it's own parse of the
 * same text, measured in the same run. The notes are the seed and both corpora, repeated as separate files
 * until they pass 5 MB, built as one deck.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '../src/content/build-deck.ts';
import { parseTokens } from '../src/content/markdown-blocks.ts';
import { isAutoGraded } from '../src/content/question.ts';
import type { NoteInput } from '../src/content/types.ts';
import type { BenchModule, BenchSection } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = [
  'content/docker-interview-zh.md',
  'test/fixtures/content/corpora/javaguide-java-basic-questions-01.zh.md',
  'test/fixtures/content/corpora/reactjs-interview-questions.en.md',
];
const TARGET_BYTES = 5 * 1024 * 1024;
/** Five, not three: two cores shared with other work make single rounds noisy; the median steadies both sides alike. */
const ROUNDS = 5;

function notes(): { inputs: NoteInput[]; bytes: number } {
  const texts = SOURCES.map((p) => ({ p, text: readFileSync(path.join(root, p), 'utf8') }));
  const inputs: NoteInput[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    for (const { p, text } of texts) {
      inputs.push({ path: `copy-${copy}/${p}`, text });
      bytes += Buffer.byteLength(text);
    }
  }
  return { inputs, bytes };
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/** CPU milliseconds (user + system): steadier than wall time on a shared 2-core machine. */
function time(fn: () => void): number {
  collect();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const bench: BenchModule = {
  async run(): Promise<BenchSection> {
    const { inputs, bytes } = notes();
    const mb = bytes / 1024 / 1024;
    // Warm both paths once on the full input, untimed, then alternate them so load on the machine hits both
    // alike. A three-file warm-up brings markdown-it to its steady state (its work per file is uniform) but
    // not the pipeline (deck-wide passes over thousands of cards, V8's heap sized for a full deck), so the
    // first timed pipeline round used to be part warm-up while the baseline's was not.
    for (const input of inputs) parseTokens(input.text);
    buildDeck(inputs);
    const parse: number[] = [];
    const pipeline: number[] = [];
    let cards = 0;
    let questions = 0;
    let autoGraded = 0;
    for (let round = 0; round < ROUNDS; round++) {
      parse.push(
        time(() => {
          for (const input of inputs) parseTokens(input.text);
        }),
      );
      pipeline.push(
        time(() => {
          const deck = buildDeck(inputs);
          cards = deck.cards.length;
          questions = deck.questions.length;
          autoGraded = deck.questions.filter(isAutoGraded).length;
        }),
      );
    }
    const parseRate = mb / (median(parse) / 1000);
    const pipelineRate = mb / (median(pipeline) / 1000);
    return {
      id: 'content',
      title: 'Content pipeline: notes → cards → questions',
      method: `${inputs.length} note files (${mb.toFixed(2)} MiB: the seed and both corpora repeated) built as one deck by buildDeck (parse with markdown-it, cards, facts, questions of every kind), beside markdown-it's parse of the same files; CPU time (user + system), median of ${ROUNDS} alternating rounds after one untimed full-size round of each, gc before each.`,
      figures: [
        {
          name: 'pipeline throughput (parse + generate)',
          value: pipelineRate,
          unit: 'MiB/s',
          baseline: { name: 'markdown-it parse only', value: parseRate, unit: 'MiB/s' },
          target: '≥ 1/3 of parse-only',
          met: pipelineRate * 3 >= parseRate,
          note: `${cards} cards, ${questions} questions (${autoGraded} auto-graded) per build`,
        },
      ],
    };
  },
};

export default bench;
