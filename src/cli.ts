import { Command, CommanderError } from 'commander';
import { CliUserError } from './cli/cli-user-error.ts';
import { registerConfigCommands } from './cli/config-command.ts';
import { registerContentCommands } from './cli/content-command.ts';
import { registerDbCommands } from './cli/db-command.ts';
import { registerReportCommand } from './cli/report-command.ts';
import { registerStartCommand } from './cli/start-command.ts';
import { ConfigError, loadEnvFileIfPresent } from './config.ts';
import { releaseOptimisingCompiler } from './ops/v8-flags.ts';
import { PLATFORMS } from './platforms/platforms.ts';

/**
 * The `notequiz` command. Each area plugs its commands in here; this file only builds the program and is
 * the one error boundary: a person's mistake prints one clear message (no stack trace) and exits 1.
 */
export function createProgram(): Command {
  const program = new Command('notequiz')
    .description(
      "Turns a team's Markdown notes into quiz questions and plays them in Slack, Discord or a terminal.",
    )
    .version('0.1.0')
    .showHelpAfterError('(run `notequiz --help` for the commands)')
    .exitOverride();
  const start = registerStartCommand(program);
  // bin/notequiz.js starts with V8's optimising compiler held (ops/v8-flags.ts): `start` releases it once
  // the bot is up, every other command (a content check of a large folder, say) before it runs.
  program.hook('preAction', (_program, action) => {
    if (action !== start) releaseOptimisingCompiler();
  });
  registerConfigCommands(program);
  registerContentCommands(program);
  registerDbCommands(program);
  registerReportCommand(program);
  for (const platform of PLATFORMS) platform.registerCommands(program);
  return program;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = [error.message];
  // The chain of causes says what went wrong underneath without dumping a stack at the reader.
  let cause: unknown = error.cause;
  for (let depth = 0; cause instanceof Error && depth < 3; depth++) {
    lines.push(`  caused by: ${cause.message}`);
    cause = cause.cause;
  }
  return lines.join('\n');
}

/** Runs the program; returns the exit code instead of exiting, so the caller decides. */
export async function runCli(argv: readonly string[]): Promise<number> {
  loadEnvFileIfPresent();
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Commander has already printed its own message (unknown option, missing argument, --help).
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ConfigError || error instanceof CliUserError) {
      process.stderr.write(`notequiz: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`notequiz: ${describeFailure(error)}\n`);
    if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '') && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('(set LOG_LEVEL=debug to see the stack trace)\n');
    return 1;
  }
}

process.exitCode = await runCli(process.argv);
