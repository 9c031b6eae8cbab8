import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import { LiveCountThrottle } from '../shared/live-count-throttle.ts';
import type { Timers } from '../shared/timers.ts';
import { dailyResultsMessage, type SlackMessage } from './render/question-blocks.ts';
import { classifySlackError } from './slack-errors.ts';
import { splitPostRef, splitQualified } from './slack-ids.ts';
import type { SlackClient } from './web-clients.ts';

/**
 * The live "N answers so far" on a Slack daily post: chat.update through the shared throttle (Slack allows
 * about one edit per second per channel), the count read from the store when the edit runs.
 *
 * Several instances behind one load balancer each edit the same post, each with its own throttle, and
 * their edits may land in any order. So every edit reads the store again once it has landed: a count that
 * moved meanwhile is edited again (whichever edit lands last was followed by such a read, so the post ends
 * on the stored count), and a round closed meanwhile (by another instance, whose reveal this edit may have
 * overwritten) gets its results put back.
 */
export class AnswerCounts {
  private readonly throttle: LiveCountThrottle;

  constructor(
    private readonly deps: {
      clock: Clock;
      timers: Timers;
      intervalMs: number;
      liveCount: (roundId: string) => Promise<{ readonly answers: number; readonly open: boolean } | null>;
      /** Puts a closed round's results back on its post (the same edit the reveal made). */
      showResults: (client: SlackClient, roundId: string) => Promise<void>;
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
      const before = await this.deps.liveCount(roundId);
      if (before === null || !before.open || !stillOpen()) return undefined;
      const message = render(before.answers);
      try {
        await client.chat.update({
          channel: ref.channel,
          ts: ref.ts,
          text: message.text,
          blocks: message.blocks,
        });
      } catch (error) {
        const failure = classifySlackError(error);
        this.deps.logger.warn({ roundId, code: failure.code }, 'live answer count not updated');
        return failure.kind === 'rate_limited' ? { retryAfterMs: failure.retryAfterMs } : undefined;
      }
      const after = await this.deps.liveCount(roundId);
      if (after === null) return undefined;
      if (!after.open) await this.deps.showResults(client, roundId);
      else if (after.answers !== before.answers) this.bump(client, roundId, postRef, render);
      return undefined;
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

/**
 * AnswerCounts' showResults: a closed round's results drawn again on its post, in the team's language, as
 * the reveal drew them.
 */
export function resultsPutBack(
  engine: Pick<QuizEngine, 'roundResults'>,
  teamLang: (teamId: string) => Promise<Lang>,
): (client: SlackClient, roundId: string) => Promise<void> {
  return async (client, roundId) => {
    const results = await engine.roundResults(roundId);
    const ref = results?.round.postRef == null ? null : splitPostRef(results.round.postRef);
    const teamId = results === null ? undefined : splitQualified(results.round.tenantId)?.teamId;
    if (results === null || ref === null || teamId === undefined) return;
    const message = dailyResultsMessage(results, { lang: await teamLang(teamId) });
    await client.chat.update({
      channel: ref.channel,
      ts: ref.ts,
      text: message.text,
      blocks: message.blocks,
    });
  };
}
