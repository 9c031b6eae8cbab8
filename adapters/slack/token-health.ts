import type pino from 'pino';
import type { Clock } from '../../src/engine/clock.ts';
import type { SlackFailure } from './slack-errors.ts';

export type Readiness = { readonly ok: true } | { readonly ok: false; readonly detail: string };

/** How often, while the token is refused, a readiness check asks Slack again (auth.test). */
export const TOKEN_PROBE_EVERY_MS = 30_000;

/**
 * Whether Slack currently accepts the bot token. A refused token (revoked, app uninstalled, workspace access
 * withdrawn) must not look like a channel the bot left: channels stay scheduled and retry, /readyz says
 * what is wrong, and everything resumes by itself once Slack accepts the token again (an admin restores
 * access, or the next successful call or probe shows it works).
 */
export class TokenHealth {
  private problem: { code: string; since: Date } | null = null;
  private lastProbeAt = 0;
  private probing: Promise<void> | null = null;

  constructor(
    private readonly deps: {
      clock: Clock;
      logger: pino.Logger;
      /** Resolves when Slack accepts the token, rejects with the Web API error otherwise. */
      probe: () => Promise<unknown>;
      probeEveryMs?: number;
    },
  ) {}

  /** Any failed Web API call goes through here; only token failures change anything. */
  observe(failure: SlackFailure): void {
    if (failure.kind !== 'auth') return;
    const now = this.deps.clock.now();
    if (this.problem === null) {
      this.deps.logger.error(
        { code: failure.code },
        `Slack token problem: Slack refused SLACK_BOT_TOKEN (${failure.code}). Daily posts wait and retry; reinstall the app or set a new token. /readyz reports not ready until Slack accepts it.`,
      );
      this.problem = { code: failure.code, since: now };
    } else {
      this.problem = { code: failure.code, since: this.problem.since };
    }
    this.lastProbeAt = now.getTime();
  }

  /** A Web API call succeeded: the token works. */
  succeeded(): void {
    if (this.problem === null) return;
    this.deps.logger.info({ code: this.problem.code }, 'Slack accepts the bot token again');
    this.problem = null;
  }

  get healthy(): boolean {
    return this.problem === null;
  }

  /** One short line for /readyz. While the token is refused, asks Slack again now and then. */
  readiness(): Readiness {
    if (this.problem === null) return { ok: true };
    this.probeIfDue();
    return { ok: false, detail: `slack: bot token refused (${this.problem.code})` };
  }

  /** Resolves when a probe started by readiness() has finished (tests). */
  async settled(): Promise<void> {
    await this.probing;
  }

  private probeIfDue(): void {
    const now = this.deps.clock.now().getTime();
    if (this.probing !== null || now - this.lastProbeAt < (this.deps.probeEveryMs ?? TOKEN_PROBE_EVERY_MS))
      return;
    this.lastProbeAt = now;
    this.probing = this.deps
      .probe()
      .then(
        () => this.succeeded(),
        (error: unknown) => {
          this.deps.logger.debug({ err: error }, 'Slack still refuses the bot token');
        },
      )
      .finally(() => {
        this.probing = null;
      });
  }
}
