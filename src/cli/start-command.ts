import type { Command } from 'commander';
import { startProblems } from '../config/start-checks.ts';
import { loadConfig } from '../config.ts';
import { releaseOptimisingCompiler } from '../ops/v8-flags.ts';
import { CliUserError } from './cli-user-error.ts';
import { stdinKind } from './stdin-kind.ts';

/**
 * `notequiz start` (what `npm start` runs): Slack and Discord when their tokens are set, otherwise the
 * terminal chat on the embedded defaults. Fed from a pipe, the chat answers every line and the process
 * exits at end of input. Returns the command: it releases V8's optimising compiler itself, once the bot is
 * up (ops/v8-flags.ts), where every other command has it released before it runs (cli.ts).
 */
export function registerStartCommand(program: Command): Command {
  return program
    .command('start')
    .description('Run the bot: Slack / Discord when their tokens are set, else a chat in this terminal')
    .action(async () => {
      const config = loadConfig(process.env);
      // One line each, naming what to set: a container without a token must not exit 0 into a restart loop.
      const refused = await startProblems(config, stdinKind());
      if (refused.length > 0) throw new CliUserError(refused.map((p) => p.message).join('\n'));
      // Loaded here so that `config check` and `--help` never pay for Prisma, Bolt and discord.js.
      const { startNotequiz } = await import('../main.ts');
      const app = await startNotequiz(config, {
        input: process.stdin,
        output: process.stdout,
        errorOutput: process.stderr,
        interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
      });
      // Up and answering: from now on V8 optimises what gets hot, the answer path above all (v8-flags.ts).
      releaseOptimisingCompiler();
      const report = await app.finished;
      const code = report.failed.length > 0 || report.timedOut.length > 0 ? 1 : 0;
      // Everything we opened is closed; a handle some library forgot must not keep a finished chat alive.
      process.stdout.write('', () => process.exit(code));
    });
}
