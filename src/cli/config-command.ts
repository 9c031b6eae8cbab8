import type { Command } from 'commander';
import { buildConfigReport, formatConfigReport } from '../config/config-report.ts';
import { stdinKind } from './stdin-kind.ts';

/** `notequiz config check`: what is set, what is missing, never a secret's value; non-zero when invalid. */
export function registerConfigCommands(program: Command): void {
  const config = program
    .command('config')
    .description('Inspect the configuration (environment variables and .env)');
  config
    .command('check')
    .description(
      'Print every variable: set, default or missing (secrets masked); exit 1 if the configuration is invalid',
    )
    .action(async () => {
      const report = await buildConfigReport(process.env, { stdin: stdinKind() });
      process.stdout.write(formatConfigReport(report));
      if (!report.ok) process.exitCode = 1;
    });
}
