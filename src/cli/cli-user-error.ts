/**
 * A mistake the person running the command can fix (a bad flag, a missing variable). The CLI prints its
 * message alone, without a stack trace, and exits 1.
 */
export class CliUserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliUserError';
  }
}
