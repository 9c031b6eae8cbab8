import type { Command } from 'commander';
import { isQuestionKind, QUESTION_KINDS } from '../content/question.ts';
import { DEFAULT_SEED } from '../content/seeded-random.ts';
import { DEFAULT_DATABASE_URL } from '../store/database-url.ts';
import { CliUserError } from './cli-user-error.ts';

export const DEFAULT_CONTENT_PATH = 'content/';

/** What to read when no path is given: the bot's own CONTENT_DIR (from the environment or .env), else content/. */
export function defaultContentPaths(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const dir = env.CONTENT_DIR?.trim();
  return [dir === undefined || dir === '' ? DEFAULT_CONTENT_PATH : dir];
}

/**
 * `notequiz content check [paths…] [--json]` and `notequiz content preview [paths…] [--kind K] [--n N]
 * [--seed S] [--json]`. Exit code 1 only when a file has an error (warnings are reported, not fatal).
 * The notes pipeline and the reports load when one of these runs: every other command (`start` above
 * all, which builds its deck in a worker thread) never pays for them.
 */
export function registerContentCommands(program: Command): void {
  const content = program
    .command('content')
    .description('Check your notes and preview the questions made from them');

  content
    .command('check')
    .description(
      'Per file: cards and questions by kind, and every problem as file:line; exit 1 on errors only',
    )
    .argument(
      '[paths...]',
      'note files or directories (walked for *.md, *.markdown); default CONTENT_DIR, else content/',
    )
    .option('--json', 'print one JSON object (totals, files, problems)')
    .option(
      '--db',
      "also list players' open reports and the questions out of play, from the database at DATABASE_URL",
    )
    .action(async (paths: string[], options: { json?: boolean; db?: boolean }) => {
      const { loadDeck } = await import('../notes/load-notes.ts');
      const { checkReport, formatCheck } = await import('./content-report.ts');
      const { readReports, reportProblems } = await import('./content-flags.ts');
      const deck = await loadDeck(paths.length > 0 ? paths : defaultContentPaths());
      const reported = options.db
        ? await readReports(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL)
        : null;
      const report = checkReport(
        reported === null
          ? deck
          : {
              ...deck,
              problems: [
                ...deck.problems,
                ...reportProblems(deck.questions, reported.flags, reported.suppressions),
              ],
            },
      );
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatCheck(report));
      if (report.totals.errors > 0) process.exitCode = 1;
    });

  content
    .command('preview')
    .description('Print questions as a player would see them')
    .argument('[paths...]', 'note files or directories; default CONTENT_DIR, else content/')
    .option('--kind <kind>', `only this kind (${QUESTION_KINDS.join(', ')})`)
    .option('--n <count>', 'how many questions', '5')
    .option('--seed <seed>', 'seed for question generation and for the sample', DEFAULT_SEED)
    .option('--json', 'print a JSON array (kind, stem, options, right option, source file:line)')
    .action(async (paths: string[], options: { kind?: string; n: string; seed: string; json?: boolean }) => {
      const preview = parsePreviewOptions(options);
      const { loadDeck } = await import('../notes/load-notes.ts');
      const { formatPreview, pickPreview, previewItems } = await import('./content-report.ts');
      const deck = await loadDeck(paths.length > 0 ? paths : defaultContentPaths(), { seed: preview.seed });
      const picked = pickPreview(deck.questions, preview);
      process.stdout.write(
        options.json ? `${JSON.stringify(previewItems(picked), null, 2)}\n` : formatPreview(picked),
      );
      const errors = deck.problems.filter((p) => p.severity === 'error');
      for (const p of errors)
        process.stderr.write(`${p.file}${p.line > 0 ? `:${p.line}` : ''}: error: ${p.message}\n`);
      if (errors.length > 0) process.exitCode = 1;
    });
}

export function parsePreviewOptions(options: { kind?: string; n: string; seed: string }): {
  kind?: (typeof QUESTION_KINDS)[number];
  n: number;
  seed: string;
} {
  const n = Number(options.n);
  if (!Number.isInteger(n) || n < 1)
    throw new CliUserError(`--n must be a whole number of at least 1, not "${options.n}"`);
  if (options.kind !== undefined && !isQuestionKind(options.kind)) {
    throw new CliUserError(`--kind must be one of ${QUESTION_KINDS.join(', ')}; "${options.kind}" is not`);
  }
  return options.kind !== undefined && isQuestionKind(options.kind)
    ? { kind: options.kind, n, seed: options.seed }
    : { n, seed: options.seed };
}
