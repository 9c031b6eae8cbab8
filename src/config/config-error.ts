/** One variable that is missing or malformed, with what to do about it. */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
  /** The schema's description: what the variable is and how to set it. */
  readonly hint: string;
}

/** Thrown by loadConfig: a person's mistake, shown without a stack trace. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      [
        `Configuration is invalid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`,
        ...problems.map((p) => `- ${p.message}${p.hint === '' ? '' : `\n    ${p.variable}: ${p.hint}`}`),
        'Set them in .env (see .env.example) or in the environment, then run `notequiz config check`.',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}
