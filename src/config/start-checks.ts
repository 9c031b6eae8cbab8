import type { AppConfig } from '../config.ts';
import { findNoteFiles } from '../notes/find-note-files.ts';
import { PLATFORMS } from '../platforms/platforms.ts';
import type { ConfigProblem } from './config-error.ts';

/**
 * What `notequiz start` refuses beyond the variables' own syntax, checked by `notequiz config check` too, so
 * the check gates a deployment exactly: notes to ask from, and something to run.
 */

/** Where commands would come from if the terminal chat ran: a person, a pipe or file, or nothing. */
export type StdinKind = 'tty' | 'input' | 'none';

/** One row per platform in PLATFORMS: whether `start` runs it, and `config check`'s line about it. */
export interface PlatformOutlook {
  readonly name: string;
  readonly title: string;
  readonly runs: boolean;
  readonly line: string;
}

export type StartOutlook = readonly PlatformOutlook[];

/**
 * What `start` would run. A service (Slack, Discord) runs when it is configured; the terminal chat, by
 * default, only when no service does and someone can type or pipe commands (see its descriptor).
 */
export function startOutlook(config: AppConfig, stdin: StdinKind): StartOutlook {
  const othersRun = config.platforms.some((p) => p.service && p.runs({ othersRun: false, stdin }));
  return config.platforms.map((p) => {
    const runs = p.runs({ othersRun: p.service ? false : othersRun, stdin });
    return { name: p.name, title: p.title, runs, line: p.describe(runs) };
  });
}

/** One line: what to set so that something runs. */
export const NOTHING_TO_RUN = `nothing to run: ${joinAlternatives(PLATFORMS.map((p) => p.howToTurnOn))}`;

function joinAlternatives(ways: readonly string[]): string {
  // "set A or B" reads better than "set A or set B".
  return ways.map((way, i) => (i > 0 ? way.replace(/^set /, '') : way)).join(' or ');
}

export async function startProblems(
  config: AppConfig,
  stdin: StdinKind,
  cwd = process.cwd(),
): Promise<ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  const outlook = startOutlook(config, stdin);
  if (!outlook.some((p) => p.runs)) {
    problems.push({ variable: 'NOTEQUIZ_TERMINAL', message: NOTHING_TO_RUN, hint: '' });
  }
  const { files, problems: found } = await findNoteFiles([config.contentDir], cwd);
  if (files.length === 0) {
    const why = found.some((p) => p.code === 'no-notes') ? 'holds no notes (*.md, *.markdown)' : 'is missing';
    problems.push({
      variable: 'CONTENT_DIR',
      message: `CONTENT_DIR "${config.contentDir}" ${why}: set CONTENT_DIR to the folder of your Markdown notes`,
      hint: '',
    });
  }
  return problems;
}
