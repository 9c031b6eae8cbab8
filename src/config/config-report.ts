import type { z } from 'zod';
import {
  type AppConfig,
  describeVariable,
  ENV_NAMES,
  type Env,
  envSchema,
  loadConfig,
  pickEnv,
} from '../config.ts';
import { ConfigError, type ConfigProblem } from './config-error.ts';
import { displayValue } from './secrets.ts';
import { type StartOutlook, type StdinKind, startOutlook, startProblems } from './start-checks.ts';

export type VariableStatus = 'set' | 'default' | 'unset' | 'invalid' | 'missing';

export interface VariableRow {
  readonly name: string;
  readonly status: VariableStatus;
  /** Safe to print: secrets are masked, URL passwords removed. */
  readonly shown: string;
  readonly description: string;
}

export interface ConfigReport {
  readonly ok: boolean;
  readonly rows: readonly VariableRow[];
  readonly problems: readonly ConfigProblem[];
  readonly config: AppConfig | null;
  /** What `start` would run, when the variables are valid. */
  readonly outlook: StartOutlook | null;
}

function defaultOf(name: string): string | null {
  const schema = (envSchema.shape as Record<string, z.ZodType>)[name];
  const parsed = schema?.safeParse(undefined);
  if (parsed === undefined || !parsed.success || parsed.data === undefined) return null;
  return String(parsed.data);
}

/**
 * What `notequiz config check` shows: every variable, whether it is set, and what is wrong, including what
 * `start` would refuse beyond syntax (no notes, nothing to run; see start-checks.ts).
 */
export async function buildConfigReport(
  env: Env,
  options: { stdin: StdinKind; cwd?: string } = { stdin: 'tty' },
): Promise<ConfigReport> {
  let config: AppConfig | null = null;
  let problems: readonly ConfigProblem[] = [];
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = error.problems;
  }
  if (config !== null) problems = await startProblems(config, options.stdin, options.cwd);
  const picked = pickEnv(env);
  const bad = new Set(problems.map((p) => p.variable));
  const rows = ENV_NAMES.map((name): VariableRow => {
    const value = picked[name];
    const description = describeVariable(name);
    if (bad.has(name)) {
      return value === undefined
        ? { name, status: 'missing', shown: '', description }
        : { name, status: 'invalid', shown: displayValue(name, value), description };
    }
    if (value !== undefined) return { name, status: 'set', shown: displayValue(name, value), description };
    const fallback = defaultOf(name);
    if (fallback !== null) return { name, status: 'default', shown: fallback, description };
    return { name, status: 'unset', shown: '', description };
  });
  return {
    ok: config !== null && problems.length === 0,
    rows,
    problems,
    config,
    outlook: config === null ? null : startOutlook(config, options.stdin),
  };
}

function platformsLine(report: ConfigReport): string[] {
  if (report.outlook === null) return [];
  const width = Math.max(...report.outlook.map((p) => p.title.length)) + 2;
  return [
    '',
    'What `notequiz start` will run:',
    ...report.outlook.map((p) => `  ${p.title.padEnd(width)}${p.line}`),
  ];
}

const LABELS: Record<VariableStatus, string> = {
  set: 'set    ',
  default: 'default',
  unset: 'unset  ',
  invalid: 'INVALID',
  missing: 'MISSING',
};

/** Plain text, no colours: it is read by people and by scripts alike. */
export function formatConfigReport(report: ConfigReport): string {
  const width = Math.max(...report.rows.map((r) => r.name.length));
  const lines = ['notequiz configuration (environment and .env):', ''];
  for (const row of report.rows) {
    lines.push(`  ${LABELS[row.status]}  ${row.name.padEnd(width)}  ${row.shown}`.trimEnd());
  }
  lines.push(...platformsLine(report));
  if (report.problems.length > 0) {
    lines.push('', `Problems (${report.problems.length}):`);
    for (const p of report.problems)
      lines.push(`  - ${p.message}`, ...(p.hint === '' ? [] : [`      ${p.hint}`]));
    lines.push('', 'Fix them in .env (see .env.example) or the environment. The configuration is INVALID.');
  } else {
    lines.push('', 'The configuration is valid.');
  }
  return `${lines.join('\n')}\n`;
}
