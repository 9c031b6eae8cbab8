import type { AppConfig } from '../config.ts';
import { findNoteFiles } from '../notes/find-note-files.ts';
import type { ConfigProblem } from './config-error.ts';

/**
 * What `notequiz start` refuses beyond the variables' own syntax, checked by `notequiz config check` too, so
 * the check gates a deployment exactly: notes to ask from, and something to run.
 */

/** Where commands would come from if the terminal chat ran: a person, a pipe or file, or nothing. */
export type StdinKind = 'tty' | 'input' | 'none';

export interface StartOutlook {
  readonly slack: boolean;
  readonly discord: boolean;
  readonly terminal: boolean;
}

/**
 * The terminal chat runs when asked (`on`), or by default (`auto`) when no platform does and someone can
 * type or pipe commands. With stdin at /dev/null (a container, a service) it would end at once and the
 * process would exit 0 into a restart loop.
 */
export function startOutlook(config: AppConfig, stdin: StdinKind): StartOutlook {
  const slack = config.slack !== null;
  const discord = config.discord !== null;
  const terminal =
    config.terminal === 'on' || (config.terminal === 'auto' && !slack && !discord && stdin !== 'none');
  return { slack, discord, terminal };
}

/** One line: what to set so that something runs. */
export const NOTHING_TO_RUN =
  'nothing to run: set SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) or DISCORD_TOKEN (with DISCORD_APPLICATION_ID), or give the terminal chat a terminal (NOTEQUIZ_TERMINAL=on, stdin a terminal or a pipe)';

export async function startProblems(
  config: AppConfig,
  stdin: StdinKind,
  cwd = process.cwd(),
): Promise<ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  const outlook = startOutlook(config, stdin);
  if (!outlook.slack && !outlook.discord && !outlook.terminal) {
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
