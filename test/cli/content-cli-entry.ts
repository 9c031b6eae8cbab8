/**
 * A tiny program holding only the content commands, so their process-level behaviour (exit codes, JSON on
 * stdout, no stack traces) is tested apart from the rest of the CLI. bin/notequiz.js is tested too.
 */
import { Command, CommanderError } from 'commander';
import { CliUserError } from '../../src/cli/cli-user-error.ts';
import { registerContentCommands } from '../../src/cli/content-command.ts';

const program = new Command('notequiz').exitOverride();
registerContentCommands(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode;
  else if (error instanceof CliUserError) {
    process.stderr.write(`notequiz: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
