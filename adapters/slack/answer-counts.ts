import type pino from 'pino';
import type { Clock } from '../../src/engine/clock.ts';
import { LiveCountThrottle } from '../shared/live-count-throttle.ts';
import type { Timers } from '../shared/timers.ts';
import type { SlackMessage } from './render/question-blocks.ts';
import { classifySlackError } from './slack-errors.ts';
import { splitPostRef } from './slack-ids.ts';
import type { SlackClient } from './web-clients.ts';

/**
 * The live "N answers so far" on a Slack daily post: chat.update through the shared throttle (Slack allows
 * about one edit per second per channel), the count read from the store when the edit runs.
 */
export class AnswerCounts {
  private readonly throttle: LiveCountThrottle;

  constructor(
    private readonly deps: {
      clock: Clock;
      timers: Timers;
      intervalMs: number;
      countAnswers: (roundId: string) => Promise<number>;
      logger: pino.Logger;
    },
  ) {
    this.throttle = new LiveCountThrottle({
      timers: deps.timers,
      now: () => deps.clock.now().getTime(),
      intervalMs: deps.intervalMs,
      onError: (roundId, error) => deps.logger.warn({ roundId, err: error }, 'live answer count not updated'),
    });
  }

  /** Called after each recorded answer, with the client of the post's workspace. */
  bump(client: SlackClient, roundId: string, postRef: string, render: (count: number) => SlackMessage): void {
    this.throttle.bump(roundId, async (stillOpen) => {
      const ref = splitPostRef(postRef);
      if (ref === null) return undefined;
      const count = await this.deps.countAnswers(roundId);
      if (!stillOpen()) return undefined;
      const message = render(count);
      try {
        await client.chat.update({
          channel: ref.channel,
          ts: ref.ts,
          text: message.text,
          blocks: message.blocks,
        });
        return undefined;
      } catch (error) {
        const failure = classifySlackError(error);
        this.deps.logger.warn({ roundId, code: failure.code }, 'live answer count not updated');
        return failure.kind === 'rate_limited' ? { retryAfterMs: failure.retryAfterMs } : undefined;
      }
    });
  }

  /** The round closed: no more count edits, and none still in flight when the results replace the post. */
  close(roundId: string): Promise<void> {
    return this.throttle.close(roundId);
  }

  stop(): Promise<void> {
    return this.throttle.stop();
  }
}
